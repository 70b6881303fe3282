// The staff app's routes. Everything except the login page needs a signed-in user.
import { CasePage } from '../../../src/modules/dialogue/ui/CasePage.js';
import { QueuePage } from '../../../src/modules/dialogue/ui/QueuePage.js';
import { LoginPage } from '../../../src/platform/ui/LoginPage.js';
import { useI18n } from './i18n.js';
import { Layout } from './Layout.js';
import { Loading } from './Loading.js';
import { NotFoundPage } from './NotFoundPage.js';
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
      <Redirect to="/sager" />
    ) : (
      <Layout>
        <LoginPage />
      </Layout>
    );
  }
  if (!me) return <Redirect to="/login" />;
  if (path === '/') return <Redirect to="/sager" />;

  return <Layout>{page(path)}</Layout>;
}

function page(path: string) {
  if (path === '/sager') return <QueuePage />;
  const caseRoute = match('/sager/:caseNumber', path);
  if (caseRoute?.caseNumber) return <CasePage key={caseRoute.caseNumber} caseNumber={caseRoute.caseNumber} />;
  return <NotFoundPage />;
}
