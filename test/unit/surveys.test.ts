// The pure survey rules (src/core/surveys.ts): unhappy answers, the link's state and the one reminder, the
// pulse's minimum group size with secondary suppression, and the decision-volume import.
import { describe, expect, it } from 'vitest';
import {
  emptyTally,
  isUnhappy,
  MIN_GROUP_SIZE,
  monthsBetween,
  type PulseGroup,
  parseDecisionCsv,
  perThousand,
  releasedParts,
  releasedPulseCells,
  reminderDue,
  surveyStatus,
  validateDecisionRows,
} from '../../src/core/surveys.js';
import { DECISION_CSV_COLUMNS } from '../../src/modules/surveys/import-messages.js';

const at = (iso: string) => new Date(iso);

describe('the citizen survey', () => {
  it.each([
    [1, false, true],
    [2, false, true],
    [3, false, false],
    [5, true, true],
    [4, false, false],
  ])('overall %i, still disagrees %s: unhappy %s', (overall, stillDisagree, unhappy) => {
    expect(isUnhappy({ overall, stillDisagree })).toBe(unhappy);
  });

  const base = { expiresAt: at('2026-12-15T09:00:00Z'), answeredAt: null, optedOutAt: null };
  it('is open until it expires, then expired; answered and opted out say so', () => {
    expect(surveyStatus(base, at('2026-12-15T08:59:59Z'))).toBe('open');
    expect(surveyStatus(base, at('2026-12-15T09:00:00Z'))).toBe('expired');
    expect(
      surveyStatus({ ...base, answeredAt: at('2026-12-02T00:00:00Z') }, at('2027-01-01T00:00:00Z')),
    ).toBe('answered');
    expect(
      surveyStatus({ ...base, optedOutAt: at('2026-12-02T00:00:00Z') }, at('2026-12-03T00:00:00Z')),
    ).toBe('opted_out');
  });

  it('reminds once, after the days, while a day of validity is left', () => {
    const r = { ...base, requestedAt: at('2026-12-01T09:00:00Z'), remindedAt: null };
    expect(reminderDue(r, at('2026-12-06T08:59:00Z'), 5)).toBe(false);
    expect(reminderDue(r, at('2026-12-06T09:00:00Z'), 5)).toBe(true);
    expect(reminderDue({ ...r, remindedAt: at('2026-12-06T09:00:00Z') }, at('2026-12-07T00:00:00Z'), 5)).toBe(
      false,
    );
    expect(reminderDue(r, at('2026-12-14T10:00:00Z'), 5)).toBe(false); // less than a day left
    expect(reminderDue({ ...r, answeredAt: at('2026-12-02T00:00:00Z') }, at('2026-12-07T00:00:00Z'), 5)).toBe(
      false,
    );
  });
});

describe('months', () => {
  it('lists the months of a range across a new year', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });
});

const tally = (n: number, each = 3) => ({
  ...emptyTally(),
  n,
  sum: { wellbeing: n * each, equipped: n * each, workload: n * each },
  agreeing: { wellbeing: each >= 4 ? n : 0, equipped: each >= 4 ? n : 0, workload: each >= 4 ? n : 0 },
});
const group = (departmentId: string, teamId: string | null, n: number, each = 3): PulseGroup => ({
  month: '2026-11',
  departmentId,
  teamId,
  tally: tally(n, each),
});

