import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forgetTenancyCache } from '../../src/platform/tenancy.js';
import { type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

type Fields = Record<string, string | number | boolean | undefined>;

/** What a browser sends for the form: every value a string, unchecked boxes left out. */
function formBody(fields: Fields): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === false) continue;
    params.set(k, v === true ? 'yes' : String(v));
  }
  return params.toString();
}

const postForm = (fields: Fields, opts: { kommune?: string; headers?: Record<string, string> } = {}) =>
  h.app.inject({
    method: 'POST',
    url: `/k/${opts.kommune ?? '259'}/henvendelse`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...opts.headers },
    payload: formBody(fields),
  });

const validForm = (over: Fields = {}): Fields => ({
  ...(validSubmission() as Fields),
  submissionId: crypto.randomUUID(),
  ...over,
});

async function countCases(): Promise<number> {
  const [row] = await h.ctx.dbh.sql<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  return row!.n;
}

/** Submits a valid form and follows the redirect to the receipt. */
async function submitAndFollow(over: Fields = {}) {
  const res = await postForm(validForm(over));
  expect(res.statusCode, res.body).toBe(303);
  const location = String(res.headers.location);
  const token = location.split('/').pop()!;
  return { location, token, receipt: await h.app.inject({ url: location }) };
}

/** The ids of the visible form controls, and the ids their labels point at. */
function controlsAndLabels(html: string) {
  const controls = [...html.matchAll(/<(input|select|textarea)\b([^>]*)>/g)]
    .map((m) => m[2]!)
    .filter((attrs) => !/type="hidden"/.test(attrs))
    .map((attrs) => /\bid="([^"]+)"/.exec(attrs)?.[1]);
  const labelled = new Set([...html.matchAll(/<label[^>]*\bfor="([^"]+)"/g)].map((m) => m[1]));
  return { controls, labelled };
}

