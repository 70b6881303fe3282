// The demo incidents: every seeded kommune gets a few at first start — one whose follow-up is overdue and one
// whose absence makes a report to the authority due — named to the demo staff, and a second run adds none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedIncidents } from '../../src/modules/safety/seed.js';
import { bearer, engine, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(); // the clock: Tuesday 1 December 2026
  await seedIncidents(h.ctx);
  await seedIncidents(h.ctx);
}, 240_000);
afterAll(() => h?.close());

interface Listed {
  occurredAt: string;
  type: string;
  reportDeadline: string | null;
  reportStatus: string | null;
  overdue: number;
  exposedStaff: { id: string }[];
  followUp: { item: string; status: string }[];
}

const list = async (email: string) =>
  (
    await h.app.inject({ method: 'GET', url: '/api/v1/incidents', headers: await bearer(h.app, email) })
  ).json() as Listed[];

describe(`demo incidents (${engine})`, () => {
  it('gives each kommune four incidents, once, with an overdue debriefing and a report due', async () => {
    for (const kommune of ['koege', 'rudersdal']) {
      const all = await list(`safety@${kommune}.demo`);
      expect(all).toHaveLength(4);
      // Newest first: the threat at the desk on 27 November, nothing followed up 4 days later.
      const [threat, violence] = all;
      expect(threat).toMatchObject({
        occurredAt: '2026-11-27T10:30:00.000Z',
        type: 'threat',
        reportDeadline: null,
      });
      expect(threat!.followUp.find((l) => l.item === 'debriefing')?.status).toBe('overdue');
      expect(threat!.overdue).toBeGreaterThan(0);
      // The violence on 22 November with absence from the 23rd: the report is due 14 days later, 7 December.
      expect(violence).toMatchObject({
        type: 'violence',
        reportDeadline: '2026-12-07',
        reportStatus: 'open',
      });
    }
  });

  it('names the demo staff as exposed, so each sees the incidents they are in and no others', async () => {
    const ids = Object.fromEntries(
      (
        await h.ctx.dbh.sql<{ id: string; email: string }>(
          "SELECT id, email FROM users WHERE email LIKE '%@koege.demo'",
        )
      ).map((u) => [u.email.split('@')[0]!, u.id]),
    );
    const mine = await list('caseworker@koege.demo');
    // Exposed with the reception at the desk, and the one they registered themselves.
    expect(mine.map((i) => i.type)).toEqual(['threat', 'violence']);
    expect(mine[0]!.exposedStaff.map((p) => p.id).sort()).toEqual([ids.reception, ids.caseworker].sort());
    expect((await list('reception@koege.demo')).map((i) => i.type)).toEqual(['threat']);
    expect(await list('analyst@koege.demo')).toEqual([]);
  });
});
