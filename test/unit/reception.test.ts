// The front desk's pure rules (src/core/reception.ts), to the corners, every expected value computed by hand:
// the queue's order, waiting-time arithmetic, slot planning from weekly hours, reminder timing, booking codes
// and opening-hour checks.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_RULES } from '../../src/core/calendar.js';
import {
  BOOKING_CODE_ALPHABET,
  bookingCode,
  clockTime,
  dayHoursProblem,
  isoWeekday,
  localInstant,
  type MeasuredVisit,
  normalizeBookingCode,
  parseClockTime,
  planSlots,
  queueOrder,
  reminderAt,
  reminderDue,
  type WaitingVisit,
  type WeekHours,
  waitingFigures,
  waitingGoalPractice,
} from '../../src/core/reception.js';

const at = (iso: string) => new Date(iso);

describe('the queue order', () => {
  const now = at('2026-12-01T09:00:00Z');
  const v = (id: string, arrived: string, bookedFor: string | null = null): WaitingVisit => ({
    id,
    arrivedAt: at(`2026-12-01T${arrived}:00Z`),
    bookedFor: bookedFor ? at(`2026-12-01T${bookedFor}:00Z`) : null,
  });
  const order = (visits: WaitingVisit[]) => queueOrder(visits, now).map((x) => x.id);

  it('calls a citizen whose booked time has come before every walk-in, however early the walk-in came', () => {
    expect(order([v('walk-in', '08:00'), v('booked', '08:55', '08:45')])).toEqual(['booked', 'walk-in']);
  });

  it('orders those whose time has come by the booked time, not by arrival', () => {
    expect(order([v('late-time', '08:30', '08:50'), v('early-time', '08:50', '08:40')])).toEqual([
      'early-time',
      'late-time',
    ]);
  });

  it('counts a booking starting exactly now as due', () => {
    expect(order([v('walk-in', '08:00'), v('now', '08:59', '09:00')])).toEqual(['now', 'walk-in']);
  });

  it('puts a citizen who came early for a later booking among the walk-ins, by arrival', () => {
    expect(order([v('early', '08:10', '09:30'), v('walk-a', '08:05'), v('walk-b', '08:20')])).toEqual([
      'walk-a',
      'early',
      'walk-b',
    ]);
  });

  it('breaks a tie by id, so every screen shows the same order, and leaves the input as it was', () => {
    const input = [v('b', '08:00'), v('a', '08:00'), v('c', '08:00')];
    expect(queueOrder(input, now).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(input.map((x) => x.id)).toEqual(['b', 'a', 'c']);
  });

  it('answers an empty queue with an empty list', () => {
    expect(queueOrder([], now)).toEqual([]);
  });
});

describe('waiting-time arithmetic', () => {
  const visit = (arrived: string, called: string | null, done: string | null = null): MeasuredVisit => ({
    arrivedAt: at(`2026-11-30T${arrived}:00Z`),
    calledAt: called ? at(`2026-11-30T${called}:00Z`) : null,
    doneAt: done ? at(`2026-11-30T${done}:00Z`) : null,
  });

  it('has nothing to say before anyone is called', () => {
    expect(waitingFigures([], 10)).toEqual({
      count: 0,
      meanWaitMinutes: null,
      medianWaitMinutes: null,
      meanServiceMinutes: null,
      withinGoal: null,
    });
    expect(waitingFigures([visit('08:00', null)], 10).count).toBe(0);
  });

  it('measures arrival → called and called → done, leaving out those still waiting', () => {
    // Waits 4, 12, 10 (one still waiting); service 6 and 9 of the two done.
    const f = waitingFigures(
      [
        visit('08:00', '08:04', '08:10'),
        visit('08:00', '08:12', '08:21'),
        visit('08:30', '08:40'),
        visit('09:00', null),
      ],
      10,
    );
    expect(f).toEqual({
      count: 3,
      meanWaitMinutes: 8.7, // 26 / 3 = 8.666… → one decimal
      medianWaitMinutes: 10, // 4, 10, 12
      meanServiceMinutes: 7.5, // (6 + 9) / 2
      withinGoal: 2 / 3, // 4 and 10 are within 10 (inclusive); 12 is not
    });
  });

  it('takes the mean of the two middle waits for an even count', () => {
    // Waits 1, 2, 5, 8 → median (2 + 5) / 2 = 3.5.
    const f = waitingFigures(
      [visit('08:00', '08:08'), visit('08:00', '08:01'), visit('08:00', '08:05'), visit('08:00', '08:02')],
      3,
    );
    expect(f.medianWaitMinutes).toBe(3.5);
    expect(f.withinGoal).toBe(0.5); // 1 and 2 of 4
  });

  it('counts seconds: a wait of 10 minutes and 30 seconds is over a 10-minute goal', () => {
    const f = waitingFigures([{ ...visit('08:00', null), calledAt: at('2026-11-30T08:10:30Z') }], 10);
    expect(f).toMatchObject({ meanWaitMinutes: 10.5, withinGoal: 0 });
  });

  it('shows the goal’s share and median only from 5 called visits', () => {
    // Four called: waits 2, 3, 5, 6 → too few, nothing shown.
    const four = [
      visit('08:00', '08:02'),
      visit('08:00', '08:03'),
      visit('08:00', '08:05'),
      visit('08:00', '08:06'),
    ];
    expect(waitingGoalPractice([...four, visit('08:00', null)], 5)).toEqual({
      share: null,
      count: null,
      tooFew: true,
      medianWaitMinutes: null,
    });
    // A fifth, waiting 9: within 5 are 2, 3, 5 → 3 of 5; median of 2, 3, 5, 6, 9 is 5.
    expect(waitingGoalPractice([...four, visit('08:00', '08:09')], 5)).toEqual({
      share: 3 / 5,
      count: 5,
      tooFew: false,
      medianWaitMinutes: 5,
    });
  });
});

describe('slot planning from weekly hours', () => {
  const weekdays = (opens: number, closes: number): WeekHours =>
    Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, { opensMinute: opens, closesMinute: closes }]));
  const rules = DEFAULT_CALENDAR_RULES;
  const times = (plan: ReturnType<typeof planSlots>) =>
    plan.map((s) => `${s.place} ${s.startsAt.toISOString()}`);

  it('lays out one slot per desk each period, and none that would end after closing', () => {
    // Wednesday 2 December, 09:00–10:00 Danish time (UTC+1), 25 minutes: 09:00 and 09:25; 09:50 would end 10:15.
    const plan = planSlots('2026-12-02', '2026-12-02', weekdays(540, 600), 25, ['S1', 'S2'], rules);
    expect(times(plan)).toEqual([
      'S1 2026-12-02T08:00:00.000Z',
      'S2 2026-12-02T08:00:00.000Z',
      'S1 2026-12-02T08:25:00.000Z',
      'S2 2026-12-02T08:25:00.000Z',
    ]);
    expect(plan[0]!.endsAt.toISOString()).toBe('2026-12-02T08:25:00.000Z');
    expect(plan[0]!.date).toBe('2026-12-02');
  });

  it('skips a weekday without hours, and plans a Saturday only with hours of its own', () => {
    const week: WeekHours = {
      1: { opensMinute: 540, closesMinute: 570 },
      6: { opensMinute: 600, closesMinute: 630 },
    };
    // Monday 30 November to Sunday 6 December: Monday 09:00 and Saturday 10:00 only.
    expect(times(planSlots('2026-11-30', '2026-12-06', week, 30, ['S'], rules))).toEqual([
      'S 2026-11-30T08:00:00.000Z',
      'S 2026-12-05T09:00:00.000Z',
    ]);
  });

  it('skips helligdage and closing days, even on a weekday with hours and on a Saturday with hours', () => {
    const all: WeekHours = Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7].map((d) => [d, { opensMinute: 540, closesMinute: 570 }]),
    );
    // 24 December (juleaftensdag, closing day), 25 (juledag), 26 (2. juledag, a Saturday), 27 (a Sunday with
    // hours): only the 27th and Monday the 28th are planned.
    expect(planSlots('2026-12-24', '2026-12-28', all, 30, ['S'], rules).map((s) => s.date)).toEqual([
      '2026-12-27',
      '2026-12-28',
    ]);
    // The kommune's own closing day.
    const own = { ...rules, closedDates: ['2026-12-02'] };
    expect(planSlots('2026-12-02', '2026-12-02', weekdays(540, 600), 30, ['S'], own)).toEqual([]);
  });

  it('follows Danish time across the change to summer time', () => {
    // Friday 27 March 2026 09:00 is UTC+1 (08:00Z); Monday 30 March after the change is UTC+2 (07:00Z).
    const plan = planSlots('2026-03-27', '2026-03-30', weekdays(540, 570), 30, ['S'], rules);
    expect(times(plan)).toEqual(['S 2026-03-27T08:00:00.000Z', 'S 2026-03-30T07:00:00.000Z']);
  });

  it('plans nothing for a reversed period, a zero length, or no desks', () => {
    expect(planSlots('2026-12-03', '2026-12-02', weekdays(540, 600), 15, ['S'], rules)).toEqual([]);
    expect(planSlots('2026-12-02', '2026-12-02', weekdays(540, 600), 0, ['S'], rules)).toEqual([]);
    expect(planSlots('2026-12-02', '2026-12-02', weekdays(540, 600), 15, [], rules)).toEqual([]);
  });

  it('names weekdays 1 Monday … 7 Sunday', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-05')).toBe(6);
    expect(isoWeekday('2026-12-06')).toBe(7);
  });

  it('finds the instant of a Danish wall-clock time, winter and summer', () => {
    expect(localInstant('2026-01-15', 9 * 60).toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(localInstant('2026-07-15', 9 * 60).toISOString()).toBe('2026-07-15T07:00:00.000Z');
  });
});

