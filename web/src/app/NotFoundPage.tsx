import { useI18n } from './i18n.js';
import { Link, usePageTitle } from './router.js';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('common.notFound.title'), t('app.name'));
  return (
    <>
      <h1 tabIndex={-1}>{t('common.notFound.title')}</h1>
      <p>{t('common.notFound.text')}</p>
      <p>
        <Link to="/sager">{t('common.notFound.back')}</Link>
      </p>
    </>
  );
}
