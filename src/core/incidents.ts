/**
 * Pure rules of the incident register (vold, trusler og chikane mod ansatte) and of safe-meeting plans
 * (see PRODUCT.md, "Work accident from violence/threats"). No clock: `today` and `now` are passed in.
 */
import { addDays, type CalendarRules, type IsoDate, isValidIsoDate, nextWorkingDay } from './calendar.js';

/**
 * From which day of injury a minimum absence makes a report to the authority (Arbejdstilsynet) due. The rule
 * is changing, so the threshold is kept by date: the rule in force on the day of the injury decides.
 */
export interface AbsenceThreshold {
  /** The first day of injury the threshold applies to. */
  from: IsoDate;
  /** Days of absence beyond the day of injury that make the report due (at least). */
  minAbsenceDays: number;
}

/** bek. 799/2022: absence of at least 1 day beyond the day of injury. */
export const DEFAULT_ABSENCE_THRESHOLDS: readonly AbsenceThreshold[] = Object.freeze([
  Object.freeze({ from: '1900-01-01', minAbsenceDays: 1 }),
]);

/** Days from the first day of absence to the report deadline. */
export const REPORT_DAYS_AFTER_ABSENCE = 14;
/** How many days before the report deadline the register warns. */
export const REPORT_WARNING_DAYS = 3;

/** The threshold in force on `day`: the latest one that starts on or before it (null before every one). */
export function thresholdOn(day: IsoDate, thresholds: readonly AbsenceThreshold[]): number | null {
  let found: AbsenceThreshold | null = null;
  for (const t of thresholds) if (t.from <= day && (!found || t.from >= found.from)) found = t;
  return found ? found.minAbsenceDays : null;
}

export interface AbsenceFacts {
  /** The day of injury, the local date of the incident. */
  occurredOn: IsoDate;
  /** The first day of absence; when absence is known without it, the day after the injury. */
  absenceFrom: IsoDate | null;
  /** Days of absence beyond the day of injury. */
  absenceDays: number | null;
}

/**
 * The deadline for reporting the work accident to the authority, or null when no report is due: 14 days after
 * the first day of absence, once absence reaches the threshold in force on the day of injury. A deadline on a
 * non-working day moves to the next working day (vejledning om frister).
 */
export function reportDeadline(
  facts: AbsenceFacts,
  thresholds: readonly AbsenceThreshold[],
  rules: CalendarRules,
): IsoDate | null {
  const { occurredOn, absenceDays } = facts;
  if (!isValidIsoDate(occurredOn))
    throw new RangeError(`Not a valid ISO date: ${JSON.stringify(occurredOn)}`);
  if (absenceDays === null || absenceDays <= 0) return null;
  const threshold = thresholdOn(occurredOn, thresholds);
  if (threshold === null || absenceDays < threshold) return null;
  const firstDay = facts.absenceFrom ?? addDays(occurredOn, 1);
  if (!isValidIsoDate(firstDay)) throw new RangeError(`Not a valid ISO date: ${JSON.stringify(firstDay)}`);
  return nextWorkingDay(addDays(firstDay, REPORT_DAYS_AFTER_ABSENCE), rules);
}

/** Where a deadline stands: done, not yet near, within the warning days, the last day, or past. */
export type FollowUpStatus = 'done' | 'open' | 'due_soon' | 'due_today' | 'overdue';

/** The status of a dated deadline on `today`, warning `warningDays` before. */
export function dateStatus(
  due: IsoDate,
  doneOn: IsoDate | null,
  today: IsoDate,
  warningDays = REPORT_WARNING_DAYS,
): FollowUpStatus {
  if (doneOn !== null) return 'done';
  if (today > due) return 'overdue';
  if (today === due) return 'due_today';
  if (addDays(today, warningDays) >= due) return 'due_soon';
  return 'open';
}

/** What the register records (vold, trusler, chikane), where and how serious. */
export const INCIDENT_TYPES = ['violence', 'threat', 'harassment'] as const;
export const INCIDENT_PLACES = [
  'reception', // borgerservice, the front desk
  'office',
  'meeting_room',
  'home_visit',
  'public_space',
  'phone',
  'online', // social media, e-mail, messages
  'free_time', // outside work, because of the work
  'other',
] as const;
export const SEVERITIES = ['minor', 'serious', 'severe'] as const;

/** The follow-up checklist after an incident (opfølgning). */
export const FOLLOW_UP_ITEMS = [
  'debriefing', // within 24–48 hours
  'psychologicalHelp', // the offer of psychological help
  'policeReport', // decided: reported to the police, or not
  'riskAssessment', // the workplace risk assessment (APV) updated
  'authorityReport', // reported to the authority, when a report is due
] as const;
export type FollowUpItem = (typeof FOLLOW_UP_ITEMS)[number];

/** Debriefing (and the offer of psychological help) is due within 48 hours; the warning starts after 24. */
export const DEBRIEFING_HOURS = 48;
export const DEBRIEFING_WARNING_HOURS = 24;
/** The risk assessment is brought up to date within 30 days of the incident. */
export const RISK_ASSESSMENT_DAYS = 30;

const HOUR_MS = 3_600_000;

