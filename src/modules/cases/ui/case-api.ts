// The staff API calls that move a case along the dialogue loop: attempts, the missed-call message,
// outcomes (transitions) and the citizen's primary contact person and support needs.
import { api } from '../../../../web/src/app/api.js';
import type { ContactChannel, ContactResult } from '../../../core/contact.js';
import type { CaseState } from '../../../core/workflow.js';
import type { SupportNeeds } from '../../citizens/index.js';
import type { AttemptOutcome, StaffUser } from './types.js';

const casePath = (caseNumber: string) => `/cases/${encodeURIComponent(caseNumber)}`;

export interface AttemptBody {
  channel: ContactChannel;
  result: ContactResult;
  note?: string;
  letterReason?: string;
}

export const logAttempt = (caseNumber: string, body: AttemptBody) =>
  api<AttemptOutcome>('POST', `${casePath(caseNumber)}/contact-attempts`, body);

export const sendMissedCallMessage = (caseNumber: string, channel: 'sms' | 'email') =>
  api<{ id: string; state: CaseState }>('POST', `${casePath(caseNumber)}/missed-call-message`, { channel });

export interface TransitionBody {
  to: CaseState;
  reason?: string;
}

export const moveCase = (caseNumber: string, body: TransitionBody) =>
  api<{ caseNumber: string; state: CaseState }>('POST', `${casePath(caseNumber)}/transitions`, body);

export const setPrimaryContact = (citizenId: string, userId: string | null) =>
  api<void>('PUT', `/citizens/${encodeURIComponent(citizenId)}/primary-contact`, { userId });

export const setSupportNeeds = (citizenId: string, needs: SupportNeeds) =>
  api<SupportNeeds>('PUT', `/citizens/${encodeURIComponent(citizenId)}/support-needs`, needs);

export const fetchStaffUsers = () => api<StaffUser[]>('GET', '/staff/users');
