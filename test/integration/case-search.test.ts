// Case search: any case in the user's scope, closed ones too, by case number, phone, e-mail, name or words of the
// description (Danish full-text search) — a personal-data search, audited with its purpose and criterion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

type Headers = Record<string, string>;
interface Hit {
  caseNumber: string;
  state: string;
  citizenName: string;
  closedAt: string | null;
}

let h: Harness;
let velfaerd: Headers; // caseworker@koege.demo, Velfærdsforvaltningen
let teknik: Headers; // caseworker.teknik@koege.demo, Teknik- og Miljøforvaltningen
let closed: string; // a Velfærd complaint, resolved in dialogue and closed
let open: string; // a Velfærd inquiry of another citizen, still received
let building: string; // a Teknik og Miljø inquiry

async function intake(over: Record<string, unknown>, kommune = '259'): Promise<string> {
  const res = await h.app.inject({
    method: 'POST',
    url: `/api/v1/kommuner/${kommune}/cases`,
    payload: validSubmission(over),
  });
  if (res.statusCode !== 201) throw new Error(`intake: ${res.statusCode} ${res.body}`);
  return (res.json() as { caseNumber: string }).caseNumber;
}

const work = (n: string, path: string, payload: object) =>
  h.app.inject({ method: 'POST', url: `/api/v1/cases/${n}/${path}`, headers: velfaerd, payload });

beforeAll(async () => {
  h = await startHarness();
  velfaerd = await bearer(h.app, 'caseworker@koege.demo');
  teknik = await bearer(h.app, 'caseworker.teknik@koege.demo');
  closed = await intake({
    name: 'Birgitte Søgbar Holm',
    phone: '42 43 44 45',
    email: 'Birgitte.Holm@eksempel.invalid',
    description: 'Jeg klager over ventetiden på min nye rollator, som stadig ikke er leveret.',
  });
  await work(closed, 'contact-attempts', { channel: 'phone', result: 'reached' });
  await work(closed, 'transitions', { to: 'resolved', reason: 'Leveringen er aftalt' });
  const done = await work(closed, 'transitions', { to: 'closed' });
  if (done.statusCode !== 200) throw new Error(`close: ${done.body}`);
  open = await intake({
    kind: 'inquiry',
    decisionDate: undefined,
    name: 'Karsten Andersen',
    phone: '52 53 54 55',
    email: 'karsten@eksempel.invalid',
    description: 'Hvornår kan jeg forvente svar om min boligstøtte?',
  });
  building = await intake({
    kind: 'inquiry',
    area: 'byggesag',
    decisionDate: undefined,
    name: 'Birgitte Byggesag',
    phone: '62 63 64 65',
    description: 'Spørgsmål om rollator-rampe ved min carport og byggetilladelsen.',
  });
});
afterAll(() => h.close());

const search = (
  q: string,
  purpose = 'Borgeren ringer om sin sag',
  headers: Headers = velfaerd,
  lang?: string,
) =>
  h.app.inject({
    method: 'POST',
    url: '/api/v1/cases/search',
    headers: { ...headers, ...(lang ? { 'accept-language': lang } : {}) },
    payload: { q, purpose },
  });
async function found(q: string, headers: Headers = velfaerd): Promise<{ by: string; numbers: string[] }> {
  const res = await search(q, 'Borgeren ringer om sin sag', headers);
  expect(res.statusCode, res.body).toBe(200);
  const body = res.json() as { by: string; items: Hit[] };
  return { by: body.by, numbers: body.items.map((i) => i.caseNumber) };
}
const auditRows = () =>
  h.ctx.dbh.sql<{
    action: string;
    purpose: string;
    criterion: string | null;
    case_id: string | null;
    citizen_id: string | null;
    user_id: string;
  }>(
    "SELECT action, purpose, criterion, case_id, citizen_id, user_id FROM audit_log WHERE action = 'search'",
  );

