// The pure rules of the incident register and of safe-meeting plans (src/core/incidents.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_RULES } from '../../src/core/calendar.js';
import {
  type AbsenceThreshold,
  DEFAULT_ABSENCE_THRESHOLDS,
  dateStatus,
  followUpChecklist,
  type IncidentFollowUpFacts,
  planStatus,
  publishedCount,
  publishedGroups,
  reportDeadline,
  thresholdOn,
  validReviewDate,
} from '../../src/core/incidents.js';

const rules = DEFAULT_CALENDAR_RULES;
// The rule as it is now, and a change to 3 days from 1 January 2027 (a synthetic date for the change).
const CHANGING: readonly AbsenceThreshold[] = [
  { from: '1900-01-01', minAbsenceDays: 1 },
  { from: '2027-01-01', minAbsenceDays: 3 },
];
const due = (occurredOn: string, absenceFrom: string | null, absenceDays: number | null, t = CHANGING) =>
  reportDeadline({ occurredOn, absenceFrom, absenceDays }, t, rules);

describe('the report deadline to the authority', () => {
  it('is 14 days after the first day of absence', () => {
    expect(due('2026-11-02', '2026-11-03', 1)).toBe('2026-11-17');
  });

  it('is null when nobody was absent, or the absence is unknown', () => {
    expect(due('2026-11-02', null, null)).toBeNull();
    expect(due('2026-11-02', null, 0)).toBeNull();
  });

  it('takes the day after the injury as the first day of absence when none is given', () => {
    expect(due('2026-11-02', null, 2)).toBe('2026-11-17');
  });

  it('moves past 1. and 2. juledag and the weekend after them', () => {
    // 11 December + 14 = Friday 25 December (1. juledag); 26 is 2. juledag and a Saturday, 27 a Sunday.
    expect(due('2026-12-10', '2026-12-11', 4)).toBe('2026-12-28');
  });

  it('moves past Easter: skærtorsdag, langfredag, the weekend and 2. påskedag', () => {
    // 11 March 2027 + 14 = skærtorsdag 25 March; then langfredag, Saturday, påskedag, 2. påskedag.
    expect(due('2027-03-10', '2027-03-11', 5)).toBe('2027-03-30');
  });

  it('moves a deadline on 24 December, a closing day of the offices, to the next working day', () => {
    expect(due('2026-12-09', '2026-12-10', 3)).toBe('2026-12-28');
  });

  it('applies the threshold in force on the day of injury, before and at its change date', () => {
    expect(due('2026-12-31', '2027-01-01', 1)).toBe('2027-01-15'); // the old rule: 1 day is enough
    expect(due('2027-01-01', '2027-01-02', 1)).toBeNull(); // from the change date: 3 days needed
    expect(due('2027-01-01', '2027-01-02', 2)).toBeNull();
    expect(due('2027-01-01', '2027-01-02', 3)).toBe('2027-01-18'); // 16 January is a Saturday
  });

  it('reads the threshold table by date, whatever its order', () => {
    const reversed = [...CHANGING].reverse();
    expect(thresholdOn('2026-12-31', reversed)).toBe(1);
    expect(thresholdOn('2027-01-01', reversed)).toBe(3);
    expect(thresholdOn('1899-12-31', reversed)).toBeNull();
    expect(thresholdOn('2030-05-05', DEFAULT_ABSENCE_THRESHOLDS)).toBe(1);
  });

  it('refuses an invalid date rather than guessing', () => {
    expect(() => due('2026-02-30', null, 2)).toThrow(RangeError);
    expect(() => due('2026-02-03', '2026-13-01', 2)).toThrow(RangeError);
  });
});

describe('a dated deadline', () => {
  it.each([
    ['2026-11-01', null, 'open'],
    ['2026-11-14', null, 'due_soon'], // 3 days before
    ['2026-11-17', null, 'due_today'],
    ['2026-11-18', null, 'overdue'],
    ['2026-11-18', '2026-11-16', 'done'],
  ] as const)('on %s (done %s) is %s', (today, doneOn, status) => {
    expect(dateStatus('2026-11-17', doneOn, today)).toBe(status);
  });
});

