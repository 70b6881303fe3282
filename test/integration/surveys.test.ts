// The surveys module end to end over HTTP: the citizen survey after closure (queued with its timeline event in
// one transaction, answered once, expiry, opt-out, one reminder, unhappy answers flagged and reopened by the
// team lead), the anonymous pulse (minimum group size, no filter combination narrowing below it) and the
// decision-volume import (every bad line reported, nothing imported) — with figures checked against hand counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM } from '../../src/modules/index.js';
import { remindSurveys, requestSurveys } from '../../src/modules/surveys/index.js';
import { createSession } from '../../src/platform/auth/sessions.js';
import { bearer, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let reception: Record<string, string>;
let teamLead: Record<string, string>;
let analyst: Record<string, string>;
let seq = 0;

beforeAll(async () => {
  // At the job's next run after closing; the delay itself is tested on its own below.
  h = await startHarness({ surveyDelayMinutes: 0 });
  reception = await bearer(h.app, 'reception@koege.demo');
  teamLead = await bearer(h.app, 'team_lead@koege.demo');
  analyst = await bearer(h.app, 'analyst@koege.demo');
}, 180_000);
afterAll(() => h.close());

const sql = <T = Record<string, unknown>>(text: string, values: unknown[] = []) =>
  h.ctx.dbh.sql<T>(text, values);

/** A complaint registered by reception and closed now (the cases module's own closing is tested there). */
async function closedCase(area = 'hjaelpemidler', contact: { email?: string; phone?: string } = {}) {
  seq++;
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/staff/cases',
    headers: reception,
    payload: {
      kind: 'complaint',
      area,
      channel: 'phone',
      decisionDate: '2026-11-20',
      description: 'Borgeren klager over afgørelsen om en kørestol.',
      name: `Test Borger ${seq}`,
      ...(contact.email || contact.phone
        ? contact
        : { email: `borger.${seq}@eksempel.invalid`, phone: `4${String(seq).padStart(7, '0')}` }),
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { caseNumber } = res.json() as { caseNumber: string };
  const [c] = await sql<{ id: string; citizen_id: string }>(
    `UPDATE cases SET state = 'closed', closed_at = $2 WHERE number = $1 RETURNING id, citizen_id`,
    [caseNumber, h.clock.now()],
  );
  return { caseNumber, caseId: c!.id, citizenId: c!.citizen_id };
}

const tokenOf = async (caseId: string, template = 'survey.invitation') => {
  const [o] = await sql<{ params: { link: string } }>(
    'SELECT params FROM outbox WHERE case_id = $1 AND template = $2',
    [caseId, template],
  );
  return o!.params.link.split('/').pop()!;
};
const eventsOf = async (caseId: string) =>
  (await sql<{ type: string; data: Record<string, unknown> }>(
    'SELECT type, data FROM case_events WHERE case_id = $1 ORDER BY at, seq',
    [caseId],
  )) as { type: string; data: Record<string, unknown> }[];
const answer = (token: string, body: Record<string, unknown>, lang = 'da') =>
  h.app.inject({
    method: 'POST',
    url: `/api/v1/surveys/${token}`,
    headers: { 'accept-language': lang },
    payload: body,
  });
const happy = { heard: 5, understood: 4, fair: 4, overall: 5, stillDisagree: false };

describe('the citizen survey after closure', { timeout: 120_000 }, () => {
  it('queues one survey per closed case, with its timeline event, and never twice', async () => {
    const c = await closedCase();
    expect(await requestSurveys(h.ctx)).toBeGreaterThanOrEqual(1);
    expect(await requestSurveys(h.ctx)).toBe(0);
    const [o] = await sql<{ channel: string; recipient: string; params: Record<string, string> }>(
      `SELECT channel, recipient, params FROM outbox WHERE case_id = $1 AND template = 'survey.invitation'`,
      [c.caseId],
    );
    expect(o!.channel).toBe('mail');
    expect(o!.params.link).toMatch(/\/undersoegelse\/[A-Za-z0-9_-]{43}$/);
    // 14 days from Tuesday 1 December 2026 10:00: the link works through 15 December.
    expect(o!.params.expiresOn).toBe('2026-12-15');
    expect((await eventsOf(c.caseId)).filter((e) => e.type === 'survey_requested')).toHaveLength(1);
    // Only the token's hash is stored.
    const token = await tokenOf(c.caseId);
    expect(JSON.stringify(await sql('SELECT * FROM survey_requests'))).not.toContain(token);
  });

  it('waits the configured minutes after closing before the survey goes', async () => {
    h.ctx.config.surveyDelayMinutes = 60;
    const start = h.clock.now();
    try {
      const c = await closedCase();
      const queued = async () =>
        (await sql(`SELECT 1 FROM outbox WHERE case_id = $1 AND template = 'survey.invitation'`, [c.caseId]))
          .length;
      h.clock.set(new Date(start.getTime() + 59 * 60_000).toISOString());
      await requestSurveys(h.ctx);
      expect(await queued()).toBe(0);
      expect((await eventsOf(c.caseId)).some((e) => e.type === 'survey_requested')).toBe(false);
      h.clock.set(new Date(start.getTime() + 60 * 60_000).toISOString());
      await requestSurveys(h.ctx);
      expect(await queued()).toBe(1);
    } finally {
      h.ctx.config.surveyDelayMinutes = 0;
      h.clock.set(start.toISOString());
    }
  });

  it('is answered once, shows on the timeline, and a happy answer is not flagged', async () => {
    const c = await closedCase();
    await requestSurveys(h.ctx);
    const token = await tokenOf(c.caseId);
    const status = await h.app.inject({ method: 'GET', url: `/api/v1/surveys/${token}` });
    expect(status.json()).toMatchObject({
      status: 'open',
      kommuneName: 'Køge Kommune',
      validUntil: '2026-12-15',
    });
    const first = await answer(token, { ...happy, comment: 'Tak for en god samtale.' });
    expect(first.statusCode, first.body).toBe(201);
    const again = await answer(token, happy);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toBe('Spørgeskemaet er allerede besvaret. Det kan kun besvares én gang.');
    expect((await h.app.inject({ method: 'GET', url: `/api/v1/surveys/${token}` })).json().status).toBe(
      'answered',
    );
    const answered = (await eventsOf(c.caseId)).filter((e) => e.type === 'survey_answered');
    expect(answered).toHaveLength(1);
    expect(answered[0]!.data).toMatchObject({
      overall: 5,
      flagged: false,
      comment: 'Tak for en god samtale.',
    });
    const [a] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM survey_answers WHERE case_id = $1', [
      c.caseId,
    ]);
    expect(a!.n).toBe(1);
  });

  it('refuses bad answers per field in the caller’s language, and records nothing', async () => {
    const c = await closedCase();
    await requestSurveys(h.ctx);
    const token = await tokenOf(c.caseId);
    const da = await answer(token, { ...happy, heard: 6 });
    expect(da.statusCode).toBe(400);
    expect(da.json().fields.heard).toBe('Vælg et svar fra 1 til 5.');
    const en = await answer(token, { ...happy, stillDisagree: 'maybe' }, 'en');
    expect(en.json().fields.stillDisagree).toBe('Choose yes or no.');
    expect((await h.app.inject({ method: 'GET', url: `/api/v1/surveys/${token}` })).json().status).toBe(
      'open',
    );
    expect(
      await h.app.inject({ method: 'GET', url: '/api/v1/surveys/not-a-real-token-at-all' }),
    ).toHaveProperty('statusCode', 404);
  });

  it('expires after the configured days: 410, and the page says so', async () => {
    const c = await closedCase();
    await requestSurveys(h.ctx);
    const token = await tokenOf(c.caseId);
    const before = h.clock.now();
    h.clock.set('2026-12-15T23:00:00Z'); // past 1 December 10:00 + 14 days
    try {
      const res = await answer(token, happy);
      expect(res.statusCode).toBe(410);
      expect(res.json().message).toBe('Linket til spørgeskemaet er udløbet.');
      const page = await h.app.inject({ method: 'GET', url: `/undersoegelse/${token}` });
      expect(page.statusCode).toBe(410);
      expect(page.body).toContain('Linket er udløbet');
    } finally {
      h.clock.current = before;
    }
  });

  it('lets the citizen opt out: no answer after, and no survey again for a later case', async () => {
    const c = await closedCase();
    await requestSurveys(h.ctx);
    const token = await tokenOf(c.caseId);
    const out = await h.app.inject({ method: 'POST', url: `/api/v1/surveys/${token}/opt-out` });
    expect(out.statusCode).toBe(200);
    expect((await h.app.inject({ method: 'POST', url: `/api/v1/surveys/${token}/opt-out` })).statusCode).toBe(
      200,
    );
    expect((await answer(token, happy)).statusCode).toBe(409);
    expect((await eventsOf(c.caseId)).filter((e) => e.type === 'survey_opted_out')).toHaveLength(1);
    const later = await closedCase();
    await sql('UPDATE cases SET citizen_id = $2 WHERE id = $1', [later.caseId, c.citizenId]);
    await requestSurveys(h.ctx);
    const [n] = await sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM survey_requests WHERE case_id = $1',
      [later.caseId],
    );
    expect(n!.n).toBe(0);
  });

  it('sends one reminder at most, after five days, by the same channel and link', async () => {
    const c = await closedCase('hjaelpemidler', { phone: '22 33 44 55' });
    await requestSurveys(h.ctx);
    const token = await tokenOf(c.caseId);
    const before = h.clock.now();
    try {
      h.clock.set('2026-12-05T09:00:00Z');
      await remindSurveys(h.ctx);
      expect((await eventsOf(c.caseId)).filter((e) => e.type === 'survey_reminder_sent')).toHaveLength(0);
      h.clock.set('2026-12-06T10:00:00Z');
      await remindSurveys(h.ctx);
      h.clock.set('2026-12-08T10:00:00Z');
      await remindSurveys(h.ctx);
      expect((await eventsOf(c.caseId)).filter((e) => e.type === 'survey_reminder_sent')).toHaveLength(1);
      const reminders = await sql<{ channel: string; params: { link: string } }>(
        `SELECT channel, params FROM outbox WHERE case_id = $1 AND template = 'survey.reminder'`,
        [c.caseId],
      );
      expect(reminders).toHaveLength(1);
      expect(reminders[0]!.channel).toBe('sms');
      expect(reminders[0]!.params.link.endsWith(token)).toBe(true);
    } finally {
      h.clock.current = before;
    }
  });

  it('flags an unhappy answer to the team lead of the department, who reopens the case with a reason', async () => {
    const c = await closedCase('hjaelpemidler'); // Velfærdsforvaltningen, the demo team lead's
    const other = await closedCase('veje'); // Teknik og Miljø
    await requestSurveys(h.ctx);
    expect(
      (await answer(await tokenOf(c.caseId), { ...happy, overall: 2, comment: 'Jeg blev ikke hørt.' }))
        .statusCode,
    ).toBe(201);
    expect((await answer(await tokenOf(other.caseId), { ...happy, stillDisagree: true })).statusCode).toBe(
      201,
    );
    const list = await h.app.inject({ method: 'GET', url: '/api/v1/survey-flags', headers: teamLead });
    expect(list.statusCode).toBe(200);
    const items = (list.json() as { items: { id: string; caseNumber: string; comment: string }[] }).items;
    const mine = items.find((i) => i.caseNumber === c.caseNumber)!;
    expect(mine.comment).toBe('Jeg blev ikke hørt.');
    expect(items.find((i) => i.caseNumber === other.caseNumber)).toBeUndefined();
    const [audit] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'survey_flags'`,
    );
    expect(audit!.n).toBeGreaterThan(0);
    // The other department's flag does not exist for this team lead.
    const [otherFlag] = await sql<{ id: string }>('SELECT id FROM survey_answers WHERE case_id = $1', [
      other.caseId,
    ]);
    const refused = await h.app.inject({
      method: 'POST',
      url: `/api/v1/survey-flags/${otherFlag!.id}/reopen`,
      headers: teamLead,
      payload: { reason: 'Borgeren er stadig uenig.' },
    });
    expect(refused.statusCode).toBe(404);
    // A caseworker may not reopen from the list.
    const caseworker = await bearer(h.app, 'caseworker@koege.demo');
    expect(
      (
        await h.app.inject({
          method: 'POST',
          url: `/api/v1/survey-flags/${mine.id}/reopen`,
          headers: caseworker,
          payload: { reason: 'x x x' },
        })
      ).statusCode,
    ).toBe(403);
    const reopen = await h.app.inject({
      method: 'POST',
      url: `/api/v1/survey-flags/${mine.id}/reopen`,
      headers: teamLead,
      payload: { reason: 'Vi ringer borgeren op igen.' },
    });
    expect(reopen.statusCode, reopen.body).toBe(200);
    expect(reopen.json()).toEqual({ state: 'reopened' });
    const [state] = await sql<{ state: string }>('SELECT state FROM cases WHERE id = $1', [c.caseId]);
    expect(state!.state).toBe('reopened');
    const events = await eventsOf(c.caseId);
    expect(events.find((e) => e.type === 'case_reopened')).toBeDefined();
    expect(events.find((e) => e.type === 'state_changed' && e.data.to === 'reopened')?.data.reason).toBe(
      'Vi ringer borgeren op igen.',
    );
    const twice = await h.app.inject({
      method: 'POST',
      url: `/api/v1/survey-flags/${mine.id}/reopen`,
      headers: teamLead,
      payload: { reason: 'Igen.' },
    });
    expect(twice.statusCode).toBe(409);
  });

  it('keeps the flag when the reopening is refused (the case is no longer closed)', async () => {
    const c = await closedCase();
    await requestSurveys(h.ctx);
    await answer(await tokenOf(c.caseId), { ...happy, overall: 1 });
    await sql(`UPDATE cases SET state = 'resolved' WHERE id = $1`, [c.caseId]);
    const [flag] = await sql<{ id: string }>('SELECT id FROM survey_answers WHERE case_id = $1', [c.caseId]);
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/v1/survey-flags/${flag!.id}/reopen`,
      headers: teamLead,
      payload: { reason: 'Vi ringer borgeren op igen.' },
    });
    expect(res.statusCode).toBe(409);
    const [row] = await sql<{ flag_resolved_at: Date | null }>(
      'SELECT flag_resolved_at FROM survey_answers WHERE id = $1',
      [flag!.id],
    );
    expect(row!.flag_resolved_at).toBeNull();
    const dismiss = await h.app.inject({
      method: 'POST',
      url: `/api/v1/survey-flags/${flag!.id}/dismiss`,
      headers: teamLead,
      payload: { reason: 'Løst ved telefonopkald.' },
    });
    expect(dismiss.statusCode).toBe(204);
    expect((await eventsOf(c.caseId)).find((e) => e.type === 'survey_flag_dismissed')?.data.reason).toBe(
      'Løst ved telefonopkald.',
    );
  });

  it('works as a plain HTML form: errors at the fields, then the answer and a thank-you page', async () => {
    const c = await closedCase();
    await requestSurveys(h.ctx);
    const token = await tokenOf(c.caseId);
    const page = await h.app.inject({ method: 'GET', url: `/undersoegelse/${token}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Følte du dig hørt?');
    const refused = await h.app.inject({
      method: 'POST',
      url: `/undersoegelse/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'heard=5&understood=4',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Vælg et svar fra 1 til 5.');
    const sent = await h.app.inject({
      method: 'POST',
      url: `/undersoegelse/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'heard=3&understood=3&fair=3&overall=3&stillDisagree=no&comment=',
    });
    expect(sent.statusCode).toBe(303);
    const thanks = await h.app.inject({ method: 'GET', url: `/undersoegelse/${token}?lang=en` });
    expect(thanks.body).toContain('Thank you for your answer');
  });
});

describe('satisfaction figures', { timeout: 120_000 }, () => {
  it('equal the hand count: share answering 4–5 per question, and the response rate', async () => {
    // A fresh kommune-wide period: Rudersdal has had no surveys. Three answers (heard 5, 4, 2 → 2 of 3 agree;
    // overall 5, 1, 3 → 1 of 3), one survey left unanswered: response rate 3 of 4.
    const rudersdalReception = await bearer(h.app, 'reception@rudersdal.demo');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await h.app.inject({
        method: 'POST',
        url: '/api/v1/staff/cases',
        headers: rudersdalReception,
        payload: {
          kind: 'complaint',
          area: 'hjaelpemidler',
          channel: 'phone',
          decisionDate: '2026-11-20',
          description: 'Borgeren klager over afgørelsen om en rollator.',
          name: `Rudersdal Borger ${i}`,
          email: `rudersdal.${i}@eksempel.invalid`,
          phone: `5${String(i).padStart(7, '0')}`,
        },
      });
      const [c] = await sql<{ id: string }>(
        `UPDATE cases SET state = 'closed', closed_at = $2 WHERE number = $1 RETURNING id`,
        [(res.json() as { caseNumber: string }).caseNumber, h.clock.now()],
      );
      ids.push(c!.id);
    }
    await requestSurveys(h.ctx);
    const answers = [
      { heard: 5, understood: 5, fair: 4, overall: 5 },
      { heard: 4, understood: 2, fair: 4, overall: 1 },
      { heard: 2, understood: 4, fair: 3, overall: 3 },
    ];
    for (const [i, a] of answers.entries())
      expect((await answer(await tokenOf(ids[i]!), { ...a, stillDisagree: false })).statusCode).toBe(201);
    const scope = { kommuneId: '230', from: '2026-12-01', to: '2026-12-31' };
    const figure = (key: string) => PLATFORM.figures.find((f) => f.key === key)!.compute(h.ctx, scope);
    expect(await figure('surveys.satisfaction.heard')).toEqual({ value: 2 / 3, count: 3 });
    expect(await figure('surveys.satisfaction.understood')).toEqual({ value: 2 / 3, count: 3 });
    expect(await figure('surveys.satisfaction.fair')).toEqual({ value: 2 / 3, count: 3 });
    expect(await figure('surveys.satisfaction.overall')).toEqual({ value: 1 / 3, count: 3 });
    expect(await figure('surveys.response_rate')).toEqual({ value: 3 / 4, count: 4 });
    // Before the period: nothing to measure.
    expect(
      await PLATFORM.figures
        .find((f) => f.key === 'surveys.satisfaction.heard')!
        .compute(h.ctx, { ...scope, from: '2026-11-01', to: '2026-11-30' }),
    ).toEqual({ value: null, count: 0 });
  });
});

describe('the employee pulse', { timeout: 120_000 }, () => {
  /** Staff users of Køge with a department and team, each with a Bearer session. */
  async function staff(department: string, team: string | null, count: number) {
    const out: Record<string, string>[] = [];
    const dept = h.koege.departments[department]!;
    const teamId = team ? h.koege.teams[team]! : null;
    for (let i = 0; i < count; i++) {
      const [u] = await sql<{ id: string }>(
        `INSERT INTO users (kommune_id, email, name, role, department_id, team_id)
         VALUES ('259', $1, 'Puls Medarbejder', 'caseworker', $2, $3) RETURNING id`,
        [`puls.${++seq}@koege.demo`, dept, teamId],
      );
      const session = await createSession(h.ctx, { id: u!.id, kommuneId: '259' }, 'bearer');
      out.push({ authorization: `Bearer ${session.token}` });
    }
    return out;
  }
  const pulse = (headers: Record<string, string>, score: number) =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/pulse/answers',
      headers,
      payload: { wellbeing: score, equipped: score, workload: score },
    });

  it('stores answers without the user and refuses a second answer in the month', async () => {
    const [one] = await staff('vel', 'Jobcenter', 1);
    expect((await pulse(one!, 4)).statusCode).toBe(201);
    const again = await pulse(one!, 2);
    expect(again.statusCode).toBe(409);
    const cols = await sql<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'pulse_answers'`,
    );
    expect(cols.map((c) => c.column_name).sort()).toEqual(
      ['department_id', 'equipped', 'id', 'kommune_id', 'month', 'team_id', 'wellbeing', 'workload'].sort(),
    );
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/pulse/status', headers: one! })).json(),
    ).toEqual({
      month: '2026-12',
      answered: true,
    });
  });

  it('shows only groups of five, and no filter combination can be subtracted below five', async () => {
    // December in Køge, with the one Jobcenter answer above (4): Jobcenter 1 + 5 more; Ældre og handicap 5;
    // Teknik: Byggeri 2. Velfærd = 11, Teknik = 2, kommune = 13.
    for (const u of await staff('vel', 'Jobcenter', 5)) expect((await pulse(u, 2)).statusCode).toBe(201);
    for (const u of await staff('vel', 'Ældre og handicap', 5))
      expect((await pulse(u, 5)).statusCode).toBe(201);
    for (const u of await staff('tmf', 'Byggeri', 2)) expect((await pulse(u, 1)).statusCode).toBe(201);

    const results = async (q: string) => {
      const res = await h.app.inject({ method: 'GET', url: `/api/v1/pulse/results?${q}`, headers: analyst });
      expect(res.statusCode, res.body).toBe(200);
      return (
        res.json() as {
          items: {
            level: string;
            departmentId: string | null;
            teamId: string | null;
            answers: number;
            questions: { wellbeing: { mean: number; agreeing: number } };
          }[];
        }
      ).items;
    };
    const all = await results('from=2026-12&to=2026-12');
    const kommune = all.find((c) => c.level === 'kommune')!;
    // Hand count: (4 + 5·2 + 5·5 + 2·1) / 13 = 41/13; agreeing (4–5): 1 + 5 = 6 of 13.
    expect(kommune.answers).toBe(13);
    expect(kommune.questions.wellbeing.mean).toBeCloseTo(41 / 13, 10);
    expect(kommune.questions.wellbeing.agreeing).toBeCloseTo(6 / 13, 10);
    // Velfærd (11) alone would leave Teknik (2) by subtraction: held back. So are its teams.
    expect(all.filter((c) => c.level !== 'kommune')).toEqual([]);

    // Try every filter combination: every cell any of them shows has ≥ 5 answers, and no shown whole minus its
    // shown parts is 1–4.
    const vel = h.koege.departments.vel!;
    const tmf = h.koege.departments.tmf!;
    const teams = Object.values(h.koege.teams);
    const seen = new Map<
      string,
      { level: string; departmentId: string | null; teamId: string | null; answers: number }
    >();
    for (const d of [undefined, vel, tmf])
      for (const t of [undefined, ...teams]) {
        const q = ['from=2026-12&to=2026-12', d ? `departmentId=${d}` : '', t ? `teamId=${t}` : '']
          .filter(Boolean)
          .join('&');
        for (const c of await results(q)) seen.set(`${c.level}:${c.departmentId}:${c.teamId}`, c);
      }
    const cells = [...seen.values()];
    expect(cells.every((c) => c.answers >= 5)).toBe(true);
    const k = cells.find((c) => c.level === 'kommune')!;
    const depts = cells.filter((c) => c.level === 'department');
    const rest = k.answers - depts.reduce((s, c) => s + c.answers, 0);
    expect(rest === 0 || rest >= 5).toBe(true);
    for (const d of depts) {
      const r =
        d.answers -
        cells
          .filter((c) => c.level === 'team' && c.departmentId === d.departmentId)
          .reduce((s, c) => s + c.answers, 0);
      expect(r === 0 || r >= 5).toBe(true);
    }

    // The pulse figures follow the same cells: the kommune's share, and null for a department below the minimum.
    const scope = { kommuneId: '259', from: '2026-12-01', to: '2026-12-31' };
    const wellbeing = PLATFORM.figures.find((f) => f.key === 'surveys.pulse.wellbeing')!;
    expect(await wellbeing.compute(h.ctx, scope)).toEqual({ value: 6 / 13, count: 13 });
    expect(await wellbeing.compute(h.ctx, { ...scope, departmentId: tmf })).toEqual({
      value: null,
      count: 0,
    });
    expect(await wellbeing.compute(h.ctx, { ...scope, departmentId: vel })).toEqual({
      value: null,
      count: 0,
    });

    // Three more in Teknik make its rest 5: now Velfærd (11) and Teknik (5) are both shown, with Velfærd's teams
    // (Jobcenter 6, Ældre og handicap 5: nothing left over).
    for (const u of await staff('tmf', 'Veje og affald', 3)) expect((await pulse(u, 3)).statusCode).toBe(201);
    const after = await results('from=2026-12&to=2026-12');
    expect(after.map((c) => `${c.level}:${c.answers}`).sort()).toEqual(
      ['kommune:16', 'department:11', 'department:5', 'team:6', 'team:5'].sort(),
    );
    expect(await wellbeing.compute(h.ctx, { ...scope, departmentId: vel })).toEqual({
      value: 6 / 11,
      count: 11,
    });
    // Teknik's teams (Byggeri 2, Veje og affald 3) stay hidden.
    expect(after.filter((c) => c.level === 'team' && c.departmentId === tmf)).toEqual([]);
  });

  it('is answered by staff with citizen contact and read by team leads and analysts only', async () => {
    expect(
      (await h.app.inject({ method: 'GET', url: '/api/v1/pulse/status', headers: analyst })).statusCode,
    ).toBe(403);
    const cw = await bearer(h.app, 'caseworker@koege.demo');
    expect(
      (
        await h.app.inject({
          method: 'GET',
          url: '/api/v1/pulse/results?from=2026-12&to=2026-12',
          headers: cw,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('names the groups the caller may filter by: a team lead their own department and its teams', async () => {
    const names = async (headers: Record<string, string>) =>
      (
        await h.app.inject({ method: 'GET', url: '/api/v1/pulse/results?from=2026-12&to=2026-12', headers })
      ).json() as {
        departments: { id: string; name: string }[];
        teams: { id: string; name: string; departmentId: string }[];
      };
    const all = await names(analyst);
    const vel = h.koege.departments.vel!;
    expect(all.departments.map((d) => d.id).sort()).toEqual(Object.values(h.koege.departments).sort());
    expect(all.teams.map((t) => t.id).sort()).toEqual(Object.values(h.koege.teams).sort());
    const own = await names(teamLead);
    expect(own.departments.map((d) => d.id)).toEqual([vel]);
    expect(own.teams.length).toBeGreaterThan(0);
    expect(own.teams.every((t) => t.departmentId === vel)).toBe(true);
    // Names of units only: no people.
    expect(JSON.stringify(own)).not.toMatch(/@|demo/);
  });
});

describe('decision volumes', { timeout: 120_000 }, () => {
  const importCsv = (csv: string, lang = 'da') =>
    h.app.inject({
      method: 'POST',
      url: '/api/v1/decision-volumes/import',
      headers: { ...analyst, 'accept-language': lang },
      payload: { csv },
    });

  it('reports every bad line with its number and imports nothing', async () => {
    const res = await importCsv(
      ['område;måned;afgørelser', 'hjaelpemidler;2026-12;1000', 'ukendt;2026-12;5', 'veje;2026-1;7'].join(
        '\n',
      ),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      error: 'validation',
      message: 'Intet er importeret: 2 fejl. Ret dem, og importér igen.',
      fields: {
        'line 3': 'Linje 3: kommunen har ikke et område med den kode',
        'line 4': 'Linje 4: måneden skal skrives som ÅÅÅÅ-MM, fx 2026-03',
      },
    });
    const en = await importCsv('area;month;decisions\nveje;2026-12;x', 'en');
    expect(en.json().fields).toEqual({
      'line 2': 'Line 2: the number of decisions must be a whole number from 0',
    });
    const [n] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM decision_volumes');
    expect(n!.n).toBe(0);
  });

  it('imports good rows (CSV or a list), replaces a re-import, and counts complaints per 1,000 decisions', async () => {
    const ok = await importCsv('område;måned;afgørelser\nhjaelpemidler;2026-12;2000\nveje;2026-12;500');
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ imported: 2 });
    const list = await h.app.inject({
      method: 'POST',
      url: '/api/v1/decision-volumes/import',
      headers: analyst,
      payload: { rows: [{ area: 'hjaelpemidler', month: '2026-12', decisions: 4000 }] },
    });
    expect(list.json()).toEqual({ imported: 1 });
    // Complaints received in December in those areas (all registered by this file's tests), counted by hand.
    const [c] = await sql<{ hj: number; ve: number }>(
      `SELECT count(*) FILTER (WHERE a.code = 'hjaelpemidler')::int AS hj, count(*) FILTER (WHERE a.code = 'veje')::int AS ve
         FROM cases c JOIN areas a ON a.id = c.area_id
        WHERE c.kommune_id = '259' AND c.kind = 'complaint' AND c.received_on >= '2026-12-01' AND c.received_on < '2027-01-01'`,
    );
    const scope = { kommuneId: '259', from: '2026-12-01', to: '2026-12-31' };
    const per1000 = PLATFORM.figures.find((f) => f.key === 'surveys.complaints_per_1000_decisions')!;
    expect(await per1000.compute(h.ctx, scope)).toEqual({
      value: ((c!.hj + c!.ve) * 1000) / 4500,
      count: 4500,
    });
    const decisions = PLATFORM.figures.find((f) => f.key === 'surveys.decisions')!;
    expect(await decisions.compute(h.ctx, scope)).toEqual({ value: 4500, count: 2 });
    const read = await h.app.inject({
      method: 'GET',
      url: '/api/v1/decision-volumes?from=2026-12&to=2026-12',
      headers: teamLead,
    });
    expect(read.json().items).toEqual([
      { area: 'hjaelpemidler', month: '2026-12', decisions: 4000, complaints: c!.hj },
      { area: 'veje', month: '2026-12', decisions: 500, complaints: c!.ve },
    ]);
    // A team lead reads but does not import.
    expect(
      (
        await h.app.inject({
          method: 'POST',
          url: '/api/v1/decision-volumes/import',
          headers: teamLead,
          payload: { csv: 'area;month;decisions\nveje;2026-12;1' },
        })
      ).statusCode,
    ).toBe(403);
  });
});
