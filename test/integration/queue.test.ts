import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  citizenSession,
  type Harness,
  login,
  startHarness,
  validSubmission,
} from '../support/harness.js';

type Headers = Record<string, string>;
interface Item {
  caseNumber: string;
  area: { code: string; name: string };
  team: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  firstContactDue: string;
  firstContactStatus: string;
  state: string;
}

const START = '2026-12-01T09:00:00Z'; // Tuesday 1 December 2026, 10:00 in Copenhagen
const LATE_DESCRIPTION = 'Jeg har fået afslag på en kørestol og forstår ikke begrundelsen.';

let h: Harness;
let velfaerd: Headers; // caseworker@koege.demo: Velfærdsforvaltningen, team Ældre og handicap (cookie + CSRF)
let velfaerd2: Headers; // caseworker2@koege.demo: Velfærdsforvaltningen, team Jobcenter (Bearer)
let teknik: Headers; // caseworker.teknik@koege.demo: Teknik- og Miljøforvaltningen
let rudersdal: Headers; // caseworker@rudersdal.demo
// The fixture: received on different days and times, so the queue's order is known.
let early: string; // hjælpemidler, received Mon 30 Nov → due Wed 2 Dec
let late: string; // hjælpemidler, received Tue 1 Dec 10:00 → due Thu 3 Dec
let sameDayEarlier: string; // kontanthjælp, received Tue 1 Dec 09:00 → due Thu 3 Dec, before `late`
let building: string; // byggesag (Teknik og Miljø), received Tue 1 Dec → due Fri 4 Dec

beforeAll(async () => {
  h = await startHarness();
  velfaerd = await login(h.app, 'caseworker@koege.demo');
  velfaerd2 = await bearer(h.app, 'caseworker2@koege.demo');
  teknik = await bearer(h.app, 'caseworker.teknik@koege.demo');
  rudersdal = await bearer(h.app, 'caseworker@rudersdal.demo');
  early = await newCase({}, '2026-11-30T09:00:00Z');
  late = await newCase({ description: LATE_DESCRIPTION }, START);
  sameDayEarlier = await newCase({ area: 'kontanthjaelp' }, '2026-12-01T08:00:00Z');
  building = await newCase({ kind: 'inquiry', area: 'byggesag', decisionDate: undefined }, START);
});
afterEach(() => h.clock.set(START));
afterAll(() => h.close());

async function newCase(over: Record<string, unknown> = {}, at = START): Promise<string> {
  h.clock.set(at);
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/kommuner/259/cases',
    payload: validSubmission(over),
  });
  h.clock.set(START);
  if (res.statusCode !== 201) throw new Error(`intake: ${res.statusCode} ${res.body}`);
  return (res.json() as { caseNumber: string }).caseNumber;
}

const get = (url: string, headers: Headers = velfaerd) => h.app.inject({ method: 'GET', url, headers });
const assign = (caseNumber: string, headers: Headers = velfaerd) =>
  h.app.inject({ method: 'POST', url: `/api/v1/cases/${caseNumber}/assign-to-me`, headers });
