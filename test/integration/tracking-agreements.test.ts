// The tracking page shows the agreements made with the citizen — what, who does it, by when, kept or not — once
// each, and leaves cancelled ones out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
let cw: Record<string, string>;
let caseNumber: string;
let token: string;

const call = (method: 'POST' | 'PATCH', url: string, payload: object) =>
  h.app.inject({ method, url: `/api/v1/cases/${caseNumber}/${url}`, payload, headers: cw });

beforeAll(async () => {
  h = await startHarness();
  cw = await bearer(h.app, 'caseworker@koege.demo');
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/kommuner/259/cases',
    payload: validSubmission({ kind: 'grievance', decisionDate: undefined }),
  });
  ({ caseNumber, trackingToken: token } = res.json() as { caseNumber: string; trackingToken: string });
  await call('POST', 'contact-attempts', { channel: 'phone', result: 'reached' });
  const made = async (what: string, owner: string, dueOn: string) =>
    (await call('POST', 'agreements', { what, owner, dueOn })).json().id as string;
  const copy = await made(
    'Vi sender dig en kopi af vurderingen',
    h.koege.users['caseworker@koege.demo']!,
    '2026-12-04',
  );
  await made('Du sender os lægeerklæringen', 'citizen', '2026-12-10');
  const dropped = await made(
    'Vi ringer til hjemmeplejen',
    h.koege.users['caseworker@koege.demo']!,
    '2026-12-08',
  );
  await call('PATCH', `agreements/${copy}`, { status: 'kept' });
  await call('PATCH', `agreements/${dropped}`, { status: 'cancelled' });
});
afterAll(() => h.close());

describe('agreements on the tracking page', () => {
  it('lists what was agreed, who does it, by when and whether it is kept, by due date, without cancelled ones', async () => {
    const res = await h.app.inject({ url: `/api/v1/track/${token}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().agreements).toEqual([
      { what: 'Vi sender dig en kopi af vurderingen', owner: 'kommune', dueOn: '2026-12-04', kept: true },
      { what: 'Du sender os lægeerklæringen', owner: 'citizen', dueOn: '2026-12-10', kept: false },
    ]);
  });

  it('no longer repeats one milestone per agreement', async () => {
    const milestones = (await h.app.inject({ url: `/api/v1/track/${token}` })).json().milestones as {
      type: string;
    }[];
    expect(milestones.map((m) => m.type).filter((t) => t.startsWith('agreement'))).toEqual([]);
  });

  it('says it on the page, in Danish and in English', async () => {
    const da = (await h.app.inject({ url: `/spor/${token}` })).body;
    expect(da).toContain('Det har vi aftalt med dig');
    expect(da).toContain('Vi sender dig en kopi af vurderingen');
    expect(da).toContain('Kommunen');
    expect(da).toContain('fredag den 4. december 2026');
    expect(da).toContain('Holdt');
    expect(da).toContain('Du sender os lægeerklæringen');
    expect(da).toContain('Ikke holdt endnu');
    expect(da).not.toContain('hjemmeplejen');
    expect(da).not.toContain('Vi lavede en aftale med dig');
    const en = (await h.app.inject({ url: `/spor/${token}?lang=en` })).body;
    expect(en).toContain('What we have agreed with you');
    expect(en).toContain('The municipality');
    expect(en).toContain('Not kept yet');
  });
});
