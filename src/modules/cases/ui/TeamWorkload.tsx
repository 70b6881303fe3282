// Workload per team and per staff member of the department: open cases, cases without a caseworker, and first
// contacts overdue or due today. Numbers only; the overdue cases themselves are listed above.
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
          </tbody>
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
          </tbody>
        </table>
      </div>
    </section>
  );
}