async function queue(query = '', headers: Headers = velfaerd): Promise<{ items: Item[]; total: number }> {
  const res = await get(`/api/v1/cases${query}`, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}
const numbers = (items: Item[]) => items.map((i) => i.caseNumber);
const only = (items: Item[], wanted: string[]) => numbers(items).filter((n) => wanted.includes(n));
const userId = (email: string) => h.koege.users[email]!;
const caseRow = async (n: string) =>
  (
    await h.ctx.dbh.sql<{
      id: string;
      assignee_id: string | null;
      team_id: string | null;
      citizen_id: string;
    }>('SELECT id, assignee_id, team_id, citizen_id FROM cases WHERE number = $1', [n])
  )[0]!;
const eventTypes = async (n: string) =>
  (
    await h.ctx.dbh.sql<{ type: string }>(
      'SELECT e.type FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = $1 ORDER BY e.at, e.seq',
      [n],
    )
  ).map((r) => r.type);

describe('the queue', () => {
  it("shows the caseworker their department's open cases, soonest first-contact deadline first", async () => {
    const { items, total } = await queue();
    expect(only(items, [early, late, sameDayEarlier, building])).toEqual([early, sameDayEarlier, late]);
    expect(total).toBe(items.length);
    const first = items.find((i) => i.caseNumber === early)!;
    expect(first).toMatchObject({
      kind: 'complaint',
      state: 'received',
      area: { code: 'hjaelpemidler', name: 'Hjælpemidler' },
      team: null,
      assignee: null,
      citizenName: 'Testperson Ensom',
      receivedOn: '2026-11-30',
      firstContactDue: '2026-12-02',
      firstContactMetOn: null,
      firstContactStatus: 'pending',
    });
    expect(first).toHaveProperty('receivedAt', '2026-11-30T09:00:00.000Z');
  });

  it('marks first contact due today, then overdue, as the days pass', async () => {
    // Sessions expire after ten hours, so each morning starts with a fresh login.
    const statusOn = async (iso: string) => {
      h.clock.set(iso);
      const { items } = await queue('', await bearer(h.app, 'caseworker@koege.demo'));
      const status = new Map(items.map((i) => [i.caseNumber, i.firstContactStatus]));
      return [status.get(early), status.get(late)];
    };
    expect(await statusOn('2026-12-02T09:00:00Z')).toEqual(['due_today', 'pending']);
    expect(await statusOn('2026-12-03T09:00:00Z')).toEqual(['overdue', 'due_today']);
  });

  it('lists only the cases that need work: not resolved, withdrawn or appeal-decided, unless asked for all', async () => {
    const done = { resolved: await newCase(), withdrawn: await newCase(), appeal_decided: await newCase() };
    const waiting = { forwarded: await newCase(), reopened: await newCase(), agreement: await newCase() };
    for (const [state, n] of Object.entries({ ...done, ...waiting })) {
      await h.ctx.dbh.sql('UPDATE cases SET state = $1 WHERE number = $2', [state, n]);
    }
    const { items, total } = await queue();
    expect(numbers(items)).toEqual(expect.arrayContaining(Object.values(waiting)));
    for (const n of Object.values(done)) expect(numbers(items)).not.toContain(n);
    expect(total).toBe(items.length);
    const all = numbers((await queue('?open=false')).items);
    expect(all).toEqual(expect.arrayContaining([...Object.values(done), ...Object.values(waiting)]));
    expect(numbers((await queue('?state=resolved')).items)).toEqual([done.resolved]);
  });

  it('leaves out closed cases unless asked for all of them', async () => {
    const closed = await newCase();
    await h.ctx.dbh.sql("UPDATE cases SET state = 'closed' WHERE number = $1", [closed]);
    expect(numbers((await queue()).items)).not.toContain(closed);
    expect(numbers((await queue('?open=false')).items)).toContain(closed);
    expect(numbers((await queue('?state=closed')).items)).toEqual([closed]);
  });

  it('filters by area, by team and by "mine"', async () => {
    const byArea = await queue('?area=kontanthjaelp');
    expect(numbers(byArea.items)).toContain(sameDayEarlier);
    expect(byArea.items.every((i) => i.area.code === 'kontanthjaelp')).toBe(true);
    expect(byArea.total).toBe(byArea.items.length);

    const taken = await newCase();
    expect((await assign(taken, velfaerd2)).statusCode).toBe(200);
    const jobcenter = h.koege.teams.Jobcenter!;
    const byTeam = await queue(`?team=${jobcenter}`);
    expect(numbers(byTeam.items)).toContain(taken);
    expect(byTeam.items.every((i) => i.team?.id === jobcenter)).toBe(true);

    const mine = await queue('?mine=true', velfaerd2);
    expect(numbers(mine.items)).toContain(taken);
    expect(mine.items.every((i) => i.assignee?.id === userId('caseworker2@koege.demo'))).toBe(true);
    expect(numbers((await queue('?mine=true')).items)).not.toContain(taken);
  });

  it('pages through the queue and still tells the total', async () => {
    const all = await queue();
    const page = await queue('?limit=1&offset=1');
    expect(page.items.map((i) => i.caseNumber)).toEqual([all.items[1]!.caseNumber]);
    expect(page.total).toBe(all.total);
    expect(await queue(`?offset=${all.total + 5}`)).toEqual({
      items: [],
      total: all.total,
      totalCapped: false,
    });
  });

  it('logs each look at the queue once, with purpose "kø" and no case', async () => {
    await h.ctx.dbh.sql("DELETE FROM audit_log WHERE action = 'list'");
    h.clock.set('2026-12-01T13:00:00Z');
    await queue('?area=hjaelpemidler');
    const rows = await h.ctx.dbh.sql<Record<string, unknown>>(
      "SELECT user_id, subject_type, case_id, purpose, at FROM audit_log WHERE action = 'list'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      user_id: userId('caseworker@koege.demo'),
      subject_type: 'case',
      case_id: null,
      purpose: 'kø',
    });
    expect(new Date(rows[0]!.at as string).toISOString()).toBe('2026-12-01T13:00:00.000Z');
  });

  it("does not show another department's case, and answers 404 when it is opened", async () => {
    const tekniks = numbers((await queue('', teknik)).items);
    expect(tekniks).toContain(building);
    expect(tekniks).not.toContain(early);
    expect(numbers((await queue()).items)).not.toContain(building);
    const res = await get(`/api/v1/cases/${early}`, teknik);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: 'not_found', message: 'Sagen findes ikke.' });
  });

  it('answers 404 to a caseworker of another kommune, in their language', async () => {
    expect(numbers((await queue('', rudersdal)).items)).not.toContain(early);
    const res = await get(`/api/v1/cases/${early}`, { ...rudersdal, 'accept-language': 'en' });
    expect(res.statusCode).toBe(404);
    expect(res.json().message).toBe('The case does not exist.');
  });

  it.each(['analyst', 'reception', 'admin'])('refuses the queue to the %s role (403)', async (role) => {
    const headers = await bearer(h.app, `${role}@koege.demo`);
    const res = await get('/api/v1/cases', headers);
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('forbidden');
    expect((await get(`/api/v1/cases/${early}`, headers)).statusCode).toBe(403);
  });

  it('asks for login without a session (401)', async () => {
    expect((await get('/api/v1/cases', {})).statusCode).toBe(401);
    expect((await get(`/api/v1/cases/${early}`, {})).statusCode).toBe(401);
    expect((await assign(early, {})).statusCode).toBe(401);
  });
});

