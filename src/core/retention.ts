/**
 * Retention and erasure of a citizen's cases (pure: the clock is passed in).
 *
 * - A closed case is anonymised once the kommune's retention period has run from its closing
 *   (default 5 years; KLE deletion periods, arkivloven).
 * - A citizen may ask for erasure (GDPR art. 17), but a complaint is handled as the exercise of public
 *   authority (art. 6(1)(e)), so art. 17(3)(b) keeps the record while the case is open and for the retention
 *   period after closing. Past it, the case is anonymised, as the retention job would have done.
 */

export const DEFAULT_RETENTION_YEARS = 5;
/** Bounds on what a kommune may set: at least the time an appeal may take, at most an archive lifetime. */
export const RETENTION_YEARS_MIN = 1;
export const RETENTION_YEARS_MAX = 30;

/** The instant `years` calendar years before `now`; cases closed at or before it are due for anonymisation. */
export function retentionCutoff(now: Date, years: number): Date {
  return addYears(now, -years);
}

/** When a case closed at `closedAt` may be anonymised. */
export function keptUntil(closedAt: Date, years: number): Date {
  return addYears(closedAt, years);
}

function addYears(at: Date, years: number): Date {
  const d = new Date(at.getTime());
  const month = d.getUTCMonth();
  d.setUTCFullYear(d.getUTCFullYear() + years);
  // 29 February plus a year is 28 February, not 1 March: never shorten the period by rolling over.
  if (d.getUTCMonth() !== month) d.setUTCDate(0);
  return d;
}

export interface CaseForErasure {
  state: string;
  closedAt: Date | null;
  anonymisedAt: Date | null;
}

export type ErasureDecision =
  | { erase: true; already: boolean }
  | { erase: false; reason: 'open_case' }
  | { erase: false; reason: 'retention'; keptUntil: Date };

/** Whether one of the citizen's cases may be erased (anonymised) now, and if not, why it must be kept. */
export function erasureDecision(c: CaseForErasure, now: Date, retentionYears: number): ErasureDecision {
  if (c.anonymisedAt) return { erase: true, already: true };
  if (c.state !== 'closed' || !c.closedAt) return { erase: false, reason: 'open_case' };
  const until = keptUntil(c.closedAt, retentionYears);
  if (until.getTime() > now.getTime()) return { erase: false, reason: 'retention', keptUntil: until };
  return { erase: true, already: false };
}
