// Administration: an administrator sets up the kommune through the API — users, organisation, areas with
// service goals, closing days, retention, the contact directory — each change validated per field (nothing
// saved on a refusal), audited, and confined to the administrator's own kommune.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, login, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
let admin: Record<string, string>;
beforeAll(async () => {
  h = await startHarness();
  admin = await bearer(h.app, 'admin@koege.demo');
  // Velfærdsforvaltningen's entry in the contact directory, as the demo seed makes it.
  const res = await adminCall('POST', '/contacts', {
    departmentId: h.koege.departments.vel,
    phone: '40 25 11 00',
    openingHours: 'Man–fre kl. 9–15',
    email: 'velfaerd@koege.demo',
  });
  if (res.statusCode !== 201) throw new Error(res.body);
});
afterAll(() => h.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const adminCall = (method: Method, path: string, payload?: object, headers = admin) =>
  h.app.inject({ method, url: `/api/v1/admin${path}`, payload, headers });

const count = async (table: string, where = 'true', values: unknown[] = []) =>
  (await h.ctx.dbh.sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, values))[0]!
    .n;
const auditRows = (subjectType: string, subjectId: string) =>
  count('audit_log', 'subject_type = $1 AND subject_id = $2', [subjectType, subjectId]);

const NEW_PASSWORD = 'et-langt-kodeord-1';
let seq = 0;
const newUser = (over: Record<string, unknown> = {}) => ({
  name: 'Test Demo Medarbejder',
  email: `ny.medarbejder${++seq}@koege.demo`,
  role: 'caseworker',
  departmentId: h.koege.departments.vel,
  teamId: h.koege.teams.Jobcenter,
  password: NEW_PASSWORD,
  ...over,
});

describe('users', () => {
  it('creates a user who can then log in, and audits the change', async () => {
    const body = newUser();
    const res = await adminCall('POST', '/users', body);
    expect(res.statusCode, res.body).toBe(201);
    const user = res.json() as { id: string; role: string; active: boolean; hasPassword: boolean };
    expect(user).toMatchObject({ role: 'caseworker', active: true, hasPassword: true });
    expect(await auditRows('admin.user', user.id)).toBe(1);
    const me = await h.app.inject({
      url: '/api/v1/auth/me',
      headers: await bearer(h.app, body.email, NEW_PASSWORD),
    });
    expect(me.json()).toMatchObject({ email: body.email, departmentId: h.koege.departments.vel });
  });

  it('refuses a team of another department, per field in the caller’s language, and saves nothing', async () => {
    const before = await count('users');
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      payload: newUser({ teamId: h.koege.teams.Byggeri }),
      headers: { ...admin, 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({ teamId: 'The team does not belong to the chosen department.' });
    expect(await count('users')).toBe(before);
  });

  it('reports every problem at once: a taken e-mail, a caseworker without department, a short password', async () => {
    const res = await adminCall(
      'POST',
      '/users',
      newUser({ email: 'caseworker@koege.demo', departmentId: null, teamId: null }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      email: 'Der er allerede en bruger med den e-mailadresse.',
      departmentId: 'Sagsbehandlere og ledere skal høre til en forvaltning.',
    });
    const short = await adminCall('POST', '/users', newUser({ password: 'kort' }));
    expect(short.statusCode).toBe(400);
    expect(short.json().fields.password).toBe('Skriv mindst 10 tegn.');
  });

  it('creates one user when two requests race with the same e-mail; the other hears why', async () => {
    const body = newUser();
    const results = await Promise.all([adminCall('POST', '/users', body), adminCall('POST', '/users', body)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 400]);
    const refused = results.find((r) => r.statusCode === 400)!;
    expect(refused.json().fields).toEqual({ email: 'Der er allerede en bruger med den e-mailadresse.' });
    expect(await count('users', 'email = $1', [body.email])).toBe(1);
  });

  it('changes role and department; a new department without a team clears the old team', async () => {
    const { id } = (await adminCall('POST', '/users', newUser())).json() as { id: string };
    const res = await adminCall('PATCH', `/users/${id}`, {
      role: 'team_lead',
      departmentId: h.koege.departments.tmf,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      role: 'team_lead',
      departmentId: h.koege.departments.tmf,
      teamId: null,
    });
  });

  it('stops a deactivated user’s cookie session and Bearer token at once, and refuses their login', async () => {
    const body = newUser();
    const { id } = (await adminCall('POST', '/users', body)).json() as { id: string };
    const cookie = await login(h.app, body.email, NEW_PASSWORD);
    const token = await bearer(h.app, body.email, NEW_PASSWORD);
    expect((await h.app.inject({ url: '/api/v1/auth/me', headers: cookie })).statusCode).toBe(200);
    expect((await h.app.inject({ url: '/api/v1/cases', headers: token })).statusCode).toBe(200);

    const res = await adminCall('POST', `/users/${id}/deactivate`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().active).toBe(false);

    expect((await h.app.inject({ url: '/api/v1/auth/me', headers: cookie })).statusCode).toBe(401);
    expect((await h.app.inject({ url: '/api/v1/cases', headers: token })).statusCode).toBe(401);
    expect(await count('sessions', 'user_id = $1', [id])).toBe(0);
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: body.email, password: NEW_PASSWORD },
    });
    expect(again.statusCode).toBe(401);

    expect((await adminCall('POST', `/users/${id}/activate`)).json().active).toBe(true);
    expect(
      (await h.app.inject({ url: '/api/v1/auth/me', headers: await bearer(h.app, body.email, NEW_PASSWORD) }))
        .statusCode,
    ).toBe(200);
  });

  it('does not let the administrator deactivate themselves or drop their own role', async () => {
    const adminId = h.koege.users['admin@koege.demo']!;
    const self = await adminCall('POST', `/users/${adminId}/deactivate`);
    expect(self.statusCode).toBe(400);
    expect(self.json().fields).toEqual({ active: 'Du kan ikke deaktivere dig selv.' });
    const role = await adminCall('PATCH', `/users/${adminId}`, { role: 'analyst' });
    expect(role.json().fields).toEqual({ role: 'Du kan ikke fjerne din egen administratorrolle.' });
  });

  it('ends the sessions of a user given a new password', async () => {
    const body = newUser();
    const { id } = (await adminCall('POST', '/users', body)).json() as { id: string };
    const token = await bearer(h.app, body.email, NEW_PASSWORD);
    const res = await adminCall('PUT', `/users/${id}/password`, { password: 'endnu-et-langt-kodeord' });
    expect(res.statusCode).toBe(204);
    expect((await h.app.inject({ url: '/api/v1/auth/me', headers: token })).statusCode).toBe(401);
    await bearer(h.app, body.email, 'endnu-et-langt-kodeord');
  });
});

