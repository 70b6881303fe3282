// The formal track's pure rules (src/core/formal.ts): the klagefrist from the decision and how it reached the
// citizen, lateness, the deadlines that follow, the delay-letter prompt, the order of the steps and the reversal
// rate as Ankestyrelsen computes it. Dates checked by hand against the 2026/2027 calendars.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CALENDAR_RULES as R } from '../../src/core/calendar.js';
import {
  accessRequestDue,
  complaintDeadline,
  decisionLooksLate,
  delayLetterPrompt,
  type FormalPosition,
  formalDeadlines,
  formalRefusal,
  isComplaintLate,
  reversalRate,
  reversalRateByArea,
} from '../../src/core/formal.js';

const deadline = (
  decisionDate: string,
  delivery: 'digital' | 'physical' | 'unknown',
  properGuidance = true,
) => complaintDeadline({ decisionDate, delivery, properGuidance }, R);

describe('klagefrist', () => {
  it.each([
    // Digital Post: received the day it is available; 4 weeks later the same weekday.
    ['an ordinary Digital Post decision', '2026-11-02', 'digital', '2026-11-02', '2026-11-30'],
    // Received Sat 2026-11-07 (Digital Post counts weekends): 4 weeks = Sat 12-05 → Mon 12-07.
    [
      'a Digital Post decision on a Saturday, deadline moved to Monday',
      '2026-11-07',
      'digital',
      '2026-11-07',
      '2026-12-07',
    ],
    // Physical post: 6 working days after Mon 11-02 → Tue 11-10; + 4 weeks = Tue 12-08.
    ['a physical letter: 6 working days, then 4 weeks', '2026-11-02', 'physical', '2026-11-10', '2026-12-08'],
    // Unknown: counted as physical post, the citizen's benefit.
    [
      'a decision whose delivery the citizen does not know',
      '2026-11-02',
      'unknown',
      '2026-11-10',
      '2026-12-08',
    ],
    // Christmas: Digital Post Mon 2026-11-30 → Mon 12-28 (a working day: 24–26 Dec are before it).
    ['a deadline in Christmas week', '2026-11-30', 'digital', '2026-11-30', '2026-12-28'],
    // Digital Post Thu 2026-11-26 → Thu 12-24 (juleaftensdag, closed), 25, 26 (helligdage), Sun 27 → Mon 12-28.
    ['a deadline on juleaftensdag moves past Christmas', '2026-11-26', 'digital', '2026-11-26', '2026-12-28'],
    // Year end: Thu 2026-12-03 → Thu 12-31 (closed) → Fri 2027-01-01 (Nytårsdag) → Mon 2027-01-04.
    [
      'a deadline on nytårsaftensdag moves into the new year',
      '2026-12-03',
      'digital',
      '2026-12-03',
      '2027-01-04',
    ],
    // Physical letter of Fri 2026-12-18: working days 21, 22, 23, 28, 29, 30 → received Wed 12-30; + 4 weeks
    // = Wed 2027-01-27.
    [
      'a physical letter over Christmas and the year end',
      '2026-12-18',
      'physical',
      '2026-12-30',
      '2027-01-27',
    ],
    // Easter 2027 (Easter Sunday 28 March): Digital Post Thu 2027-02-25 → Thu 03-25 (skærtorsdag) → Fri 26
    // (langfredag), weekend, Mon 29 (2. påskedag) → Tue 2027-03-30.
    ['a deadline on skærtorsdag moves past Easter', '2027-02-25', 'digital', '2027-02-25', '2027-03-30'],
    // Physical letter Tue 2027-03-23: working days 24, 30, 31, Apr 1, 2, 5 → Mon 2027-04-05; + 4 weeks = 05-03.
    ['a physical letter over Easter', '2027-03-23', 'physical', '2027-04-05', '2027-05-03'],
  ] as const)('%s', (_name, decisionDate, delivery, receivedOn, due) => {
    expect(deadline(decisionDate, delivery)).toEqual({
      started: true,
      decisionReceivedOn: receivedOn,
      deadline: due,
    });
  });

  it('has not started without a proper klagevejledning, so no complaint is late', () => {
    const d = deadline('2020-01-06', 'digital', false);
    expect(d).toEqual({ started: false, reason: 'no_guidance' });
    expect(isComplaintLate(d, '2026-12-01')).toBe(false);
  });

  it('is met on the last day and late the day after', () => {
    const d = deadline('2026-11-02', 'digital');
    expect(isComplaintLate(d, '2026-11-30')).toBe(false);
    expect(isComplaintLate(d, '2026-12-01')).toBe(true);
  });

  it('refuses a date that is not a date', () => {
    expect(() => deadline('2026-02-30', 'digital')).toThrow(RangeError);
    expect(() => isComplaintLate(deadline('2026-11-02', 'digital'), '1.12.2026')).toThrow(RangeError);
  });
});

