// For roles without a page in the staff app yet (analyst, safety): a friendly word instead of an error.
import { useI18n } from './i18n.js';
import { usePageTitle } from './router.js';

export function NoPagesPage() {
  const { t } = useI18n();
  usePageTitle(t('common.noPages.title'), t('app.name'));
  return (
    <>
      <h1 tabIndex={-1}>{t('common.noPages.title')}</h1>
      <p>{t('common.noPages.text')}</p>
    </>
  );
}
