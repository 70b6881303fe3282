// Hostile and careless input to intake: control characters, impossible dates, reused Idempotency-Keys, values of
// the wrong type, requests Fastify itself refuses, and the same complaint sent twice. Each answer is a 4xx in the
// caller's language (never a 500, never someone else's case), and nothing is written.
import { once } from 'node:events';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, login, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  // Many submissions from one test address: the per-address limit has its own test (intake.test.ts).
  h = await startHarness({ intakeRateLimitPerMinute: 100_000 });
}, 240_000); // a fresh database can take minutes to start on a machine busy with other suites
afterAll(() => h.close());

const API = '/api/v1/kommuner/259/cases';

const post = (body: unknown, headers: Record<string, string> = {}) =>
  h.app.inject({ method: 'POST', url: API, payload: body as object, headers });

const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  h.app.inject({
    method: 'POST',
    url: '/k/259/henvendelse',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: new URLSearchParams(fields).toString(),
  });

const formFields = (over: Record<string, unknown> = {}): Record<string, string> => {
  const rest = validSubmission(over);
  return {
    ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)])),
    submissionId: crypto.randomUUID(),
  };
};

async function countCases(): Promise<number> {
  const [row] = await h.ctx.dbh.sql<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  return row!.n;
}

const CONTROL_DA =
  'Teksten indeholder usynlige kontroltegn, som vi ikke kan modtage. Fjern dem, og prøv igen.';
const CONTROL_EN =
  'The text contains invisible control characters that we cannot accept. Remove them and try again.';

describe('D1: control characters in text', () => {
  it.each([
    ['description', { description: 'Jeg klager over \u0000 afgørelsen om min kørestol.' }, CONTROL_DA],
    ['name', { name: 'Testperson\u0000Ensom' }, CONTROL_DA],
    ['decisionReference', { decisionReference: 'HJ-\u0000-42' }, CONTROL_DA],
    [
      'email',
      { email: 'test\u0000person@eksempel.invalid' },
      'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.',
    ],
    ['name', { name: 'Testperson \u0007 Ensom' }, CONTROL_DA],
  ])(
    'refuses a control character in %s on the API with the field’s message, writing nothing',
    async (field, over, message) => {
      const before = await countCases();
      const res = await post(validSubmission(over));
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().fields[field]).toBe(message);
      expect(await countCases()).toBe(before);
    },
  );

  it('says so in English when asked', async () => {
    const res = await post(validSubmission({ name: 'A\u0000B' }), { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.name).toBe(CONTROL_EN);
  });

  it('keeps line breaks and tabs in a description', async () => {
    const res = await post(validSubmission({ description: 'Første linje.\r\nAnden linje\tmed tabulator.' }));
    expect(res.statusCode, res.body).toBe(201);
  });

  it('answers a NUL in the HTML form with the form again, the message at the field', async () => {
    const before = await countCases();
    const res = await postForm(formFields({ description: 'Min klage \u0000 handler om en kørestol.' }));
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain(CONTROL_DA);
    expect(await countCases()).toBe(before);
  });
});

