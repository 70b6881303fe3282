// The staff API calls of the formal track, and the shapes the case API adds under `deadlines` and `formal`.
import type { Static } from 'typebox';
import { api } from '../../../../web/src/app/api.js';
import type { CaseDeadlines, FormalTrack } from '../schemas.js';

export type Deadlines = Static<typeof CaseDeadlines>;
export type Formal = Static<typeof FormalTrack>;

const casePath = (caseNumber: string) => `/cases/${encodeURIComponent(caseNumber)}`;

export const reassess = (caseNumber: string, body: { result: string; reasoning: string }) =>
  api<{ state: string; letterUrl: string | null }>('POST', `${casePath(caseNumber)}/reassessment`, body);

export const forward = (caseNumber: string, appealBody: string) =>
  api<{ forwardedOn: string; bundleUrl: string }>('POST', `${casePath(caseNumber)}/forwarding`, {
    ...(appealBody.trim() ? { appealBody: appealBody.trim() } : {}),
  });

/** Marks (or unmarks) the conversation notes for the case bundle. */
export const markNotesForBundle = (caseNumber: string, inBundle: boolean) =>
  api<{ inBundle: boolean }>('PUT', `${casePath(caseNumber)}/conversation/bundle`, { inBundle });

export const recordAppealResult = (caseNumber: string, body: { result: string; decidedOn: string }) =>
  api<{ state: string }>('POST', `${casePath(caseNumber)}/appeal-result`, body);

export const decideLate = (caseNumber: string, body: { accepted: boolean; reason: string }) =>
  api<void>('POST', `${casePath(caseNumber)}/late-decision`, body);

export const registerAccessRequest = (caseNumber: string) =>
  api<{ id: string; dueOn: string }>('POST', `${casePath(caseNumber)}/access-requests`, {});

export const answerAccessRequest = (caseNumber: string, id: string) =>
  api<{ id: string }>('POST', `${casePath(caseNumber)}/access-requests/${encodeURIComponent(id)}/answered`);

export interface AppealsBodyRow {
  areaCode: string;
  areaName: string;
  appealsBody: string | null;
}

export const fetchAppealsBodies = () => api<AppealsBodyRow[]>('GET', '/appeals-bodies');
export const saveAppealsBody = (areaCode: string, name: string | null) =>
  api<void>('PUT', `/appeals-bodies/${encodeURIComponent(areaCode)}`, { name });
