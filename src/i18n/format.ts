// Dates and times as people read them, in Danish time (where the kommune works): one formatter for the staff
// app, the citizen pages and the messages. Danish writes the time "kl. 21.02"; English "21:02".
// Own tables rather than Intl's patterns, so the output is the same in Node and in every browser.
import type { Locale } from './index.js';

const TIME_ZONE = 'Europe/Copenhagen';

const SHORT_MONTHS: Record<Locale, readonly string[]> = {
  da: ['jan.', 'feb.', 'mar.', 'apr.', 'maj', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

// Building an Intl.DateTimeFormat costs far more than using one: built once.
let danishClock: Intl.DateTimeFormat | null = null;
function clockParts(instant: Date) {
  danishClock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: TIME_ZONE,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const parts = danishClock.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

const two = (n: number) => String(n).padStart(2, '0');

function mediumDate(year: number, month: number, day: number, locale: Locale): string {
  const m = SHORT_MONTHS[locale][month - 1];
  return locale === 'da' ? `${day}. ${m} ${year}` : `${day} ${m} ${year}`;
}

const toDate = (instant: Date | string) => (instant instanceof Date ? instant : new Date(instant));

/** A calendar date as written, no time-zone shift: '2026-12-03' → '3. dec. 2026' / '3 Dec 2026'. */
export function formatDate(isoDate: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return isoDate;
  return mediumDate(Number(m[1]), Number(m[2]), Number(m[3]), locale);
}

/** The time of day of an instant in Danish time: 'kl. 21.02' / '21:02'. */
export function formatTime(instant: Date | string, locale: Locale): string {
  const d = toDate(instant);
  if (Number.isNaN(d.getTime())) return String(instant);
  const { hour, minute } = clockParts(d);
  return locale === 'da' ? `kl. ${two(hour)}.${two(minute)}` : `${two(hour)}:${two(minute)}`;
}

/** An instant as date and time in Danish time: '1. dec. 2026 kl. 21.02' / '1 Dec 2026, 21:02'. */
export function formatDateTime(instant: Date | string, locale: Locale): string {
  const d = toDate(instant);
  if (Number.isNaN(d.getTime())) return String(instant);
  const { year, month, day } = clockParts(d);
  const date = mediumDate(year, month, day, locale);
  return locale === 'da' ? `${date} ${formatTime(d, locale)}` : `${date}, ${formatTime(d, locale)}`;
}
