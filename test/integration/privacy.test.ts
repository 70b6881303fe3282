// The data lifecycle on both engines: the retention dry run and run, a citizen's access request (art. 15) with
// the look-ups on them, and erasure where the law allows (art. 17) with the reason when it does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { privacy } from '../../src/modules/privacy/module.js';
import { bearer, type Harness, startHarness } from '../support/harness.js';

const CPR = '0202851234'; // synthetic: a valid date, not a real person's number

let h: Harness;
let admin: Record<string, string>;
let reception: Record<string, string>;
let caseworker: Record<string, string>;
let phoneSeq = 40;

beforeAll(async () => {
  h = await startHarness();
  [admin, reception, caseworker] = await Promise.all([
    bearer(h.app, 'admin@koege.demo'),
    bearer(h.app, 'reception@koege.demo'),
    bearer(h.app, 'caseworker@koege.demo'),
  ]);
});
afterAll(() => h.close());

/** Registers a phone complaint for a new citizen (or the CPR's citizen) and returns its number and ids. */
async function registerCase(over: Record<string, unknown> = {}, headers = reception) {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/staff/cases',
    headers,
    payload: {
      kind: 'complaint',
      area: 'hjaelpemidler',
      channel: 'phone',
      decisionDate: '2026-11-20',
      description: 'Borgeren er utilfreds med afslaget på en rollator og ventetiden.',
      name: 'Testborger Livscyklus',
      phone: `22 33 44 ${phoneSeq++}`,
      ...over,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { caseNumber, trackingToken } = res.json() as { caseNumber: string; trackingToken: string };
  const [row] = await h.ctx.dbh.sql<{ id: string; citizen_id: string }>(
    'SELECT id, citizen_id FROM cases WHERE number = $1',
    [caseNumber],
  );
  return { caseNumber, trackingToken, caseId: row!.id, citizenId: row!.citizen_id };
}

const closeOn = (caseId: string, iso: string) =>
  h.ctx.dbh.sql(`UPDATE cases SET state = 'closed', closed_at = $2 WHERE id = $1`, [caseId, iso]);

const caseRow = async (caseId: string) =>
  (
    await h.ctx.dbh.sql<Record<string, unknown>>(
      'SELECT description, decision_reference, kind, area_id, closed_at, anonymised_at FROM cases WHERE id = $1',
      [caseId],
    )
  )[0]!;
const citizenRow = async (citizenId: string) =>
  (
    await h.ctx.dbh.sql<Record<string, unknown>>(
      'SELECT name, phone, email, cpr_encrypted, cpr_hash, anonymised_at FROM citizens WHERE id = $1',
      [citizenId],
    )
  )[0]!;

describe('retention (opbevaringsperiode)', () => {
  let old: Awaited<ReturnType<typeof registerCase>>;
  let recent: Awaited<ReturnType<typeof registerCase>>;
  let open: Awaited<ReturnType<typeof registerCase>>;
  let sharedOld: Awaited<ReturnType<typeof registerCase>>;
  let sharedOpen: Awaited<ReturnType<typeof registerCase>>;

  beforeAll(async () => {
    old = await registerCase({
      name: 'Gammel Sagsborger',
      cpr: '1111601234',
      decisionReference: 'HJ-2019-7',
    });
    recent = await registerCase({ name: 'Nylig Sagsborger' });
    open = await registerCase({ name: 'Åben Sagsborger' });
    // One citizen, two cases (matched on CPR): one closed long ago, one still open.
    sharedOld = await registerCase({ name: 'Delt Sagsborger', cpr: '0505701234' });
    sharedOpen = await registerCase({ name: 'Delt Sagsborger', cpr: '0505701234' });
    expect(sharedOpen.citizenId).toBe(sharedOld.citizenId);
    await closeOn(old.caseId, '2021-06-01T10:00:00Z'); // 5½ years before the test clock
    await closeOn(recent.caseId, '2024-06-01T10:00:00Z');
    await closeOn(sharedOld.caseId, '2020-03-01T10:00:00Z');
  });

  it('reports in a dry run what is due, and changes nothing', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/v1/privacy/retention', headers: admin });
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.dryRun).toBe(true);
    expect(report.kommuner).toEqual([
      {
        kommuneId: '259',
        name: 'Køge Kommune',
        retentionYears: 5,
        retentionMonths: 0,
        cutoff: '2021-12-01T09:00:00.000Z',
        due: 2,
      },
    ]);
    expect(report.cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual([
      sharedOld.caseNumber,
      old.caseNumber,
    ]);
    expect(report.cases[1].keptUntil).toBe('2026-06-01T10:00:00.000Z');
    expect(report.anonymised).toEqual({ cases: 0, citizens: 0 });
    expect((await caseRow(old.caseId)).anonymised_at).toBeNull();
    expect((await citizenRow(old.citizenId)).name).toBe('Gammel Sagsborger');
  });

  it('is for the administrator only', async () => {
    for (const headers of [caseworker, reception]) {
      const res = await h.app.inject({ method: 'GET', url: '/api/v1/privacy/retention', headers });
      expect(res.statusCode).toBe(403);
    }
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/privacy/retention/run' })).statusCode).toBe(
      401,
    );
  });

  it('anonymises the due cases and the citizens left without a case, keeping what statistics need', async () => {
    const before = await caseRow(old.caseId);
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/privacy/retention/run', headers: admin });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().anonymised).toEqual({ cases: 2, citizens: 1 });

    const after = await caseRow(old.caseId);
    expect(after).toMatchObject({
      description: '',
      decision_reference: null,
      kind: before.kind,
      area_id: before.area_id,
    });
    expect(new Date(after.closed_at as string)).toEqual(new Date(before.closed_at as string));
    expect(after.anonymised_at).not.toBeNull();
    expect(await citizenRow(old.citizenId)).toMatchObject({
      name: '',
      phone: null,
      email: null,
      cpr_encrypted: null,
      cpr_hash: null,
    });
    // The tracking link no longer opens anything.
    const track = await h.app.inject({ method: 'GET', url: `/api/v1/track/${old.trackingToken}` });
    expect(track.statusCode).toBe(404);
  });

  it('leaves cases within the period, open cases, and a citizen who still has an open case', async () => {
    expect((await caseRow(recent.caseId)).anonymised_at).toBeNull();
    expect((await caseRow(open.caseId)).description).not.toBe('');
    expect((await caseRow(sharedOld.caseId)).anonymised_at).not.toBeNull();
    expect(await citizenRow(sharedOld.citizenId)).toMatchObject({
      name: 'Delt Sagsborger',
      anonymised_at: null,
    });
  });

  it('runs again without finding anything more', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/privacy/retention/run', headers: admin });
    expect(res.json()).toMatchObject({ cases: [], anonymised: { cases: 0, citizens: 0 } });
  });

  it("follows each kommune's own period", async () => {
    const rudersdal = await bearer(h.app, 'reception@rudersdal.demo');
    const theirs = await registerCase({ name: 'Rudersdal Sagsborger' }, rudersdal);
    await closeOn(theirs.caseId, '2023-06-01T10:00:00Z');
    const rAdmin = await bearer(h.app, 'admin@rudersdal.demo');
    const dry = async () =>
      (await h.app.inject({ method: 'GET', url: '/api/v1/privacy/retention', headers: rAdmin })).json();
    expect((await dry()).kommuner[0]).toMatchObject({ kommuneId: '230', retentionYears: 5, due: 0 });
    // The admin module sets the period; this module acts on what is stored.
    await h.ctx.dbh.sql(
      `UPDATE kommuner SET retention_years = 3, retention_months = 6 WHERE kommune_id = '230'`,
    );
    expect((await dry()).kommuner[0]).toMatchObject({ retentionYears: 3, retentionMonths: 6, due: 0 });
    await h.ctx.dbh.sql(
      `UPDATE kommuner SET retention_years = 3, retention_months = 5 WHERE kommune_id = '230'`,
    );
    expect((await dry()).kommuner[0]).toMatchObject({ retentionYears: 3, retentionMonths: 5, due: 1 });
    // Køge's recent case (closed 2½ years ago) stays out of it: Køge keeps 5 years.
    expect((await dry()).cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual([theirs.caseNumber]);
  });

  it('runs every night as a pg-boss cron job', () => {
    expect(privacy.jobs).toEqual([
      expect.objectContaining({ queue: 'privacy.retention', cron: '30 2 * * *' }),
    ]);
  });
});

