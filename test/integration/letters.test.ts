// Letters end to end, on PGlite and PostgreSQL alike: a draft from the template with the case's facts, edited,
// checked for readability, previewed as PDF (every section of a written decision, in order), sent by Digital Post
// (kept as sent, on the timeline, on the citizen's tracking page as a date only, in the development outbox and
// in the case bundle) — and every refusal: wrong order of sections, placeholders left, a sent letter changed,
// another department, an anonymised case.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_KEYS } from '../../src/core/letters.js';
import { PLATFORM } from '../../src/modules/index.js';
import { DEFAULT_TEMPLATES } from '../../src/modules/letters/seed.js';
import { deliverOutbox } from '../../src/modules/messaging/delivery.js';
import { createTransports } from '../../src/modules/messaging/transports.js';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';
import { pdfText } from '../support/pdf-text.js';

let h: Harness;
let cw: Record<string, string>;
let admin: Record<string, string>;
let caseNumber: string;
let trackingToken: string;
let caseId: string;

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely in the assertions
type Json = Record<string, any>;
const call = async (
  headers: Record<string, string>,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) => {
  const res = await h.app.inject({ method, url: `/api/v1${url}`, headers, ...(payload ? { payload } : {}) });
  return {
    status: res.statusCode,
    body: String(res.headers['content-type'] ?? '').includes('json') ? (res.json() as Json) : {},
    raw: res,
  };
};