describe('the pulse: minimum group size', () => {
  it('is five', () => expect(MIN_GROUP_SIZE).toBe(5));

  it('shows parts of five or more, and holds back another when the rest would be 1–4', () => {
    const parts = [
      { id: 'a', n: 5 },
      { id: 'b', n: 6 },
      { id: 'c', n: 2 },
    ];
    // Whole 13: a and b shown would leave c (2) to be worked out, so a (the smallest) is held back: rest 7.
    expect(releasedParts(13, parts).map((p) => p.id)).toEqual(['b']);
    // Whole 11, parts a 5 and b 6: nothing is left over, both are shown.
    expect(
      releasedParts(11, parts.slice(0, 2))
        .map((p) => p.id)
        .sort(),
    ).toEqual(['a', 'b']);
    // A part of 4 is never shown.
    expect(
      releasedParts(9, [
        { id: 'x', n: 4 },
        { id: 'y', n: 5 },
      ]),
    ).toEqual([]);
  });

  it('releases nothing for a kommune of four answers', () => {
    expect(releasedPulseCells([group('d1', 't1', 4)])).toEqual([]);
  });

  it('never lets a shown whole minus its shown parts be 1–4 (hand-computed example)', () => {
    // d1: t1 5 answers (all 4s), t2 5 (all 2s), no team 2 → d1 = 12; d2: t3 3 → d2 = 3; kommune 15.
    const cells = releasedPulseCells([
      group('d1', 't1', 5, 4),
      group('d1', 't2', 5, 2),
      group('d1', null, 2, 3),
      group('d2', 't3', 3, 5),
    ]);
    const kommune = cells.find((c) => c.level === 'kommune')!;
    expect(kommune.tally.n).toBe(15);
    // d1 (12) shown alone would give d2 = 3 by subtraction: the kommune rest must be ≥ 5, so d1 is held back.
    expect(cells.filter((c) => c.level === 'department')).toEqual([]);
    expect(cells.filter((c) => c.level === 'team')).toEqual([]);
    // Kommune mean wellbeing: (5·4 + 5·2 + 2·3 + 3·5) / 15 = 51/15 = 3.4
    expect(kommune.tally.sum.wellbeing / kommune.tally.n).toBeCloseTo(3.4, 10);
  });

  it('shows a department and its teams when every rest is zero or at least five', () => {
    // d1: t1 5, t2 6 (11); d2: t3 7 (7); kommune 18.
    const cells = releasedPulseCells([group('d1', 't1', 5), group('d1', 't2', 6), group('d2', 't3', 7)]);
    expect(cells.map((c) => `${c.level}:${c.departmentId ?? ''}:${c.teamId ?? ''}:${c.tally.n}`)).toEqual([
      'kommune:::18',
      'department:d1::11',
      'team:d1:t1:5',
      'team:d1:t2:6',
      'department:d2::7',
      'team:d2:t3:7',
    ]);
  });
});

describe('the decision-volume import', () => {
  const areas = new Set(['hjaelpemidler', 'veje']);
  it('reads a Danish CSV with ; and reports every bad row with its line number', () => {
    const csv = [
      'område;måned;afgørelser',
      'hjaelpemidler;2026-10;120',
      '',
      'ukendt;2026-10;5',
      'veje;2026-13;7',
      'veje;2026-10;-1',
      'hjaelpemidler;2026-10;3',
    ].join('\n');
    const parsed = parseDecisionCsv(csv, DECISION_CSV_COLUMNS);
    expect(parsed.ok).toBe(true);
    const checked = validateDecisionRows(parsed.ok ? parsed.rows : [], areas);
    expect(checked).toEqual({
      ok: false,
      errors: [
        { line: 4, problem: 'area' },
        { line: 5, problem: 'month' },
        { line: 6, problem: 'decisions' },
        { line: 7, problem: 'duplicate', firstLine: 2 },
      ],
    });
  });

  it('accepts an English header with commas, quotes and Danish thousands', () => {
    const parsed = parseDecisionCsv('Area,Month,Decisions\n"veje","2026-09","1.234"\n', DECISION_CSV_COLUMNS);
    expect(parsed.ok && validateDecisionRows(parsed.rows, areas)).toEqual({
      ok: true,
      rows: [{ area: 'veje', month: '2026-09', decisions: 1234 }],
    });
  });

  it('refuses a header without the columns, a row with too few columns, and an empty file', () => {
    expect(parseDecisionCsv('a;b;c\nveje;2026-09;1', DECISION_CSV_COLUMNS)).toEqual({
      ok: false,
      errors: [{ line: 1, problem: 'header' }],
    });
    expect(parseDecisionCsv('area;month;decisions\nveje;2026-09', DECISION_CSV_COLUMNS)).toEqual({
      ok: false,
      errors: [{ line: 2, problem: 'columns' }],
    });
    expect(parseDecisionCsv('', DECISION_CSV_COLUMNS)).toEqual({
      ok: false,
      errors: [{ line: 1, problem: 'empty' }],
    });
  });

  it('counts complaints per 1,000 decisions', () => {
    expect(perThousand(3, 1500)).toBe(2);
    expect(perThousand(3, 0)).toBeNull();
  });
});
