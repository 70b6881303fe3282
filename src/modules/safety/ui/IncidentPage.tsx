// One incident: what happened, the people (for the safety role and the person who registered it), the report
// deadline to the authority, and the follow-up checklist — overdue items marked — which the safety role ticks.
import { useCallback, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { formatDate, formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import type { ViewProps } from '../../../platform/ui.js';
import { fetchIncident, followUp, type Incident } from './api.js';
import { STATUS_BADGE } from './FollowUpSummary.js';

export function IncidentPage({ params }: ViewProps) {
  const { t } = useI18n();
  usePageTitle(t('safety.ui.incident.title'), t('app.name'));
  const id = params.id ?? '';
  const fetcher = useCallback(() => fetchIncident(id), [id]);
  const { load, update } = useLoad(fetcher);
  return (
    <>
      <p>
        <Link to="/haendelser">{t('safety.ui.incident.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('safety.ui.incident.title')}</h1>
      {load.status === 'loading' && <Loading text={t('safety.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && <IncidentDetail incident={load.data} onChanged={(i) => update(() => i)} />}
    </>
  );
}

function IncidentDetail({
  incident: i,
  onChanged,
}: {
  incident: Incident;
  onChanged: (i: Incident) => void;
}) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const mayFollowUp = me?.role === 'safety';
  const fact = (label: string, value: string | null | undefined) =>
    value ? (
      <>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </>
    ) : null;

  const tick = async (body: Record<string, unknown>) => {
    setBusy(true);
    setNotice(null);
    try {
      onChanged(await followUp(i.id, body));
      setNotice({ text: t('safety.ui.followUp.saved'), error: false });
    } catch (e) {
      setNotice({ text: refusalText(t, e), error: true });
    } finally {
      setBusy(false);
    }
  };

  /** The buttons of one follow-up line: undo when done; otherwise mark it done (the police report: filed or not). */
  const actionsOf = (
    l: Incident['followUp'][number],
  ): { label: string; body: Record<string, unknown>; undo?: true }[] =>
    l.status === 'done'
      ? [
          {
            label: t('safety.ui.followUp.undo'),
            body: { [l.item]: l.item === 'policeReport' ? null : false },
            undo: true,
          },
        ]
      : l.item === 'policeReport'
        ? [
            { label: t('safety.ui.followUp.police.markFiled'), body: { policeReport: 'filed' } },
            { label: t('safety.ui.followUp.police.markNotFiled'), body: { policeReport: 'not_filed' } },
          ]
        : [{ label: t(`safety.ui.followUp.mark.${l.item}`), body: { [l.item]: true } }];

  const dueText = (due: string | null) =>
    due === null ? '' : due.length > 10 ? formatDateTime(due, locale) : formatDate(due, locale);

  return (
    <>
      {i.overdue > 0 && (
        <div className="alert alert-error">
          <div className="alert-body">
            <p className="alert-heading">{t('safety.ui.followUp.overdueCount', { count: i.overdue })}</p>
          </div>
        </div>
      )}
      <dl>
        {fact(t('safety.ui.field.occurredAt'), formatDateTime(i.occurredAt, locale))}
        {fact(t('safety.ui.field.type'), t(`safety.ui.type.${i.type}`))}
        {fact(t('safety.ui.field.place'), t(`safety.ui.place.${i.place}`))}
        {fact(t('safety.ui.field.severity'), t(`safety.ui.severity.${i.severity}`))}
        {fact(t('safety.ui.field.description'), i.description)}
        {fact(t('safety.ui.field.deEscalation'), i.deEscalation)}
        {fact(t('safety.ui.field.escalation'), i.escalation)}
        {fact(t('safety.ui.field.injury'), i.injury)}
        {fact(t('safety.ui.incident.exposed'), i.exposedStaff.map((p) => p.name).join(', '))}
        {fact(t('safety.ui.incident.citizen'), i.citizen?.name)}
        {fact(t('safety.ui.incident.reportedBy'), i.reportedBy.name)}
        {fact(
          t('safety.ui.field.absenceDays'),
          i.absenceDays === null ? t('safety.ui.incident.absenceUnknown') : String(i.absenceDays),
        )}
        {fact(t('safety.ui.field.absenceFrom'), i.absenceFrom ? formatDate(i.absenceFrom, locale) : null)}
      </dl>
      <h2>{t('safety.ui.incident.reportHeading')}</h2>
      <p>
        {i.reportDeadline
          ? t('safety.ui.incident.reportDue', { date: formatDate(i.reportDeadline, locale) })
          : t('safety.ui.incident.reportNotDue')}
      </p>
      <h2>{t('safety.ui.followUp.title')}</h2>
      <NoticeRegion notice={notice} />
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption className="sr-only">{t('safety.ui.followUp.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('safety.ui.followUp.itemHeading')}</th>
              <th scope="col">{t('safety.ui.followUp.due')}</th>
              <th scope="col">{t('safety.ui.followUp.statusHeading')}</th>
              {mayFollowUp && <th scope="col">{t('safety.ui.followUp.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {i.followUp.map((l) => (
              <tr key={l.item}>
                <th scope="row">{t(`safety.ui.followUp.item.${l.item}`)}</th>
                <td>{dueText(l.due)}</td>
                <td>
                  <span className={STATUS_BADGE[l.status]}>{t(`safety.ui.followUp.status.${l.status}`)}</span>
                  {l.item === 'policeReport' && i.policeReport && (
                    <div className="mt-2">{t(`safety.ui.followUp.police.${i.policeReport}`)}</div>
                  )}
                </td>
                {mayFollowUp && (
                  <td>
                    {actionsOf(l).map((a, n) => (
                      <button
                        key={a.label}
                        type="button"
                        className={`button ${a.undo ? 'button-tertiary' : 'button-secondary'} mb-2${n === 0 ? ' mr-3' : ''}`}
                        disabled={busy}
                        onClick={() => tick(a.body)}
                      >
                        {a.label}
                      </button>
                    ))}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
