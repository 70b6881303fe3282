// The dashboard's arithmetic (src/core/insight.ts), to the corners.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_RULES } from '../../src/core/calendar.js';
import {
  addCalendarMonths,
  beforeAndAfter,
  endOfMonth,
  evidenceOf,
  formatMonth,
  formatNumber,
  formatPercent,
  formatValue,
  MIN_GROUP,
  medianOfHistogram,
  mergeBins,
  monthOf,
  monthsOf,
  shownShare,
  toCsv,
  workingDayOrdinals,
} from '../../src/core/insight.js';

describe('median of a histogram', () => {
  it('is null for no cases', () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ days: 3, cases: 0 }])).toBeNull();
  });
  it('is the middle value of an odd count, whatever the order of the bars', () => {
    expect(
      medianOfHistogram([
        { days: 5, cases: 1 },
        { days: 1, cases: 1 },
        { days: 2, cases: 1 },
      ]),
    ).toBe(2);
  });
  it('is the mean of the two middle values of an even count', () => {
    expect(
      medianOfHistogram([
        { days: 1, cases: 2 },
        { days: 2, cases: 1 },
        { days: 3, cases: 1 },
      ]),
    ).toBe(1.5);
    expect(medianOfHistogram([{ days: 4, cases: 2 }])).toBe(4);
  });
  it('counts heavy bars as many values', () => {
    expect(
      medianOfHistogram([
        { days: 0, cases: 10 },
        { days: 30, cases: 9 },
      ]),
    ).toBe(0);
  });
  it('merges histograms bar by bar', () => {
    expect(
      mergeBins(
        [{ days: 1, cases: 1 }],
        [
          { days: 1, cases: 2 },
          { days: 0, cases: 1 },
        ],
      ),
    ).toEqual([
      { days: 0, cases: 1 },
      { days: 1, cases: 3 },
    ]);
  });
});

describe('the smallest group shown', () => {
  it(`hides the share and the count below ${MIN_GROUP} cases`, () => {
    expect(shownShare(4, 4)).toEqual({ share: null, count: null, tooFew: true });
    expect(shownShare(0, 0)).toEqual({ share: null, count: null, tooFew: true });
  });
  it(`shows both from ${MIN_GROUP}`, () => {
    expect(shownShare(3, 5)).toEqual({ share: 0.6, count: 5, tooFew: false });
  });
});

describe('months', () => {
  it('finds the first and last day of a month, in a leap year too', () => {
    expect(monthOf('2026-11-30')).toBe('2026-11-01');
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
  });
  it('adds months, clamping the day to the month’s end, across years both ways', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addCalendarMonths('2026-12-01', -11)).toBe('2026-01-01');
    expect(addCalendarMonths('2024-03-31', -1)).toBe('2024-02-29');
  });
  it('lists the months a period touches', () => {
    expect(monthsOf('2025-11-15', '2026-01-02')).toEqual(['2025-11-01', '2025-12-01', '2026-01-01']);
    expect(monthsOf('2026-02-01', '2026-01-31')).toEqual([]);
  });
  it('refuses a date that is not one', () => {
    expect(() => monthOf('2026-02-30')).toThrow(RangeError);
  });
});

describe('before and after the method start', () => {
  it('takes the six whole months before the start month and six from it', () => {
    expect(beforeAndAfter('2026-01-05')).toEqual({
      before: { from: '2025-07-01', to: '2025-12-31' },
      after: { from: '2026-01-01', to: '2026-06-30' },
    });
  });
  it.each([
    [0, 40, 'none'],
    [4, 400, 'too_few'],
    [5, 29, 'little'],
    [30, 99, 'some'],
    [100, 100, 'good'],
  ] as const)('%i before and %i after carry %s evidence', (before, after, evidence) => {
    expect(evidenceOf(before, after)).toBe(evidence);
    expect(evidenceOf(after, before)).toBe(evidence);
  });
});

describe('working-day ordinals', () => {
  it('count working days up to and including each day, so a subtraction gives the days between', () => {
    // Wed 23 Dec 2026 … Mon 28 Dec: 24 (closed), 25 and 26 (juledage), the weekend.
    const o = workingDayOrdinals('2026-12-23', '2026-12-28', DEFAULT_CALENDAR_RULES);
    expect(o.map((d) => d.seq)).toEqual([1, 1, 1, 1, 1, 2]);
  });
});

describe('formats', () => {
  it('writes numbers the Danish way and the English way', () => {
    expect(formatNumber(1234567.5, 'da', 1)).toBe('1.234.567,5');
    expect(formatNumber(1234567.5, 'en', 1)).toBe('1,234,567.5');
    expect(formatNumber(-0.2, 'da', 0)).toBe('0');
    expect(formatNumber(-12, 'da')).toBe('-12');
  });
  it('writes percentages', () => {
    expect(formatPercent(0.6, 'da')).toBe('60 %');
    expect(formatPercent(0.125, 'en')).toBe('13%');
  });
  it('writes CSV with semicolons, quoting what needs it', () => {
    expect(
      toCsv([
        ['Måned', 'Værdi'],
        ['nov. 2026', '60 %'],
        ['a;b', 'sagde "hej"'],
        [null, 3],
      ]),
    ).toBe('Måned;Værdi\r\nnov. 2026;60 %\r\n"a;b";"sagde ""hej"""\r\n;3\r\n');
  });
});

describe('months and values for people', () => {
  it('names a month', () => {
    expect(formatMonth('2026-11-15', 'da')).toBe('nov. 2026');
    expect(formatMonth('2026-05-01', 'en')).toBe('May 2026');
  });
  it('writes a value in its unit', () => {
    expect(formatValue(0.5, 'share', 'da')).toBe('50 %');
    expect(formatValue(1234, 'count', 'da')).toBe('1.234');
    expect(formatValue(1.5, 'days', 'da')).toBe('1,5');
    expect(formatValue(2, 'days', 'en')).toBe('2');
    expect(formatValue(null, 'share', 'da')).toBe('–');
  });
});
