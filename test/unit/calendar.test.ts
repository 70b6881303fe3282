import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import type { CalendarRules } from '../../src/core/calendar.js';
import {
  addDays,
  addMonths,
  addWeeks,
  addWorkingDays,
  DEFAULT_CALENDAR_RULES,
  easterSunday,
  formatDateLong,
  isValidIsoDate,
  isWorkingDay,
  localDate,
  nextWorkingDay,
  nonWorkingReason,
  publicHolidays,
  weekday,
  workingDaysBetween,
} from '../../src/core/calendar.js';

const R = DEFAULT_CALENDAR_RULES;
const NO_CLOSING_DAYS: CalendarRules = { closedMonthDays: [], closedDates: [] };

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'], // earliest possible date
    [1943, '1943-04-25'], // latest possible date
    [2000, '2000-04-23'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('puts Easter Sunday %i on %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
    expect(weekday(date)).toBe(0);
  });

  it('rejects a non-integer year', () => {
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('publicHolidays', () => {
  it('lists the helligdage of 2026 with Danish names, sorted by date', () => {
    expect(publicHolidays(2026)).toEqual([
      { date: '2026-01-01', name: 'Nytårsdag' },
      { date: '2026-04-02', name: 'Skærtorsdag' },
      { date: '2026-04-03', name: 'Langfredag' },
      { date: '2026-04-05', name: 'Påskedag' },
      { date: '2026-04-06', name: '2. påskedag' },
      { date: '2026-05-14', name: 'Kristi himmelfartsdag' },
      { date: '2026-05-24', name: 'Pinsedag' },
      { date: '2026-05-25', name: '2. pinsedag' },
      { date: '2026-12-25', name: 'Juledag' },
      { date: '2026-12-26', name: '2. juledag' },
    ]);
  });

  it('includes Store bededag, the 4th Friday after Easter, in 2023', () => {
    expect(publicHolidays(2023)).toContainEqual({ date: '2023-05-05', name: 'Store bededag' });
    expect(nonWorkingReason('2023-05-05', R)).toBe('Store bededag');
  });

  it('no longer has Store bededag from 2024, so that Friday is a working day', () => {
    for (const year of [2024, 2025, 2026, 2030]) {
      expect(publicHolidays(year).map((h) => h.name)).not.toContain('Store bededag');
    }
    expect(isWorkingDay('2024-04-26', R)).toBe(true);
    expect(isWorkingDay('2026-05-01', R)).toBe(true);
  });

  it('keeps the list sorted even when Easter is early', () => {
    const dates = publicHolidays(2027).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('publicHolidays cross-checked against date-holidays', () => {
  const dk = new Holidays('DK');
  const normalise = (name: string) => name.toLowerCase().replace(/^anden /, '2. ');

  for (let year = 2020; year <= 2035; year++) {
    it(`agrees on every public holiday in ${year}`, () => {
      const theirs = dk
        .getHolidays(year)
        .filter((h) => h.type === 'public')
        .map((h) => ({ date: h.date.slice(0, 10), name: normalise(h.name) }));
      const ours = publicHolidays(year).map((h) => ({ date: h.date, name: normalise(h.name) }));
      expect(ours).toEqual(theirs);
    });
  }

  it('treats 5 June and 24 December as closing days, which date-holidays lists only as observances', () => {
    const observances = dk
      .getHolidays(2026)
      .filter((h) => h.type === 'observance')
      .map((h) => h.date.slice(0, 10));
    expect(observances).toEqual(expect.arrayContaining(['2026-06-05', '2026-12-24']));
    expect(nonWorkingReason('2026-06-05', R)).toBe('closed');
    expect(nonWorkingReason('2026-12-24', R)).toBe('closed');
    expect(nonWorkingReason('2026-12-31', R)).toBe('closed');
  });
});

describe('isValidIsoDate', () => {
  it.each(['2026-01-01', '2024-02-29', '2026-12-31', '2000-02-29'])('accepts %s', (s) => {
    expect(isValidIsoDate(s)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2023-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-05',
    '26-01-05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '2026/01/05',
    '',
  ])('rejects %j', (s) => {
    expect(isValidIsoDate(s)).toBe(false);
  });

  it('makes the calendar functions throw a RangeError on an invalid date', () => {
    expect(() => isWorkingDay('2026-02-30', R)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => weekday('tomorrow')).toThrow(RangeError);
    expect(() => addWorkingDays('2026-2-3', 1, R)).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('treats an ordinary Monday to Friday as working days', () => {
    for (const d of ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']) {
      expect(nonWorkingReason(d, R)).toBeNull();
      expect(isWorkingDay(d, R)).toBe(true);
    }
  });

  it('gives weekend as the reason on Saturday and Sunday', () => {
    expect(nonWorkingReason('2026-03-07', R)).toBe('weekend');
    expect(nonWorkingReason('2026-03-08', R)).toBe('weekend');
  });

  it('closes the whole Easter week from Skærtorsdag through 2. påskedag', () => {
    expect(nonWorkingReason('2026-04-01', R)).toBeNull();
    expect(nonWorkingReason('2026-04-02', R)).toBe('Skærtorsdag');
    expect(nonWorkingReason('2026-04-03', R)).toBe('Langfredag');
    expect(nonWorkingReason('2026-04-04', R)).toBe('weekend');
    expect(nonWorkingReason('2026-04-05', R)).toBe('Påskedag');
    expect(nonWorkingReason('2026-04-06', R)).toBe('2. påskedag');
    expect(nonWorkingReason('2026-04-07', R)).toBeNull();
  });

  it('names the holiday rather than weekend when a helligdag falls on a weekend', () => {
    expect(nonWorkingReason('2026-12-26', R)).toBe('2. juledag'); // a Saturday
    expect(nonWorkingReason('2026-05-24', R)).toBe('Pinsedag'); // always a Sunday
  });

  it('closes on Kristi himmelfartsdag but not the Friday after', () => {
    expect(nonWorkingReason('2026-05-14', R)).toBe('Kristi himmelfartsdag');
    expect(isWorkingDay('2026-05-15', R)).toBe(true);
  });

  it('closes on 2. pinsedag', () => {
    expect(nonWorkingReason('2026-05-25', R)).toBe('2. pinsedag');
    expect(isWorkingDay('2026-05-26', R)).toBe(true);
  });

  it('closes on 24, 25 and 26 December', () => {
    expect(nonWorkingReason('2025-12-24', R)).toBe('closed');
    expect(nonWorkingReason('2025-12-25', R)).toBe('Juledag');
    expect(nonWorkingReason('2025-12-26', R)).toBe('2. juledag');
    expect(isWorkingDay('2025-12-23', R)).toBe(true);
    expect(isWorkingDay('2025-12-29', R)).toBe(true);
  });

  it('closes on grundlovsdag, 5 June', () => {
    expect(isWorkingDay('2026-06-05', R)).toBe(false);
    expect(isWorkingDay('2025-06-05', R)).toBe(false);
    expect(isWorkingDay('2026-06-04', R)).toBe(true);
  });

  it("closes on the kommune's own extra closing days", () => {
    const rules: CalendarRules = { ...R, closedDates: ['2026-03-13', '2026-05-15'] };
    expect(nonWorkingReason('2026-03-13', rules)).toBe('closed');
    expect(nonWorkingReason('2026-05-15', rules)).toBe('closed');
    expect(isWorkingDay('2026-03-13', R)).toBe(true);
    expect(nextWorkingDay('2026-05-14', rules)).toBe('2026-05-18');
  });

  it('opens on 5 June, 24 and 31 December when a kommune drops those closing days', () => {
    expect(isWorkingDay('2026-06-05', NO_CLOSING_DAYS)).toBe(true);
    expect(isWorkingDay('2026-12-24', NO_CLOSING_DAYS)).toBe(true);
    expect(isWorkingDay('2026-12-31', NO_CLOSING_DAYS)).toBe(true);
    expect(isWorkingDay('2026-12-25', NO_CLOSING_DAYS)).toBe(false);
  });

  it('supports a custom recurring closing day', () => {
    const rules: CalendarRules = { closedMonthDays: ['05-01'], closedDates: [] };
    expect(nonWorkingReason('2026-05-01', rules)).toBe('closed');
    expect(nonWorkingReason('2027-05-01', rules)).toBe('weekend');
  });

  it('gives weekend, not closed, when a closing day falls on a weekend', () => {
    expect(nonWorkingReason('2022-12-24', R)).toBe('weekend');
  });

  it('does not mutate or expose mutable default rules', () => {
    expect(Object.isFrozen(DEFAULT_CALENDAR_RULES)).toBe(true);
    expect(DEFAULT_CALENDAR_RULES.closedMonthDays).toEqual(['06-05', '12-24', '12-31']);
    expect(DEFAULT_CALENDAR_RULES.closedDates).toEqual([]);
  });
});

describe('weekday and addDays', () => {
  it('numbers weekdays from Sunday = 0', () => {
    expect(weekday('2026-03-01')).toBe(0);
    expect(weekday('2026-03-02')).toBe(1);
    expect(weekday('2026-03-07')).toBe(6);
    expect(weekday('2026-12-03')).toBe(4);
  });

  it('adds and subtracts plain calendar days across months, leap days and years', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30'); // DST change does not matter
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-06-15', 0)).toBe('2026-06-15');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('rejects a fractional number of days', () => {
    expect(() => addDays('2026-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('nextWorkingDay', () => {
  it('returns the date itself on a working day', () => {
    expect(nextWorkingDay('2026-03-04', R)).toBe('2026-03-04');
  });

  it('moves a Saturday to the Monday', () => {
    expect(nextWorkingDay('2026-03-07', R)).toBe('2026-03-09');
  });

  it('moves a deadline on 24 December to the next working day', () => {
    expect(nextWorkingDay('2026-12-24', R)).toBe('2026-12-28');
    expect(nextWorkingDay('2025-12-24', R)).toBe('2025-12-29');
  });

  it('moves 31 December across the year end and past Nytårsdag and the weekend', () => {
    expect(nextWorkingDay('2026-12-31', R)).toBe('2027-01-04');
    expect(nextWorkingDay('2025-12-31', R)).toBe('2026-01-02');
  });

  it('moves Skærtorsdag past the whole Easter week', () => {
    expect(nextWorkingDay('2026-04-02', R)).toBe('2026-04-07');
  });

  it('moves grundlovsdag on a Friday to the Monday', () => {
    expect(nextWorkingDay('2026-06-05', R)).toBe('2026-06-08');
  });
});

describe('addWorkingDays', () => {
  it('does not count the day of receipt', () => {
    expect(addWorkingDays('2026-03-02', 1, R)).toBe('2026-03-03');
    expect(addWorkingDays('2026-03-02', 2, R)).toBe('2026-03-04');
  });

  it('skips the weekend', () => {
    expect(addWorkingDays('2026-03-06', 1, R)).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-07', 1, R)).toBe('2026-03-09');
  });

  it('with n = 0 returns the day itself, or the next working day', () => {
    expect(addWorkingDays('2026-03-04', 0, R)).toBe('2026-03-04');
    expect(addWorkingDays('2026-03-07', 0, R)).toBe('2026-03-09');
    expect(addWorkingDays('2026-12-24', 0, R)).toBe('2026-12-28');
  });

  it('rolls over the year end past 31 December and Nytårsdag', () => {
    expect(addWorkingDays('2026-12-30', 1, R)).toBe('2027-01-04');
    expect(addWorkingDays('2026-12-23', 2, R)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-23', 4, R)).toBe('2027-01-04');
  });

  it('skips the Easter week', () => {
    expect(addWorkingDays('2026-04-01', 1, R)).toBe('2026-04-07');
  });

  it('skips Kristi himmelfartsdag and 2. pinsedag', () => {
    expect(addWorkingDays('2026-05-13', 1, R)).toBe('2026-05-15');
    expect(addWorkingDays('2026-05-22', 1, R)).toBe('2026-05-26');
  });

  it('throws a RangeError for a negative or fractional n', () => {
    expect(() => addWorkingDays('2026-03-02', -1, R)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-02', 1.5, R)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-02', Number.NaN, R)).toThrow(RangeError);
  });
});

describe('addWeeks', () => {
  it('ends on the same weekday', () => {
    expect(addWeeks('2026-01-14', 4, R)).toBe('2026-02-11');
  });

  it('rolls forward when it lands on a holiday', () => {
    // 5 March + 4 weeks = Skærtorsdag 2 April; next working day is the Tuesday after Easter.
    expect(addWeeks('2026-03-05', 4, R)).toBe('2026-04-07');
  });

  it('rolls forward when it lands on 24 December', () => {
    expect(addWeeks('2026-11-26', 4, R)).toBe('2026-12-28');
  });

  it('rolls forward when the start was a weekend', () => {
    expect(addWeeks('2026-03-07', 1, R)).toBe('2026-03-16');
  });
});

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2026-03-16', 1, R)).toBe('2026-04-16');
    expect(addMonths('2026-03-16', 12, R)).toBe('2027-03-16');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2024-01-31', 1, R)).toBe('2024-02-29'); // leap year, a Thursday
    expect(addMonths('2025-03-31', 1, R)).toBe('2025-04-30');
    expect(addMonths('2025-01-31', 1, NO_CLOSING_DAYS)).toBe('2025-02-28'); // a Friday
  });

  it('clamps and then rolls forward to a working day', () => {
    expect(addMonths('2026-01-31', 1, R)).toBe('2026-03-02'); // 28 Feb 2026 is a Saturday
  });

  it('crosses the year end', () => {
    expect(addMonths('2026-11-30', 2, R)).toBe('2027-02-01'); // 30 Jan 2027 is a Saturday
    expect(addMonths('2026-12-15', 1, R)).toBe('2027-01-15');
  });

  it('goes backwards for a negative number of months', () => {
    expect(addMonths('2026-03-31', -1, R)).toBe('2026-03-02'); // 28 Feb 2026 is a Saturday
    expect(addMonths('2026-05-15', -2, R)).toBe('2026-03-16'); // 15 March 2026 is a Sunday
  });

  it('rejects a fractional number of months', () => {
    expect(() => addMonths('2026-01-01', 1.5, R)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the start up to and including the end', () => {
    expect(workingDaysBetween('2026-03-02', '2026-03-06', R)).toBe(4);
    expect(workingDaysBetween('2026-03-02', '2026-03-09', R)).toBe(5);
    expect(workingDaysBetween('2026-03-06', '2026-03-08', R)).toBe(0);
  });

  it('is 0 for the same date', () => {
    expect(workingDaysBetween('2026-03-04', '2026-03-04', R)).toBe(0);
    expect(workingDaysBetween('2026-12-24', '2026-12-24', R)).toBe(0);
  });

  it('is negative and mirrored when the end is before the start', () => {
    const pairs: [string, string][] = [
      ['2026-03-02', '2026-03-06'],
      ['2026-12-20', '2027-01-10'],
      ['2026-03-28', '2026-04-12'],
    ];
    for (const [a, b] of pairs) {
      expect(workingDaysBetween(b, a, R)).toBe(-workingDaysBetween(a, b, R));
    }
    expect(workingDaysBetween('2026-03-06', '2026-03-02', R)).toBe(-4);
  });

  it('counts only 5 working days from 22 December to 4 January', () => {
    // 22 Dec 2026 (Tue) to 4 Jan 2027 (Mon): 23, 28, 29, 30 Dec and 4 Jan.
    expect(workingDaysBetween('2026-12-22', '2027-01-04', R)).toBe(5);
  });

  it('counts a whole year', () => {
    // 2026 has 261 weekdays; 7 helligdage fall on one (Påskedag and Pinsedag are Sundays, 2. juledag a
    // Saturday), and 5 June, 24 and 31 December are closing days.
    expect(workingDaysBetween('2025-12-31', '2026-12-31', R)).toBe(261 - 7 - 3);
  });
});

describe('addWorkingDays and workingDaysBetween agree (property)', () => {
  // mulberry32: a tiny seeded PRNG, so every run checks the same cases.
  function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const rulesets: [string, CalendarRules][] = [
    ['default rules', R],
    ['extra closing days', { ...R, closedDates: ['2026-03-13', '2027-07-01', '2030-02-14'] }],
    ['no closing days', NO_CLOSING_DAYS],
  ];

  for (const [label, rules] of rulesets) {
    it(`lands on a working day exactly n working days later, with ${label}`, () => {
      const random = mulberry32(20_260_405);
      const start = '2019-12-01';
      for (let i = 0; i < 400; i++) {
        const from = addDays(start, Math.floor(random() * 365 * 15));
        const n = Math.floor(random() * 31);
        const due = addWorkingDays(from, n, rules);
        expect(isWorkingDay(due, rules), `${from} + ${n}`).toBe(true);
        expect(due >= from).toBe(true);
        if (n >= 1) {
          expect(workingDaysBetween(from, due, rules), `${from} + ${n}`).toBe(n);
          // The day before the result is still short of n.
          expect(workingDaysBetween(from, addDays(due, -1), rules)).toBe(n - 1);
        } else {
          expect(due).toBe(nextWorkingDay(from, rules));
        }
      }
    });
  }
});

describe('localDate', () => {
  it('uses Danish time around midnight in winter (UTC+1)', () => {
    expect(localDate(new Date('2026-01-15T22:59:59Z'))).toBe('2026-01-15');
    expect(localDate(new Date('2026-01-15T23:00:00Z'))).toBe('2026-01-16');
  });

  it('uses Danish time around midnight in summer (UTC+2)', () => {
    expect(localDate(new Date('2026-07-15T21:59:59Z'))).toBe('2026-07-15');
    expect(localDate(new Date('2026-07-15T22:00:00Z'))).toBe('2026-07-16');
  });

  it('handles the night the clocks go forward', () => {
    expect(localDate(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(localDate(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(localDate(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(localDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
  });

  it('handles the night the clocks go back', () => {
    expect(localDate(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(localDate(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(localDate(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(localDate(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('rolls into the new year at Danish midnight', () => {
    expect(localDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });

  it('accepts another time zone', () => {
    expect(localDate(new Date('2026-03-28T23:30:00Z'), 'UTC')).toBe('2026-03-28');
    expect(localDate(new Date('2026-03-28T23:30:00Z'), 'America/Nuuk')).toBe('2026-03-28');
  });

  it('throws on an invalid instant', () => {
    expect(() => localDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('formatDateLong', () => {
  it("writes '3. december 2026' as a torsdag in Danish", () => {
    expect(formatDateLong('2026-12-03', 'da')).toBe('torsdag den 3. december 2026');
  });

  it('writes the same date in English', () => {
    expect(formatDateLong('2026-12-03', 'en')).toBe('Thursday 3 December 2026');
  });

  it('uses Danish names with æ and ø', () => {
    expect(formatDateLong('2026-03-07', 'da')).toBe('lørdag den 7. marts 2026');
    expect(formatDateLong('2026-05-31', 'da')).toBe('søndag den 31. maj 2026');
    expect(formatDateLong('2027-01-01', 'da')).toBe('fredag den 1. januar 2027');
  });

  it('does not zero-pad the day', () => {
    expect(formatDateLong('2026-06-05', 'en')).toBe('Friday 5 June 2026');
  });
});
