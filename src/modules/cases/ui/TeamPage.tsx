// The team lead's page (leder): overdue first contacts first, then reassignment, then the workload per team and
// per staff member. After a reassignment the overview is fetched again, so the numbers follow.
import { useCallback, useRef, useState } from 'react';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { TeamOverdue, TeamOverdueReassessments } from './TeamOverdue.js';
import { TeamReassignForm } from './TeamReassignForm.js';
import { TeamWorkload } from './TeamWorkload.js';
import {
  fetchDepartmentStaff,
  fetchDepartmentTeams,
  fetchTeamOverview,
  type StaffMember,
  type TeamChoice,
  type Workload,
} from './team-api.js';

interface Data {
  workload: Workload;
  staff: StaffMember[];
  teams: TeamChoice[];
}

export function TeamPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const departmentId = me?.departmentId ?? '';
  const [notice, setNotice] = useState<Notice>(null);
  const [caseNumber, setCaseNumber] = useState('');
  const caseNumberRef = useRef<HTMLInputElement>(null);
  usePageTitle(t('dialogue.team.title'), t('app.name'));

  const refresh = useCallback(async () => {
    const [workload, staff, teams] = await Promise.all([
      fetchTeamOverview(),
      fetchDepartmentStaff(departmentId),
      fetchDepartmentTeams(),
    ]);
    return { workload, staff, teams };
  }, [departmentId]);

  const { load, reload } = useLoad<Data>(refresh);

  const onPick = (number: string) => {
    setCaseNumber(number);
    setNotice(null);
    caseNumberRef.current?.focus();
    caseNumberRef.current?.scrollIntoView({ block: 'center' });
  };

  const onDone = (number: string, to: string) => {
    setCaseNumber('');
    setNotice({ text: t('dialogue.team.reassign.done', { caseNumber: number, to }), error: false });
    reload();
  };

  const teamName = (id: string | null) =>
    (load.status === 'ready' && load.data.teams.find((x) => x.id === id)?.name) || t('dialogue.team.noTeam');

  return (
    <>
      <h1 tabIndex={-1}>{t('dialogue.team.title')}</h1>
      <p>{t('dialogue.team.intro')}</p>
      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('dialogue.team.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <TeamOverdue overdue={load.data.workload.overdue} teamName={teamName} onPick={onPick} />
          <TeamOverdueReassessments
            rows={load.data.workload.overdueReassessments ?? []}
            teamName={teamName}
          />
          <TeamReassignForm
            staff={load.data.staff}
            teams={load.data.teams}
            caseNumber={caseNumber}
            onCaseNumber={setCaseNumber}
            caseNumberRef={caseNumberRef}
            onDone={onDone}
          />
          <TeamWorkload workload={load.data.workload} teamName={teamName} />
        </>
      )}
    </>
  );
}
