// Anonymisation reaches the formal track and the letters, on both engines: when the retention job or an
// erasure (GDPR art. 17) anonymises a case, the re-assessment's reasoning, the reason for handling a late
// complaint, aktindsigt notes, the stored case bundles and the letters' content (a delay letter's reason with
// them) go — while results, rounds, dates, kinds and LIX stay, so the reversal rate and the statistics survive.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
let admin: Record<string, string>;
let reception: Record<string, string>;
let cw: Record<string, string>;

beforeAll(async () => {
  h = await startHarness();
  [admin, reception, cw] = await Promise.all([
    bearer(h.app, 'admin@koege.demo'),
    bearer(h.app, 'reception@koege.demo'),
    bearer(h.app, 'caseworker@koege.demo'),
  ]);
}, 60_000);
afterAll(() => h.close());

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely in the assertions
type Json = Record<string, any>;
const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers = cw) => {
  const res = await h.app.inject({ method, url: `/api/v1/${url}`, headers, ...(payload ? { payload } : {}) });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return String(res.headers['content-type'] ?? '').includes('json') ? (res.json() as Json) : {};
};

const REASONING = 'Borgeren Testesen har ikke dokumenteret behovet for en el-kørestol.';
const LATE_REASON = 'Borgeren Testesen var indlagt, da afgørelsen kom.';
const DELAY_REASON = 'vi venter på en udtalelse fra Testesens egen læge';
const ACCESS_NOTE = 'Testesen vil se lægens udtalelse.';

/**
 * A late complaint taken all the way: late complaint handled, re-assessed (upheld), aktindsigt, forwarded with
 * its bundle, decided, a sent letter and a delay-letter draft — then closed long ago, so it is due.
 */
async function formalCase(name: string, cpr: string, phone: string) {
  const reg = await call(
    'POST',
    'staff/cases',
    {
      kind: 'complaint',
      area: 'hjaelpemidler',
      channel: 'phone',
      decisionDate: '2026-08-03', // long before: the complaint is late
      description: 'Klage over afslaget på en el-kørestol.',
      name,
      phone,
      cpr,
      email: `${phone.replace(/ /g, '')}@eksempel.invalid`,
    },
    reception,
  );
  const n = reg.caseNumber as string;
  await call('POST', `cases/${n}/transitions`, { to: 'maintained', reason: 'Borgeren fastholder klagen.' });
  await call('POST', `cases/${n}/late-decision`, { accepted: true, reason: LATE_REASON });
  await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: REASONING });
  await call('POST', `cases/${n}/access-requests`, { note: ACCESS_NOTE });
  await call('POST', `cases/${n}/forwarding`, {});
  await call('POST', `cases/${n}/appeal-result`, { result: 'upheld', decidedOn: '2026-12-01' });
  const draft = (await call('POST', `cases/${n}/letters`, { kind: 'general' })).letter as Json;
  await call('PUT', `cases/${n}/letters/${draft.number}`, {
    title: draft.title,
    sections: (draft.sections as Json[]).map((s) => ({
      ...s,
      body: s.body.replace(/\{\{[^}]+\}\}/g, 'Mette'),
    })),
  });
  await call('POST', `cases/${n}/letters/${draft.number}/send`);
  await call('POST', `cases/${n}/letters`, { kind: 'delay', reason: DELAY_REASON, expectedOn: '2026-12-18' });
  // A third letter, sent by e-mail: the outbox holds its PDF until the case is anonymised.
  const mailed = (await call('POST', `cases/${n}/letters`, { kind: 'general' })).letter as Json;
  await call('PUT', `cases/${n}/letters/${mailed.number}`, {
    title: mailed.title,
    sections: (mailed.sections as Json[]).map((s) => ({
      ...s,
      body: s.body.replace(/\{\{[^}]+\}\}/g, 'Mette'),
    })),
  });
  await call('POST', `cases/${n}/letters/${mailed.number}/send`, { channel: 'email' });
  await call('POST', `cases/${n}/transitions`, { to: 'closed' });
  const [row] = await h.ctx.dbh.sql<{ id: string; citizen_id: string }>(
    'SELECT id, citizen_id FROM cases WHERE number = $1',
    [n],
  );
  await h.ctx.dbh.sql(`UPDATE cases SET closed_at = '2020-06-01T10:00:00Z' WHERE id = $1`, [row!.id]);
  return { caseNumber: n, caseId: row!.id, citizenId: row!.citizen_id };
}

/** Everything the formal track and the letters hold on the case, as text, to look for what must be gone. */
async function heldText(caseId: string): Promise<string> {
  const rows = await Promise.all([
    h.ctx.dbh.sql('SELECT reassessment_reasoning, late_reason FROM formal_tracks WHERE case_id = $1', [
      caseId,
    ]),
    h.ctx.dbh.sql('SELECT note FROM access_requests WHERE case_id = $1', [caseId]),
    h.ctx.dbh.sql('SELECT title, sections::text AS sections FROM letters WHERE case_id = $1', [caseId]),
    h.ctx.dbh.sql('SELECT recipient_name, subject FROM digital_post_dev_outbox WHERE case_id = $1', [caseId]),
    h.ctx.dbh.sql(
      "SELECT recipient, params, attachments FROM outbox WHERE case_id = $1 AND template = 'letters.letter'",
      [caseId],
    ),
  ]);
  return JSON.stringify(rows);
}