describe("a citizen's access request (indsigt, art. 15)", () => {
  let c: Awaited<ReturnType<typeof registerCase>>;

  beforeAll(async () => {
    c = await registerCase({ name: 'Indsigt Borgersen', cpr: CPR, email: 'indsigt@eksempel.invalid' });
    const url = `/api/v1/cases/${c.caseNumber}`;
    h.clock.set('2026-12-01T10:15:00Z');
    const read = await h.app.inject({
      method: 'GET',
      url: `${url}?purpose=telefonopkald`,
      headers: caseworker,
    });
    expect(read.statusCode, read.body).toBe(200);
    const agreed = await h.app.inject({
      method: 'POST',
      url: `${url}/agreements`,
      headers: caseworker,
      payload: { what: 'Vi sender en ny vurdering af rollatoren.', owner: 'citizen', dueOn: '2026-12-10' },
    });
    expect(agreed.statusCode, agreed.body).toBe(201);
    h.clock.set('2026-12-01T11:00:00Z');
  });

  it('finds the citizen by case number or CPR, and audits the search', async () => {
    const search = (payload: Record<string, string>) =>
      h.app.inject({ method: 'POST', url: '/api/v1/privacy/citizens/search', headers: admin, payload });
    const byNumber = await search({ caseNumber: c.caseNumber });
    expect(byNumber.statusCode, byNumber.body).toBe(200);
    expect(byNumber.json()).toEqual([{ id: c.citizenId, name: 'Indsigt Borgersen', cases: 1 }]);
    expect((await search({ cpr: '020285-1234' })).json()).toEqual(byNumber.json());
    const both = await search({ caseNumber: c.caseNumber, cpr: CPR });
    expect(both.statusCode).toBe(400);
    const [audit] = await h.ctx.dbh.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'search' AND citizen_id = $1 AND ip IS NOT NULL`,
      [c.citizenId],
    );
    expect(Number(audit!.n)).toBe(2);
  });

  it('exports the record, cases, timeline, agreements and messages, with the dates and purposes of look-ups', async () => {
    const res = await h.app.inject({
      method: 'GET',
      url: `/api/v1/privacy/citizens/${c.citizenId}/export`,
      headers: admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json();
    expect(out.citizen).toMatchObject({
      name: 'Indsigt Borgersen',
      email: 'indsigt@eksempel.invalid',
      cprMasked: '020285-XXXX',
    });
    expect(res.body).not.toContain(CPR);
    const [theCase] = out.cases;
    expect(theCase).toMatchObject({ caseNumber: c.caseNumber, kind: 'complaint', area: 'Hjælpemidler' });
    expect(theCase.timeline.map((e: { type: string }) => e.type)).toEqual([
      'case_received',
      'agreement_made',
    ]);
    expect(theCase.agreements).toEqual([
      {
        what: 'Vi sender en ny vurdering af rollatoren.',
        ownerType: 'citizen',
        dueOn: '2026-12-10',
        status: 'open',
      },
    ]);
    expect(theCase.messages).toEqual([
      expect.objectContaining({ channel: 'mail', template: 'intake.receipt' }),
    ]);
    expect(out.lookups).toContainEqual({
      at: '2026-12-01T10:15:00.000Z',
      action: 'read',
      subject: 'case',
      purpose: 'telefonopkald',
      caseNumber: c.caseNumber,
    });
    // The look-ups say when and why, not who.
    expect(JSON.stringify(out.lookups)).not.toContain(h.koege.users['caseworker@koege.demo']);
  });

  it('records the request and audits the export itself', async () => {
    const rows = await h.ctx.dbh.sql<{ action: string; purpose: string; user_id: string; ip: string }>(
      `SELECT action, purpose, user_id, ip FROM audit_log WHERE citizen_id = $1 AND action = 'export'`,
      [c.citizenId],
    );
    expect(rows).toEqual([
      {
        action: 'export',
        purpose: 'indsigtsbegæring',
        user_id: h.koege.users['admin@koege.demo'],
        ip: expect.any(String),
      },
    ]);
    const [req] = await h.ctx.dbh.sql<{ kind: string; outcome: string }>(
      'SELECT kind, outcome FROM privacy_requests WHERE citizen_id = $1',
      [c.citizenId],
    );
    expect(req).toEqual({ kind: 'access', outcome: 'delivered' });
  });

  it("is refused to other roles (403) and another kommune's administrator (404)", async () => {
    const url = `/api/v1/privacy/citizens/${c.citizenId}/export`;
    expect((await h.app.inject({ method: 'GET', url, headers: caseworker })).statusCode).toBe(403);
    const rAdmin = await bearer(h.app, 'admin@rudersdal.demo');
    expect((await h.app.inject({ method: 'GET', url, headers: rAdmin })).statusCode).toBe(404);
  });
});

describe('erasure (sletning, art. 17) where the law allows', () => {
  const erase = (citizenId: string, lang = 'da') =>
    h.app.inject({
      method: 'POST',
      url: `/api/v1/privacy/citizens/${citizenId}/erasure`,
      headers: { ...admin, 'accept-language': lang },
    });

  it('refuses while the case is open, with the reason in the caller’s language, and changes nothing', async () => {
    const c = await registerCase({ name: 'Åben Sletteborger' });
    const res = await erase(c.citizenId, 'en');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      outcome: 'refused',
      cases: [{ caseNumber: c.caseNumber, outcome: 'kept', reason: 'open_case', keptUntil: null }],
    });
    expect(res.json().cases[0].reasonText).toMatch(/^The case is not finished/);
    expect((await citizenRow(c.citizenId)).name).toBe('Åben Sletteborger');
    expect((await caseRow(c.caseId)).description).not.toBe('');
  });

  it('refuses within the retention period, saying until when', async () => {
    const c = await registerCase({ name: 'Lukket Sletteborger' });
    await closeOn(c.caseId, '2025-01-15T10:00:00Z');
    const res = await erase(c.citizenId);
    expect(res.json()).toMatchObject({
      outcome: 'refused',
      cases: [{ outcome: 'kept', reason: 'retention', keptUntil: '2030-01-15T10:00:00.000Z' }],
    });
    expect(res.json().cases[0].reasonText).toContain('2030-01-15');
    expect(res.json().cases[0].reasonText).toContain('5 år fra lukningen');
  });

  it('erases what is past the period and keeps the rest: partly erased', async () => {
    const a = await registerCase({ name: 'Blandet Sletteborger', cpr: '0909091234' });
    const b = await registerCase({ name: 'Blandet Sletteborger', cpr: '0909091234' });
    await closeOn(a.caseId, '2019-01-15T10:00:00Z');
    const res = await erase(a.citizenId);
    expect(res.json()).toMatchObject({
      outcome: 'partly_erased',
      cases: [
        { caseNumber: a.caseNumber, outcome: 'anonymised', reason: null },
        { caseNumber: b.caseNumber, outcome: 'kept', reason: 'open_case' },
      ],
    });
    expect((await caseRow(a.caseId)).description).toBe('');
    expect((await citizenRow(a.citizenId)).name).toBe('Blandet Sletteborger');
  });

  it('anonymises the citizen when no case must be kept, and records and audits the decision', async () => {
    const c = await registerCase({ name: 'Gammel Sletteborger', cpr: '0303601234' });
    await closeOn(c.caseId, '2020-01-15T10:00:00Z');
    const res = await erase(c.citizenId);
    expect(res.json()).toMatchObject({ outcome: 'erased', cases: [{ outcome: 'anonymised' }] });
    expect(await citizenRow(c.citizenId)).toMatchObject({ name: '', cpr_hash: null, phone: null });
    const [req] = await h.ctx.dbh.sql<{ outcome: string }>(
      `SELECT outcome FROM privacy_requests WHERE citizen_id = $1 AND kind = 'erasure'`,
      [c.citizenId],
    );
    expect(req).toEqual({ outcome: 'erased' });
    const [audit] = await h.ctx.dbh.sql<{ purpose: string }>(
      `SELECT purpose FROM audit_log WHERE citizen_id = $1 AND action = 'erase'`,
      [c.citizenId],
    );
    expect(audit).toEqual({ purpose: 'sletningsanmodning' });
  });
});