/** The status of a deadline given as an instant (the 48 hours of debriefing). */
export function instantStatus(due: Date, done: Date | null, warnFrom: Date, now: Date): FollowUpStatus {
  if (done) return 'done';
  if (now.getTime() > due.getTime()) return 'overdue';
  if (now.getTime() >= warnFrom.getTime()) return 'due_soon';
  return 'open';
}

export interface IncidentFollowUpFacts extends AbsenceFacts {
  occurredAt: Date;
  debriefedAt: Date | null;
  psychologicalHelpOfferedAt: Date | null;
  /** The police report decided (filed or not) at. */
  policeDecidedAt: Date | null;
  riskAssessmentUpdatedOn: IsoDate | null;
  authorityReportedOn: IsoDate | null;
}

export interface FollowUpLine {
  item: FollowUpItem;
  status: FollowUpStatus;
  /** An instant (ISO) for the 48-hour items, a date for the others; null when the item has no deadline. */
  due: string | null;
}

/**
 * The checklist of an incident on `now` (`today` is its local date): each item with its deadline and status.
 * The authority report is listed only when a report is due.
 */
export function followUpChecklist(
  f: IncidentFollowUpFacts,
  thresholds: readonly AbsenceThreshold[],
  rules: CalendarRules,
  now: Date,
  today: IsoDate,
): FollowUpLine[] {
  const due48 = new Date(f.occurredAt.getTime() + DEBRIEFING_HOURS * HOUR_MS);
  const warn24 = new Date(f.occurredAt.getTime() + DEBRIEFING_WARNING_HOURS * HOUR_MS);
  const riskDue = nextWorkingDay(addDays(f.occurredOn, RISK_ASSESSMENT_DAYS), rules);
  const lines: FollowUpLine[] = [
    {
      item: 'debriefing',
      status: instantStatus(due48, f.debriefedAt, warn24, now),
      due: due48.toISOString(),
    },
    {
      item: 'psychologicalHelp',
      status: instantStatus(due48, f.psychologicalHelpOfferedAt, warn24, now),
      due: due48.toISOString(),
    },
    { item: 'policeReport', status: f.policeDecidedAt ? 'done' : 'open', due: null },
    {
      item: 'riskAssessment',
      status: dateStatus(riskDue, f.riskAssessmentUpdatedOn, today),
      due: riskDue,
    },
  ];
  const deadline = reportDeadline(f, thresholds, rules);
  if (deadline)
    lines.push({
      item: 'authorityReport',
      status: dateStatus(deadline, f.authorityReportedOn, today),
      due: deadline,
    });
  return lines;
}

/** Counts smaller than this are hidden in statistics (a small group could point to a person). */
export const MIN_GROUP_SIZE = 5;

/** A count as published: hidden (null) when the group is smaller than the minimum, but not empty. */
export const publishedCount = (n: number, min = MIN_GROUP_SIZE): number | null => (n < min ? null : n);

/**
 * A dimension's counts as published (by type, by place, by month): every group under the minimum is hidden
 * (null). When exactly one group is hidden and the total is shown, the hidden one could be worked out by
 * subtraction, so the next smallest group is hidden too (secondary suppression).
 */
export function publishedGroups<K>(
  groups: readonly { key: K; n: number }[],
  min = MIN_GROUP_SIZE,
): { key: K; count: number | null }[] {
  const hidden = new Set(groups.filter((g) => g.n < min).map((g) => g.key));
  if (hidden.size === 1) {
    const next = groups.filter((g) => !hidden.has(g.key)).sort((a, b) => a.n - b.n)[0];
    if (next) hidden.add(next.key);
  }
  return groups.map((g) => ({ key: g.key, count: hidden.has(g.key) ? null : g.n }));
}

/** The measures a safe-meeting plan may name (sikkert møde). */
export const SAFETY_MEASURES = [
  'second_staff', // a second staff member present
  'room_near_exit', // a room near an exit
  'alarm_checked', // the alarm checked before the meeting
  'meet_in_reception', // meet the citizen in reception
  'known_staff', // the service staff member who knows the citizen
] as const;
export type SafetyMeasure = (typeof SAFETY_MEASURES)[number];

/** A plan is reviewed after 3 months unless a shorter review is set; it never runs longer than 6 months. */
export const PLAN_DEFAULT_MONTHS = 3;
export const PLAN_MAX_DAYS = 183;

/**
 * Whether a review date is acceptable on `today`: not in the past, and at most PLAN_MAX_DAYS ahead, so no
 * citizen carries a flag for long without someone deciding again.
 */
export function validReviewDate(reviewOn: IsoDate, today: IsoDate): boolean {
  return isValidIsoDate(reviewOn) && reviewOn >= today && reviewOn <= addDays(today, PLAN_MAX_DAYS);
}

export type PlanStatus = 'active' | 'review_soon' | 'lapsed' | 'ended';

/** A plan is in force through its review date; after it, it has lapsed unless renewed. */
export function planStatus(reviewOn: IsoDate, endedOn: IsoDate | null, today: IsoDate): PlanStatus {
  if (endedOn !== null && endedOn <= today) return 'ended';
  if (today > reviewOn) return 'lapsed';
  if (addDays(today, 14) >= reviewOn) return 'review_soon';
  return 'active';
}