describe('opening a case', () => {
  it('shows the citizen, the moves the workflow allows and the timeline', async () => {
    const res = await get(`/api/v1/cases/${late}`);
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json();
    expect(c).toMatchObject({
      caseNumber: late,
      channel: 'api',
      department: { id: h.koege.departments.vel, name: 'Velfærdsforvaltningen' },
      description: LATE_DESCRIPTION,
      decisionDate: '2026-11-20',
      decisionReference: 'HJ-2026-0042',
      preferredContactTime: 'morning',
      citizen: { name: 'Testperson Ensom', phone: expect.any(String), email: 'testperson@eksempel.invalid' },
      firstContactStatus: 'pending',
    });
    expect(c.allowedTransitions).toEqual(['contacting', 'in_dialogue', 'withdrawn', 'maintained']);
    expect(c.timeline).toEqual([
      { type: 'case_received', at: '2026-12-01T09:00:00.000Z', actor: null, data: { channel: 'api' } },
    ]);
  });

  it('writes exactly one audit row: who, when, which case and citizen, why', async () => {
    const n = await newCase();
    const { id, citizen_id } = await caseRow(n);
    h.clock.set('2026-12-01T12:34:56Z');
    expect((await get(`/api/v1/cases/${n}?purpose=klagebehandling`)).statusCode).toBe(200);
    const rows = await h.ctx.dbh.sql<Record<string, unknown>>(
      "SELECT user_id, subject_type, case_id, citizen_id, purpose, ip, at FROM audit_log WHERE case_id = $1 AND action = 'read'",
      [id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      user_id: userId('caseworker@koege.demo'),
      subject_type: 'case',
      case_id: id,
      citizen_id,
      purpose: 'klagebehandling',
      ip: '127.0.0.1',
    });
    expect(new Date(rows[0]!.at as string).toISOString()).toBe('2026-12-01T12:34:56.000Z');
  });

  it('logs the default purpose "sagsbehandling", and nothing when access is refused', async () => {
    const n = await newCase();
    const { id } = await caseRow(n);
    await get(`/api/v1/cases/${n}`);
    await get(`/api/v1/cases/${n}`, teknik);
    const rows = await h.ctx.dbh.sql<{ purpose: string; user_id: string }>(
      "SELECT purpose, user_id FROM audit_log WHERE case_id = $1 AND action = 'read'",
      [id],
    );
    expect(rows).toEqual([{ purpose: 'sagsbehandling', user_id: userId('caseworker@koege.demo') }]);
  });
});

