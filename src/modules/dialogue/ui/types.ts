// The shapes of the staff API's queue and case answers (see the staff API contract).
import type { DeadlineStatus } from '../../../core/deadlines.js';
import type { CaseKind, CaseState } from '../../../core/workflow.js';

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
  citizen: { name: string; phone: string | null; email: string | null };
  allowedTransitions: string[];
  timeline: TimelineEntry[];
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
