import { useI18n } from './i18n.js';
import { Link, usePageTitle } from './router.js';

// A path no page answers: offer the user's own front page (the first page of their menu).
export function NotFoundPage({ home }: { home: string }) {
  const { t } = useI18n();
  usePageTitle(t('common.notFound.title'), t('app.name'));
  return (
    <>
      <h1 tabIndex={-1}>{t('common.notFound.title')}</h1>
      <p>{t('common.notFound.text')}</p>
      <p>
        <Link to={home}>{t('common.notFound.back')}</Link>
      </p>
    </>
  );
}