async function expectStripped(caseId: string, name: string) {
  const text = await heldText(caseId);
  for (const gone of [REASONING, LATE_REASON, DELAY_REASON, ACCESS_NOTE, name, 'Testesen']) {
    expect(text, gone).not.toContain(gone);
  }
  const [track] = await h.ctx.dbh.sql<Json>(
    `SELECT reassessment_result, reassessment_reasoning, late_decision, late_reason, round, forwarded_on::text,
            appeal_result, appeals_body FROM formal_tracks WHERE case_id = $1`,
    [caseId],
  );
  // The facts the reversal rate and the deadlines need stay.
  expect(track).toEqual({
    reassessment_result: 'upheld',
    reassessment_reasoning: '',
    late_decision: 'accepted',
    late_reason: '',
    round: 1,
    forwarded_on: '2026-12-01',
    appeal_result: 'upheld',
    appeals_body: 'Ankestyrelsen',
  });
  const bundles = await h.ctx.dbh.sql<Json>(
    'SELECT version, forwarded_on::text, appeals_body, pdf IS NULL AS gone FROM formal_bundles WHERE case_id = $1',
    [caseId],
  );
  expect(bundles).toEqual([
    { version: 1, forwarded_on: '2026-12-01', appeals_body: 'Ankestyrelsen', gone: true },
  ]);
  const results = await h.ctx.dbh.sql<Json>(
    'SELECT result, decided_on::text FROM formal_appeal_results WHERE case_id = $1',
    [caseId],
  );
  expect(results).toEqual([{ result: 'upheld', decided_on: '2026-12-01' }]);
  const letters = await h.ctx.dbh.sql<Json>(
    `SELECT number, kind, status, sent_at IS NOT NULL AS sent, channel, lix IS NOT NULL AS has_lix, title,
            pdf IS NULL AS no_pdf, content_hash IS NULL AS no_hash,
            (SELECT array_agg(s->>'key' ORDER BY n) FROM jsonb_array_elements(sections) WITH ORDINALITY e(s, n)) AS keys,
            (SELECT bool_and(s->>'body' = '' AND s->>'heading' = '') FROM jsonb_array_elements(sections) s) AS empty
       FROM letters WHERE case_id = $1 ORDER BY number`,
    [caseId],
  );
  expect(letters).toEqual([
    {
      number: 1,
      kind: 'general',
      status: 'sent',
      sent: true,
      channel: 'digital_post',
      has_lix: true,
      title: '',
      no_pdf: true,
      no_hash: true,
      keys: expect.arrayContaining(['result']),
      empty: true,
    },
    {
      number: 2,
      kind: 'delay',
      status: 'draft',
      sent: false,
      channel: null,
      has_lix: false,
      title: '',
      no_pdf: true,
      no_hash: true,
      keys: ['result', 'next_steps'],
      empty: true,
    },
    {
      number: 3,
      kind: 'general',
      status: 'sent',
      sent: true,
      channel: 'email',
      has_lix: true,
      title: '',
      no_pdf: true,
      no_hash: true,
      keys: expect.arrayContaining(['result']),
      empty: true,
    },
  ]);
  // The mail that carried letter 3: its address, parameters and the attached PDF are gone.
  const mails = await h.ctx.dbh.sql<Json>(
    "SELECT recipient, params, attachments FROM outbox WHERE case_id = $1 AND template = 'letters.letter'",
    [caseId],
  );
  expect(mails).toEqual([{ recipient: '', params: {}, attachments: null }]);
  const [outbox] = await h.ctx.dbh.sql<Json>(
    `SELECT recipient_name, recipient_cpr_masked, subject, pdf FROM digital_post_dev_outbox WHERE case_id = $1`,
    [caseId],
  );
  expect(outbox).toEqual({ recipient_name: '', recipient_cpr_masked: null, subject: '', pdf: '' });
}

describe('anonymising a case clears the formal track and the letters', () => {
  it('holds the free text before (so the test can fail)', async () => {
    const c = await formalCase('Testborger Testesen Før', '1010801234', '23 45 67 81');
    const text = await heldText(c.caseId);
    for (const held of [REASONING, LATE_REASON, DELAY_REASON, ACCESS_NOTE]) expect(text).toContain(held);
    expect(text).toContain('contentBase64'); // the e-mailed letter's PDF, in the outbox
    const [bundle] = await h.ctx.dbh.sql<{ n: number }>(
      'SELECT octet_length(pdf)::int AS n FROM formal_bundles WHERE case_id = $1',
      [c.caseId],
    );
    expect(bundle!.n).toBeGreaterThan(1000);
    // Left closed but not yet due: put back within the retention period so the next run leaves it.
    await h.ctx.dbh.sql(`UPDATE cases SET closed_at = '2026-11-30T10:00:00Z' WHERE id = $1`, [c.caseId]);
  });

  it('by the retention job', async () => {
    const name = 'Testborger Testesen Gammel';
    const c = await formalCase(name, '2002801234', '23 45 67 82');
    const res = await h.app.inject({ method: 'POST', url: '/api/v1/privacy/retention/run', headers: admin });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().anonymised.cases).toBe(1);
    await expectStripped(c.caseId, name);
    // The bundle is gone from the case too: nothing to download.
    const pdf = await h.app.inject({
      method: 'GET',
      url: `/api/v1/cases/${c.caseNumber}/bundle.pdf`,
      headers: cw,
    });
    expect(pdf.statusCode).not.toBe(200);
  });

  it('by an erasure request (art. 17)', async () => {
    const name = 'Testborger Testesen Slet';
    const c = await formalCase(name, '0303801234', '23 45 67 83');
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/v1/privacy/citizens/${c.citizenId}/erasure`,
      headers: admin,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'erased' });
    await expectStripped(c.caseId, name);
  });
});
