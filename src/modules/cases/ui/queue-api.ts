// The staff API calls behind the queue and the case page.
import { api, query } from '../../../../web/src/app/api.js';
import type { AreaOption, CaseDetail, Named, Queue, QueueFilter, TeamOption } from './types.js';

/** Cases per page of the queue: the earliest deadlines first, "Vis flere" for the next page. */
export const QUEUE_PAGE_SIZE = 50;

export const fetchQueue = (f: QueueFilter, offset = 0) =>
  api<Queue>(
    'GET',
    `/cases${query({ area: f.area, team: f.team, mine: f.mine, limit: QUEUE_PAGE_SIZE, offset: offset || undefined })}`,
  );

export const fetchCase = (caseNumber: string) =>
  api<CaseDetail>('GET', `/cases/${encodeURIComponent(caseNumber)}`);

export const assignToMe = (caseNumber: string) =>
  api<{ caseNumber: string; assignee: Named }>(
    'POST',
    `/cases/${encodeURIComponent(caseNumber)}/assign-to-me`,
  );

export const fetchAreas = () => api<AreaOption[]>('GET', '/staff/areas');
export const fetchTeams = () => api<TeamOption[]>('GET', '/staff/teams');