describe('the deadlines of a formal case', () => {
  it('re-assessment 4 weeks from our receipt of the complaint, with the klagefrist and lateness', () => {
    expect(
      formalDeadlines(
        { decisionDate: '2026-10-01', delivery: 'digital', properGuidance: true },
        '2026-12-01',
        R,
      ),
    ).toEqual({ complaintDeadline: '2026-10-29', complaintLate: true, reassessmentDue: '2026-12-29' });
  });

  it('re-assessment across the year end: received Thu 2026-12-03 → Thu 12-31 (closed) → Mon 2027-01-04', () => {
    expect(formalDeadlines(null, '2026-12-03', R)).toEqual({
      complaintDeadline: null,
      complaintLate: false,
      reassessmentDue: '2027-01-04',
    });
  });

  it('re-assessment across Easter: received Thu 2027-02-25 → Tue 2027-03-30', () => {
    expect(formalDeadlines(null, '2027-02-25', R).reassessmentDue).toBe('2027-03-30');
  });

  it('aktindsigt in 7 working days: received Fri 2026-12-18 → 21, 22, 23, 28, 29, 30, 2027-01-04', () => {
    expect(accessRequestDue('2026-12-18', R)).toBe('2027-01-04');
  });
});

describe('the delay-letter prompt (fristbrev)', () => {
  it.each([
    ['two working days before', '2026-12-14', '2026-12-10', null, false, true],
    ['three working days before', '2026-12-14', '2026-12-09', null, false, false],
    ['on the day', '2026-12-14', '2026-12-14', null, false, true],
    ['after the deadline', '2026-12-14', '2026-12-16', null, false, true],
    ['met, never', '2026-12-14', '2026-12-16', '2026-12-11', false, false],
    ['a delay letter already sent', '2026-12-14', '2026-12-16', null, true, false],
    // Fri 2026-12-18 → 2026-12-23 is 3 working days (21, 22, 23): no prompt yet.
    ['over a weekend: three working days away', '2026-12-23', '2026-12-18', null, false, false],
  ] as const)('%s', (_name, due, today, metOn, sent, prompt) => {
    expect(delayLetterPrompt(due, metOn, today, sent, R)).toBe(prompt);
  });
});

const at = (over: Partial<FormalPosition>): FormalPosition => ({
  kind: 'complaint',
  state: 'maintained',
  reassessmentResult: null,
  appealResult: null,
  complaintLate: false,
  lateDecisionMade: false,
  ...over,
});

