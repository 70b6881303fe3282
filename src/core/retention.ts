/**
 * Retention and erasure of a citizen's cases (pure: the clock is passed in).
 *
 * - A closed case is anonymised once the kommune's retention period (years and months) has run from its
 *   closing (default 5 years; KLE deletion periods, arkivloven).
 * - A citizen may ask for erasure (GDPR art. 17), but a complaint is handled as the exercise of public
 *   authority (art. 6(1)(e)), so art. 17(3)(b) keeps the record while the case is open and for the retention
 *   period after closing. Past it, the case is anonymised, as the retention job would have done.
 */

/** The kommune's retention period from a case's closing (kommuner.retention_years and retention_months). */
export interface RetentionPeriod {
  years: number;
  months: number;
}

export const DEFAULT_RETENTION: RetentionPeriod = { years: 5, months: 0 };

/** When a case closed at `closedAt` may be anonymised: closing plus the period, in UTC calendar months. */
export function keptUntil(closedAt: Date, period: RetentionPeriod): Date {
  return addMonths(closedAt, period.years * 12 + period.months);
}

/** The latest closing instant whose case is due now (reported beside a dry run). */
export function retentionCutoff(now: Date, period: RetentionPeriod): Date {
  return addMonths(now, -(period.years * 12 + period.months));
}

// Month arithmetic as PostgreSQL does it on a timestamp: the day is kept, or clamped to the month's last day
// (31 March + 1 month = 30 April; 29 February + 1 year = 28 February), never rolled into the next month.
function addMonths(at: Date, months: number): Date {
  const d = new Date(at.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
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
export function erasureDecision(c: CaseForErasure, now: Date, period: RetentionPeriod): ErasureDecision {
  if (c.anonymisedAt) return { erase: true, already: true };
  if (c.state !== 'closed' || !c.closedAt) return { erase: false, reason: 'open_case' };
  const until = keptUntil(c.closedAt, period);
  if (until.getTime() > now.getTime()) return { erase: false, reason: 'retention', keptUntil: until };
  return { erase: true, already: false };
}
