// The front desk's rules (borgermodtagelse), pure: bookable times from weekly opening hours and the working-day
// calendar, when a booking's reminder is due, booking codes, the order of the waiting queue, and waiting-time
// figures. Instants are passed in; nothing here reads the clock.
import { addDays, type CalendarRules, type IsoDate, nonWorkingReason, weekday } from './calendar.js';
import { type ShownShare, shownShare } from './insight.js';

const DANISH_TIME = 'Europe/Copenhagen';

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
/** Minutes the time zone is ahead of UTC at an instant. */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  let fmt = offsetFormats.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    offsetFormats.set(timeZone, fmt);
  }
  const p = Object.fromEntries(fmt.formatToParts(instant).map((x) => [x.type, x.value]));
  const asUtc = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** The instant of a local (Danish) wall-clock time: `minute` minutes after midnight on `date`. */
export function localInstant(date: IsoDate, minute: number, timeZone = DANISH_TIME): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d, 0, minute);
  // Two passes: the offset at the guess, then at the corrected instant (right across a DST change).
  const first = guess - zoneOffsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess - zoneOffsetMinutes(new Date(first), timeZone) * 60_000);
}

/** "09:30" for minutes after midnight. */
export const clockTime = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** One weekday's opening hours: minutes after midnight, Danish time. */
export interface DayHours {
  opensMinute: number;
  closesMinute: number;
}

/** Opening hours by ISO weekday (1 Monday … 7 Sunday); a weekday without hours is closed. */
export type WeekHours = Readonly<Partial<Record<number, DayHours>>>;

/** 1 Monday … 7 Sunday. */
export const isoWeekday = (date: IsoDate): number => weekday(date) || 7;

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface SlotPlan {
  date: IsoDate;
  place: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * The slots of a service type from `from` to `to` (inclusive): on each day its weekday has hours, from opening
 * to closing, one per desk or room each period. Helligdage and the kommune's closing days are skipped even
 * when their weekday has hours; a Saturday or Sunday is planned only when given hours of its own. A slot that
 * would end after closing is not offered.
 */
export function planSlots(
  from: IsoDate,
  to: IsoDate,
  week: WeekHours,
  durationMinutes: number,
  places: readonly string[],
  rules: CalendarRules,
): SlotPlan[] {
  const out: SlotPlan[] = [];
  if (durationMinutes <= 0 || from > to) return out;
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const hours = week[isoWeekday(day)];
    if (!hours) continue;
    const closed = nonWorkingReason(day, rules);
    if (closed !== null && closed !== 'weekend') continue;
    for (let m = hours.opensMinute; m + durationMinutes <= hours.closesMinute; m += durationMinutes)
      for (const place of places)
        out.push({
          date: day,
          place,
          startsAt: localInstant(day, m),
          endsAt: localInstant(day, m + durationMinutes),
        });
  }
  return out;
}

/**
 * What is wrong with one weekday's hours, as a message key, or null: within the day, opening before closing,
 * and room for at least one meeting of the service type's length.
 */
export function dayHoursProblem(h: DayHours, durationMinutes: number): 'range' | 'order' | 'tooShort' | null {
  if (h.opensMinute < 0 || h.closesMinute > 1440) return 'range';
  if (h.opensMinute >= h.closesMinute) return 'order';
  if (h.closesMinute - h.opensMinute < durationMinutes) return 'tooShort';
  return null;
}

/** "09:30" (or "9:30") as minutes after midnight; null when it is no time of day. "24:00" is the day's end. */
export function parseClockTime(text: string): number | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

/** When a booking's reminder goes out: `reminderHours` before the meeting (default 24). */
export const reminderAt = (startsAt: Date, reminderHours = 24): Date =>
  new Date(startsAt.getTime() - reminderHours * 3_600_000);

/** Due now: the time has come and the meeting has not begun (a reminder after the meeting would say nothing). */
export const reminderDue = (startsAt: Date, reminderHours: number, now: Date): boolean =>
  reminderAt(startsAt, reminderHours) <= now && now < startsAt;

/** A booking code a citizen can read aloud at the kiosk: 6 characters without look-alikes (0/O, 1/I/L). */
export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export function bookingCode(randomBytes: Uint8Array): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += BOOKING_CODE_ALPHABET[randomBytes[i]! % BOOKING_CODE_ALPHABET.length];
  return code;
}
/** A code as typed (spaces, lower case) in the form it was issued. */
export const normalizeBookingCode = (input: string): string => input.replace(/[\s-]/g, '').toUpperCase();

export interface WaitingVisit {
  id: string;
  arrivedAt: Date;
  /** Set for a citizen with a booking: the meeting's start. */
  bookedFor: Date | null;
}

