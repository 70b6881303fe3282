// The DKFDS navigation bar: only the pages the user's role may open, the current one marked for screen readers.
import { useI18n } from './i18n.js';
import { currentFor, pagesFor } from './navigation.js';
import { Link, useLocation } from './router.js';
import './nav.css';

export function MainNav({ role }: { role: string }) {
  const { t } = useI18n();
  const { path } = useLocation();
  const pages = pagesFor(role);
  if (pages.length === 0) return null;

  return (
    <div className="navigation-menu staff-nav">
      <div className="navigation-menu-inner container">
        <nav className="nav" aria-label={t('common.nav.label')}>
          <ul className="mainmenu">
            {pages.map((p) => {
              const current = currentFor(p.path, path);
              return (
                <li key={p.path} className={current ? 'active current' : undefined}>
                  <Link to={p.path} className="nav-link" aria-current={current}>
                    <span>{t(p.label)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </div>
  );
}
