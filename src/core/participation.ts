// Participation rules (borgerinddragelse), pure: what still stands between a process and its closing, and how
// long the contributors waited for their answer. No I/O; the clock is passed in.
import { type IsoDate, localDate } from './calendar.js';

export const OUTCOMES = ['adopted', 'partly', 'not_adopted', 'outside'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface GroupState {
  id: string;
  title: string;
  outcome: Outcome | null;
  answer: string | null;
  askWhom: string | null;
}

export interface ContributionState {
  id: string;
  status: 'pending' | 'approved' | 'rejected';
  groupId: string | null;
  hasContact: boolean;
  notified: boolean;
}

export type Missing =
  | { kind: 'group_unanswered'; id: string; title: string }
  | { kind: 'contribution_unmoderated'; id: string }
  | { kind: 'contribution_ungrouped'; id: string }
  | { kind: 'contributor_not_notified'; id: string };

/** An answer is complete when it says what is done, and why (or, outside the room, whom to ask). */
export function answerComplete(g: Pick<GroupState, 'outcome' | 'answer' | 'askWhom'>): boolean {
  if (!g.outcome || !g.answer?.trim()) return false;
  if (g.outcome === 'outside') return Boolean(g.askWhom?.trim());
  return true;
}

/**
 * What is missing before a process may be closed: every group has a published answer, every contribution is
 * moderated, every approved one belongs to a group (so it has an answer), and every contributor who left
 * contact details has been told the answer to their own contribution. Empty: it may be closed.
 */
export function closingMissing(
  groups: readonly GroupState[],
  contributions: readonly ContributionState[],
): Missing[] {
  const missing: Missing[] = [];
  for (const g of groups)
    if (!answerComplete(g)) missing.push({ kind: 'group_unanswered', id: g.id, title: g.title });
  for (const c of contributions) {
    if (c.status === 'pending') missing.push({ kind: 'contribution_unmoderated', id: c.id });
    else if (c.status === 'approved' && !c.groupId)
      missing.push({ kind: 'contribution_ungrouped', id: c.id });
    if (c.hasContact && !c.notified && c.status !== 'pending')
      missing.push({ kind: 'contributor_not_notified', id: c.id });
  }
  return missing;
}

/** Days from the end of the hearing to the feedback (the closing), in Danish dates; never below 0. */
export function daysToFeedback(hearingEndsOn: IsoDate, feedbackAt: Date): number {
  const end = Date.parse(`${hearingEndsOn}T00:00:00Z`);
  const fed = Date.parse(`${localDate(feedbackAt)}T00:00:00Z`);
  return Math.max(0, Math.round((fed - end) / 86_400_000));
}

/** The median of a list of numbers; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Whether a process takes contributions on a given day: open, and the hearing not yet over. */
export function takesContributions(p: { status: string; hearingEndsOn: IsoDate }, now: Date): boolean {
  return p.status === 'open' && localDate(now) <= p.hearingEndsOn;
}