describe('who may administer', () => {
  it('refuses staff who are not administrators', async () => {
    const lead = await bearer(h.app, 'team_lead@koege.demo');
    expect((await adminCall('GET', '/users', undefined, lead)).statusCode).toBe(403);
    expect((await adminCall('POST', '/departments', { name: 'Ny forvaltning' }, lead)).statusCode).toBe(403);
    expect((await h.app.inject({ url: '/api/v1/admin/settings' })).statusCode).toBe(401);
  });

  it('keeps another kommune’s administrator out of Køge’s records (404, nothing changed)', async () => {
    const rudersdal = await bearer(h.app, 'admin@rudersdal.demo');
    const koegeUser = h.koege.users['caseworker@koege.demo']!;
    const res = await adminCall('PATCH', `/users/${koegeUser}`, { name: 'Overtaget' }, rudersdal);
    expect(res.statusCode).toBe(404);
    const team = await adminCall(
      'POST',
      '/teams',
      { name: 'Indtrængere', departmentId: h.koege.departments.vel },
      rudersdal,
    );
    expect(team.json().fields).toEqual({ departmentId: 'Vælg en af kommunens forvaltninger.' });
    const list = (await adminCall('GET', '/users', undefined, rudersdal)).json() as {
      items: { email: string }[];
    };
    expect(list.items.every((u) => u.email.endsWith('@rudersdal.demo'))).toBe(true);
  });
});

describe('departments and teams', () => {
  it('creates a department with the date it started the method, and a team in it', async () => {
    const dep = await adminCall('POST', '/departments', {
      name: 'Sundhedsforvaltningen',
      methodStartedOn: '2026-03-01',
    });
    expect(dep.statusCode, dep.body).toBe(201);
    const { id } = dep.json() as { id: string };
    const team = await adminCall('POST', '/teams', { name: 'Sundhedspleje', departmentId: id });
    expect(team.statusCode, team.body).toBe(201);
    const org = (await adminCall('GET', '/organisation')).json() as {
      departments: { id: string; methodStartedOn: string | null }[];
      teams: { departmentId: string; name: string }[];
    };
    expect(org.departments.find((d) => d.id === id)?.methodStartedOn).toBe('2026-03-01');
    expect(org.teams.filter((t) => t.departmentId === id).map((t) => t.name)).toEqual(['Sundhedspleje']);
  });

  it('refuses a department name already in use, whatever the case of its letters', async () => {
    const res = await adminCall('POST', '/departments', { name: 'velfærdsforvaltningen' });
    expect(res.json().fields).toEqual({ name: 'Navnet er allerede i brug.' });
  });
});

