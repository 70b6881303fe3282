// The surveys' demo data: decision volumes for every area and month, surveys only on closed cases (answers
// consistent with their timeline events and flags), and pulse answers of which some groups are shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCases } from '../../src/modules/cases/seed/cases.js';
import { PLATFORM } from '../../src/modules/index.js';
import { releasedPulse } from '../../src/modules/surveys/index.js';
import { seedSurveyDemo } from '../../src/modules/surveys/seed.js';
import { type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  await seedDemoCases(h.ctx, 300);
  await seedSurveyDemo(h.ctx);
}, 180_000);
afterAll(() => h.close());

const sql = <T>(text: string) => h.ctx.dbh.sql<T>(text);

describe('the surveys demo seed', { timeout: 60_000 }, () => {
  it('imports decisions for every area and each of the last twelve months', async () => {
    const [row] = await sql<{ n: number; areas: number; first: string; last: string }>(
      `SELECT count(*)::int AS n, (SELECT count(*)::int FROM areas) AS areas, min(month) AS first, max(month) AS last
         FROM decision_volumes`,
    );
    expect(row!.n).toBe(row!.areas * 12);
    expect([row!.first, row!.last]).toEqual(['2025-12', '2026-11']);
  });

  it('surveys only closed cases, and every answer is on its case timeline with a truthful flag', async () => {
    const [row] = await sql<{
      requests: number;
      answers: number;
      notClosed: number;
      events: number;
      badFlags: number;
    }>(
      `SELECT (SELECT count(*)::int FROM survey_requests) AS requests,
              (SELECT count(*)::int FROM survey_answers) AS answers,
              (SELECT count(*)::int FROM survey_requests r JOIN cases c ON c.id = r.case_id WHERE c.state <> 'closed') AS "notClosed",
              (SELECT count(*)::int FROM case_events WHERE type = 'survey_answered') AS events,
              (SELECT count(*)::int FROM survey_answers WHERE flagged <> (overall <= 2 OR still_disagree)) AS "badFlags"`,
    );
    expect(row!.requests).toBeGreaterThan(0);
    expect(row!.answers).toBeGreaterThan(0);
    expect(row!.answers).toBeLessThan(row!.requests);
    expect(row!.notClosed).toBe(0);
    expect(row!.events).toBe(row!.answers);
    expect(row!.badFlags).toBe(0);
    const overall = PLATFORM.figures.find((f) => f.key === 'surveys.satisfaction.overall')!;
    const v = await overall.compute(h.ctx, { kommuneId: '259', from: '2026-01-01', to: '2026-11-30' });
    expect(v.count).toBeGreaterThan(0);
  });

  it('gives pulse answers of which some groups are shown and some held back', async () => {
    const cells = await releasedPulse(h.ctx, '259', '2026-06', '2026-11');
    expect(cells.filter((c) => c.level === 'team').length).toBeGreaterThan(0);
    const [groups] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM pulse_answers WHERE kommune_id = '259' AND month BETWEEN '2026-06' AND '2026-11'
        GROUP BY month, team_id) g`,
    );
    expect(cells.filter((c) => c.level === 'team').length).toBeLessThan(groups!.n);
  });
});