describe('reminder timing', () => {
  const starts = at('2026-12-03T09:00:00Z');

  it('is due the configured hours before the meeting (default 24)', () => {
    expect(reminderAt(starts).toISOString()).toBe('2026-12-02T09:00:00.000Z');
    expect(reminderAt(starts, 48).toISOString()).toBe('2026-12-01T09:00:00.000Z');
  });

  it('is due from that instant on (inclusive), and not a millisecond before', () => {
    expect(reminderDue(starts, 24, at('2026-12-02T09:00:00Z'))).toBe(true);
    expect(reminderDue(starts, 24, at('2026-12-02T08:59:59.999Z'))).toBe(false);
  });

  it('is no longer due once the meeting has begun', () => {
    expect(reminderDue(starts, 24, at('2026-12-03T08:59:59Z'))).toBe(true);
    expect(reminderDue(starts, 24, starts)).toBe(false);
  });

  it('is never due with 0 hours: there is no moment before the meeting that is also after it', () => {
    expect(reminderDue(starts, 0, at('2026-12-03T08:59:59Z'))).toBe(false);
    expect(reminderDue(starts, 0, starts)).toBe(false);
  });
});

describe('booking codes', () => {
  it('uses 31 characters without look-alikes', () => {
    expect(BOOKING_CODE_ALPHABET).toHaveLength(31);
    expect(BOOKING_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });

  it('maps each of six bytes to a character, modulo the alphabet', () => {
    expect(bookingCode(Uint8Array.from([0, 1, 2, 3, 4, 5]))).toBe('ABCDEF');
    // 31 → 0 (A), 30 → the last (9), 255 = 8 × 31 + 7 → H; only the first six bytes count.
    expect(bookingCode(Uint8Array.from([31, 30, 255, 62, 8, 9, 1, 1]))).toBe('A9HAJK');
  });

  it('reads a code as typed: spaces and hyphens dropped, upper-cased', () => {
    expect(normalizeBookingCode(' ab-c 2 3d ')).toBe('ABC23D');
    expect(normalizeBookingCode('  ')).toBe('');
  });
});

describe('opening hours as typed and checked', () => {
  it('reads HH:MM and H.MM, and refuses what is no time of day', () => {
    expect(parseClockTime('09:30')).toBe(570);
    expect(parseClockTime('9.05')).toBe(545);
    expect(parseClockTime(' 24:00 ')).toBe(1440);
    for (const bad of ['24:01', '12:60', '9', '0930', '', 'ni']) expect(parseClockTime(bad), bad).toBeNull();
  });

  it('writes minutes after midnight as a clock time', () => {
    expect(clockTime(0)).toBe('00:00');
    expect(clockTime(545)).toBe('09:05');
    expect(clockTime(1440)).toBe('24:00');
  });

  it('refuses hours outside the day, closing before opening, and no room for one meeting', () => {
    expect(dayHoursProblem({ opensMinute: -1, closesMinute: 600 }, 15)).toBe('range');
    expect(dayHoursProblem({ opensMinute: 540, closesMinute: 1441 }, 15)).toBe('range');
    expect(dayHoursProblem({ opensMinute: 600, closesMinute: 600 }, 15)).toBe('order');
    expect(dayHoursProblem({ opensMinute: 540, closesMinute: 554 }, 15)).toBe('tooShort');
    // Exactly one meeting fits.
    expect(dayHoursProblem({ opensMinute: 540, closesMinute: 555 }, 15)).toBeNull();
  });
});
