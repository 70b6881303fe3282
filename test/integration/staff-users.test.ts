import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, citizenSession, type Harness, login, startHarness } from '../support/harness.js';

type Headers = Record<string, string>;
interface StaffUser {
  id: string;
  name: string;
  role: string;
  teamId: string | null;
  departmentId: string | null;
}

let h: Harness;
let caseworker: Headers; // caseworker@koege.demo, Velfærdsforvaltningen (cookie + CSRF, as the staff app)
beforeAll(async () => {
  h = await startHarness();
  caseworker = await login(h.app, 'caseworker@koege.demo');
});
afterAll(() => h.close());

async function staff(headers: Headers, query = ''): Promise<StaffUser[]> {
  const res = await h.app.inject({ method: 'GET', url: `/api/v1/staff/users${query}`, headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const id = (email: string) => h.koege.users[email]!;

describe('GET /api/v1/staff/users', () => {
  it("lists the kommune's caseworkers and team leads with role and team, and nobody else", async () => {
    const list = await staff(caseworker);
    const ids = list.map((u) => u.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        id('caseworker@koege.demo'),
        id('caseworker2@koege.demo'),
        id('team_lead@koege.demo'),
        id('caseworker.teknik@koege.demo'),
      ]),
    );
    for (const other of ['reception', 'safety', 'analyst', 'admin', 'citizen']) {
      expect(ids).not.toContain(id(`${other}@koege.demo`));
    }
    expect(new Set(list.map((u) => u.role))).toEqual(new Set(['caseworker', 'team_lead']));
    expect(list.find((u) => u.id === id('caseworker2@koege.demo'))).toMatchObject({
      role: 'caseworker',
      teamId: h.koege.teams.Jobcenter,
      departmentId: h.koege.departments.vel,
    });
  });

  it('never shows staff of another kommune', async () => {
    const ids = (await staff(caseworker)).map((u) => u.id);
    expect(ids).not.toContain(h.rudersdal.users['caseworker@rudersdal.demo']);
    const rudersdal = await staff(await bearer(h.app, 'caseworker@rudersdal.demo'));
    expect(rudersdal.map((u) => u.id)).not.toContain(id('caseworker@koege.demo'));
  });

  it("narrows the list to one department, e.g. the case's, whose staff may own its agreements", async () => {
    const list = await staff(caseworker, `?department=${h.koege.departments.vel}`);
    expect(list.map((u) => u.id).sort()).toEqual(
      [id('caseworker@koege.demo'), id('caseworker2@koege.demo'), id('team_lead@koege.demo')].sort(),
    );
  });

  it('leaves out deactivated staff', async () => {
    await h.ctx.dbh.sql('UPDATE users SET active = false WHERE id = $1', [id('caseworker2@koege.demo')]);
    const ids = (await staff(caseworker)).map((u) => u.id);
    expect(ids).not.toContain(id('caseworker2@koege.demo'));
    await h.ctx.dbh.sql('UPDATE users SET active = true WHERE id = $1', [id('caseworker2@koege.demo')]);
  });

  it('is for signed-in staff only: a citizen account is refused and an anonymous caller must log in', async () => {
    const citizen = (await citizenSession(h)).headers;
    expect((await h.app.inject({ url: '/api/v1/staff/users', headers: citizen })).statusCode).toBe(403);
    expect((await h.app.inject({ url: '/api/v1/staff/users' })).statusCode).toBe(401);
  });

  it('refuses a department that is not an id', async () => {
    const res = await h.app.inject({ url: '/api/v1/staff/users?department=vel', headers: caseworker });
    expect(res.statusCode).toBe(400);
  });
});
