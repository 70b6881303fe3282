// The staff app's routes. Everything except the login page needs a signed-in user; which pages a user may
// open follows their role (navigation.ts), so a bookmark from another role gets a clear "no access" page.
// The pages and their components are declared by their modules (pages.ts, views.ts).
import { LoginPage } from '../../../src/platform/ui/LoginPage.js';
import { ForbiddenPage } from './ForbiddenPage.js';
import { useI18n } from './i18n.js';
import { Layout } from './Layout.js';
import { Loading } from './Loading.js';
import { NoPagesPage } from './NoPagesPage.js';
import { NotFoundPage } from './NotFoundPage.js';
import { homePathFor, mayOpen, NO_PAGES_PATH, pagesFor } from './navigation.js';
import { match, Redirect, useLocation } from './router.js';
import { useSession } from './session.js';
import { STAFF_VIEWS } from './views.js';

export function App() {
  const { me } = useSession();
  const { path } = useLocation();
  const { t } = useI18n();

  if (me === undefined) {
    return (
      <Layout>
        <Loading text={t('common.loading')} />
      </Layout>
    );
  }
  if (path === '/login') {
    return me ? (
      <Redirect to={homePathFor(me.role)} />
    ) : (
      <Layout>
        <LoginPage />
      </Layout>
    );
  }
  if (!me) return <Redirect to="/login" />;

  const home = homePathFor(me.role);
  if (path === '/') return <Redirect to={home} />;
  if (path === NO_PAGES_PATH) {
    return pagesFor(me.role).length > 0 ? (
      <Redirect to={home} />
    ) : (
      <Layout>
        <NoPagesPage />
      </Layout>
    );
  }
  if (!mayOpen(me.role, path)) {
    return (
      <Layout>
        <ForbiddenPage home={home} />
      </Layout>
    );
  }
  return <Layout>{page(path, home)}</Layout>;
}

function page(path: string, home: string) {
  for (const view of STAFF_VIEWS) {
    const params = match(view.match ?? view.page.path, path);
    // Keyed by path: another case is a fresh page, not the previous one's state.
    if (params) return <view.component key={path} params={params} />;
  }
  return <NotFoundPage home={home} />;
}