describe('the citizen form', () => {
  it('shows every field with a Danish label, grouped radios with legends, and a fresh submission id', async () => {
    const res = await h.app.inject({ url: '/k/259/henvendelse' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const html = res.body;
    expect(html.startsWith('<!doctype html><html lang="da">')).toBe(true);
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect(html).toContain('<a class="skipnav" href="#main">Gå til sideindhold</a>');
    expect(html).toContain('<main id="main"');
    expect(html).toContain('/assets/dkfds/css/dkfds-borgerdk.min.css');

    const { controls, labelled } = controlsAndLabels(html);
    expect(controls).toEqual(
      expect.arrayContaining([
        'kind-complaint',
        'kind-grievance',
        'kind-inquiry',
        'area',
        'decisionDate',
        'decisionReference',
        'description',
        'name',
        'phone',
        'email',
        'preferredContactTime-any',
        'preferredContactTime-morning',
      ]),
    );
    for (const id of controls) expect(labelled.has(id), `label for ${id}`).toBe(true);

    for (const text of [
      'Klage over en afgørelse',
      'Beklagelse',
      'Henvendelse',
      'Hvad drejer det sig om?',
      'Kun ved klage over en afgørelse',
      'Afgørelsens dato',
      'Beskriv, hvad det handler om',
      'Dit navn',
      'Telefonnummer',
      'Mindst én af dem skal udfyldes',
      'Hvornår passer det dig bedst, at vi ringer?',
      '<optgroup label="Velfærdsforvaltningen"><option value="hjemmehjaelp">',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(/name="submissionId" value="[0-9a-f-]{36}"/);
    expect(html).toMatch(/<form[^>]*method="post"/);
  });

  it('sends a strict Content-Security-Policy and forbids caching', async () => {
    const res = await h.app.inject({ url: '/k/259/henvendelse' });
    const csp = String(res.headers['content-security-policy']);
    for (const rule of [
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(rule);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('makes /k/:kommunekode the kommune home, accepting the zero-padded code, with a link to the form', async () => {
    const res = await h.app.inject({ url: '/k/0259' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/k/259/henvendelse"');
  });

  it('speaks English with ?lang=en and remembers the choice in the lang cookie', async () => {
    const res = await h.app.inject({ url: '/k/259/henvendelse?lang=en' });
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('Send a complaint or an inquiry');
    expect(res.body).toContain('Complaint about a decision');
    expect(res.body).toContain('Accessibility statement');
    expect(res.body).toContain('href="/k/259/henvendelse?lang=da" lang="da"');
    expect(res.cookies.find((c) => c.name === 'lang')?.value).toBe('en');

    const next = await h.app.inject({ url: '/k/259/henvendelse', cookies: { lang: 'en' } });
    expect(next.body).toContain('<html lang="en">');
  });

  it('offers the switch to English on a Danish page', async () => {
    const res = await h.app.inject({ url: '/k/259/henvendelse' });
    expect(res.body).toContain('href="/k/259/henvendelse?lang=en" lang="en"');
  });

  it('comes back with 400, an error summary linked to the fields, and what the citizen wrote — and no case', async () => {
    const before = await countCases();
    const submissionId = crypto.randomUUID();
    const res = await postForm({
      submissionId,
      kind: 'complaint',
      area: 'hjaelpemidler',
      description: 'kort',
      name: 'Testperson Ensom',
      email: 'testperson@eksempel.invalid',
      preferredContactTime: 'afternoon',
    });
    expect(res.statusCode).toBe(400);
    const html = res.body;
    expect(html).toContain('<title>Fejl: Send en klage eller en henvendelse – Køge Kommune</title>');
    expect(html).toContain('Formularen indeholder fejl. Ret felterne herunder.');
    expect(html).toContain('<a href="#decisionDate">Skriv datoen for den afgørelse, du klager over.</a>');
    expect(html).toContain('<a href="#description">Beskriv kort, hvad det handler om (mindst 10 tegn).</a>');
    expect(html).not.toContain('href="#name"');
    // Each error sits at its field and is read with it.
    expect(html).toMatch(/id="decisionDate-error"/);
    expect(html).toMatch(
      /<input[^>]*id="decisionDate"[^>]*aria-invalid="true"[^>]*aria-describedby="decisionDate-hint decisionDate-error"/,
    );
    expect(html).toMatch(
      /<textarea[^>]*aria-describedby="description-hint description-error"[^>]*>kort<\/textarea>/,
    );
    // What the citizen wrote is still there.
    expect(html).toMatch(/id="name"[^>]*value="Testperson Ensom"/);
    expect(html).toMatch(/id="email"[^>]*value="testperson@eksempel.invalid"/);
    expect(html).toMatch(/id="kind-complaint"[^>]*checked=""/);
    expect(html).toMatch(/id="preferredContactTime-afternoon"[^>]*checked=""/);
    expect(html).toMatch(/<option value="hjaelpemidler" selected="">/);
    expect(html).toContain(`name="submissionId" value="${submissionId}"`);
    expect(await countCases()).toBe(before);
  });

  it('shows the errors in English when the citizen chose English', async () => {
    const res = await postForm({ kind: 'inquiry' }, { headers: { cookie: 'lang=en' } });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The form has errors. Please correct the fields below.');
    expect(res.body).toContain('Enter your name.');
  });
});

describe('what the citizen is told about their data (GDPR art. 13), instead of a consent box', () => {
  it('says who processes, why and on what basis, who sees it, for how long, the rights and the DPO', async () => {
    const html = (await h.app.inject({ url: '/k/259/henvendelse' })).body;
    for (const text of [
      'Sådan bruger vi dine oplysninger',
      'Køge Kommune er dataansvarlig',
      'offentlig myndighed',
      'artikel 6, stk. 1, litra e',
      'artikel 9, stk. 2, litra g',
      'Derfor skal du ikke give samtykke',
      'Kun medarbejdere, der arbejder med din sag',
      'Vi gemmer oplysningerne i 5 år, efter at sagen er afsluttet',
      'få forkerte oplysninger rettet',
      'Datatilsynet',
      '<a href="mailto:databeskyttelse@koege.demo">databeskyttelse@koege.demo</a>',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).not.toContain('type="checkbox"');
    expect(html).not.toMatch(/Jeg giver samtykke/);
  });

  it("states the kommune's own retention period and data protection officer", async () => {
    await h.ctx.dbh.sql(
      "UPDATE kommuner SET retention_years = 3, dpo_email = 'dpo.test@rudersdal.demo' WHERE kommune_id = '230'",
    );
    forgetTenancyCache();
    const html = (await h.app.inject({ url: '/k/230/henvendelse' })).body;
    expect(html).toContain('Rudersdal Kommune er dataansvarlig');
    expect(html).toContain('Vi gemmer oplysningerne i 3 år');
    expect(html).toContain('dpo.test@rudersdal.demo');
    const en = (await h.app.inject({ url: '/k/230/henvendelse?lang=en' })).body;
    expect(en).toContain('We keep the information for 3 years after the case is closed.');
    expect(en).toContain('article 6(1)(e)');
  });

  it('points to the kommune when it has named no data protection officer', async () => {
    await h.ctx.dbh.sql("UPDATE kommuner SET dpo_email = NULL WHERE kommune_id = '230'");
    forgetTenancyCache();
    const html = (await h.app.inject({ url: '/k/230/henvendelse' })).body;
    expect(html).toContain('kontakte kommunens databeskyttelsesrådgiver gennem kommunen');
    expect(html).not.toContain('mailto:');
  });

  it('takes the form and the API without any consent', async () => {
    const before = await countCases();
    const form = validForm();
    expect('consent' in form).toBe(false);
    expect((await postForm(form)).statusCode).toBe(303);
    const api = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ description: 'En anden henvendelse uden samtykkefelt.' }),
    });
    expect(api.statusCode, api.body).toBe(201);
    expect(await countCases()).toBe(before + 2);
  });
});

describe('submitting and the receipt', () => {
  it('sends a valid form on to the receipt with 303, which shows the case number and the call-back date in words', async () => {
    const { location, token, receipt } = await submitAndFollow();
    expect(location).toMatch(/^\/k\/259\/kvittering\/[A-Za-z0-9_-]{43}$/);
    expect(receipt.statusCode).toBe(200);
    const html = receipt.body;
    expect(html).toContain('<h1>Tak – vi har modtaget din henvendelse</h1>');
    expect(html).toMatch(/259-2026-\d{6}/);
    // Received Tuesday 1 December; hjælpemidler promises a call within 2 working days.
    expect(html).toContain('Vi ringer dig op senest torsdag den 3. december 2026.');
    expect(html).toContain('Hvad sker der nu?');
    expect(html).toContain('klageinstansen');
    expect(html).toContain(`href="${h.ctx.config.publicUrl}/spor/${token}"`);
  });

  it('states the date in English on an English receipt', async () => {
    const { location } = await submitAndFollow();
    const res = await h.app.inject({ url: `${location}?lang=en` });
    expect(res.body).toContain('We will call you no later than Thursday 3 December 2026.');
  });

  it('makes one case of the same submission sent twice', async () => {
    const before = await countCases();
    const fields = validForm();
    const first = await postForm(fields);
    const second = await postForm(fields);
    expect(first.statusCode).toBe(303);
    expect(second.statusCode).toBe(303);
    expect(second.headers.location).toBe(first.headers.location);
    expect(await countCases()).toBe(before + 1);
  });

  it("does not show a receipt under another kommune's address", async () => {
    const { token } = await submitAndFollow();
    const res = await h.app.inject({ url: `/k/230/kvittering/${token}` });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toMatch(/259-2026-/);
  });

  it('answers a burst of submissions with a friendly 429 page, not JSON', async () => {
    const from = { remoteAddress: '198.51.100.7' };
    const limit = h.ctx.config.intakeRateLimitPerMinute;
    for (let i = 0; i < limit; i++) {
      const r = await h.app.inject({ method: 'POST', url: '/k/259/henvendelse', payload: {}, ...from });
      expect(r.statusCode).toBe(400);
    }
    const res = await h.app.inject({ method: 'POST', url: '/k/259/henvendelse', payload: {}, ...from });
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Du har sendt mange forespørgsler på kort tid');
    expect(res.body).toContain('https://www.koege.dk/tilgaengelighedserklaering');
  });
});

describe('the tracking page', () => {
  it('shows the status and the next date but nothing personal', async () => {
    const { token } = await submitAndFollow({
      name: 'Testperson Sporbar',
      email: 'sporbar@eksempel.invalid',
      phone: '20 99 88 77',
      description: 'En beskrivelse, som kun medarbejdere må se.',
    });
    const res = await h.app.inject({ url: `/spor/${token}` });
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('Status på din sag');
    expect(html).toMatch(/259-2026-\d{6}/);
    expect(html).toContain('<strong>Modtaget</strong>');
    expect(html).toContain('Vi ringer dig op senest torsdag den 3. december 2026.');
    expect(html).toContain('tirsdag den 1. december 2026</time>: Vi modtog din henvendelse');
    for (const personal of [
      'Sporbar',
      'sporbar@eksempel.invalid',
      '20 99 88 77',
      '20998877',
      'En beskrivelse',
    ]) {
      expect(html).not.toContain(personal);
    }
  });

  it('names a status change in plain words and never shows its reason', async () => {
    const { receipt, token } = await submitAndFollow();
    const number = /259-2026-\d{6}/.exec(receipt.body)![0];
    const [c] = await h.ctx.dbh.sql<{ id: string }>('SELECT id FROM cases WHERE number = $1', [number]);
    await h.ctx.dbh.sql(`UPDATE cases SET state = 'contacting' WHERE id = $1`, [c!.id]);
    await h.ctx.dbh.sql(
      `INSERT INTO case_events (kommune_id, case_id, type, at, public, data)
       VALUES ('259', $1, 'state_changed', $2, true, $3::jsonb)`,
      [
        c!.id,
        new Date('2026-12-02T08:00:00Z'),
        JSON.stringify({ from: 'received', to: 'contacting', reason: 'Privat note' }),
      ],
    );
    const html = (await h.app.inject({ url: `/spor/${token}` })).body;
    expect(html).toContain('<strong>Vi forsøger at kontakte dig</strong>');
    expect(html).toContain('onsdag den 2. december 2026</time>: Ny status: Vi forsøger at kontakte dig');
    expect(html).not.toContain('Privat note');
  });

  it('answers an unknown link with a 404 page in HTML', async () => {
    for (const url of ['/spor/no-such-token', '/k/259/kvittering/no-such-token']) {
      const res = await h.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('Siden findes ikke');
      expect(res.body).toContain('Vi kan ikke finde en sag med dette link');
    }
  });

  it('answers an unknown kommune with a 404 page in HTML', async () => {
    const res = await h.app.inject({ url: '/k/999/henvendelse' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Siden findes ikke');
  });
});

describe('on every page', () => {
  it("links the footer to the kommune's accessibility statement", async () => {
    const { location, token } = await submitAndFollow();
    const koege = 'href="https://www.koege.dk/tilgaengelighedserklaering">Tilgængelighedserklæring</a>';
    for (const url of ['/k/259/henvendelse', location, `/spor/${token}`]) {
      const res = await h.app.inject({ url });
      expect(res.body, url).toContain(koege);
      expect(res.body, url).toMatch(/<footer>/);
    }
    const rudersdal = await h.app.inject({ url: '/k/230/henvendelse' });
    expect(rudersdal.body).toContain('href="https://www.rudersdal.dk/tilgaengelighedserklaering"');
    expect(rudersdal.body).toContain('Rudersdal Kommune');
  });

  it('keeps the HTML pages out of the OpenAPI document', async () => {
    const doc = (await h.app.inject({ url: '/api/docs/json' })).json() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).some((p) => p.startsWith('/k/') || p.startsWith('/spor/'))).toBe(false);
  });
});
