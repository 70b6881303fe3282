// The safe-meeting plans in force that the signed-in staff member may see: for reception before a citizen
// arrives, for the safety role, and for the staff involved. Lapsed plans are gone from here by themselves.
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { fetchPlansInForce } from './api.js';
import { PlanCard } from './PlanCard.js';

export function PlansPage() {
  const { t } = useI18n();
  usePageTitle(t('safety.ui.plans.title'), t('app.name'));
  const { load, reload } = useLoad(fetchPlansInForce);
  return (
    <>
      <h1 tabIndex={-1}>{t('safety.ui.plans.title')}</h1>
      <p>{t('safety.ui.plans.intro')}</p>
      {load.status === 'loading' && <Loading text={t('safety.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.length === 0 ? (
          <p>{t('safety.ui.plans.none')}</p>
        ) : (
          load.data.map((p) => <PlanCard key={p.id} plan={p} onChanged={reload} showCase />)
        ))}
    </>
  );
}