const area = (over: Record<string, unknown> = {}) => ({
  code: 'parkering',
  name: 'Parkering og p-tilladelser',
  kleNumber: '05.13.00',
  departmentId: h.koege.departments.tmf,
  firstContactDays: 4,
  resolutionDays: 20,
  answerDays: 10,
  ...over,
});

describe('areas and their service goals', () => {
  it('checks the KLE number against KL’s main groups, and the goals against each other', async () => {
    const before = await count('areas');
    const res = await adminCall(
      'POST',
      '/areas',
      area({ kleNumber: '99.01.00', resolutionDays: 2, code: 'affald' }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual({
      code: 'Koden er allerede i brug i kommunen.',
      kleNumber: 'Nummeret hører ikke til en af KLE’s hovedgrupper.',
      resolutionDays: 'Målet for løsning kan ikke være kortere end målet for første kontakt.',
    });
    const format = await adminCall('POST', '/areas', area({ kleNumber: '5.13' }));
    expect(format.json().fields).toEqual({
      kleNumber: 'Skriv KLE-nummeret som HH, HH.GG eller HH.GG.EE, fx 27.37.00.',
    });
    expect(await count('areas')).toBe(before);
  });

  it('gives a new complaint in the area its call-back date from the first-contact goal', async () => {
    const res = await adminCall('POST', '/areas', area());
    expect(res.statusCode, res.body).toBe(201);
    // Received Tuesday 1 December 2026; 4 working days: Wed 2, Thu 3, Fri 4, Mon 7.
    const sub = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ area: 'parkering' }),
    });
    expect(sub.statusCode, sub.body).toBe(201);
    expect(sub.json().firstContactDue).toBe('2026-12-07');

    // A stricter goal applies to the next complaint at once.
    const { id } = res.json() as { id: string };
    expect((await adminCall('PATCH', `/areas/${id}`, { firstContactDays: 1 })).statusCode).toBe(200);
    const next = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ area: 'parkering', email: 'anden@eksempel.invalid' }),
    });
    expect(next.json().firstContactDue).toBe('2026-12-02');
  });
});

describe('closing days and retention', () => {
  it('adds an extra closing day that deadlines skip, and removes it again', async () => {
    const add = await adminCall('POST', '/closing-days', { date: '2026-12-02' });
    expect(add.statusCode, add.body).toBe(201);
    expect(add.json().closedDates).toContain('2026-12-02');
    const dup = await adminCall('POST', '/closing-days', { date: '2026-12-02' });
    expect(dup.json().fields).toEqual({ date: 'Dagen er allerede en lukkedag.' });
    const calc = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ email: 'lukkedag@eksempel.invalid' }),
    });
    // hjaelpemidler: 2 working days from Tuesday 1 December, Wednesday closed: Thu 3, Fri 4.
    expect(calc.json().firstContactDue).toBe('2026-12-04');
    const remove = await adminCall('DELETE', '/closing-days/2026-12-02');
    expect(remove.statusCode).toBe(200);
    expect(remove.json().closedDates).not.toContain('2026-12-02');
    expect((await adminCall('DELETE', '/closing-days/2026-12-02')).statusCode).toBe(404);
  });

  it('sets the retention period in years and months, never zero', async () => {
    const current = (await adminCall('GET', '/settings')).json() as Record<string, unknown>;
    const { kommuneId: _k, closedDates: _c, ...settings } = current;
    const zero = await adminCall('PUT', '/settings', { ...settings, retentionYears: 0, retentionMonths: 0 });
    expect(zero.json().fields).toEqual({ retentionMonths: 'Opbevaringsperioden skal være mindst én måned.' });
    const bad = await adminCall('PUT', '/settings', {
      ...settings,
      closedMonthDays: ['12-24', '02-30'],
      accessibilityUrl: 'www.koege.dk',
    });
    expect(bad.json().fields).toEqual({
      accessibilityUrl: 'Skriv en fuld adresse, der begynder med https://.',
      closedMonthDays: 'Skriv hver dag som MM-DD, fx 12-24, én pr. linje.',
    });
    const ok = await adminCall('PUT', '/settings', { ...settings, retentionYears: 3, retentionMonths: 6 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      retentionYears: 3,
      retentionMonths: 6,
      closedMonthDays: ['06-05', '12-24', '12-31'],
    });
    expect(await auditRows('admin.kommune', '259')).toBeGreaterThanOrEqual(1);
  });
});

