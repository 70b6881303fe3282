/**
 * Pure deadline rules (see PRODUCT.md, "Rules the core computes"), built on the working-day calendar.
 * Every function takes the kommune's calendar rules; none reads a clock.
 */

import type { CalendarRules, IsoDate } from './calendar.js';
import { addMonths, addWeeks, addWorkingDays, isValidIsoDate } from './calendar.js';

function assertIsoDate(d: IsoDate): IsoDate {
  if (!isValidIsoDate(d)) throw new RangeError(`Not a valid ISO date (YYYY-MM-DD): ${JSON.stringify(d)}`);
  return d;
}

/** Service goal for the first contact after a complaint, in working days (configurable per area). */
export const DEFAULT_FIRST_CONTACT_GOAL_DAYS = 2;

/** First contact after a complaint: the service goal in working days, the day of receipt not counted. */
export function firstContactDue(receivedOn: IsoDate, serviceGoalDays: number, rules: CalendarRules): IsoDate {
  return addWorkingDays(receivedOn, serviceGoalDays, rules);
}

/** Genvurdering: 4 weeks from the kommune's receipt of the complaint (retssikkerhedsloven § 66). */
export function reassessmentDue(complaintReceivedOn: IsoDate, rules: CalendarRules): IsoDate {
  return addWeeks(complaintReceivedOn, 4, rules);
}

/** Klagefrist: 4 weeks from the citizen's receipt of the decision (retssikkerhedsloven § 67). */
export function appealDeadline(decisionReceivedOn: IsoDate, rules: CalendarRules): IsoDate {
  return addWeeks(decisionReceivedOn, 4, rules);
}

/**
 * When a letter counts as received (vejledning om frister): Digital Post on the day it is available, even a
 * weekend; physical post 6 working days after the letter's date.
 */
export function letterReceivedOn(
  letterDate: IsoDate,
  channel: 'digital' | 'physical',
  rules: CalendarRules,
): IsoDate {
  if (channel === 'digital') return assertIsoDate(letterDate);
  return addWorkingDays(letterDate, 6, rules);
}

/** Aktindsigt: answer within 7 working days, or send a fristbrev (offentlighedsloven § 36). */
export function accessToFilesDue(receivedOn: IsoDate, rules: CalendarRules): IsoDate {
  return addWorkingDays(receivedOn, 7, rules);
}

/**
 * GDPR access request: 1 month (GDPR art. 12(3)); month periods end on the same date, and per Regulation
 * 1182/71 a period ending on a non-working day runs to the next working day.
 */
export function gdprAccessDue(receivedOn: IsoDate, rules: CalendarRules): IsoDate {
  return addMonths(receivedOn, 1, rules);
}

export type DeadlineStatus = 'met' | 'missed' | 'due_today' | 'overdue' | 'pending';

/**
 * met: done on or before the due date; missed: done after it. Otherwise still open: due_today, overdue
 * or pending. ISO dates compare correctly as strings.
 */
export function deadlineStatus(due: IsoDate, metOn: IsoDate | null, today: IsoDate): DeadlineStatus {
  for (const d of [due, metOn ?? due, today]) assertIsoDate(d);
  if (metOn !== null) return metOn <= due ? 'met' : 'missed';
  if (today === due) return 'due_today';
  return today > due ? 'overdue' : 'pending';
}
