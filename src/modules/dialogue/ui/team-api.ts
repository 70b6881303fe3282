// The staff API calls behind the team lead's page.
import { api, query } from '../../../../web/src/app/api.js';
import type { Workload } from '../team.js';

export type { Workload };

export interface StaffMember {
  id: string;
  name: string;
  role: string;
  teamId: string | null;
}

export interface TeamChoice {
  id: string;
  name: string;
}

export const fetchTeamOverview = () => api<Workload>('GET', '/team/overview');
export const fetchDepartmentStaff = (departmentId: string) =>
  api<StaffMember[]>('GET', `/staff/users${query({ department: departmentId })}`);
export const fetchDepartmentTeams = () => api<TeamChoice[]>('GET', '/staff/teams');

export const reassignCase = (caseNumber: string, to: { assigneeId?: string; teamId?: string }) =>
  api<void>('POST', `/cases/${encodeURIComponent(caseNumber)}/reassign`, to);
