// The hand-overs a caseworker receives from the front desk today, each with its note ("tolk bestilt").
import { api } from '../../../../web/src/app/api.js';
import { formatTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import type { VisitView } from './DeskPage.js';
import { supportText } from './support.js';

const fetchHandovers = () => api<VisitView[]>('GET', '/reception/handovers');

export function HandoversPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('reception.ui.handovers.title'), t('app.name'));
  const { load, reload } = useLoad(fetchHandovers);
  return (
    <>
      <h1 tabIndex={-1}>{t('reception.ui.handovers.title')}</h1>
      <button type="button" className="button button-secondary" onClick={reload}>
        {t('reception.ui.refresh')}
      </button>
      <NoticeRegion className="mt-5">
        {load.status === 'loading' && <Loading text={t('reception.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.length === 0 ? (
          <p>{t('reception.ui.handovers.empty')}</p>
        ) : (
          <ul className="nobullet-list">
            {load.data.map((v) => (
              <li key={v.id} className="mb-5">
                <h2 className="h3">
                  {v.ticket} · {v.serviceName}
                  {v.name ? ` · ${v.name}` : ''} · {v.doneAt ? formatTime(v.doneAt, locale) : ''}
                </h2>
                {v.handoverNote && (
                  <p>
                    <strong>{t('reception.ui.handovers.note')}:</strong> {v.handoverNote}
                  </p>
                )}
                {supportText(t, v.supportNeeds) && <p>{supportText(t, v.supportNeeds)}</p>}
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
