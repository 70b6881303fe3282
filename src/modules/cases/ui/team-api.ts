// The staff API calls behind the team lead's page.
import { api, query } from '../../../../web/src/app/api.js';
import type { StaffTeam, StaffUser } from '../organisation.js';
import type { Workload } from '../team.js';

export type { Workload };
/** A caseworker or team lead of the department: who a case can be given to. */
export type StaffMember = StaffUser;
export type TeamChoice = StaffTeam;

export const fetchTeamOverview = () => api<Workload>('GET', '/team/overview');
export const fetchDepartmentStaff = (departmentId: string) =>
  api<StaffMember[]>('GET', `/staff/users${query({ department: departmentId })}`);
export const fetchDepartmentTeams = () => api<TeamChoice[]>('GET', '/staff/teams');

export const reassignCase = (caseNumber: string, to: { assigneeId?: string; teamId?: string }) =>
  api<void>('POST', `/cases/${encodeURIComponent(caseNumber)}/reassign`, to);