describe('D1 beyond intake: no route takes a control character in text', () => {
  it('refuses a NUL in a staff body (agreement text, a note’s name) and in a query with a field message', async () => {
    const cw = await bearer(h.app, 'caseworker@koege.demo');
    const { caseNumber } = (await post(validSubmission())).json() as { caseNumber: string };
    const agreement = await h.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseNumber}/agreements`,
      headers: cw,
      payload: { what: 'Vi sender\u0000 en kopi', owner: 'citizen', dueOn: '2026-12-04' },
    });
    expect(agreement.statusCode, agreement.body).toBe(400);
    expect(agreement.json().fields).toEqual({ what: CONTROL_DA });
    const notes = await h.app.inject({
      method: 'PUT',
      url: `/api/v1/cases/${caseNumber}/conversation`,
      headers: { ...cw, 'accept-language': 'en' },
      payload: {
        currentPhase: 'opening',
        notes: { 'open\u0000ing': 'x' },
        rootCause: null,
        secondaryCauses: [],
        elapsedSeconds: 0,
      },
    });
    expect(notes.statusCode, notes.body).toBe(400);
    expect(notes.json().fields).toEqual({ 'notes.open\u0000ing': CONTROL_EN });
    const query = await h.app.inject({ url: '/api/v1/cases?area=hj%00lp', headers: cw });
    expect(query.statusCode, query.body).toBe(400);
    expect(query.json().fields).toEqual({ area: CONTROL_DA });
  });
});

describe('D2: impossible and out-of-range decision dates', () => {
  it.each([
    ['0000-01-01', 'Skriv en gyldig dato, fx 2026-12-03.'],
    ['2026-02-30', 'Skriv en gyldig dato, fx 2026-12-03.'],
    ['1850-06-01', 'Skriv en gyldig dato, fx 2026-12-03.'],
    ['9999-12-31', 'Skriv en gyldig dato, fx 2026-12-03.'],
    ['2027-01-15', 'Afgørelsens dato kan ikke ligge i fremtiden.'],
    ['20261120', 'Skriv en gyldig dato, fx 2026-12-03.'],
  ])('refuses %s on the API and the form', async (decisionDate, message) => {
    const before = await countCases();
    const api = await post(validSubmission({ decisionDate }));
    expect(api.statusCode, api.body).toBe(400);
    expect(api.json().fields).toEqual({ decisionDate: message });
    const form = await postForm(formFields({ decisionDate }));
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain(message);
    expect(await countCases()).toBe(before);
  });
});

describe('D3: an Idempotency-Key is bound to its body and scoped', () => {
  it('refuses the key again with another person’s complaint (422), without the first case’s number or token', async () => {
    const key = 'd3-key-0001';
    const first = await post(validSubmission(), { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    const other = validSubmission({
      name: 'Anden Testperson',
      email: 'anden@eksempel.invalid',
      area: 'familie',
    });
    const before = await countCases();
    const res = await h.app.inject({
      method: 'POST',
      url: API,
      payload: other,
      headers: { 'idempotency-key': key },
      remoteAddress: '192.0.2.77',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({
      error: 'idempotency_conflict',
      message:
        'Denne Idempotency-Key er allerede brugt til en anden henvendelse. Brug en ny nøgle til en ny henvendelse.',
    });
    expect(res.body).not.toContain(first.json().caseNumber);
    expect(res.body).not.toContain(first.json().trackingToken);
    expect(await countCases()).toBe(before);
    const en = await post(other, { 'idempotency-key': key, 'accept-language': 'en' });
    expect(en.json().message).toBe(
      'This Idempotency-Key has already been used for another submission. Use a new key for a new submission.',
    );
  });

  it('answers the same key and the same body with the same answer, however the body is spelled', async () => {
    const body = validSubmission();
    const first = await post(body, { 'idempotency-key': 'd3-key-0002' });
    // The same complaint: other key order, the phone number written differently, spaces around the name.
    const respelled = { ...body, phone: '+45 2030 4050', name: `  ${body.name} ` };
    const again = await post(Object.fromEntries(Object.entries(respelled).reverse()), {
      'idempotency-key': 'd3-key-0002',
    });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
  });

  it('makes one case of parallel requests with one key', async () => {
    const body = validSubmission();
    const before = await countCases();
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => post(body, { 'idempotency-key': 'd3-key-parallel' })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(answers.map((a) => a.json().caseNumber)).size).toBe(1);
    expect(await countCases()).toBe(before + 1);
  });

  it('keeps staff members’ keys apart, and binds them to the body too', async () => {
    const reception = await login(h.app, 'reception@koege.demo');
    const caseworker = await login(h.app, 'caseworker@koege.demo');
    const register = (headers: Record<string, string>, body: object) =>
      h.app.inject({ method: 'POST', url: '/api/v1/staff/cases', headers, payload: body });
    const fields = validSubmission();
    const body = { ...fields, channel: 'phone' };
    const a = await register({ ...reception, 'idempotency-key': 'staff-key-1' }, body);
    const b = await register({ ...caseworker, 'idempotency-key': 'staff-key-1' }, body);
    expect(a.statusCode, a.body).toBe(201);
    expect(b.statusCode, b.body).toBe(201);
    expect(b.json().caseNumber).not.toBe(a.json().caseNumber);
    const repeat = await register({ ...reception, 'idempotency-key': 'staff-key-1' }, body);
    expect(repeat.statusCode).toBe(200);
    expect(repeat.json()).toEqual(a.json());
    const changed = await register(
      { ...reception, 'idempotency-key': 'staff-key-1' },
      { ...body, name: 'En Helt Anden' },
    );
    expect(changed.statusCode).toBe(422);
    expect(changed.json().error).toBe('idempotency_conflict');
  });

  it('refuses a key of invisible or non-ASCII characters with a field message', async () => {
    const res = await post(validSubmission(), { 'idempotency-key': 'nøgle med mellemrum' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      'idempotency-key': 'Idempotency-Key skal være 1-200 synlige ASCII-tegn.',
    });
  });
});

describe('D8: values of the wrong type are refused, not coerced', () => {
  it.each([
    ['name', false, 'Værdien har en forkert type.'],
    ['name', 0, 'Værdien har en forkert type.'],
    ['description', ['Jeg klager over afgørelsen om min kørestol.'], 'Værdien har en forkert type.'],
    ['phone', 20304050, 'Skriv et dansk telefonnummer med 8 cifre.'],
    ['email', 42, 'Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.'],
    ['decisionReference', true, 'Værdien har en forkert type.'],
    ['preferredContactTime', 'whenever', 'Vælg et tidspunkt fra listen.'],
    ['preferredContactTime', 1, 'Vælg et tidspunkt fra listen.'],
    ['kind', ['complaint'], 'Vælg, om det er en klage, en beklagelse eller en henvendelse.'],
  ])('refuses %s = %j with a message at the field, writing nothing', async (field, value, message) => {
    const before = await countCases();
    const res = await post(validSubmission({ [field]: value }));
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toBe('validation');
    expect(res.json().fields[field]).toBe(message);
    expect(await countCases()).toBe(before);
  });

  it('reports every wrong field at once', async () => {
    const res = await post({ kind: 'complaint', area: 'hjaelpemidler', name: 0, description: 5 });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().fields).sort()).toEqual(
      ['decisionDate', 'description', 'name', 'phone'].sort(),
    );
  });

  it('answers a body that is not JSON in the caller’s language', async () => {
    const bad = {
      method: 'POST' as const,
      url: API,
      headers: { 'content-type': 'application/json' },
      payload: '{"kind":',
    };
    const da = await h.app.inject(bad);
    expect(da.statusCode).toBe(400);
    expect(da.json()).toEqual({
      error: 'invalid_json',
      message: 'Forespørgslens indhold er ikke gyldig JSON.',
    });
    const en = await h.app.inject({ ...bad, headers: { ...bad.headers, 'accept-language': 'en' } });
    expect(en.json()).toEqual({ error: 'invalid_json', message: 'The request body is not valid JSON.' });
  });

  it('answers a wrong content type, an empty JSON body and a body too large in Danish', async () => {
    const type = await h.app.inject({
      method: 'POST',
      url: API,
      headers: { 'content-type': 'application/xml' },
      payload: '<hej/>',
    });
    expect(type.statusCode).toBe(415);
    expect(type.json()).toEqual({
      error: 'unsupported_media_type',
      message: 'Indholdstypen understøttes ikke. Send JSON eller en formular.',
    });
    const empty = await h.app.inject({
      method: 'POST',
      url: API,
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('Forespørgslen mangler indhold.');
    const large = await post(validSubmission({ description: 'x'.repeat(300 * 1024) }));
    expect(large.statusCode).toBe(413);
    expect(large.json()).toEqual({ error: 'too_large', message: 'Forespørgslen er for stor.' });
  });

  it('answers an unknown API address with JSON, and an unknown page with a page', async () => {
    const api = await h.app.inject({ url: '/api/v1/nowhere', headers: { 'accept-language': 'en' } });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: 'not_found', message: 'This address does not exist.' });
    const page = await h.app.inject({ url: '/k/259/nowhere' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.body).toContain('<html lang="da"');
    expect(page.body).toContain('Siden findes ikke');
  });

  it('answers an over-long address on a citizen page with a page', async () => {
    const res = await h.app.inject({ url: `/spor/${'a'.repeat(500)}`, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(414);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain('The address or the request headers are too long.');
  });

  it('answers a malformed address on a citizen page with a page in the chosen language', async () => {
    const res = await h.app.inject({ url: '/k/%E0%A4%A/henvendelse', headers: { cookie: 'lang=en' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('The address is not valid.');
  });

  it('answers a URL too long for the HTTP parser with a page on citizen addresses and JSON on the API', async () => {
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as { port: number };
    const raw = async (path: string, extra = '') => {
      const socket = connect(port, '127.0.0.1');
      await once(socket, 'connect');
      socket.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\n${extra}\r\n`);
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      await once(socket, 'close');
      return Buffer.concat(chunks).toString('utf8');
    };
    const long = 'a'.repeat(20_000);
    const page = await raw(`/k/259/henvendelse?x=${long}`, 'Accept-Language: en\r\n');
    expect(page).toMatch(/^HTTP\/1.1 431/);
    expect(page).toMatch(/Content-Type: text\/html/);
    expect(page).toContain('The address or the request headers are too long.');
    const api = await raw(`/api/v1/track/${long}`);
    expect(api).toMatch(/^HTTP\/1.1 431/);
    expect(api).toContain(
      '{"error":"too_long","message":"Adressen eller forespørgslens headere er for lange."}',
    );
  });
});

