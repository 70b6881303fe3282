/**
 * The effect dashboard's and the public service-goal page's arithmetic: medians from a histogram, the
 * smallest group a figure may be shown for, months of a period, the six months before and after a department
 * started the method, how much evidence a comparison carries, number formats and CSV. Pure: no I/O, no clock.
 */
import { addDays, type CalendarRules, type IsoDate, isValidIsoDate, isWorkingDay } from './calendar.js';

/** A figure resting on fewer cases than this is not shown (it could single out a person, and says little). */
export const MIN_GROUP = 5;

/** One bar of a histogram: how many cases took `days`. */
export interface Bin {
  days: number;
  cases: number;
}

/** The median of the values a histogram counts (the mean of the two middle ones for an even count). */
export function medianOfHistogram(bins: readonly Bin[]): number | null {
  const sorted = bins.filter((b) => b.cases > 0).sort((a, b) => a.days - b.days);
  const total = sorted.reduce((n, b) => n + b.cases, 0);
  if (total === 0) return null;
  const valueAt = (index: number): number => {
    let seen = 0;
    for (const b of sorted) {
      seen += b.cases;
      if (index < seen) return b.days;
    }
    return sorted[sorted.length - 1]?.days ?? 0;
  };
  const mid = Math.floor(total / 2);
  return total % 2 === 1 ? valueAt(mid) : (valueAt(mid - 1) + valueAt(mid)) / 2;
}

/** Adds histograms bar by bar. */
export function mergeBins(...lists: readonly (readonly Bin[])[]): Bin[] {
  const by = new Map<number, number>();
  for (const list of lists) for (const b of list) by.set(b.days, (by.get(b.days) ?? 0) + b.cases);
  return [...by.entries()].sort((a, b) => a[0] - b[0]).map(([days, cases]) => ({ days, cases }));
}

/** A share as shown: null, with `tooFew`, when it rests on fewer than MIN_GROUP cases. */
export interface ShownShare {
  share: number | null;
  /** The number of cases it rests on; null when fewer than MIN_GROUP (the exact small number is not shown). */
  count: number | null;
  tooFew: boolean;
}

export function shownShare(part: number, whole: number, min = MIN_GROUP): ShownShare {
  if (whole < min) return { share: null, count: null, tooFew: true };
  return { share: part / whole, count: whole, tooFew: false };
}

/** A plain share, null when there is nothing to measure. */
export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

const MONTH = /^(\d{4})-(\d{2})-\d{2}$/;

/** The first day of the date's month. */
export function monthOf(date: IsoDate): IsoDate {
  const m = MONTH.exec(date);
  if (!m || !isValidIsoDate(date)) throw new RangeError(`Not a valid ISO date: ${JSON.stringify(date)}`);
  return `${m[1]}-${m[2]}-01`;
}

/** The same day `n` calendar months later (or earlier), the day clamped to the month's end (31 Jan + 1 → 28/29 Feb). */
export function addCalendarMonths(date: IsoDate, n: number): IsoDate {
  monthOf(date); // validates
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(2000, month, 0)).getUTCDate(); // days in `month` of a leap year…
  const lastDay = month === 2 && !isLeap(year) ? 28 : last;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The first days of the months from `from`'s month to `to`'s month, inclusive. Empty when to < from. */
export function monthsOf(from: IsoDate, to: IsoDate): IsoDate[] {
  const months: IsoDate[] = [];
  const last = monthOf(to);
  for (let m = monthOf(from); m <= last; m = addCalendarMonths(m, 1)) months.push(m);
  return months;
}

/** The last day of the date's month. */
export const endOfMonth = (date: IsoDate): IsoDate => addDays(addCalendarMonths(monthOf(date), 1), -1);

export interface Period {
  from: IsoDate;
  to: IsoDate; // inclusive
}

/**
 * The comparison around the day a department started the method: the six whole months before it, and the six
 * months from it. Months of receipt, so a period is whole months: before ends with the month before the start,
 * after begins with the start's month.
 */
export function beforeAndAfter(methodStartedOn: IsoDate, months = 6): { before: Period; after: Period } {
  const start = monthOf(methodStartedOn);
  return {
    before: { from: addCalendarMonths(start, -months), to: addDays(start, -1) },
    after: { from: start, to: addDays(addCalendarMonths(start, months), -1) },
  };
}

/**
 * How much a before/after comparison can carry, from the smaller of its two counts: nothing to compare; too few
 * to say anything (fewer than MIN_GROUP); little (under 30: a difference may well be chance); some (under 100);
 * good. A rule of thumb for a plain-language note, not a statistical test.
 */
export type Evidence = 'none' | 'too_few' | 'little' | 'some' | 'good';

export function evidenceOf(before: number, after: number): Evidence {
  const smaller = Math.min(before, after);
  if (smaller === 0) return 'none';
  if (smaller < MIN_GROUP) return 'too_few';
  if (smaller < 30) return 'little';
  if (smaller < 100) return 'some';
  return 'good';
}

/**
 * The working-day ordinal of each day from `from` to `to`: the number of working days from `from` up to and
 * including the day. Working days between a and b (a not counted) are then seq(b) - seq(a).
 */
export function workingDayOrdinals(
  from: IsoDate,
  to: IsoDate,
  rules: CalendarRules,
): { day: IsoDate; seq: number }[] {
  const out: { day: IsoDate; seq: number }[] = [];
  let seq = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    if (isWorkingDay(d, rules)) seq++;
    out.push({ day: d, seq });
  }
  return out;
}

/** A number as people read it: Danish '1.234,5', English '1,234.5'. */
export function formatNumber(n: number, locale: 'da' | 'en', decimals = 0): string {
  const fixed = Math.abs(n).toFixed(decimals);
  const [whole, frac] = fixed.split('.') as [string, string | undefined];
  const [group, point] = locale === 'da' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${n < 0 && Number(fixed) !== 0 ? '-' : ''}${grouped}${frac ? point + frac : ''}`;
}

/** A share as a percentage: 0.8125 → '81 %' (da) / '81%' (en). */
export function formatPercent(s: number, locale: 'da' | 'en'): string {
  const n = formatNumber(s * 100, locale, 0);
  return locale === 'da' ? `${n} %` : `${n}%`;
}

export { toCsv } from './csv.js';

const MONTH_NAMES: Record<'da' | 'en', readonly string[]> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A month as people read it: '2026-11-01' → 'nov. 2026' / 'Nov 2026'. */
export function formatMonth(date: IsoDate, locale: 'da' | 'en'): string {
  const [y, m] = monthOf(date).split('-') as [string, string];
  return `${MONTH_NAMES[locale][Number(m) - 1]} ${Number(y)}`;
}

/** A figure's value in its unit, as people read it; null is '–'. */
export function formatValue(
  value: number | null,
  unit: 'share' | 'count' | 'days' | 'minutes',
  locale: 'da' | 'en',
): string {
  if (value === null) return '–';
  if (unit === 'share') return formatPercent(value, locale);
  if (unit === 'count') return formatNumber(value, locale);
  return formatNumber(value, locale, Number.isInteger(value) ? 0 : 1);
}