describe('the contact directory', () => {
  it('needs a phone or an e-mail, a Danish number, and one target', async () => {
    const res = await adminCall('POST', '/contacts', { phone: '1234', openingHours: 'Hverdage kl. 9–15' });
    expect(res.json().fields).toEqual({
      departmentId: 'Vælg en forvaltning eller et område.',
      phone: 'Skriv et dansk telefonnummer med 8 cifre, fx 56 67 67 67.',
    });
    const dup = await adminCall('POST', '/contacts', {
      departmentId: h.koege.departments.vel,
      phone: '30 30 30 30',
    });
    expect(dup.json().fields).toEqual({
      departmentId: 'Der er allerede kontaktoplysninger for den. Ret dem i stedet.',
    });
  });

  it('puts an area’s own number and phone hours into the missed-call SMS, previewed before sending', async () => {
    const entry = await adminCall('POST', '/contacts', {
      areaId: h.koege.areas.hjaelpemidler,
      phone: '+45 31313131',
      openingHours: 'hverdage kl. 8–12',
      email: 'hjaelpemidler@koege.demo',
    });
    expect(entry.statusCode, entry.body).toBe(201);
    expect(entry.json().phone).toBe('31 31 31 31');

    const sub = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ email: 'ringop@eksempel.invalid' }),
    });
    const { caseNumber } = sub.json() as { caseNumber: string };
    const cw = await bearer(h.app, 'caseworker@koege.demo');
    const call = (method: 'GET' | 'POST', path: string, payload?: object) =>
      h.app.inject({ method, url: `/api/v1/cases/${caseNumber}${path}`, payload, headers: cw });
    await call('POST', '/contact-attempts', { channel: 'phone', result: 'no_answer' });

    const preview = await call('GET', '/missed-call-message?channel=sms');
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().text).toBe(
      `Køge Kommune: Vi har forsøgt at ringe til dig om sag ${caseNumber}. Vi prøver igen. ` +
        'Du er også velkommen til at ringe til os på 31 31 31 31 (hverdage kl. 8–12). Oplys sagsnummeret.',
    );
    expect((await call('POST', '/missed-call-message', { channel: 'sms' })).statusCode).toBe(201);
    const [row] = await h.ctx.dbh.sql<{ params: Record<string, string> }>(
      "SELECT params FROM outbox WHERE template = 'dialogue.missed_call' AND params->>'caseNumber' = $1",
      [caseNumber],
    );
    expect(row?.params).toEqual({ caseNumber, phone: '31 31 31 31', openingHours: 'hverdage kl. 8–12' });
  });

  it('falls back to the department’s entry for an area without its own', async () => {
    const sub = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ area: 'hjemmehjaelp', email: 'afdeling@eksempel.invalid' }),
    });
    const { caseNumber } = sub.json() as { caseNumber: string };
    const cw = await bearer(h.app, 'caseworker@koege.demo');
    const preview = await h.app.inject({
      url: `/api/v1/cases/${caseNumber}/missed-call-message?channel=email`,
      headers: { ...cw, 'accept-language': 'en' },
    });
    const dep = (await adminCall('GET', '/contacts'))
      .json()
      .items.find((c: { departmentId: string | null }) => c.departmentId === h.koege.departments.vel) as {
      phone: string;
      openingHours: string;
    };
    expect(preview.json().subject).toBe(`We tried to call you (case ${caseNumber})`);
    expect(preview.json().text).toContain(`call us on ${dep.phone} (${dep.openingHours})`);
  });

  it('shows the directory on the kommune’s citizen home page, and forgets a removed entry', async () => {
    const created = await adminCall('POST', '/contacts', {
      areaId: h.koege.areas.affald,
      email: 'affald@koege.demo',
    });
    const home = await h.app.inject({ url: '/k/259' });
    expect(home.body).toContain('mailto:affald@koege.demo');
    expect((await adminCall('DELETE', `/contacts/${created.json().id}`)).statusCode).toBe(204);
    expect((await h.app.inject({ url: '/k/259' })).body).not.toContain('mailto:affald@koege.demo');
  });
});

describe('the OpenAPI document', () => {
  it('describes every admin operation with tags, an operationId and its 4xx answers', async () => {
    const doc = (await h.app.inject({ url: '/api/docs/json' })).json() as {
      paths: Record<
        string,
        Record<string, { tags?: string[]; operationId?: string; responses: Record<string, unknown> }>
      >;
    };
    const ops = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith('/api/v1/admin/'))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([m, op]) => ({ at: `${m} ${path}`, ...op })),
      );
    expect(ops.length).toBeGreaterThanOrEqual(20);
    for (const op of ops) {
      expect(op.tags, op.at).toEqual(['admin']);
      expect(op.operationId, op.at).toMatch(/^admin[A-Z]/);
      expect(Object.keys(op.responses), op.at).toEqual(expect.arrayContaining(['401', '403']));
    }
  });
});
