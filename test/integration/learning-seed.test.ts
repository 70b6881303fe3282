// The learning demo data: the team lead's department has a course with its sessions and attendance, a buddy
// pair and an action plan, so coverage is above nought; three learning cases are shared and found by search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLearning } from '../../src/modules/learning/seed.js';
import { bearer, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // The demo staff started at the beginning of the year (the harness's clock is 1 December 2026).
  await h.ctx.dbh.sql("UPDATE users SET created_at = '2026-01-05T09:00:00Z'");
  await seedLearning(h.ctx);
}, 60_000);
afterAll(() => h.close());

describe('the learning demo data', () => {
  it('gives the team lead a course with its sessions, attendance, a pair and a plan', async () => {
    const lead = await bearer(h.app, 'team_lead@koege.demo');
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/training', headers: lead });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as {
      keeps: { departmentId: string };
      courses: {
        departmentId: string;
        manageable: boolean;
        sessions: { kind: string; participants: unknown[] }[];
      }[];
      departments: { departmentId: string; coverage: { trained: number } }[];
      buddyPairs: unknown[];
      actionPlans: unknown[];
    };
    expect(o.courses).toHaveLength(1);
    expect(o.courses[0]).toMatchObject({ departmentId: o.keeps.departmentId, manageable: true });
    expect(o.courses[0]!.sessions.map((s) => s.kind)).toEqual(['kickoff', 'training_day', 'evaluation_day']);
    const own = o.departments.find((d) => d.departmentId === o.keeps.departmentId)!;
    expect(own.coverage.trained).toBeGreaterThan(0);
    expect(o.buddyPairs).toHaveLength(1);
    expect(o.actionPlans).toHaveLength(1);
  });

  it('shares three learning cases, found by an inflected Danish word', async () => {
    const cw = await bearer(h.app, 'caseworker@koege.demo');
    const all = await h.app.inject({ method: 'GET', url: '/api/v1/learning/cases', headers: cw });
    expect((all.json() as { items: unknown[] }).items).toHaveLength(3);
    const found = await h.app.inject({
      method: 'GET',
      url: `/api/v1/learning/cases?q=${encodeURIComponent('afgørelserne')}`,
      headers: cw,
    });
    const items = (found.json() as { items: { title: string }[] }).items;
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]!.title).toMatch(/afgørelse/i);
  });
});
