// The shapes of the staff API's queue and case answers (see the staff API contract).
import type { DeadlineStatus } from '../../../core/deadlines.js';
import type { CaseKind, CaseState } from '../../../core/workflow.js';
import type { SupportNeeds } from '../../citizens/citizens.js';
import type { AgreementView } from '../agreements.js';
import type { AttemptView } from '../attempts.js';
import type { ConversationView } from '../conversation.js';

export interface Named {
  id: string;
  name: string;
}

export interface QueueItem {
  caseNumber: string;
  kind: CaseKind;
  state: CaseState;
  area: { code: string; name: string };
  team: Named | null;
  assignee: Named | null;
  citizenName: string;
  receivedAt: string;
  receivedOn: string;
  firstContactDue: string;
  firstContactMetOn: string | null;
  firstContactStatus: DeadlineStatus;
}

export interface Queue {
  items: QueueItem[];
  total: number;
}

export interface TimelineEntry {
  type: string;
  at: string;
  actor: Named | null;
  data: Record<string, unknown>;
}

export interface CaseDetail extends QueueItem {
  id: string;
  channel: string;
  department: Named;
  description: string;
  decisionDate: string | null;
  decisionReference: string | null;
  preferredContactTime: string | null;
  citizen: CitizenDetail;
  reassessmentDue: string | null;
  rootCause: string | null;
  allowedTransitions: CaseState[];
  attempts: AttemptView[];
  conversation: ConversationView | null;
  agreements: AgreementView[];
  timeline: TimelineEntry[];
}

/** The citizen as staff see them before a contact (CPR only masked). */
export interface CitizenDetail {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  cprMasked: string | null;
  supportNeeds: SupportNeeds;
  primaryContact: Named | null;
}

/** A caseworker or team lead, for choosing a contact person. */
export interface StaffUser {
  id: string;
  name: string;
  role: string;
  teamId: string | null;
  departmentId: string | null;
}

/** What logging an attempt answers: the new state, and whether to offer the missed-call message. */
export interface AttemptOutcome {
  id: string;
  state: CaseState;
  firstContactMetOn: string | null;
  offerMissedCallMessage: boolean;
}

export interface AreaOption {
  code: string;
  name: string;
  department: string;
}

export interface TeamOption {
  id: string;
  name: string;
  departmentId: string;
}

export interface QueueFilter {
  area: string;
  team: string;
  mine: boolean;
}