describe('the follow-up checklist', () => {
  const at = new Date('2026-11-02T09:00:00Z');
  const base: IncidentFollowUpFacts = {
    occurredAt: at,
    occurredOn: '2026-11-02',
    absenceFrom: null,
    absenceDays: null,
    debriefedAt: null,
    psychologicalHelpOfferedAt: null,
    policeDecidedAt: null,
    riskAssessmentUpdatedOn: null,
    authorityReportedOn: null,
  };
  const list = (f: IncidentFollowUpFacts, now: string, today: string) =>
    Object.fromEntries(followUpChecklist(f, CHANGING, rules, new Date(now), today).map((l) => [l.item, l]));

  it('has no authority report when no absence makes one due', () => {
    expect(Object.keys(list(base, '2026-11-02T10:00:00Z', '2026-11-02'))).toEqual([
      'debriefing',
      'psychologicalHelp',
      'policeReport',
      'riskAssessment',
    ]);
  });

  it('warns about debriefing after 24 hours and calls it overdue after 48', () => {
    expect(list(base, '2026-11-03T08:59:00Z', '2026-11-03').debriefing?.status).toBe('open');
    expect(list(base, '2026-11-03T09:00:00Z', '2026-11-03').debriefing?.status).toBe('due_soon');
    expect(list(base, '2026-11-04T09:00:00Z', '2026-11-04').debriefing?.status).toBe('due_soon');
    expect(list(base, '2026-11-04T09:00:01Z', '2026-11-04').debriefing?.status).toBe('overdue');
    const done = { ...base, debriefedAt: new Date('2026-11-05T09:00:00Z') };
    expect(list(done, '2026-11-06T09:00:00Z', '2026-11-06').debriefing?.status).toBe('done');
  });

  it('lists the authority report with its deadline and status when absence reaches the threshold', () => {
    const absent = { ...base, absenceFrom: '2026-11-03', absenceDays: 2 };
    expect(list(absent, '2026-11-14T09:00:00Z', '2026-11-14').authorityReport).toEqual({
      item: 'authorityReport',
      status: 'due_soon',
      due: '2026-11-17',
    });
    expect(list(absent, '2026-11-18T09:00:00Z', '2026-11-18').authorityReport?.status).toBe('overdue');
    const reported = { ...absent, authorityReportedOn: '2026-11-10' };
    expect(list(reported, '2026-11-18T09:00:00Z', '2026-11-18').authorityReport?.status).toBe('done');
  });

  it('gives the risk assessment 30 days, to a working day', () => {
    // 2 November + 30 = 2 December 2026, a Wednesday.
    expect(list(base, '2026-11-02T10:00:00Z', '2026-11-02').riskAssessment?.due).toBe('2026-12-02');
  });
});

describe('statistics for the safety committee', () => {
  it.each([
    [0, null],
    [1, null],
    [4, null],
    [5, 5],
    [17, 17],
  ])('publishes a count of %i as %s', (n, shown) => {
    expect(publishedCount(n)).toBe(shown);
  });
});

describe('a dimension of the statistics', () => {
  const g = (...ns: number[]) => ns.map((n, i) => ({ key: `g${i}`, n }));
  it('shows every group of 5 or more', () => {
    expect(publishedGroups(g(5, 9)).map((x) => x.count)).toEqual([5, 9]);
  });
  it('hides the groups under 5', () => {
    expect(publishedGroups(g(4, 1, 7, 9)).map((x) => x.count)).toEqual([null, null, 7, 9]);
  });
  it('hides the next smallest group too when only one is hidden, so no subtraction finds it', () => {
    expect(publishedGroups(g(2, 9, 6, 12)).map((x) => x.count)).toEqual([null, 9, null, 12]);
  });
  it('hides everything when every group is small', () => {
    expect(publishedGroups(g(4)).map((x) => x.count)).toEqual([null]);
  });
});

describe('a safe-meeting plan', () => {
  it('accepts a review date from today up to 183 days ahead, never in the past', () => {
    expect(validReviewDate('2026-12-02', '2026-12-02')).toBe(true);
    expect(validReviewDate('2027-06-03', '2026-12-02')).toBe(true);
    expect(validReviewDate('2027-06-04', '2026-12-02')).toBe(false);
    expect(validReviewDate('2026-12-01', '2026-12-02')).toBe(false);
    expect(validReviewDate('2026-02-30', '2026-01-02')).toBe(false);
  });

  it.each([
    ['2026-12-01', null, 'active'],
    ['2026-12-20', null, 'review_soon'],
    ['2026-12-31', null, 'review_soon'],
    ['2027-01-01', null, 'lapsed'],
    ['2026-12-20', '2026-12-20', 'ended'],
  ] as const)('reviewed on 31 December is, on %s (ended %s), %s', (today, endedOn, status) => {
    expect(planStatus('2026-12-31', endedOn, today)).toBe(status);
  });
});
