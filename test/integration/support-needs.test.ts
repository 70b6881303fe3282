// Support needs are set by staff on the citizen panel: validated per field, audited, and on the case history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
let cw: Record<string, string>;
let caseNumber: string;
let citizenId: string;

beforeAll(async () => {
  h = await startHarness();
  cw = await bearer(h.app, 'caseworker@koege.demo');
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/kommuner/259/cases',
    payload: validSubmission({ name: 'Testperson Tolk', phone: '33 34 35 36' }),
  });
  caseNumber = res.json().caseNumber;
  [{ citizen_id: citizenId }] = (await h.ctx.dbh.sql<{ citizen_id: string }>(
    'SELECT citizen_id FROM cases WHERE number = $1',
    [caseNumber],
  )) as [{ citizen_id: string }];
});
afterAll(() => h.close());

const put = (payload: object, headers = cw) =>
  h.app.inject({ method: 'PUT', url: `/api/v1/citizens/${citizenId}/support-needs`, headers, payload });
const openCase = async () => (await h.app.inject({ url: `/api/v1/cases/${caseNumber}`, headers: cw })).json();
const audits = () =>
  h.ctx.dbh.sql<{ action: string; subject_type: string; citizen_id: string; user_id: string }>(
    "SELECT action, subject_type, citizen_id, user_id FROM audit_log WHERE action = 'update' AND citizen_id = $1",
    [citizenId],
  );
const needsEvents = async () =>
  (
    await h.ctx.dbh.sql<{ data: { changed: string[] }; actor_id: string }>(
      `SELECT e.data, e.actor_id FROM case_events e JOIN cases c ON c.id = e.case_id
        WHERE c.number = $1 AND e.type = 'support_needs_set' ORDER BY e.seq`,
      [caseNumber],
    )
  ).map((r) => ({ changed: r.data.changed, actor: r.actor_id }));

describe('support needs', () => {
  it('records them, shows them on the case, audits the change and puts it on the history', async () => {
    const res = await put({
      interpreter: true,
      language: ' arabisk ',
      companion: true,
      hearingDifficulties: true,
      preferredChannel: 'sms',
      preferredTime: 'efter kl. 15',
    });
    expect(res.statusCode, res.body).toBe(200);
    const expected = {
      interpreter: true,
      language: 'arabisk',
      companion: true,
      readingDifficulties: false,
      hearingDifficulties: true,
      preferredChannel: 'sms',
      preferredTime: 'efter kl. 15',
    };
    expect(res.json()).toEqual(expected);
    expect((await openCase()).citizen.supportNeeds).toEqual(expected);
    const me = h.koege.users['caseworker@koege.demo'];
    expect(await audits()).toEqual([
      { action: 'update', subject_type: 'support_needs', citizen_id: citizenId, user_id: me },
    ]);
    expect(await needsEvents()).toEqual([
      {
        changed: [
          'interpreter',
          'language',
          'companion',
          'hearingDifficulties',
          'preferredChannel',
          'preferredTime',
        ],
        actor: me,
      },
    ]);
    const timeline = (await openCase()).timeline as { type: string }[];
    expect(timeline.map((e) => e.type)).toContain('support_needs_set');
  });

  it('clears what is left out, and names only what changed', async () => {
    const res = await put({
      interpreter: true,
      language: 'arabisk',
      companion: true,
      hearingDifficulties: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await openCase()).citizen.supportNeeds).not.toHaveProperty('preferredChannel');
    expect((await needsEvents()).at(-1)?.changed).toEqual(['preferredChannel', 'preferredTime']);
  });

  it('refuses an interpreter without a language, per field and in the user language, and changes nothing', async () => {
    const before = { audits: (await audits()).length, events: (await needsEvents()).length };
    const da = await put({ interpreter: true, language: '  ' });
    expect(da.statusCode).toBe(400);
    expect(da.json().fields).toEqual({ language: 'Skriv, hvilket sprog tolken skal tale.' });
    const en = await h.app.inject({
      method: 'PUT',
      url: `/api/v1/citizens/${citizenId}/support-needs`,
      headers: { ...cw, 'accept-language': 'en' },
      payload: { interpreter: true },
    });
    expect(en.json().fields).toEqual({ language: 'Enter the language the interpreter should speak.' });
    const badChannel = await put({ preferredChannel: 'pigeon' });
    expect(badChannel.statusCode).toBe(400);
    expect(badChannel.json().fields).toHaveProperty('preferredChannel');
    expect((await openCase()).citizen.supportNeeds).toMatchObject({ language: 'arabisk', companion: true });
    expect({ audits: (await audits()).length, events: (await needsEvents()).length }).toEqual(before);
  });

  it("is for staff who may read one of the citizen's cases", async () => {
    const teknik = await bearer(h.app, 'caseworker.teknik@koege.demo');
    expect((await put({ companion: false }, teknik)).statusCode).toBe(404);
    expect((await openCase()).citizen.supportNeeds.companion).toBe(true);
  });
});
