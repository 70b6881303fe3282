// The team lead's workload adds up to the queue: cases without a team or a caseworker are counted too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
let lead: Record<string, string>; // team_lead@koege.demo, Velfærdsforvaltningen
let numbers: string[];

beforeAll(async () => {
  h = await startHarness();
  lead = await bearer(h.app, 'team_lead@koege.demo');
  numbers = [];
  for (let i = 0; i < 4; i++) {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission(),
    });
    numbers.push(res.json().caseNumber);
  }
  // One taken by a caseworker (and so their team); one put on a team with nobody on it yet; two left as they came.
  const cw = await bearer(h.app, 'caseworker@koege.demo');
  await h.app.inject({ method: 'POST', url: `/api/v1/cases/${numbers[0]}/assign-to-me`, headers: cw });
  await h.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${numbers[1]}/reassign`,
    headers: lead,
    payload: { teamId: h.koege.teams.Jobcenter },
  });
  // A case resolved in dialogue no longer needs work: it is neither in the queue nor in the workload.
  await h.ctx.dbh.sql("UPDATE cases SET state = 'resolved' WHERE number = $1", [numbers[3]]);
});
afterAll(() => h.close());

interface Overview {
  teams: { id: string; open: number; unassigned: number }[];
  caseworkers: { id: string; open: number }[];
  withoutTeam: { open: number; unassigned: number; overdueFirstContact: number };
  withoutCaseworker: { open: number };
  total: { open: number; unassigned: number; overdueFirstContact: number; dueToday: number };
}

describe('team workload', () => {
  it('counts the cases without a team, so the teams add up to the queue total', async () => {
    const res = await h.app.inject({ url: '/api/v1/team/overview', headers: lead });
    expect(res.statusCode, res.body).toBe(200);
    const o = res.json() as Overview;
    const queue = (await h.app.inject({ url: '/api/v1/cases', headers: lead })).json() as { total: number };

    expect(queue.total).toBe(3);
    expect(o.total.open).toBe(queue.total);
    expect(o.withoutTeam).toEqual({ open: 1, unassigned: 1, overdueFirstContact: 0 });
    expect(o.teams.reduce((n, t) => n + t.open, 0) + o.withoutTeam.open).toBe(o.total.open);
    expect(o.teams.find((t) => t.id === h.koege.teams.Jobcenter)).toMatchObject({ open: 1, unassigned: 1 });
    expect(o.total.unassigned).toBe(2);
  });

  it('counts the cases without a caseworker, so the caseworkers add up to the total as well', async () => {
    const o = (await h.app.inject({ url: '/api/v1/team/overview', headers: lead })).json() as Overview;
    expect(o.withoutCaseworker.open).toBe(2);
    expect(o.caseworkers.reduce((n, c) => n + c.open, 0) + o.withoutCaseworker.open).toBe(o.total.open);
    const me = o.caseworkers.find((c) => c.id === h.koege.users['caseworker@koege.demo']);
    expect(me?.open).toBe(1);
  });
});