describe('issue 7 4d: the same complaint sent again', () => {
  it('answers the API with the first case when the same contact sends the same description again', async () => {
    const body = validSubmission({ email: 'gentaget@eksempel.invalid' });
    const first = await post(body, { 'idempotency-key': 'resend-1' });
    const before = await countCases();
    const again = await post(body, { 'idempotency-key': 'resend-2' });
    const noKey = await post(body);
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(noKey.json()).toEqual(first.json());
    expect(await countCases()).toBe(before);
    // Another description from the same person is a new complaint.
    const other = await post({ ...body, description: 'Nu handler det om noget helt andet end kørestolen.' });
    expect(other.statusCode).toBe(201);
  });

  it('shows the first case’s receipt after Back and Send on the form (a new submission id)', async () => {
    const fields = formFields({ email: 'tilbage@eksempel.invalid' });
    const first = await postForm(fields);
    expect(first.statusCode).toBe(303);
    const before = await countCases();
    const resent = await postForm({ ...fields, submissionId: crypto.randomUUID() });
    expect(resent.statusCode).toBe(303);
    expect(resent.headers.location).toBe(first.headers.location);
    expect(await countCases()).toBe(before);
  });

  it('takes the same complaint for a new one after a day', async () => {
    const body = validSubmission({ email: 'naeste-dag@eksempel.invalid' });
    const first = await post(body);
    h.clock.set('2026-12-02T09:30:00Z');
    try {
      const later = await post(body);
      expect(later.statusCode).toBe(201);
      expect(later.json().caseNumber).not.toBe(first.json().caseNumber);
    } finally {
      h.clock.set('2026-12-01T09:00:00Z');
    }
  });

  it('shows the form again with a fresh id when one submission id comes back with other content', async () => {
    const fields = formFields({ email: 'rettet@eksempel.invalid' });
    expect((await postForm(fields)).statusCode).toBe(303);
    const res = await postForm({ ...fields, description: 'Jeg har rettet min beskrivelse af sagen her.' });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('Formularen er allerede sendt med et andet indhold.');
    const id = /name="submissionId" value="([^"]+)"/.exec(res.body)?.[1];
    expect(id).toBeDefined();
    expect(id).not.toBe(fields.submissionId);
  });
});
