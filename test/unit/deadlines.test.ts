import { describe, expect, it } from 'vitest';
import type { CalendarRules } from '../../src/core/calendar.js';
import { DEFAULT_CALENDAR_RULES } from '../../src/core/calendar.js';
import {
  accessToFilesDue,
  appealDeadline,
  DEFAULT_FIRST_CONTACT_GOAL_DAYS,
  deadlineStatus,
  firstContactDue,
  gdprAccessDue,
  letterReceivedOn,
  reassessmentDue,
} from '../../src/core/deadlines.js';

const R = DEFAULT_CALENDAR_RULES;

describe('firstContactDue', () => {
  it('defaults the service goal to 2 working days', () => {
    expect(DEFAULT_FIRST_CONTACT_GOAL_DAYS).toBe(2);
  });

  it('is due 2 working days after receipt, the day of receipt not counted', () => {
    expect(firstContactDue('2026-03-02', 2, R)).toBe('2026-03-04');
  });

  it('skips the weekend for a complaint received on a Friday', () => {
    expect(firstContactDue('2026-03-06', 2, R)).toBe('2026-03-10');
  });

  it('counts from the next working day for a complaint received on a Saturday', () => {
    expect(firstContactDue('2026-03-07', 2, R)).toBe('2026-03-10');
  });

  it('skips the Christmas closing days', () => {
    expect(firstContactDue('2026-12-23', 2, R)).toBe('2026-12-29');
  });

  it('honours a per-area service goal', () => {
    expect(firstContactDue('2026-03-02', 5, R)).toBe('2026-03-09');
  });

  it('rejects a negative service goal', () => {
    expect(() => firstContactDue('2026-03-02', -1, R)).toThrow(RangeError);
  });
});

describe('reassessmentDue (genvurdering, retssikkerhedsloven § 66)', () => {
  it('is due 4 weeks later on the same weekday', () => {
    expect(reassessmentDue('2026-01-14', R)).toBe('2026-02-11');
  });

  it('moves to the Tuesday after Easter when 4 weeks end on Skærtorsdag', () => {
    expect(reassessmentDue('2026-03-05', R)).toBe('2026-04-07');
  });
});

describe('appealDeadline (klagefrist, retssikkerhedsloven § 67)', () => {
  it('is 4 weeks from the day the citizen received the decision', () => {
    expect(appealDeadline('2026-09-10', R)).toBe('2026-10-08');
  });

  it('moves a deadline on 24 December to the next working day', () => {
    expect(appealDeadline('2026-11-26', R)).toBe('2026-12-28');
  });

  it('moves a deadline on 31 December past New Year', () => {
    expect(appealDeadline('2026-12-03', R)).toBe('2027-01-04');
  });

  it('moves a deadline on grundlovsdag to the Monday', () => {
    expect(appealDeadline('2026-05-08', R)).toBe('2026-06-08');
  });

  it("moves a deadline on the kommune's own closing day", () => {
    const rules: CalendarRules = { ...R, closedDates: ['2026-10-08'] };
    expect(appealDeadline('2026-09-10', rules)).toBe('2026-10-09');
  });
});

describe('letterReceivedOn', () => {
  it('counts Digital Post as received the day it is available, even on a weekend', () => {
    expect(letterReceivedOn('2026-03-04', 'digital', R)).toBe('2026-03-04');
    expect(letterReceivedOn('2026-03-07', 'digital', R)).toBe('2026-03-07');
  });

  it('counts physical post as received 6 working days after the letter date', () => {
    expect(letterReceivedOn('2026-03-02', 'physical', R)).toBe('2026-03-10');
  });

  it('skips the Easter week for physical post', () => {
    expect(letterReceivedOn('2026-03-31', 'physical', R)).toBe('2026-04-13');
  });

  it('rejects an invalid letter date on either channel', () => {
    expect(() => letterReceivedOn('2026-02-30', 'digital', R)).toThrow(RangeError);
    expect(() => letterReceivedOn('2026-02-30', 'physical', R)).toThrow(RangeError);
  });

  it('chains with the klagefrist: a physical letter dated 2 March gives a deadline of 7 April', () => {
    // Received 10 March (Tue) + 4 weeks = 7 April (Tue, the day after 2. påskedag).
    expect(appealDeadline(letterReceivedOn('2026-03-02', 'physical', R), R)).toBe('2026-04-07');
  });
});

describe('accessToFilesDue (aktindsigt, offentlighedsloven § 36)', () => {
  it('is due 7 working days after receipt', () => {
    expect(accessToFilesDue('2026-03-02', R)).toBe('2026-03-11');
  });

  it('skips Kristi himmelfartsdag', () => {
    expect(accessToFilesDue('2026-05-11', R)).toBe('2026-05-21');
  });

  it('skips the days between Christmas and New Year that are closed', () => {
    // 28, 29, 30 Dec, 4, 5, 6, 7 Jan.
    expect(accessToFilesDue('2026-12-23', R)).toBe('2027-01-07');
  });
});

describe('gdprAccessDue (GDPR art. 12(3))', () => {
  it('is due one month later on the same date', () => {
    expect(gdprAccessDue('2026-03-16', R)).toBe('2026-04-16');
  });

  it('clamps to the end of a shorter month and rolls off the weekend', () => {
    expect(gdprAccessDue('2026-01-31', R)).toBe('2026-03-02');
    expect(gdprAccessDue('2024-01-31', R)).toBe('2024-02-29');
  });

  it('moves a due date on 24 December to the next working day', () => {
    expect(gdprAccessDue('2026-11-24', R)).toBe('2026-12-28');
  });
});

describe('deadlineStatus', () => {
  it('is met when done before the due date', () => {
    expect(deadlineStatus('2026-03-10', '2026-03-09', '2026-03-20')).toBe('met');
  });

  it('is met when done on the due date itself', () => {
    expect(deadlineStatus('2026-03-10', '2026-03-10', '2026-03-10')).toBe('met');
  });

  it('is missed when done after the due date', () => {
    expect(deadlineStatus('2026-03-10', '2026-03-11', '2026-03-11')).toBe('missed');
  });

  it('is due_today when open and due today', () => {
    expect(deadlineStatus('2026-03-10', null, '2026-03-10')).toBe('due_today');
  });

  it('is overdue when open and past the due date', () => {
    expect(deadlineStatus('2026-03-10', null, '2026-03-11')).toBe('overdue');
    expect(deadlineStatus('2026-12-31', null, '2027-01-01')).toBe('overdue');
  });

  it('is pending when open and not yet due', () => {
    expect(deadlineStatus('2026-03-10', null, '2026-03-09')).toBe('pending');
    expect(deadlineStatus('2027-01-01', null, '2026-12-31')).toBe('pending');
  });

  it('rejects invalid dates rather than comparing garbage strings', () => {
    expect(() => deadlineStatus('2026-3-10', null, '2026-03-09')).toThrow(RangeError);
    expect(() => deadlineStatus('2026-03-10', '2026-02-30', '2026-03-09')).toThrow(RangeError);
    expect(() => deadlineStatus('2026-03-10', null, '')).toThrow(RangeError);
  });
});
