/**
 * The Danish working-day calendar used for every deadline the core computes.
 *
 * Pure: no clock, no I/O, no module state. Dates are plain 'YYYY-MM-DD' strings meaning a local (Danish)
 * calendar day; all arithmetic is done on UTC midnights so that daylight-saving changes can never shift a
 * date by one.
 *
 * Sources:
 * - helligdagsloven (lov om helligdage): the public holidays. Store bededag was abolished from 2024
 *   (lov nr. 131 af 28. februar 2023).
 * - Municipal office practice: 5 June (grundlovsdag), 24 December and 31 December are closing days, and a
 *   kommune may add its own.
 * - Justitsministeriets vejledning om beregning af frister: the day of receipt is not counted, a period in
 *   weeks or months ends on the same weekday/date, and a deadline on a non-working day moves to the next
 *   working day.
 */

export type IsoDate = string; // 'YYYY-MM-DD', a local (Danish) calendar date

export interface CalendarRules {
  /** Recurring closing days as 'MM-DD'. */
  closedMonthDays: readonly string[];
  /** The kommune's own extra closing days. */
  closedDates: readonly IsoDate[];
}

/** Grundlovsdag, juleaftensdag and nytårsaftensdag: not helligdage, but municipal offices are closed. */
export const DEFAULT_CALENDAR_RULES: CalendarRules = Object.freeze({
  closedMonthDays: Object.freeze(['06-05', '12-24', '12-31']),
  closedDates: Object.freeze([]),
});

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC midnight of a date. setUTCFullYear avoids Date.UTC's mapping of years 0–99 to 1900–1999. */
function utcMs(year: number, month: number, day: number): number {
  return new Date(0).setUTCFullYear(year, month - 1, day);
}

function parts(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (toIso(utcMs(year, month, day)) === date) return { year, month, day };
  }
  throw new RangeError(`Not a valid ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}

function toMs(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return utcMs(year, month, day);
}

function toIso(ms: number): IsoDate {
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new RangeError('Date outside the years 0000–9999');
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function assertInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

export function isValidIsoDate(s: string): boolean {
  try {
    parts(s);
    return true;
  } catch {
    return false;
  }
}

/** Easter Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  assertInteger(year, 'year');
  if (year < 0 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIso(utcMs(year, month, day));
}

/** The helligdage of helligdagsloven for one year, sorted by date. */
export function publicHolidays(year: number): { date: IsoDate; name: string }[] {
  const easter = easterSunday(year);
  const e = (offset: number) => addDays(easter, offset);
  const fixed = (mmdd: string) => `${String(year).padStart(4, '0')}-${mmdd}`;
  const list = [
    { date: fixed('01-01'), name: 'Nytårsdag' },
    { date: e(-3), name: 'Skærtorsdag' },
    { date: e(-2), name: 'Langfredag' },
    { date: easter, name: 'Påskedag' },
    { date: e(1), name: '2. påskedag' },
    // Store bededag, the 4th Friday after Easter, was abolished as a helligdag from 2024.
    ...(year <= 2023 ? [{ date: e(26), name: 'Store bededag' }] : []),
    { date: e(39), name: 'Kristi himmelfartsdag' },
    { date: e(49), name: 'Pinsedag' },
    { date: e(50), name: '2. pinsedag' },
    { date: fixed('12-25'), name: 'Juledag' },
    { date: fixed('12-26'), name: '2. juledag' },
  ];
  return list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * Builds a non-working-day test that remembers each year's holidays for the life of the closure, so loops
 * over many days stay cheap without any module-level cache.
 */
function reasonFinder(rules: CalendarRules): (date: IsoDate) => string | null {
  const byYear = new Map<number, Map<IsoDate, string>>();
  const closedMonthDays = new Set(rules.closedMonthDays);
  const closedDates = new Set(rules.closedDates);
  return (date) => {
    const { year } = parts(date);
    let holidays = byYear.get(year);
    if (!holidays) {
      holidays = new Map(publicHolidays(year).map((h) => [h.date, h.name]));
      byYear.set(year, holidays);
    }
    // A holiday's own name is the most useful explanation, even when it falls on a weekend.
    const holiday = holidays.get(date);
    if (holiday) return holiday;
    const wd = weekday(date);
    if (wd === 0 || wd === 6) return 'weekend';
    if (closedMonthDays.has(date.slice(5)) || closedDates.has(date)) return 'closed';
    return null;
  };
}

/** Why the offices are closed on `date`: a holiday's name, 'weekend' or 'closed'; null on a working day. */
export function nonWorkingReason(date: IsoDate, rules: CalendarRules): string | null {
  return reasonFinder(rules)(date);
}

/** Monday to Friday, not a helligdag and not a closing day. */
export function isWorkingDay(date: IsoDate, rules: CalendarRules): boolean {
  return nonWorkingReason(date, rules) === null;
}

/** Plain calendar arithmetic; n may be negative. */
export function addDays(date: IsoDate, n: number): IsoDate {
  assertInteger(n, 'n');
  return toIso(toMs(date) + n * MS_PER_DAY);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toMs(date)).getUTCDay();
}

function rollForward(date: IsoDate, reason: (d: IsoDate) => string | null): IsoDate {
  let d = date;
  while (reason(d) !== null) d = addDays(d, 1);
  return d;
}

/** A deadline falling on a non-working day moves to the next working day (vejledning om frister). */
export function nextWorkingDay(date: IsoDate, rules: CalendarRules): IsoDate {
  return rollForward(date, reasonFinder(rules));
}

/**
 * The n-th working day after `from`. The day of receipt is not counted (vejledning om frister), so n = 1 is
 * the first working day strictly after `from`; n = 0 is `from` itself rolled forward to a working day.
 */
export function addWorkingDays(from: IsoDate, n: number, rules: CalendarRules): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a non-negative integer, got ${n}`);
  const reason = reasonFinder(rules);
  if (n === 0) return rollForward(from, reason);
  let d = from;
  for (let counted = 0; counted < n; ) {
    d = addDays(d, 1);
    if (reason(d) === null) counted++;
  }
  return d;
}

