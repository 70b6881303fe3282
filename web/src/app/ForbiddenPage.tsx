// A page the user's role may not open (e.g. a bookmark from a former role): say so, and offer their own page.
import { useI18n } from './i18n.js';
import { Link, usePageTitle } from './router.js';

export function ForbiddenPage({ home }: { home: string }) {
  const { t } = useI18n();
  usePageTitle(t('common.forbidden.title'), t('app.name'));
  return (
    <>
      <h1 tabIndex={-1}>{t('common.forbidden.title')}</h1>
      <p>{t('common.forbidden')}</p>
      <p>
        <Link to={home}>{t('common.forbidden.back')}</Link>
      </p>
    </>
  );
}
