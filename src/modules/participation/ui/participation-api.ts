// The participation module's calls and shapes in the staff app (the server's api.ts, as the browser sees them).
import { api } from '../../../../web/src/app/api.js';
import type { Missing, Outcome } from '../../../core/participation.js';

export type Status = 'draft' | 'open' | 'closed';
export type Channels = 'online' | 'meeting' | 'both';
export type PhaseKind = 'idea' | 'hearing' | 'decision' | 'feedback';

export interface Phase {
  kind: PhaseKind;
  startsOn: string;
  endsOn: string;
}

export interface Process {
  id: string;
  title: string;
  question: string;
  influence: string;
  decided: string;
  channels: Channels;
  area: string | null;
  status: Status;
  phases: Phase[];
  hearingEndsOn: string;
  closedAt: string | null;
  daysToFeedback: number | null;
  departmentId: string | null;
  ownerId: string | null;
}

export interface Group {
  id: string;
  title: string;
  outcome: Outcome | null;
  answer: string | null;
  askWhom: string | null;
  answeredAt: string | null;
  answerChangedAt: string | null;
  /** Earlier wordings of a corrected answer, oldest first. */
  revisions: {
    outcome: Outcome;
    answer: string;
    askWhom: string | null;
    publishedAt: string;
    replacedAt: string;
  }[];
}

export interface Contribution {
  id: string;
  text: string;
  source: 'online' | 'meeting';
  status: 'pending' | 'approved' | 'rejected';
  moderationReason: string | null;
  groupId: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  notifiedAt: string | null;
  createdAt: string;
  hasImage: boolean;
}

export interface ProcessDetail {
  process: Process;
  groups: Group[];
  contributions: Contribution[];
  missing: Missing[];
}

export interface Options {
  departments: { id: string; name: string }[];
  owners: { id: string; name: string; departmentId: string | null }[];
}

export interface ProcessInput {
  title: string;
  question: string;
  influence: string;
  decided: string;
  channels: Channels;
  phases: Phase[];
  hearingEndsOn: string;
  area?: string;
  departmentId?: string | null;
  ownerId?: string;
}

const base = (id: string) => `/participation/${encodeURIComponent(id)}`;

export const fetchProcesses = () => api<{ items: Process[] }>('GET', '/participation');
export const fetchOptions = () => api<Options>('GET', '/participation/options');
export const fetchProcess = (id: string) => api<ProcessDetail>('GET', base(id));
export const createProcess = (body: ProcessInput) => api<Process>('POST', '/participation', body);
export const updateProcess = (id: string, body: ProcessInput) => api<Process>('PUT', base(id), body);
export const openProcess = (id: string) => api<Process>('POST', `${base(id)}/open`);
export const closeProcess = (id: string) => api<Process>('POST', `${base(id)}/close`);
export const registerContribution = (
  id: string,
  body: { text: string; name?: string; email?: string; phone?: string },
) => api<{ id: string }>('POST', `${base(id)}/contributions`, body);
export const moderate = (id: string, contributionId: string, body: { decision: string; reason?: string }) =>
  api<Contribution>(
    'POST',
    `${base(id)}/contributions/${encodeURIComponent(contributionId)}/moderation`,
    body,
  );
export const createGroup = (id: string, body: { title: string; contributionIds: string[] }) =>
  api<{ id: string }>('POST', `${base(id)}/groups`, body);
export const answerGroup = (
  id: string,
  groupId: string,
  body: { outcome: Outcome; text: string; askWhom?: string },
) =>
  api<{ group: Group; notified: number; corrected: boolean }>(
    'POST',
    `${base(id)}/groups/${encodeURIComponent(groupId)}/answer`,
    body,
  );
/** A contribution's image for staff (any moderation state); the session cookie goes with it. */
export const imageSrc = (id: string, contributionId: string) =>
  `/api/v1${base(id)}/contributions/${encodeURIComponent(contributionId)}/image`;
/** The CSV export: a plain link, the session cookie goes with it. */
export const exportHref = (id: string) => `/api/v1${base(id)}/export`;