/** A period in weeks ends on the same weekday, then moves to the next working day if needed. */
export function addWeeks(from: IsoDate, weeks: number, rules: CalendarRules): IsoDate {
  assertInteger(weeks, 'weeks');
  return nextWorkingDay(addDays(from, 7 * weeks), rules);
}

/**
 * A period in months ends on the same day of the month; when that day does not exist the period ends on
 * the month's last day (31 Jan + 1 month = 28/29 Feb). Then moves to the next working day if needed.
 */
export function addMonths(from: IsoDate, months: number, rules: CalendarRules): IsoDate {
  assertInteger(months, 'months');
  const { year, month, day } = parts(from);
  const firstOfTarget = new Date(utcMs(year, month + months, 1));
  const y = firstOfTarget.getUTCFullYear();
  const m = firstOfTarget.getUTCMonth() + 1;
  const lastDay = new Date(utcMs(y, m + 1, 0)).getUTCDate();
  return nextWorkingDay(toIso(utcMs(y, m, Math.min(day, lastDay))), rules);
}

/**
 * Working days d with from < d <= to (the starting day is not counted). Negative, mirrored, when to < from,
 * so workingDaysBetween(a, b) === -workingDaysBetween(b, a).
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, rules: CalendarRules): number {
  const start = toMs(from);
  const end = toMs(to);
  if (end < start) return -workingDaysBetween(to, from, rules);
  const reason = reasonFinder(rules);
  let count = 0;
  for (let ms = start + MS_PER_DAY; ms <= end; ms += MS_PER_DAY) {
    if (reason(toIso(ms)) === null) count++;
  }
  return count;
}

// Building an Intl.DateTimeFormat costs far more than using one (it was the top cost of an intake request).
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(timeZone: string): Intl.DateTimeFormat {
  let fmt = dateFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, fmt);
  }
  return fmt;
}

/** The calendar date of an instant in a time zone (default Danish time), via Intl. */
export function localDate(instant: Date, timeZone = 'Europe/Copenhagen'): IsoDate {
  const parts = dateFormat(timeZone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => {
    const part = parts.find((p) => p.type === type);
    if (!part) throw new RangeError(`Cannot format ${type} of ${String(instant)}`);
    return part.value;
  };
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

// Own tables rather than Intl, so the output does not depend on the ICU data bundled with Node.
const WEEKDAYS = {
  da: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;
const MONTHS = {
  da: [
    'januar',
    'februar',
    'marts',
    'april',
    'maj',
    'juni',
    'juli',
    'august',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** da: 'torsdag den 3. december 2026'; en: 'Thursday 3 December 2026'. */
export function formatDateLong(date: IsoDate, locale: 'da' | 'en'): string {
  const { year, month, day } = parts(date);
  const wd = WEEKDAYS[locale][weekday(date)];
  const mon = MONTHS[locale][month - 1];
  return locale === 'da' ? `${wd} den ${day}. ${mon} ${year}` : `${wd} ${day} ${mon} ${year}`;
}