async function registerCase(over: Record<string, unknown> = {}) {
  const reception = await bearer(h.app, 'reception@koege.demo');
  const res = await call(reception, 'POST', '/staff/cases', {
    ...validSubmission({ name: 'Birthe Brevmodtager', cpr: '1507801234', ...over }),
    channel: 'phone',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { caseNumber: string; trackingToken: string };
}

beforeAll(async () => {
  h = await startHarness();
  cw = await bearer(h.app, 'caseworker@koege.demo');
  admin = await bearer(h.app, 'admin@koege.demo');
  ({ caseNumber, trackingToken } = await registerCase());
  const [row] = await h.ctx.dbh.sql<{ id: string }>('SELECT id FROM cases WHERE number = $1', [caseNumber]);
  caseId = row!.id;
});
afterAll(() => h.close());

const filled = (sections: Json[]) =>
  sections.map((s) => ({ ...s, body: s.body.replace('{{caseworker}}', 'Mette på 40 20 10 00') }));

describe('a decision letter', () => {
  it('starts with no letters, and says no call has reached the citizen', async () => {
    const res = await call(cw, 'GET', `/cases/${caseNumber}/letters`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ items: [], reachedCall: false, settings: { lixLimit: 40 } });
  });

  it("is made from the template with every section in the reader-friendly order and the case's facts", async () => {
    const res = await call(cw, 'POST', `/cases/${caseNumber}/letters`, { kind: 'decision' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { letter } = res.body;
    expect(letter).toMatchObject({ number: 1, kind: 'decision', status: 'draft', sentAt: null });
    expect(letter.sections.map((s: Json) => s.key)).toEqual([...SECTION_KEYS]);
    expect(letter.sections[0].body).toContain('Birthe Brevmodtager');
    expect(letter.title).toBe('Afgørelse om hjælpemidler');
    // The case is not assigned: the caseworker's name is left for the writer.
    expect(letter.sections[5].body).toContain('{{caseworker}}');
    expect(letter.sections.at(-1).body).toContain(caseNumber);
  });

  it('refuses sections out of order, or empty, and changes nothing', async () => {
    const before = (await call(cw, 'GET', `/cases/${caseNumber}/letters/1`)).body.letter;
    const swapped = [before.sections[1], before.sections[0], ...before.sections.slice(2)];
    const res = await call(cw, 'PUT', `/cases/${caseNumber}/letters/1`, {
      title: before.title,
      sections: swapped,
    });
    expect(res.status).toBe(400);
    expect(res.body.fields.sections).toMatch(/rækkefølge/);
    const empty = before.sections.map((s: Json, i: number) => (i === 2 ? { ...s, body: '  ' } : s));
    const res2 = await call(cw, 'PUT', `/cases/${caseNumber}/letters/1`, {
      title: before.title,
      sections: empty,
    });
    expect(res2.status).toBe(400);
    expect(res2.body.fields['sections.2.body']).toBeDefined();
    const after = (await call(cw, 'GET', `/cases/${caseNumber}/letters/1`)).body.letter;
    expect(after.sections).toEqual(before.sections);
  });

  it('is not sent while a placeholder is left', async () => {
    const res = await call(cw, 'POST', `/cases/${caseNumber}/letters/1/send`);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('{{caseworker}}');
    expect((await call(cw, 'GET', `/cases/${caseNumber}/letters/1`)).body.letter.status).toBe('draft');
  });

  it('is saved, and its PDF has every section of a written decision, in order', async () => {
    const before = (await call(cw, 'GET', `/cases/${caseNumber}/letters/1`)).body.letter;
    const res = await call(cw, 'PUT', `/cases/${caseNumber}/letters/1`, {
      title: before.title,
      sections: filled(before.sections),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const pdf = await call(cw, 'GET', `/cases/${caseNumber}/letters/1/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.raw.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.raw.rawPayload)).join('\n');
    const headings = DEFAULT_TEMPLATES.decision.sections.map((s) => s.heading);
    let at = text.indexOf('Afgørelse om hjælpemidler');
    expect(at).toBeGreaterThanOrEqual(0);
    for (const heading of headings) {
      const next = text.indexOf(heading, at);
      expect(next, `${heading} after position ${at}`).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain(`Sagsnummer: ${caseNumber}`);
    expect(text).toContain('Birthe Brevmodtager');
  });

  it('is sent by Digital Post, kept as sent, and never changed afterwards', async () => {
    const res = await call(cw, 'POST', `/cases/${caseNumber}/letters/1/send`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.letter).toMatchObject({ status: 'sent', channel: 'digital_post' });
    expect(res.body.letter.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(res.body.letter.lix).toBeGreaterThan(0);
    const again = await call(cw, 'POST', `/cases/${caseNumber}/letters/1/send`);
    expect(again.status).toBe(409);
    const change = await call(cw, 'PUT', `/cases/${caseNumber}/letters/1`, {
      title: 'Noget andet',
      sections: res.body.letter.sections,
    });
    expect(change.status).toBe(409);
    // The PDF of a sent letter is the one kept, byte for byte, whatever the date now.
    const [kept] = await h.ctx.dbh.sql<{ pdf: string }>('SELECT pdf FROM letters WHERE case_id = $1', [
      caseId,
    ]);
    h.clock.set('2026-12-01T09:40:00Z');
    const pdf = await call(cw, 'GET', `/cases/${caseNumber}/letters/1/pdf`);
    expect(Buffer.from(pdf.raw.rawPayload).toString('base64') === kept!.pdf).toBe(true);
    h.clock.set('2026-12-01T09:00:00Z');
  });

  it('is on the timeline, and the tracking page says a letter was sent and when, not what it says', async () => {
    const detail = await call(cw, 'GET', `/cases/${caseNumber}`);
    const sent = detail.body.timeline.find((e: Json) => e.type === 'letter_sent');
    expect(sent).toMatchObject({ data: { letterNumber: 1, kind: 'decision' } });
    const tracking = await call({}, 'GET', `/track/${trackingToken}`);
    expect(tracking.status).toBe(200);
    const milestone = tracking.body.milestones.find((m: Json) => m.type === 'letter_sent');
    expect(milestone).toEqual({ type: 'letter_sent', at: '2026-12-01T09:00:00.000Z' });
    expect(JSON.stringify(tracking.body)).not.toContain('hjælpemidler</');
    expect(JSON.stringify(tracking.body)).not.toContain('Regler, vi har brugt');
    const page = await h.app.inject({ method: 'GET', url: `/track/${trackingToken}` });
    if (page.statusCode === 200) expect(page.body).toContain('Vi sendte dig et brev');
  });

  it('shows in the development Digital Post outbox exactly as sent, with the CPR masked', async () => {
    const list = await call(admin, 'GET', '/digital-post/dev-outbox');
    expect(list.status).toBe(200);
    const item = list.body.items.find((i: Json) => i.caseNumber === caseNumber);
    expect(item).toMatchObject({
      recipientName: 'Birthe Brevmodtager',
      recipientCprMasked: '150780-XXXX',
      subject: 'Afgørelse om hjælpemidler',
      letterNumber: 1,
    });
    expect(JSON.stringify(list.body)).not.toContain('1507801234');
    const pdf = await call(admin, 'GET', `/digital-post/dev-outbox/${item.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect((await pdfText(pdf.raw.rawPayload)).join('\n')).toContain('Hvis du vil klage');
    expect((await call(cw, 'GET', '/digital-post/dev-outbox')).status).toBe(403);
  });

  it('is in the case bundle, after the documents before it', async () => {
    const docs = await PLATFORM.declared.caseDocuments(h.ctx, { kommuneId: '259', caseId });
    const letter = docs.find((d) => d.kind === 'letter');
    expect(letter).toMatchObject({ title: 'Afgørelse om hjælpemidler', date: '2026-12-01' });
    expect(letter!.body.indexOf('Vores afgørelse')).toBeLessThan(letter!.body.indexOf('Hvis du vil klage'));
  });

  it('logs every read of a letter like opening the case', async () => {
    const rows = await h.ctx.dbh.sql<{ action: string }>(
      "SELECT action FROM audit_log WHERE subject_type = 'letter' AND case_id = $1",
      [caseId],
    );
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['list', 'create', 'read', 'update']));
  });
});

describe('a letter sent by e-mail through the outbox', () => {
  let n: string;
  let token: string;
  let id: string;
  const draft = async (number: string) => {
    const made = await call(cw, 'POST', `/cases/${number}/letters`, { kind: 'decision' });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const { letter } = made.body;
    const saved = await call(cw, 'PUT', `/cases/${number}/letters/${letter.number}`, {
      title: letter.title,
      sections: filled(letter.sections),
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    return saved.body;
  };
  const outboxRows = (caseIdOf: string) =>
    h.ctx.dbh.sql<{
      id: string;
      channel: string;
      recipient: string;
      template: string;
      attachments: { filename: string; contentType: string; contentBase64: string }[] | null;
    }>('SELECT id, channel, recipient, template, attachments FROM outbox WHERE case_id = $1', [caseIdOf]);

  beforeAll(async () => {
    ({ caseNumber: n, trackingToken: token } = await registerCase({ email: 'birthe.brev@eksempel.invalid' }));
    const [row] = await h.ctx.dbh.sql<{ id: string }>('SELECT id FROM cases WHERE number = $1', [n]);
    id = row!.id;
  });

  it('is offered when the citizen has an e-mail address, beside Digital Post', async () => {
    const body = await draft(n);
    expect(body).toMatchObject({
      channels: ['digital_post', 'email'],
      email: 'birthe.brev@eksempel.invalid',
    });
  });

  it('carries the very PDF kept on the case, as an attachment of one outbox mail written with the letter', async () => {
    const res = await call(cw, 'POST', `/cases/${n}/letters/1/send`, { channel: 'email' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.letter).toMatchObject({ status: 'sent', channel: 'email' });
    expect(res.body.letter.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const [kept] = await h.ctx.dbh.sql<{ pdf: string; channel: string }>(
      'SELECT pdf, channel FROM letters WHERE case_id = $1',
      [id],
    );
    expect(kept!.channel).toBe('email');
    const rows = (await outboxRows(id)).filter((r) => r.template === 'letters.letter');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ channel: 'mail', recipient: 'birthe.brev@eksempel.invalid' });
    expect(rows[0]!.attachments).toEqual([
      { filename: `brev-${n}-1.pdf`, contentType: 'application/pdf', contentBase64: kept!.pdf },
    ]);
    // Nothing went to Digital Post.
    const dp = await h.ctx.dbh.sql('SELECT id FROM digital_post_dev_outbox WHERE case_id = $1', [id]);
    expect(dp).toHaveLength(0);
    // Sent once: a second send is refused and writes no second mail.
    expect((await call(cw, 'POST', `/cases/${n}/letters/1/send`, { channel: 'email' })).status).toBe(409);
    expect((await outboxRows(id)).filter((r) => r.template === 'letters.letter')).toHaveLength(1);
  });

  it('lands in the dev mailbox with the same PDF, byte for byte, downloadable by the admin', async () => {
    const [row] = (await outboxRows(id)).filter((r) => r.template === 'letters.letter');
    expect(await deliverOutbox(h.ctx, row!.id, createTransports(h.ctx))).toBe('sent');
    const [kept] = await h.ctx.dbh.sql<{ pdf: string }>('SELECT pdf FROM letters WHERE case_id = $1', [id]);
    const bytes = Buffer.from(kept!.pdf, 'base64');
    const list = await call(admin, 'GET', '/dev-mailbox');
    expect(list.status).toBe(200);
    const item = list.body.items.find((i: Json) => i.recipient === 'birthe.brev@eksempel.invalid');
    expect(item.subject).toBe(`Afgørelse om hjælpemidler (sag ${n})`);
    expect(item.body).toContain('vedhæftet som PDF');
    expect(item.attachments).toEqual([
      {
        filename: `brev-${n}-1.pdf`,
        contentType: 'application/pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        url: `/api/v1/dev-mailbox/${item.id}/attachments/0`,
      },
    ]);
    const file = await h.app.inject({ method: 'GET', url: item.attachments[0].url, headers: admin });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(Buffer.compare(file.rawPayload, bytes)).toBe(0);
    expect((await pdfText(file.rawPayload)).join('\n')).toContain('Hvis du vil klage');
    // The caseworker may not open the dev mailbox; a file that is not there is a 404.
    expect(
      (await h.app.inject({ method: 'GET', url: item.attachments[0].url, headers: cw })).statusCode,
    ).toBe(403);
    const missing = await h.app.inject({
      method: 'GET',
      url: `/api/v1/dev-mailbox/${item.id}/attachments/1`,
      headers: admin,
    });
    expect(missing.statusCode).toBe(404);
  });

  it('says the channel on the timeline, and the tracking page only that a letter was sent and when', async () => {
    const detail = await call(cw, 'GET', `/cases/${n}`);
    const sent = detail.body.timeline.find((e: Json) => e.type === 'letter_sent');
    expect(sent.data).toMatchObject({
      channel: 'email',
      details: [{ key: 'letters.timeline.channel.email' }],
    });
    const tracking = await call({}, 'GET', `/track/${token}`);
    const milestone = tracking.body.milestones.find((m: Json) => m.type === 'letter_sent');
    expect(milestone).toEqual({ type: 'letter_sent', at: '2026-12-01T09:00:00.000Z' });
    expect(JSON.stringify(tracking.body)).not.toContain('e-mail');
    expect(JSON.stringify(tracking.body)).not.toContain('birthe.brev');
    const page = await h.app.inject({ method: 'GET', url: `/track/${token}` });
    if (page.statusCode === 200) {
      expect(page.body).toContain('Vi sendte dig et brev');
      expect(page.body).not.toContain('Digital Post');
    }
  });

  it('is refused when the citizen has no e-mail address, in Danish and English, and nothing is sent or kept', async () => {
    const { caseNumber: bare } = await registerCase({
      name: 'Bent Udenmail',
      cpr: '0309651234',
      email: undefined,
    });
    const [row] = await h.ctx.dbh.sql<{ id: string }>('SELECT id FROM cases WHERE number = $1', [bare]);
    const body = await draft(bare);
    expect(body).toMatchObject({ channels: ['digital_post'], email: null });
    const events = async () =>
      (await call(cw, 'GET', `/cases/${bare}`)).body.timeline.map((e: Json) => e.type) as string[];
    const before = await events();
    const da = await call(cw, 'POST', `/cases/${bare}/letters/1/send`, { channel: 'email' });
    expect(da.status).toBe(400);
    expect(da.body.fields.channel).toBe(
      'Borgeren har ikke oplyst en e-mailadresse, så brevet kan ikke sendes som e-mail. Send det med Digital Post.',
    );
    const en = await call({ ...cw, 'accept-language': 'en' }, 'POST', `/cases/${bare}/letters/1/send`, {
      channel: 'email',
    });
    expect(en.status).toBe(400);
    expect(en.body.fields.channel).toContain('has not given an e-mail address');
    expect((await call(cw, 'GET', `/cases/${bare}/letters/1`)).body.letter).toMatchObject({
      status: 'draft',
      channel: null,
    });
    expect((await outboxRows(row!.id)).filter((r) => r.template === 'letters.letter')).toHaveLength(0);
    expect(await events()).toEqual(before);
  });

  it('refuses an unknown channel', async () => {
    const res = await call(cw, 'POST', `/cases/${n}/letters/1/send`, { channel: 'fax' });
    expect(res.status).toBe(400);
  });
});

describe('a delay letter (fristbrev)', () => {
  it('takes the reason and the new expected date', async () => {
    const res = await call(cw, 'POST', `/cases/${caseNumber}/letters`, {
      kind: 'delay',
      reason: 'vi venter på en udtalelse fra din læge',
      expectedOn: '2026-12-18',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const text = res.body.letter.sections.map((s: Json) => s.body).join('\n');
    expect(text).toContain('vi venter på en udtalelse fra din læge');
    expect(text).toContain('18. december 2026');
    expect(res.body.letter.sections.map((s: Json) => s.key)).toEqual(['result', 'next_steps']);
  });

  it('refuses a date in the past, in the caller’s language', async () => {
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseNumber}/letters`,
      headers: { ...cw, 'accept-language': 'en' },
      payload: { kind: 'delay', reason: 'x', expectedOn: '2026-11-30' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.expectedOn).toBe('Enter a valid date that is not in the past.');
  });
});

describe('the readability check', () => {
  it('answers LIX, band, counts and findings with suggestions', async () => {
    const res = await call(cw, 'POST', '/text/lix', { text: 'Afgørelsen fastholdes, jf. § 66.' });
    expect(res.status).toBe(200);
    // Afgørelsen, fastholdes, jf, 66 (§ is not a word): 4 words, 2 long.
    expect(res.body).toMatchObject({ words: 4, sentences: 1, longWords: 2, limit: 40 });
    expect(res.body.findings.map((f: Json) => f.kind)).toEqual([
      'nominalisation',
      'passive',
      'officialese',
      'paragraph',
    ]);
    expect(res.body.findings[1]).toMatchObject({
      start: 11,
      end: 21,
      suggestion: 'Skriv, hvem der gør det, fx »vi fastholder«.',
    });
    const legal = await call(cw, 'POST', '/text/lix', { text: 'Efter § 66.', section: 'legal_basis' });
    expect(legal.body.findings).toEqual([]);
  });

  it('uses the kommune’s limit and list, set by the administrator', async () => {
    const put = await call(admin, 'PUT', '/letter-settings', {
      lixLimit: 30,
      officialese: [{ phrase: 'ovennævnte', suggestion: 'denne' }],
    });
    expect(put.status).toBe(200);
    const res = await call(cw, 'POST', '/text/lix', { text: 'Den ovennævnte sag, jf. loven.' });
    expect(res.body.limit).toBe(30);
    expect(res.body.findings.map((f: Json) => [f.kind, f.text])).toEqual([['officialese', 'ovennævnte']]);
    expect((await call(cw, 'PUT', '/letter-settings', { lixLimit: 30, officialese: [] })).status).toBe(403);
    const bad = await call(admin, 'PUT', '/letter-settings', { lixLimit: 90, officialese: [] });
    expect(bad.status).toBe(400);
  });

  it('is for those who write letters', async () => {
    const analyst = await bearer(h.app, 'analyst@koege.demo');
    expect((await call(analyst, 'POST', '/text/lix', { text: 'Hej.' })).status).toBe(403);
  });
});

describe('templates', () => {
  it('are edited per area by the administrator, and a new letter uses the area’s own', async () => {
    const list = await call(admin, 'GET', '/letter-templates');
    expect(list.status).toBe(200);
    expect(list.body.areas.map((a: Json) => a.code)).toContain('hjaelpemidler');
    const sections = DEFAULT_TEMPLATES.decision.sections.map((s) =>
      s.key === 'result' ? { ...s, body: 'Kære {{citizenName}}\n\nDu får en ny kørestol.' } : s,
    );
    const wrong = await call(admin, 'PUT', '/letter-templates/decision', {
      area: 'hjaelpemidler',
      title: 'Afgørelse om kørestol',
      sections: sections.slice(1),
    });
    expect(wrong.status).toBe(400);
    const put = await call(admin, 'PUT', '/letter-templates/decision', {
      area: 'hjaelpemidler',
      title: 'Afgørelse om kørestol',
      sections,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const letter = (await call(cw, 'POST', `/cases/${caseNumber}/letters`, { kind: 'decision' })).body.letter;
    expect(letter.title).toBe('Afgørelse om kørestol');
    expect(letter.sections[0].body).toBe('Kære Birthe Brevmodtager\n\nDu får en ny kørestol.');
    const unknownArea = await call(admin, 'PUT', '/letter-templates/decision', {
      area: 'findes-ikke',
      title: 'X',
      sections,
    });
    expect(unknownArea.status).toBe(400);
    expect((await call(cw, 'GET', '/letter-templates')).status).toBe(403);
  });
});

describe('refusals', () => {
  it('hides the letters of another department', async () => {
    const other = await bearer(h.app, 'caseworker.teknik@koege.demo');
    expect((await call(other, 'GET', `/cases/${caseNumber}/letters`)).status).toBe(404);
    expect((await call(other, 'POST', `/cases/${caseNumber}/letters`, { kind: 'general' })).status).toBe(404);
    expect((await call(other, 'GET', `/cases/${caseNumber}/letters/1/pdf`)).status).toBe(404);
  });

  it('answers 404 for a letter the case does not have', async () => {
    expect((await call(cw, 'GET', `/cases/${caseNumber}/letters/99`)).status).toBe(404);
  });

  it('refuses to send without a CPR number for Digital Post', async () => {
    const { caseNumber: n } = await registerCase({
      cpr: undefined,
      name: 'Uden Cpr',
      phone: '30 40 50 61',
      email: 'uden.cpr@eksempel.invalid',
    });
    const letter = (await call(cw, 'POST', `/cases/${n}/letters`, { kind: 'general' })).body.letter;
    await call(cw, 'PUT', `/cases/${n}/letters/1`, {
      title: letter.title,
      sections: filled(letter.sections),
    });
    const res = await call(cw, 'POST', `/cases/${n}/letters/1/send`);
    expect(res.status).toBe(409);
    expect(res.body.message).toMatch(/CPR/);
  });

  it('writes and sends nothing on an anonymised case', async () => {
    const { caseNumber: n } = await registerCase({
      name: 'Anonym Senere',
      phone: '30 40 50 62',
      email: 'anonym.senere@eksempel.invalid',
    });
    const letter = (await call(cw, 'POST', `/cases/${n}/letters`, { kind: 'general' })).body.letter;
    await h.ctx.dbh.sql('UPDATE cases SET anonymised_at = now() WHERE number = $1', [n]);
    expect((await call(cw, 'POST', `/cases/${n}/letters`, { kind: 'general' })).status).toBe(409);
    const update = await call(cw, 'PUT', `/cases/${n}/letters/1`, {
      title: letter.title,
      sections: letter.sections,
    });
    expect(update.status).toBe(409);
    expect((await call(cw, 'POST', `/cases/${n}/letters/1/send`)).status).toBe(409);
  });
});
