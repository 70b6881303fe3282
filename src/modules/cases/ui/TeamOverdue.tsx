// Cases whose first-contact deadline has passed, oldest first: each links to the case and can be picked for
// reassignment (the button fills in the form below and moves focus there).
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Link } from '../../../../web/src/app/router.js';
import type { Workload } from './team-api.js';

interface Props {
  overdue: Workload['overdue'];
  teamName: (id: string | null) => string;
  onPick: (caseNumber: string) => void;
}

export function TeamOverdue({ overdue, teamName, onPick }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="team-overdue-heading">
      <h2 id="team-overdue-heading">{t('dialogue.team.overdue.heading')}</h2>
      <p>{t('dialogue.team.overdue.intro')}</p>
      {overdue.length === 0 ? (
        <p>{t('dialogue.team.overdue.none')}</p>
      ) : (
        <>
          <p>
            {overdue.length === 1
              ? t('dialogue.team.overdue.countOne')
              : t('dialogue.team.overdue.count', { count: overdue.length })}
          </p>
          <OverdueTable
            caption={t('dialogue.team.overdue.caption')}
            rows={overdue.map((o) => ({ ...o, due: o.firstContactDue }))}
            teamName={teamName}
            onPick={onPick}
          />
        </>
      )}
    </section>
  );
}

/** Maintained complaints past their re-assessment deadline (genvurdering), oldest first. */
export function TeamOverdueReassessments({
  rows,
  teamName,
}: {
  rows: Workload['overdueReassessments'];
  teamName: (id: string | null) => string;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="team-reassessments-heading">
      <h2 id="team-reassessments-heading">{t('dialogue.team.reassessments.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('dialogue.team.reassessments.none')}</p>
      ) : (
        <OverdueTable
          caption={t('dialogue.team.reassessments.heading')}
          rows={rows.map((o) => ({ ...o, due: o.reassessmentDue }))}
          teamName={teamName}
        />
      )}
    </section>
  );
}

interface OverdueRow {
  caseNumber: string;
  due: string;
  assignee: { name: string } | null;
  teamId: string | null;
}

/** Overdue cases, each linked, with its passed deadline, who has it, and (with `onPick`) a button to pick it. */
function OverdueTable(props: {
  caption: string;
  rows: readonly OverdueRow[];
  teamName: (id: string | null) => string;
  onPick?: (caseNumber: string) => void;
}) {
  const { caption, rows, teamName, onPick } = props;
  const { t, locale } = useI18n();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dialogue.team.col.caseNumber')}</th>
            <th scope="col">{t('dialogue.team.col.due')}</th>
            <th scope="col">{t('dialogue.team.col.assignee')}</th>
            <th scope="col">{t('dialogue.team.col.team')}</th>
            {onPick && <th scope="col">{t('dialogue.team.col.action')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.caseNumber} className="queue-row--overdue">
              <th scope="row">
                <Link to={`/sager/${o.caseNumber}`}>{o.caseNumber}</Link>
              </th>
              <td>
                {formatDate(o.due, locale)}{' '}
                <span className="badge badge-error">{t('dialogue.ui.deadline.overdue')}</span>
              </td>
              <td>{o.assignee?.name ?? t('dialogue.team.unassigned')}</td>
              <td>{teamName(o.teamId)}</td>
              {onPick && (
                <td>
                  <button
                    type="button"
                    className="button button-secondary queue-assign"
                    aria-label={t('dialogue.team.chooseCase', { caseNumber: o.caseNumber })}
                    onClick={() => onPick(o.caseNumber)}
                  >
                    {t('dialogue.team.choose')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
