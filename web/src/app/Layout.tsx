// The DKFDS page frame: skip link, header (app name, user, role, language, logout, the role's menu), main
// landmark, footer.
import { type ReactNode, useEffect, useRef } from 'react';
import { useI18n } from './i18n.js';
import { MainNav } from './MainNav.js';
import { Link, navigate, useLocation } from './router.js';
import { useSession } from './session.js';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { me } = useSession();
  useFocusHeadingOnNavigation();

  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('common.skipToContent')}
      </a>
      <header className="header">
        <div className="solution-info">
          <div className="container solution-info-inner staff-header">
            <div className="solution-heading">
              {/* '/' leads to the role's own first page (or the login page). */}
              <Link to="/">{t('app.name')}</Link>
            </div>
            <HeaderTools />
          </div>
        </div>
        {me && <MainNav role={me.role} />}
      </header>
      <main id="main-content" className="container page-container" tabIndex={-1}>
        {children}
      </main>
      <footer>
        <div className="footer">
          <div className="container">
            <ul className="footer-links nobullet-list">
              <li>{t('app.name')}</li>
              <li>
                <a className="function-link" href="/api/docs">
                  {t('common.apiDocs')}
                </a>
              </li>
            </ul>
          </div>
        </div>
      </footer>
    </>
  );
}

function HeaderTools() {
  const { t, locale, setLocale } = useI18n();
  const { me, logout } = useSession();
  const other = locale === 'da' ? 'en' : 'da';

  const onLogout = async () => {
    await logout();
    navigate('/login');
  };

  return (
    <div className="staff-header-tools">
      {me && (
        <p className="staff-user">
          <span className="sr-only">{t('common.signedInAs')} </span>
          <strong>{me.name}</strong>
          <span className="staff-role">{t(`common.role.${me.role}`)}</span>
        </p>
      )}
      <button type="button" className="button button-tertiary" lang={other} onClick={() => setLocale(other)}>
        {t('common.language.switch')}
      </button>
      {me && (
        <button type="button" className="button button-secondary" onClick={onLogout}>
          {t('common.logout')}
        </button>
      )}
    </div>
  );
}

/** After a client-side navigation, move focus to the new page's h1 so screen readers announce it. */
function useFocusHeadingOnNavigation(): void {
  const { path } = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every change of path, by design
  useEffect(() => {
    if (first.current) {
      first.current = false; // on first load the skip link stays the first stop
      return;
    }
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [path]);
}