/**
 * The order citizens are called in. A citizen with a booking whose time has come goes first, by the booked time
 * (the booking is a promise); everyone else — walk-ins and those who came early — by arrival. Ties by id, so the
 * order is the same on every screen.
 */
export function queueOrder<V extends WaitingVisit>(visits: readonly V[], now: Date): V[] {
  const due = (v: V) => v.bookedFor !== null && v.bookedFor <= now;
  return [...visits].sort((a, b) => {
    const da = due(a);
    const db = due(b);
    if (da !== db) return da ? -1 : 1;
    const ka = da ? a.bookedFor!.getTime() : a.arrivedAt.getTime();
    const kb = db ? b.bookedFor!.getTime() : b.arrivedAt.getTime();
    return ka - kb || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export interface MeasuredVisit {
  arrivedAt: Date;
  calledAt: Date | null;
  doneAt: Date | null;
}

export interface WaitingFigures {
  /** Visits called (a visit still waiting has no waiting time yet). */
  count: number;
  /** Mean minutes arrival → called, one decimal; null when none was called. */
  meanWaitMinutes: number | null;
  /** Median minutes arrival → called. */
  medianWaitMinutes: number | null;
  /** Mean minutes called → done, over the visits done. */
  meanServiceMinutes: number | null;
  /** Share of called visits called within the goal (inclusive). */
  withinGoal: number | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const minutesBetween = (a: Date, b: Date) => (b.getTime() - a.getTime()) / 60_000;

/** Waiting time (arrival → called) and service time (called → done), against a goal in minutes. */
export function waitingFigures(visits: readonly MeasuredVisit[], goalMinutes: number): WaitingFigures {
  const waits = visits
    .filter((v) => v.calledAt)
    .map((v) => minutesBetween(v.arrivedAt, v.calledAt!))
    .sort((a, b) => a - b);
  const services = visits
    .filter((v) => v.calledAt && v.doneAt)
    .map((v) => minutesBetween(v.calledAt!, v.doneAt!));
  const mean = (xs: number[]) => (xs.length ? round1(xs.reduce((s, x) => s + x, 0) / xs.length) : null);
  const median =
    waits.length === 0
      ? null
      : waits.length % 2
        ? round1(waits[(waits.length - 1) / 2]!)
        : round1((waits[waits.length / 2 - 1]! + waits[waits.length / 2]!) / 2);
  return {
    count: waits.length,
    meanWaitMinutes: mean(waits),
    medianWaitMinutes: median,
    meanServiceMinutes: mean(services),
    withinGoal: waits.length ? waits.filter((w) => w <= goalMinutes).length / waits.length : null,
  };
}

export interface WaitingGoalPractice extends ShownShare {
  /** Median minutes arrival → called; null when too few were called to show it. */
  medianWaitMinutes: number | null;
}

/**
 * A service type's waiting goal as the public service-goal page shows it: the share of called visits called
 * within the goal, and the median wait, on the visits called. Fewer than 5 called: neither is shown (a small
 * number could single out a person), as on the page's other goals.
 */
export function waitingGoalPractice(
  visits: readonly MeasuredVisit[],
  goalMinutes: number,
): WaitingGoalPractice {
  const waits = visits.filter((v) => v.calledAt).map((v) => minutesBetween(v.arrivedAt, v.calledAt!));
  const shown = shownShare(waits.filter((w) => w <= goalMinutes).length, waits.length);
  const f = waitingFigures(visits, goalMinutes);
  return { ...shown, medianWaitMinutes: shown.tooFew ? null : f.medianWaitMinutes };
}

/** The iCalendar text (RFC 5545) of a meeting, so it lands in the citizen's calendar. */
export function icsEvent(e: {
  uid: string;
  stamp: Date;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  location: string;
  description: string;
}): string {
  const utc = (d: Date) => `${d.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const text = (s: string) =>
    s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Borgerdialog//Tidsbestilling//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utc(e.stamp)}`,
    `DTSTART:${utc(e.startsAt)}`,
    `DTEND:${utc(e.endsAt)}`,
    `SUMMARY:${text(e.summary)}`,
    `LOCATION:${text(e.location)}`,
    `DESCRIPTION:${text(e.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Lines longer than 75 octets are folded (continuation lines start with a space). */
function foldLine(line: string): string {
  const octets = (s: string) => new TextEncoder().encode(s).length;
  if (octets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    const limit = parts.length === 0 ? 75 : 74;
    if (octets(current + ch) > limit) {
      parts.push(current);
      current = ch;
    } else current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
