// The staff app's routes. Everything except the login page needs a signed-in user; which pages a user may
// open follows their role (navigation.ts), so a bookmark from another role gets a clear "no access" page.
import { CasePage } from '../../../src/modules/dialogue/ui/CasePage.js';
import { QueuePage } from '../../../src/modules/dialogue/ui/QueuePage.js';
import { TeamPage } from '../../../src/modules/dialogue/ui/TeamPage.js';
import { RegisterPage } from '../../../src/modules/intake/ui/RegisterPage.js';
import { MailboxPage } from '../../../src/modules/messaging/ui/MailboxPage.js';
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
  switch (path) {
    case '/sager':
      return <QueuePage />;
    case '/registrer':
      return <RegisterPage />;
    case '/team':
      return <TeamPage />;
    case '/postkasse':
      return <MailboxPage />;
  }
  const caseRoute = match('/sager/:caseNumber', path);
  if (caseRoute?.caseNumber) return <CasePage key={caseRoute.caseNumber} caseNumber={caseRoute.caseNumber} />;
  return <NotFoundPage home={home} />;
}
