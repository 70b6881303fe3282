import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
let cw: Record<string, string>; // caseworker in Velfærdsforvaltningen, Køge
beforeAll(async () => {
  h = await startHarness();
  cw = await bearer(h.app, 'caseworker@koege.demo');
});
afterAll(() => h.close());

async function newCase(over: Record<string, unknown> = {}) {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/kommuner/259/cases',
    payload: validSubmission(over),
  });
  return res.json() as { caseNumber: string; trackingToken: string };
}
const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object, headers = cw) =>
  h.app.inject({ method, url: `/api/v1/cases/${url}`, payload, headers });
const state = async (n: string) =>
  (await h.ctx.dbh.sql<{ state: string }>('SELECT state FROM cases WHERE number = $1', [n]))[0]!.state;
const eventTypes = async (n: string) =>
  (
    await h.ctx.dbh.sql<{ type: string }>(
      'SELECT e.type FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = $1 ORDER BY e.at, e.seq',
      [n],
    )
  ).map((r) => r.type);

describe('contact attempts', () => {
  it('moves a new case to contacting on a missed call and offers the missed-call message', async () => {
    const { caseNumber } = await newCase();
    const res = await call('POST', `${caseNumber}/contact-attempts`, {
      channel: 'phone',
      result: 'no_answer',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      state: 'contacting',
      firstContactMetOn: null,
      offerMissedCallMessage: true,
    });
  });

  it('sends the ready SMS in one click through the outbox and logs it as an attempt', async () => {
    const { caseNumber } = await newCase();
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'voicemail' });
    const res = await call('POST', `${caseNumber}/missed-call-message`, { channel: 'sms' });
    expect(res.statusCode, res.body).toBe(201);
    const rows = await h.ctx.dbh.sql<{ channel: string; recipient: string; template: string }>(
      "SELECT o.channel, o.recipient, o.template FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.number = $1 AND o.template = 'dialogue.missed_call'",
      [caseNumber],
    );
    expect(rows).toEqual([{ channel: 'sms', recipient: '+4520304050', template: 'dialogue.missed_call' }]);
    const attempts = await h.ctx.dbh.sql<{ channel: string; result: string; note: string | null }>(
      'SELECT a.channel, a.result, a.note FROM contact_attempts a JOIN cases c ON c.id = a.case_id WHERE c.number = $1 ORDER BY a.at',
      [caseNumber],
    );
    expect(attempts).toEqual([
      { channel: 'phone', result: 'voicemail', note: null },
      { channel: 'sms', result: 'sent', note: 'Besked sendt: »Vi har forsøgt at ringe«' },
    ]);
  });

  it('notes the message sent in the language it was sent in', async () => {
    const { caseNumber } = await newCase();
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'no_answer' });
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseNumber}/missed-call-message`,
      payload: { channel: 'email' },
      headers: { ...cw, 'accept-language': 'en' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const [sent] = await h.ctx.dbh.sql<{ note: string; locale: string }>(
      `SELECT a.note, o.locale FROM contact_attempts a JOIN cases c ON c.id = a.case_id
         JOIN outbox o ON o.case_id = c.id AND o.template = 'dialogue.missed_call'
       WHERE c.number = $1 AND a.result = 'sent'`,
      [caseNumber],
    );
    expect(sent).toEqual({ note: 'Message sent: “We tried to call you”', locale: 'en' });
  });

  it('meets first contact when the citizen is reached by phone on time, and opens the dialogue', async () => {
    const { caseNumber } = await newCase();
    const res = await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    expect(res.json()).toMatchObject({ state: 'in_dialogue', firstContactMetOn: '2026-12-01' });
    expect(await eventTypes(caseNumber)).toEqual([
      'case_received',
      'contact_attempt',
      'first_contact',
      'state_changed',
    ]);
  });

  it('does not count an e-mail as first contact', async () => {
    const { caseNumber } = await newCase();
    const res = await call('POST', `${caseNumber}/contact-attempts`, { channel: 'email', result: 'sent' });
    expect(res.json()).toMatchObject({ state: 'contacting', firstContactMetOn: null });
  });

  it('asks why when a complaint is first answered by letter, and records the reason', async () => {
    const { caseNumber } = await newCase();
    const refused = await call('POST', `${caseNumber}/contact-attempts`, {
      channel: 'letter',
      result: 'sent',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().fields.letterReason).toMatch(/ring først/);
    const ok = await call('POST', `${caseNumber}/contact-attempts`, {
      channel: 'letter',
      result: 'sent',
      letterReason: 'Borgeren har bedt om kun at blive kontaktet skriftligt',
    });
    expect(ok.statusCode).toBe(201);
  });

  it('refuses a result that does not fit the channel and changes nothing', async () => {
    const { caseNumber } = await newCase();
    const res = await call('POST', `${caseNumber}/contact-attempts`, { channel: 'sms', result: 'reached' });
    expect(res.statusCode).toBe(400);
    expect(await state(caseNumber)).toBe('received');
  });
});

describe('conversation guide', () => {
  it('autosaves notes per phase, resumes, adds up talk time and keeps the primary root cause on the case', async () => {
    const { caseNumber } = await newCase();
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    const first = await call('PUT', `${caseNumber}/conversation`, {
      currentPhase: 'story',
      notes: { opening: 'Rammen sat: 20 minutter', story: 'Borgeren forklarer forløbet' },
      rootCause: null,
      secondaryCauses: [],
      elapsedSeconds: 95,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ version: 1, durationSeconds: 95 });
    const second = await call('PUT', `${caseNumber}/conversation`, {
      currentPhase: 'clarify',
      notes: { clarify: 'Det handler om ventetiden, ikke afgørelsen' },
      rootCause: 'waiting_time',
      secondaryCauses: ['communication'],
      elapsedSeconds: 60,
      version: 1,
    });
    expect(second.json()).toMatchObject({
      version: 2,
      durationSeconds: 155,
      currentPhase: 'clarify',
      notes: {
        opening: 'Rammen sat: 20 minutter',
        story: 'Borgeren forklarer forløbet',
        clarify: 'Det handler om ventetiden, ikke afgørelsen',
      },
    });
    const resumed = await call('GET', `${caseNumber}/conversation`);
    expect(resumed.json().currentPhase).toBe('clarify');
    const audit = await h.ctx.dbh.sql<{ subject_type: string; user_id: string }>(
      "SELECT a.subject_type, a.user_id FROM audit_log a JOIN cases c ON c.id = a.case_id WHERE c.number = $1 AND a.action = 'read'",
      [caseNumber],
    );
    expect(audit).toEqual([
      { subject_type: 'conversation', user_id: h.koege.users['caseworker@koege.demo'] },
    ]);
    const [c] = await h.ctx.dbh.sql<{ root_cause: string }>(
      'SELECT root_cause FROM cases WHERE number = $1',
      [caseNumber],
    );
    expect(c!.root_cause).toBe('waiting_time');
  });

  it('refuses a save from a stale window with 409', async () => {
    const { caseNumber } = await newCase();
    const body = {
      currentPhase: 'opening',
      notes: {},
      rootCause: null,
      secondaryCauses: [],
      elapsedSeconds: 0,
    };
    await call('PUT', `${caseNumber}/conversation`, body);
    await call('PUT', `${caseNumber}/conversation`, { ...body, version: 1 });
    const stale = await call('PUT', `${caseNumber}/conversation`, {
      ...body,
      version: 1,
      notes: { opening: 'overskriver' },
    });
    expect(stale.statusCode).toBe(409);
    expect((await call('GET', `${caseNumber}/conversation`)).json().notes.opening).toBeUndefined();
  });
});

describe('outcomes and agreements', () => {
  it('walks a grievance from first call through an agreement to resolved and closed', async () => {
    const { caseNumber, trackingToken } = await newCase({ kind: 'grievance', decisionDate: undefined });
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    const agreement = await call('POST', `${caseNumber}/agreements`, {
      what: 'Vi sender kopi af vurderingen',
      owner: h.koege.users['caseworker@koege.demo'],
      dueOn: '2026-12-04',
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    expect(await state(caseNumber)).toBe('agreement');

    const closeEarly = await call('POST', `${caseNumber}/transitions`, { to: 'closed' });
    expect(closeEarly.statusCode).toBe(409); // agreement → closed is not an edge

    await call('PATCH', `${caseNumber}/agreements/${agreement.json().id}`, { status: 'kept' });
    const resolved = await call('POST', `${caseNumber}/transitions`, {
      to: 'resolved',
      reason: 'Borgeren er tilfreds med forklaringen',
    });
    expect(resolved.json()).toEqual({ caseNumber, state: 'resolved' });
    const closed = await call('POST', `${caseNumber}/transitions`, { to: 'closed' });
    expect(closed.json().state).toBe('closed');

    const tracking = (await h.app.inject({ url: `/api/v1/track/${trackingToken}` })).json();
    expect(tracking.state).toBe('closed');
    expect(tracking.agreements).toEqual([
      { what: 'Vi sender kopi af vurderingen', owner: 'kommune', dueOn: '2026-12-04', kept: true },
    ]);
    expect(JSON.stringify(tracking)).not.toContain('Borgeren er tilfreds'); // the reason stays with staff
  });

  it('takes no new attempts, notes or agreements once the case is settled, and changes nothing', async () => {
    const { caseNumber } = await newCase({ kind: 'grievance', decisionDate: undefined });
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    const withdrawn = await call('POST', `${caseNumber}/transitions`, {
      to: 'withdrawn',
      reason: 'Borgeren ringede',
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const before = await eventTypes(caseNumber);
    const refused = [
      await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' }),
      await call('POST', `${caseNumber}/missed-call-message`, { channel: 'sms' }),
      await call('PUT', `${caseNumber}/conversation`, {
        currentPhase: 'opening',
        notes: { opening: 'for sent' },
        rootCause: null,
        secondaryCauses: [],
        elapsedSeconds: 0,
      }),
      await call('POST', `${caseNumber}/agreements`, {
        what: 'For sent',
        owner: 'citizen',
        dueOn: '2026-12-10',
      }),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([409, 409, 409, 409]);
    expect(refused[0]!.json().message).toMatch(/Sagen er afsluttet/);
    expect(await eventTypes(caseNumber)).toEqual(before);
    expect(await state(caseNumber)).toBe('withdrawn');
  });

  it('refuses to close with open agreements unless a reason is given', async () => {
    const { caseNumber } = await newCase();
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    await call('POST', `${caseNumber}/agreements`, {
      what: 'Borgeren sender lægeerklæring',
      owner: 'citizen',
      dueOn: '2026-12-10',
    });
    await call('POST', `${caseNumber}/transitions`, { to: 'resolved', reason: 'Enige om vejen frem' });
    const before = await eventTypes(caseNumber);
    const refused = await call('POST', `${caseNumber}/transitions`, { to: 'closed' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      error: 'open_agreements',
      fields: { reason: 'Sagen har åbne aftaler. Skriv en begrundelse for at lukke den alligevel.' },
    });
    const blank = await call('POST', `${caseNumber}/transitions`, { to: 'closed', reason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(await state(caseNumber)).toBe('resolved');
    expect(await eventTypes(caseNumber)).toEqual(before);
    const closed = await call('POST', `${caseNumber}/transitions`, {
      to: 'closed',
      reason: 'Borgeren sender selv erklæringen direkte',
    });
    expect(closed.json().state).toBe('closed');
  });

  it('keeps open agreements workable after the case is resolved in dialogue, until it is closed', async () => {
    const { caseNumber } = await newCase({ kind: 'grievance', decisionDate: undefined });
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    const made = async (what: string) =>
      (await call('POST', `${caseNumber}/agreements`, { what, owner: 'citizen', dueOn: '2026-12-10' })).json()
        .id as string;
    const first = await made('Borgeren sender kontoudtog');
    const second = await made('Borgeren ringer, hvis brevet ikke er kommet');
    await call('POST', `${caseNumber}/transitions`, { to: 'resolved', reason: 'Enige om vejen frem' });

    const kept = await call('PATCH', `${caseNumber}/agreements/${first}`, { status: 'kept' });
    expect(kept.statusCode, kept.body).toBe(204);
    expect(await eventTypes(caseNumber)).toContain('agreement_kept');

    await call('POST', `${caseNumber}/transitions`, { to: 'closed', reason: 'Borgeren ringer selv' });
    const afterClose = await call('PATCH', `${caseNumber}/agreements/${second}`, { status: 'kept' });
    expect(afterClose.statusCode).toBe(409);
    expect(afterClose.json()).toMatchObject({
      error: 'closed',
      message:
        'Sagen er lukket, så dens aftaler kan ikke længere ændres. Genåbn sagen, hvis der skal følges op.',
    });
    const agreements = (await call('GET', `${caseNumber}/agreements`)).json() as {
      id: string;
      status: string;
    }[];
    expect(Object.fromEntries(agreements.map((a) => [a.id, a.status]))).toEqual({
      [first]: 'kept',
      [second]: 'open',
    });
  });

  it('puts no survey event on the timeline when a case is closed, as no survey is sent', async () => {
    const { caseNumber } = await newCase({ kind: 'inquiry', decisionDate: undefined });
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    await call('POST', `${caseNumber}/transitions`, { to: 'resolved', reason: 'Spørgsmålet er besvaret' });
    const closed = await call('POST', `${caseNumber}/transitions`, { to: 'closed' });
    expect(closed.statusCode, closed.body).toBe(200);
    const types = await eventTypes(caseNumber);
    expect(types.at(-1)).toBe('case_closed');
    expect(types.filter((t) => t.startsWith('survey'))).toEqual([]);
    const timeline = (await call('GET', caseNumber)).json().timeline as { type: string }[];
    expect(timeline.map((e) => e.type)).not.toContain('survey_requested');
  });

  it('refuses an illegal move with 409 and a clear message, and a missing reason with 400', async () => {
    const { caseNumber } = await newCase();
    const illegal = await call('POST', `${caseNumber}/transitions`, { to: 'forwarded' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json()).toMatchObject({
      error: 'illegal_transition',
      message: 'Sagen kan ikke gå fra "received" til "forwarded".',
    });
    const noReason = await call('POST', `${caseNumber}/transitions`, { to: 'withdrawn' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields.reason).toBe('Skriv en begrundelse.');
    expect(await state(caseNumber)).toBe('received');
  });

  it('opens the formal track for a maintained complaint with the genvurdering deadline 4 weeks from receipt', async () => {
    const { caseNumber } = await newCase();
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    const maintained = await call('POST', `${caseNumber}/transitions`, {
      to: 'maintained',
      reason: 'Borgeren fastholder klagen over afslaget',
    });
    expect(maintained.json().state).toBe('maintained');
    const [c] = await h.ctx.dbh.sql<{ due: string }>(
      'SELECT reassessment_due::text AS due FROM cases WHERE number = $1',
      [caseNumber],
    );
    expect(c!.due).toBe('2026-12-29'); // received Tue 1 Dec + 4 weeks; the 29th is a working day
    await call('POST', `${caseNumber}/transitions`, { to: 'reassessment' });
    // Forwarding is not an outcome: it goes through the formal track, which makes and keeps the case bundle.
    const forwarded = await call('POST', `${caseNumber}/transitions`, { to: 'forwarded' });
    expect(forwarded.statusCode).toBe(409);
    expect(forwarded.json()).toMatchObject({
      error: 'needs_bundle',
      message:
        'En sag sendes kun til klageinstansen med sagsakterne: brug "Send sagen til klageinstansen" under Formelt klagespor.',
    });
    expect(await state(caseNumber)).toBe('reassessment');
  });

  it("leaves the loop's own moves to the loop: the transitions API cannot make them", async () => {
    const { caseNumber } = await newCase();
    const toContacting = await call('POST', `${caseNumber}/transitions`, { to: 'contacting' });
    expect(toContacting.statusCode).toBe(409);
    expect(toContacting.json()).toMatchObject({
      error: 'wrong_trigger',
      message: 'Det sker af sig selv: registrér et kontaktforsøg eller en aftale, så flytter sagen videre.',
    });
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    const toAgreement = await call('POST', `${caseNumber}/transitions`, { to: 'agreement' });
    expect(toAgreement.json().error).toBe('wrong_trigger');
    expect(await state(caseNumber)).toBe('in_dialogue');
  });

  it('refuses the formal track for a grievance', async () => {
    const { caseNumber } = await newCase({ kind: 'grievance' });
    const res = await call('POST', `${caseNumber}/transitions`, { to: 'maintained', reason: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toBe('complaint_only');
  });

  it('validates agreements: text, a due date not in the past, an owner of the department', async () => {
    const { caseNumber } = await newCase();
    const res = await call('POST', `${caseNumber}/agreements`, {
      what: '',
      owner: h.koege.users['caseworker.teknik@koege.demo'],
      dueOn: '2026-11-30',
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(['dueOn', 'owner', 'what']);
  });
});

describe('scoping', () => {
  it('hides a case from another department and another kommune (404), on every loop route', async () => {
    const { caseNumber } = await newCase();
    for (const email of ['caseworker.teknik@koege.demo', 'caseworker@rudersdal.demo']) {
      const other = await bearer(h.app, email);
      expect(
        (await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' }, other))
          .statusCode,
      ).toBe(404);
      expect((await call('GET', `${caseNumber}/conversation`, undefined, other)).statusCode).toBe(404);
      expect(
        (await call('POST', `${caseNumber}/transitions`, { to: 'withdrawn', reason: 'x' }, other)).statusCode,
      ).toBe(404);
    }
    expect(await state(caseNumber)).toBe('received');
  });

  it('lets only the team lead reassign, within the department', async () => {
    const { caseNumber } = await newCase();
    const lead = await bearer(h.app, 'team_lead@koege.demo');
    const target = h.koege.users['caseworker2@koege.demo'];
    expect((await call('POST', `${caseNumber}/reassign`, { assigneeId: target }, cw)).statusCode).toBe(403);
    const outsider = h.koege.users['caseworker.teknik@koege.demo'];
    expect((await call('POST', `${caseNumber}/reassign`, { assigneeId: outsider }, lead)).statusCode).toBe(
      400,
    );
    expect((await call('POST', `${caseNumber}/reassign`, { assigneeId: target }, lead)).statusCode).toBe(204);
    expect(await eventTypes(caseNumber)).toContain('reassigned');
    const overview = await h.app.inject({ url: '/api/v1/team/overview', headers: lead });
    expect(overview.statusCode).toBe(200);
    const me = overview.json().caseworkers.find((c: { id: string }) => c.id === target);
    expect(me.open).toBeGreaterThanOrEqual(1);
    expect((await h.app.inject({ url: '/api/v1/team/overview', headers: cw })).statusCode).toBe(403);
  });
});

describe('agreement reminders', () => {
  it('reminds the owner once, on the working day before the due date', async () => {
    const { remindDueAgreements } = await import('../../src/modules/dialogue/agreements.js');
    const { caseNumber } = await newCase();
    await call('POST', `${caseNumber}/contact-attempts`, { channel: 'phone', result: 'reached' });
    await call('POST', `${caseNumber}/agreements`, {
      what: 'Ring borgeren op med svar',
      owner: h.koege.users['caseworker@koege.demo'],
      dueOn: '2026-12-08',
    });
    const reminders = () =>
      h.ctx.dbh.sql(
        "SELECT o.recipient FROM outbox o JOIN cases c ON c.id = o.case_id WHERE c.number = $1 AND o.template = 'agreement.reminder'",
        [caseNumber],
      );
    h.clock.set('2026-12-04T09:00:00Z'); // Friday: the 8th is two working days away
    await remindDueAgreements(h.ctx);
    expect(await reminders()).toEqual([]);
    h.clock.set('2026-12-07T09:00:00Z'); // Monday
    await remindDueAgreements(h.ctx);
    await remindDueAgreements(h.ctx);
    expect(await reminders()).toEqual([{ recipient: 'caseworker@koege.demo' }]);
    h.clock.set('2026-12-01T09:00:00Z');
  });
});
