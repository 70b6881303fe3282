// Workload per team and per staff member of the department: open cases, cases without a caseworker, and first
// contacts overdue or due today. Numbers only; the overdue cases themselves are listed above. Cases without a team
// or a caseworker have their own row, so each table adds up to the total in its last row (the queue's count).
import { useI18n } from '../../../../web/src/app/i18n.js';
import type { Workload } from './team-api.js';

interface Props {
  workload: Workload;
  teamName: (id: string | null) => string;
}

export function TeamWorkload({ workload, teamName }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="team-workload-heading">
      <h2 id="team-workload-heading">{t('dialogue.team.workload.heading')}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption>{t('dialogue.team.teams.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dialogue.team.col.team')}</th>
              <th scope="col">{t('dialogue.team.col.open')}</th>
              <th scope="col">{t('dialogue.team.col.unassigned')}</th>
              <th scope="col">{t('dialogue.team.col.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {workload.teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name}</th>
                <td>{team.open}</td>
                <td>{team.unassigned}</td>
                <td>{team.overdueFirstContact}</td>
              </tr>
            ))}
            {workload.withoutTeam.open > 0 && (
              <tr>
                <th scope="row">{t('dialogue.team.noTeam')}</th>
                <td>{workload.withoutTeam.open}</td>
                <td>{workload.withoutTeam.unassigned}</td>
                <td>{workload.withoutTeam.overdueFirstContact}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dialogue.team.total')}</th>
              <td>{workload.total.open}</td>
              <td>{workload.total.unassigned}</td>
              <td>{workload.total.overdueFirstContact}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="table--responsive-scroll mt-7">
        <table className="table table--compact">
          <caption>{t('dialogue.team.caseworkers.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dialogue.team.col.name')}</th>
              <th scope="col">{t('dialogue.team.col.team')}</th>
              <th scope="col">{t('dialogue.team.col.open')}</th>
              <th scope="col">{t('dialogue.team.col.dueToday')}</th>
              <th scope="col">{t('dialogue.team.col.overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {workload.caseworkers.map((c) => (
              <tr key={c.id}>
                <th scope="row">{c.name}</th>
                <td>{teamName(c.teamId)}</td>
                <td>{c.open}</td>
                <td>{c.dueToday}</td>
                <td>{c.overdueFirstContact}</td>
              </tr>
            ))}
            {workload.withoutCaseworker.open > 0 && (
              <tr>
                <th scope="row">{t('dialogue.team.unassigned')}</th>
                <td />
                <td>{workload.withoutCaseworker.open}</td>
                <td>{workload.withoutCaseworker.dueToday}</td>
                <td>{workload.withoutCaseworker.overdueFirstContact}</td>
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('dialogue.team.total')}</th>
              <td />
              <td>{workload.total.open}</td>
              <td>{workload.total.dueToday}</td>
              <td>{workload.total.overdueFirstContact}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
