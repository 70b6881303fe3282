// The shapes of the staff API's queue and case answers. Where the server's own interface is already the JSON
// (no Date fields), it is imported as a type (erased at build) rather than restated; the UI only narrows the
// kind and state codes the server types as plain strings.
import type { CaseKind, CaseState } from '../../../core/workflow.js';
import type { AttemptOutcome as ServerAttemptOutcome } from '../../dialogue/index.js';
import type { CaseDetail as ServerCaseDetail, TimelineEvent } from '../case.js';
import type { StaffArea, StaffTeam, StaffUser } from '../organisation.js';
import type { QueueItem as ServerQueueItem } from '../queue.js';

export type { StaffUser };

/** The server's codes as the workflow's own types. */
type WithCodes<T> = Omit<T, 'kind' | 'state'> & { kind: CaseKind; state: CaseState };

export interface Named {
  id: string;
  name: string;
}

export type QueueItem = WithCodes<ServerQueueItem>;

export interface Queue {
  items: QueueItem[];
  total: number;
  /** More than `total` cases match: the server counts only up to a cap. */
  totalCapped: boolean;
}

export type TimelineEntry = TimelineEvent;

export type CaseDetail = WithCodes<ServerCaseDetail>;

/** What logging an attempt answers: the new state, and whether to offer the missed-call message. */
export type AttemptOutcome = Omit<ServerAttemptOutcome, 'state'> & { state: CaseState };

export type AreaOption = StaffArea;

export type TeamOption = StaffTeam;

/** The queue's filters as the form and the URL hold them. */
export interface QueueFilter {
  area: string;
  team: string;
  mine: boolean;
}
