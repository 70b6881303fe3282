import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness } from '../support/harness.js';

// A synthetic CPR number: a valid date, not a real person's number.
const CPR = '0101901234';
const CPR_DASHED = '010190-1234';

let h: Harness;
let cw: Record<string, string>;
const logLines: string[] = [];
beforeAll(async () => {
  // Everything the app logs, at the most verbose level, to prove CPR never reaches the log.
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  h = await startHarness({}, { logStream });
  cw = await bearer(h.app, 'caseworker@koege.demo');
});
afterAll(() => h.close());

const register = (body: Record<string, unknown>, headers = cw) =>
  h.app.inject({
    method: 'POST',
    url: '/api/v1/staff/cases',
    headers,
    payload: {
      kind: 'complaint',
      area: 'hjaelpemidler',
      channel: 'phone',
      decisionDate: '2026-11-20',
      description: 'Borgeren ringede om afslag på rollator og er utilfreds med ventetiden.',
      name: 'Testborger Telefon',
      phone: '31 32 33 34',
      ...body,
    },
  });

describe('staff registration with CPR', () => {
  it('registers a phone complaint and keeps CPR only encrypted, with a keyed hash', async () => {
    const res = await register({ cpr: CPR_DASHED });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain(CPR);
    const rows = await h.ctx.dbh.sql<Record<string, unknown>>('SELECT * FROM citizens');
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(CPR);
    expect(dump).not.toContain(CPR_DASHED);
    const [c] = await h.ctx.dbh.sql<{ channel: string; assignee_id: string }>(
      'SELECT channel, assignee_id FROM cases WHERE number = $1',
      [res.json().caseNumber],
    );
    expect(c).toEqual({ channel: 'phone', assignee_id: h.koege.users['caseworker@koege.demo'] });
  });

  it('names the staff member on the timeline and the audit row, and writes nothing twice for a repeated key', async () => {
    const key = { ...cw, 'idempotency-key': 'registrering-gentaget-1' };
    const first = await register({ name: 'Testborger Gentagen', phone: '32 33 34 35' }, key);
    const again = await register({ name: 'Testborger Gentagen', phone: '32 33 34 35' }, key);
    expect(first.statusCode, first.body).toBe(201);
    expect(again.json().caseNumber).toBe(first.json().caseNumber);
    const userId = h.koege.users['caseworker@koege.demo'];
    const rows = await h.ctx.dbh.sql<{
      events: number;
      actor: string;
      audits: number;
      purpose: string;
      user_id: string;
    }>(
      `SELECT (SELECT count(*)::int FROM case_events e WHERE e.case_id = c.id) AS events,
              (SELECT e.actor_id::text FROM case_events e WHERE e.case_id = c.id AND e.type = 'case_received') AS actor,
              (SELECT count(*)::int FROM audit_log a WHERE a.case_id = c.id) AS audits,
              (SELECT a.purpose FROM audit_log a WHERE a.case_id = c.id) AS purpose,
              (SELECT a.user_id::text FROM audit_log a WHERE a.case_id = c.id) AS user_id
       FROM cases c WHERE c.number = $1`,
      [first.json().caseNumber],
    );
    expect(rows).toEqual([{ events: 1, actor: userId, audits: 1, purpose: 'registrering', user_id: userId }]);
    const [n] = await h.ctx.dbh.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM citizens WHERE name = 'Testborger Gentagen'",
    );
    expect(n!.n).toBe(1);
  });

  it('sends the citizen the same receipt as the web form: by SMS without e-mail, by e-mail when given', async () => {
    const bySms = (await register({ cpr: '0303701234' })).json().caseNumber;
    const byMail = (await register({ email: 'kvittering@eksempel.invalid' })).json().caseNumber;
    const rows = await h.ctx.dbh.sql<{
      channel: string;
      recipient: string;
      template: string;
      number: string;
    }>(
      `SELECT o.channel, o.recipient, o.template, o.params->>'caseNumber' AS number
         FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.number = ANY($1) ORDER BY o.channel`,
      [[bySms, byMail]],
    );
    expect(rows).toEqual([
      {
        channel: 'mail',
        recipient: 'kvittering@eksempel.invalid',
        template: 'intake.receipt',
        number: byMail,
      },
      { channel: 'sms', recipient: '+4531323334', template: 'intake.receipt', number: bySms },
    ]);
    expect(JSON.stringify(await h.ctx.dbh.sql('SELECT * FROM outbox'))).not.toContain('0303701234');
  });

  it('shares one citizen record between cases of the same CPR', async () => {
    const a = (await register({ cpr: '0202805678', name: 'Testborger To' })).json().caseNumber;
    const b = (await register({ cpr: '020280-5678', name: 'Testborger To', phone: '41 42 43 44' })).json()
      .caseNumber;
    const rows = await h.ctx.dbh.sql<{ citizen_id: string }>(
      'SELECT citizen_id FROM cases WHERE number IN ($1, $2)',
      [a, b],
    );
    expect(rows[0]!.citizen_id).toBe(rows[1]!.citizen_id);
  });

  it('matches on a verified phone number, but never on one typed into the public form', async () => {
    const a = (await register({ phone: '51 52 53 54', name: 'Testborger Tre' })).json().caseNumber;
    const b = (await register({ phone: '+45 51525354', name: 'Testborger Tre' })).json().caseNumber;
    const web = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: {
        kind: 'inquiry',
        area: 'hjaelpemidler',
        description: 'Spørgsmål om min sag',
        name: 'Nogen Andet',
        phone: '51525354',
      },
    });
    const ids = await h.ctx.dbh.sql<{ number: string; citizen_id: string }>(
      'SELECT number, citizen_id FROM cases WHERE number IN ($1, $2, $3)',
      [a, b, web.json().caseNumber],
    );
    const byNumber = Object.fromEntries(ids.map((r) => [r.number, r.citizen_id]));
    expect(byNumber[a]).toBe(byNumber[b]);
    expect(byNumber[web.json().caseNumber]).not.toBe(byNumber[a]);
  });

  it('refuses an invalid CPR with a clear message and stores nothing', async () => {
    const before = await h.ctx.dbh.sql('SELECT count(*)::int AS n FROM cases');
    const res = await register({ cpr: '3102901234' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.cpr).toBe('CPR-nummeret indeholder ikke en gyldig fødselsdato.');
    expect(res.body).not.toContain('3102901234');
    expect(await h.ctx.dbh.sql('SELECT count(*)::int AS n FROM cases')).toEqual(before);
  });

  it('refuses a form with gaps in words to the staff member about the citizen, never "dit navn"', async () => {
    const res = await register({ name: '', phone: '', area: '', decisionDate: '' });
    expect(res.statusCode).toBe(400);
    const { fields } = res.json() as { fields: Record<string, string> };
    expect(fields).toMatchObject({
      name: 'Skriv borgerens navn.',
      area: 'Vælg det område, henvendelsen handler om.',
      decisionDate: 'Skriv datoen for den afgørelse, borgeren klager over.',
      phone: 'Skriv borgerens telefonnummer eller e-mailadresse, så sagsbehandleren kan kontakte borgeren.',
    });
    for (const message of Object.values(fields)) expect(message).not.toMatch(/\b(du|dig|din|dit|dine)\b/i);
    const en = await h.app.inject({
      method: 'POST',
      url: '/api/v1/staff/cases',
      headers: { ...cw, 'accept-language': 'en' },
      payload: { kind: 'inquiry', channel: 'desk', description: 'Borgeren spurgte om noget.', name: '' },
    });
    expect(en.json().fields.name).toBe("Enter the citizen's name.");
  });

  it('is for staff who meet citizens: reception may register, an analyst may not', async () => {
    expect((await register({}, await bearer(h.app, 'reception@koege.demo'))).statusCode).toBe(201);
    expect((await register({}, await bearer(h.app, 'analyst@koege.demo'))).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'POST', url: '/api/v1/staff/cases', payload: {} })).statusCode).toBe(
      401,
    );
  });

  it('never writes the CPR number to the log, accepted or refused', async () => {
    const from = logLines.length;
    expect((await register({ cpr: CPR, name: 'Testborger Log' })).statusCode).toBe(201);
    expect((await register({ cpr: '3102901234' })).statusCode).toBe(400);
    const logged = logLines.slice(from).join('\n');
    expect(logged).toContain('/api/v1/staff/cases'); // the requests were logged…
    expect(logged).not.toContain(CPR); // …without the number, in either spelling
    expect(logged).not.toContain(CPR_DASHED);
    expect(logged).not.toContain('3102901234');
  });
});