describe('the order of the formal steps', () => {
  it.each([
    ['re-assess a maintained complaint', 'reassessment', at({}), null],
    ['re-assess during the re-assessment', 'reassessment', at({ state: 'reassessment' }), null],
    [
      'a second re-assessment',
      'reassessment',
      at({ state: 'reassessment', reassessmentResult: 'upheld' }),
      'reassessment_decided',
    ],
    [
      're-assess after forwarding',
      'reassessment',
      at({ state: 'forwarded', reassessmentResult: 'upheld' }),
      'reassessment_decided',
    ],
    [
      're-assess after the appeal result',
      'reassessment',
      at({ state: 'appeal_decided', appealResult: 'upheld' }),
      'appeal_decided',
    ],
    [
      're-assess a closed case after its appeal',
      'reassessment',
      at({ state: 'closed', reassessmentResult: 'upheld', appealResult: 'upheld' }),
      'appeal_decided',
    ],
    ['re-assess a case still in dialogue', 'reassessment', at({ state: 'in_dialogue' }), 'not_formal'],
    ['re-assess a grievance', 'reassessment', at({ kind: 'grievance' }), 'not_a_complaint'],
    ['forward before the re-assessment', 'forwarding', at({}), 'reassessment_first'],
    ['forward during the re-assessment', 'forwarding', at({ state: 'reassessment' }), 'reassessment_first'],
    [
      'forward an upheld decision',
      'forwarding',
      at({ state: 'reassessment', reassessmentResult: 'upheld' }),
      null,
    ],
    [
      'forward a partly changed decision',
      'forwarding',
      at({ state: 'reassessment', reassessmentResult: 'partly_changed' }),
      null,
    ],
    [
      'forward a changed decision (closed)',
      'forwarding',
      at({ state: 'closed', reassessmentResult: 'changed' }),
      'not_forwardable',
    ],
    [
      'forward twice',
      'forwarding',
      at({ state: 'forwarded', reassessmentResult: 'upheld' }),
      'not_forwardable',
    ],
    ['forward a case in dialogue', 'forwarding', at({ state: 'in_dialogue' }), 'not_formal'],
    [
      'appeal result after forwarding',
      'appeal_result',
      at({ state: 'forwarded', reassessmentResult: 'upheld' }),
      null,
    ],
    [
      'appeal result before forwarding',
      'appeal_result',
      at({ state: 'reassessment', reassessmentResult: 'upheld' }),
      'not_forwarded',
    ],
    [
      'a second appeal result',
      'appeal_result',
      at({ state: 'appeal_decided', appealResult: 'upheld' }),
      'appeal_decided',
    ],
    [
      'an appeal result on a grievance',
      'appeal_result',
      at({ kind: 'grievance', state: 'forwarded' }),
      'not_a_complaint',
    ],
    ['decide on a late complaint', 'late_decision', at({ complaintLate: true }), null],
    ['decide on a complaint in time', 'late_decision', at({}), 'late_decision_not_needed'],
    [
      'decide twice',
      'late_decision',
      at({ complaintLate: true, lateDecisionMade: true }),
      'late_decision_made',
    ],
  ] as const)('%s', (_name, step, position, refusal) => {
    expect(formalRefusal(step, position)).toBe(refusal);
  });
});

describe('the reversal rate (omgørelsesprocent)', () => {
  it('counts changed, annulled and sent back over all but the dismissed', () => {
    // 3 upheld, 1 changed, 1 annulled, 1 sent back, 2 dismissed: 3 reversed of 6 counted = 50 %.
    const r = reversalRate([
      'upheld',
      'upheld',
      'upheld',
      'changed',
      'annulled',
      'sent_back',
      'dismissed',
      'dismissed',
    ]);
    expect(r).toEqual({ rate: 0.5, counted: 6, reversed: 3, dismissed: 2 });
  });

  it('has no rate with nothing counted, not even with dismissed cases', () => {
    expect(reversalRate([])).toEqual({ rate: null, counted: 0, reversed: 0, dismissed: 0 });
    expect(reversalRate(['dismissed'])).toEqual({ rate: null, counted: 0, reversed: 0, dismissed: 1 });
  });

  it('per area and period: only decisions dated in the period, both ends included', () => {
    const rates = reversalRateByArea(
      [
        { areaCode: 'handicap', decidedOn: '2026-01-01', result: 'changed' },
        { areaCode: 'handicap', decidedOn: '2026-06-30', result: 'upheld' },
        { areaCode: 'handicap', decidedOn: '2026-03-01', result: 'upheld' },
        { areaCode: 'handicap', decidedOn: '2026-03-02', result: 'dismissed' },
        { areaCode: 'handicap', decidedOn: '2026-07-01', result: 'changed' }, // after the period
        { areaCode: 'hjemmehjaelp', decidedOn: '2026-02-01', result: 'sent_back' },
        { areaCode: 'hjemmehjaelp', decidedOn: '2025-12-31', result: 'upheld' }, // before it
      ],
      '2026-01-01',
      '2026-06-30',
    );
    expect(Object.fromEntries(rates)).toEqual({
      handicap: { rate: 1 / 3, counted: 3, reversed: 1, dismissed: 1 },
      hjemmehjaelp: { rate: 1, counted: 1, reversed: 1, dismissed: 0 },
    });
  });
});

describe('decisionLooksLate (the notice on the citizen receipt)', () => {
  const rules = R;
  it('counts as for physical post: 6 working days, then 4 weeks', () => {
    // Letter dated Mon 2 Nov 2026 → received Tue 10 Nov (6 working days) → klagefrist Tue 8 Dec.
    expect(decisionLooksLate('2026-11-02', '2026-12-08', rules)).toBe(false);
    expect(decisionLooksLate('2026-11-02', '2026-12-09', rules)).toBe(true);
  });
  it('does not call a fresh decision late', () => {
    expect(decisionLooksLate('2026-11-30', '2026-12-01', rules)).toBe(false);
  });
});