describe('assign to me', () => {
  it("sets the assignee, gives the case the assignee's team and adds a timeline event", async () => {
    const n = await newCase();
    h.clock.set('2026-12-01T10:15:00Z');
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${n}/assign-to-me`,
      headers: velfaerd,
    });
    expect(res.statusCode, res.body).toBe(200);
    const me = { id: userId('caseworker@koege.demo'), name: 'Mette Demo Sørensen' };
    expect(res.json()).toEqual({ caseNumber: n, assignee: me });
    const c = (await get(`/api/v1/cases/${n}`)).json();
    expect(c.assignee).toEqual(me);
    expect(c.team).toEqual({ id: h.koege.teams['Ældre og handicap'], name: 'Ældre og handicap' });
    expect(c.timeline.at(-1)).toMatchObject({ type: 'assigned', at: '2026-12-01T10:15:00.000Z', actor: me });
  });

  it('is a no-op when the case is already mine', async () => {
    const n = await newCase();
    await assign(n);
    expect((await assign(n)).statusCode).toBe(200);
    expect((await eventTypes(n)).filter((t) => t === 'assigned')).toHaveLength(1);
  });

  it("refuses to take a colleague's case (409), but the team lead may", async () => {
    const n = await newCase();
    await assign(n);
    const res = await assign(n, velfaerd2);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'already_assigned' });
    expect((await caseRow(n)).assignee_id).toBe(userId('caseworker@koege.demo'));
    const lead = await bearer(h.app, 'team_lead@koege.demo');
    expect((await assign(n, lead)).statusCode).toBe(200);
    expect((await caseRow(n)).assignee_id).toBe(userId('team_lead@koege.demo'));
  });

  it('refuses a cookie request without the CSRF token (403) and changes nothing', async () => {
    const n = await newCase();
    const { cookie } = velfaerd;
    const res = await assign(n, { cookie: cookie! });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('csrf');
    expect((await caseRow(n)).assignee_id).toBeNull();
    expect(await eventTypes(n)).toEqual(['case_received']);
  });

  it('accepts a Bearer token without a CSRF token', async () => {
    const n = await newCase();
    expect((await assign(n, velfaerd2)).statusCode).toBe(200);
    expect((await caseRow(n)).assignee_id).toBe(userId('caseworker2@koege.demo'));
  });

  it("answers 404 for another department's case", async () => {
    const res = await assign(early, teknik);
    expect(res.statusCode).toBe(404);
    expect((await caseRow(early)).assignee_id).toBeNull();
  });
});

describe('areas and teams for staff', () => {
  it("lists every area of the kommune with its department, and the user's department's teams", async () => {
    const areas = (await get('/api/v1/staff/areas')).json() as { code: string; department: string }[];
    expect(areas.find((a) => a.code === 'hjaelpemidler')?.department).toBe('Velfærdsforvaltningen');
    expect(areas.find((a) => a.code === 'byggesag')?.department).toBe('Teknik- og Miljøforvaltningen');
    const teams = (await get('/api/v1/staff/teams')).json() as { name: string; departmentId: string }[];
    expect(teams.map((t) => t.name).sort()).toEqual(['Jobcenter', 'Ældre og handicap'].sort());
    expect(teams.every((t) => t.departmentId === h.koege.departments.vel)).toBe(true);
    const tekniks = (await get('/api/v1/staff/teams', teknik)).json() as { name: string }[];
    expect(tekniks.map((t) => t.name).sort()).toEqual(['Byggeri', 'Veje og affald'].sort());
  });

  it('refuses them to a citizen account and to the anonymous', async () => {
    const citizen = (await citizenSession(h)).headers;
    expect((await get('/api/v1/staff/areas', citizen)).statusCode).toBe(403);
    expect((await get('/api/v1/staff/teams', {})).statusCode).toBe(401);
  });
});