describe('primary contact person and support needs', () => {
  async function citizenOf(caseNumber: string) {
    return (
      await h.ctx.dbh.sql<{ citizen_id: string }>('SELECT citizen_id FROM cases WHERE number = $1', [
        caseNumber,
      ])
    )[0]!.citizen_id;
  }

  it("assigns a primary contact who then sees the citizen's case from another department", async () => {
    const caseNumber = (await register({ name: 'Testborger Fire', phone: '61 62 63 64' })).json().caseNumber;
    const citizenId = await citizenOf(caseNumber);
    const teknik = h.koege.users['caseworker.teknik@koege.demo'];
    const other = await bearer(h.app, 'caseworker.teknik@koege.demo');
    expect(
      (await h.app.inject({ url: `/api/v1/cases/${caseNumber}/conversation`, headers: other })).statusCode,
    ).toBe(404);
    const set = await h.app.inject({
      method: 'PUT',
      url: `/api/v1/citizens/${citizenId}/primary-contact`,
      headers: cw,
      payload: { userId: teknik },
    });
    expect(set.statusCode, set.body).toBe(204);
    expect(
      (await h.app.inject({ url: `/api/v1/cases/${caseNumber}/conversation`, headers: other })).statusCode,
    ).toBe(200);
    // …and in the queue, where the total counts it with the department's own cases.
    const queue = (await h.app.inject({ url: '/api/v1/cases', headers: other })).json();
    expect(queue.items.map((i: { caseNumber: string }) => i.caseNumber)).toContain(caseNumber);
    expect(queue.total).toBe(queue.items.length);
    const events = await h.ctx.dbh.sql<{ type: string }>(
      "SELECT e.type FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = $1 AND e.type = 'primary_contact_set'",
      [caseNumber],
    );
    expect(events).toHaveLength(1);
  });

  it('refuses a contact person who is not case-working staff, and hides citizens of other departments', async () => {
    const caseNumber = (await register({ name: 'Testborger Fem', phone: '71 72 73 74' })).json().caseNumber;
    const citizenId = await citizenOf(caseNumber);
    const analyst = h.koege.users['analyst@koege.demo'];
    const bad = await h.app.inject({
      method: 'PUT',
      url: `/api/v1/citizens/${citizenId}/primary-contact`,
      headers: cw,
      payload: { userId: analyst },
    });
    expect(bad.statusCode).toBe(400);
    const rudersdal = await bearer(h.app, 'caseworker@rudersdal.demo');
    const hidden = await h.app.inject({
      method: 'PUT',
      url: `/api/v1/citizens/${citizenId}/support-needs`,
      headers: rudersdal,
      payload: { interpreter: false },
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('records support needs, requiring a language when an interpreter is needed', async () => {
    const caseNumber = (await register({ name: 'Testborger Seks', phone: '81 82 83 84' })).json().caseNumber;
    const citizenId = await citizenOf(caseNumber);
    const url = `/api/v1/citizens/${citizenId}/support-needs`;
    expect(
      (await h.app.inject({ method: 'PUT', url, headers: cw, payload: { interpreter: true } })).statusCode,
    ).toBe(400);
    const ok = await h.app.inject({
      method: 'PUT',
      url,
      headers: cw,
      payload: { interpreter: true, language: 'arabisk', companion: true, preferredChannel: 'phone' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      interpreter: true,
      language: 'arabisk',
      companion: true,
      preferredChannel: 'phone',
    });
  });
});