describe('case search', () => {
  it('finds a closed case by its number, which the queue no longer lists', async () => {
    const queue = (await h.app.inject({ url: '/api/v1/cases', headers: velfaerd })).json() as {
      items: { caseNumber: string }[];
    };
    expect(queue.items.map((i) => i.caseNumber)).not.toContain(closed);
    const res = await search(closed);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      by: 'caseNumber',
      more: false,
      items: [{ caseNumber: closed, state: 'closed', citizenName: 'Birgitte Søgbar Holm' }],
    });
    expect(res.json().items[0].closedAt).toBe('2026-12-01T09:00:00.000Z');
  });

  it("finds a citizen's cases by phone in any usual form, and by e-mail whatever its case", async () => {
    for (const phone of ['42434445', '42 43 44 45', '+45 42 43 44 45', '0045-42434445']) {
      expect(await found(phone)).toEqual({ by: 'phone', numbers: [closed] });
    }
    expect(await found('birgitte.holm@EKSEMPEL.invalid')).toEqual({ by: 'email', numbers: [closed] });
    expect((await found('42434446')).numbers).toEqual([]);
  });

  it('finds by the beginnings of the words of a name, in any order and case', async () => {
    expect(await found('holm birgit')).toEqual({ by: 'words', numbers: [closed] });
    expect((await found('SØGBAR')).numbers).toEqual([closed]);
    expect((await found('karsten')).numbers).toEqual([open]);
    expect((await found('Birgitte Jensen')).numbers).toEqual([]);
  });

  it('finds by words of the description in their Danish forms (full-text search)', async () => {
    // "rollatoren" and "ventetid" meet "rollator" and "ventetiden" through the Danish stemmer.
    expect((await found('rollatoren ventetid')).numbers).toEqual([closed]);
    expect((await found('boligstøtten')).numbers).toEqual([open]);
    expect((await found('"nye rollator"')).numbers).toEqual([closed]);
  });

  it("keeps to the user's scope: another department's or kommune's cases are not found", async () => {
    expect((await found('Birgitte')).numbers).toEqual([closed]);
    expect((await found('Birgitte', teknik)).numbers).toEqual([building]);
    expect((await found('rollator', teknik)).numbers).toEqual([building]);
    expect((await found(closed, teknik)).numbers).toEqual([]);
    const rudersdal = await bearer(h.app, 'caseworker@rudersdal.demo');
    expect((await found('42434445', rudersdal)).numbers).toEqual([]);
  });

  it('writes the search to the audit log with its purpose and criterion, and each case it showed', async () => {
    await h.ctx.dbh.sql("DELETE FROM audit_log WHERE action = 'search'");
    const res = await search('Søgbar', '  Borgeren spørger til sin lukkede sag  ');
    expect(res.statusCode, res.body).toBe(200);
    const [c] = await h.ctx.dbh.sql<{ id: string; citizen_id: string }>(
      'SELECT id, citizen_id FROM cases WHERE number = $1',
      [closed],
    );
    const me = h.koege.users['caseworker@koege.demo'];
    const purpose = 'Borgeren spørger til sin lukkede sag';
    expect(await auditRows()).toEqual(
      expect.arrayContaining([
        { action: 'search', purpose, criterion: 'Søgbar', case_id: null, citizen_id: null, user_id: me },
        {
          action: 'search',
          purpose,
          criterion: null,
          case_id: c!.id,
          citizen_id: c!.citizen_id,
          user_id: me,
        },
      ]),
    );
    expect(await auditRows()).toHaveLength(2);
  });

  it('refuses a search without a purpose or a usable term, per field and in the user language, and logs nothing', async () => {
    await h.ctx.dbh.sql("DELETE FROM audit_log WHERE action = 'search'");
    const da = await search('x', '  ');
    expect(da.statusCode).toBe(400);
    expect(da.json().fields).toEqual({
      q: 'Skriv mindst 2 tegn at søge efter: et sagsnummer, et navn, et telefonnummer, en e-mailadresse eller ord fra beskrivelsen.',
      purpose:
        'Skriv, hvorfor du søger (formål), med mindst 3 tegn. Formålet gemmes i loggen over brug af personoplysninger.',
    });
    const en = await search('Birgitte', '', velfaerd, 'en');
    expect(en.statusCode).toBe(400);
    expect(Object.keys(en.json().fields)).toEqual(['purpose']);
    expect(en.json().fields.purpose).toMatch(/^Say why you are searching/);
    expect((await search('!!', 'Borgeren ringer')).json().fields).toHaveProperty('q');
    expect(await auditRows()).toEqual([]);
  });

  it('is for those who work cases, as the queue is', async () => {
    for (const email of ['reception@koege.demo', 'analyst@koege.demo']) {
      expect((await search('Birgitte', 'Borgeren ringer', await bearer(h.app, email))).statusCode).toBe(403);
    }
    const anonymous = await h.app.inject({
      method: 'POST',
      url: '/api/v1/cases/search',
      payload: { q: 'Birgitte', purpose: 'Nysgerrig' },
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
