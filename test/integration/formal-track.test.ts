// The formal track end to end, on both engines: a maintained complaint re-assessed, forwarded with its case bundle
// (read back from the PDF) and decided by the appeals body; sent back re-enters re-assessment; every wrong order
// is refused with 409 in the caller's language and changes nothing; the case API carries the deadlines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';
import { pdfText } from '../support/pdf-text.js';

let h: Harness;
let cw: Record<string, string>; // caseworker in Velfærdsforvaltningen, Køge
let admin: Record<string, string>;
beforeAll(async () => {
  h = await startHarness();
  cw = await bearer(h.app, 'caseworker@koege.demo');
  admin = await bearer(h.app, 'admin@koege.demo');
}, 60_000);
afterAll(() => h.close());

/** Moves the clock (sessions are renewed: a day later the old ones have expired), runs `fn`, and moves it back. */
async function at(iso: string, fn: () => Promise<void>) {
  h.clock.set(iso);
  cw = await bearer(h.app, 'caseworker@koege.demo');
  try {
    await fn();
  } finally {
    h.clock.set('2026-12-01T09:00:00Z');
    cw = await bearer(h.app, 'caseworker@koege.demo');
    admin = await bearer(h.app, 'admin@koege.demo');
  }
}

async function newCase(over: Record<string, unknown> = {}) {
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/kommuner/259/cases',
    payload: validSubmission(over),
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json() as { caseNumber: string }).caseNumber;
}
const call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers = cw) =>
  h.app.inject({ method, url: `/api/v1/${url}`, ...(payload ? { payload } : {}), headers });
const state = async (n: string) =>
  (await h.ctx.dbh.sql<{ state: string }>('SELECT state FROM cases WHERE number = $1', [n]))[0]!.state;
const eventTypes = async (n: string) =>
  (
    await h.ctx.dbh.sql<{ type: string }>(
      'SELECT e.type FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.number = $1 ORDER BY e.at, e.seq',
      [n],
    )
  ).map((r) => r.type);

async function maintained(over: Record<string, unknown> = {}) {
  const n = await newCase(over);
  const res = await call('POST', `cases/${n}/transitions`, {
    to: 'maintained',
    reason: 'Borgeren ønsker genvurdering.',
  });
  expect(res.statusCode, res.body).toBe(200);
  return n;
}
const detail = async (n: string) => {
  const res = await call('GET', `cases/${n}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    state: string;
    deadlines: Record<string, unknown> | null;
    formal: Record<string, unknown> | null;
  };
};

describe('the formal path', () => {
  it('re-assesses, forwards with the bundle and records the appeal result, with every step on the timeline', async () => {
    const n = await maintained();
    // Mark the conversation notes for the bundle.
    await call('PUT', `cases/${n}/conversation`, {
      currentPhase: 'story',
      notes: { story: 'Borgeren fortalte om behovet for en kørestol.' },
      rootCause: null,
      secondaryCauses: [],
      elapsedSeconds: 60,
    });
    const marked = await call('PUT', `cases/${n}/conversation/bundle`, { inBundle: true });
    expect(marked.statusCode, marked.body).toBe(200);

    const before = await detail(n);
    // Received Tue 2026-12-01; decision 2026-11-20 of unknown delivery → received 11-30 (6 working days), +4 weeks.
    expect(before.deadlines).toMatchObject({
      complaintDeadline: '2026-12-28',
      complaintLate: false,
      reassessmentDue: '2026-12-29',
      reassessmentStatus: 'pending',
      delayLetterPrompt: false,
      delayLetterUrl: `/staff/cases/${n}/letters/new?kind=delay`,
    });
    expect(before.formal).toMatchObject({
      appealsBody: 'Ankestyrelsen',
      allowed: { reassessment: true, forwarding: false, appealResult: false },
    });

    const re = await call('POST', `cases/${n}/reassessment`, {
      result: 'upheld',
      reasoning: 'Afgørelsen er rigtig.',
    });
    expect(re.statusCode, re.body).toBe(200);
    expect(re.json()).toEqual({ caseNumber: n, state: 'reassessment', letterUrl: null });

    const fw = await call('POST', `cases/${n}/forwarding`, {});
    expect(fw.statusCode, fw.body).toBe(200);
    expect(fw.json()).toEqual({ forwardedOn: '2026-12-01', bundleUrl: `/api/v1/cases/${n}/bundle.pdf` });
    expect(await state(n)).toBe('forwarded');

    const pdf = await call('GET', `cases/${n}/bundle.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(pdf.rawPayload)).join('\n');
    const order = [
      'Til: Ankestyrelsen',
      'Følgebrev',
      'fastholdes',
      'Afgørelsen, der klages over',
      'Klagen',
      'Notat fra samtalen med borgeren',
      'Genvurdering',
    ];
    let from = 0;
    for (const part of order) {
      const at = text.indexOf(part, from);
      expect(at, `"${part}" after position ${from}`).toBeGreaterThanOrEqual(0);
      from = at + part.length;
    }
    expect(text).toContain('HJ-2026-0042');
    expect(text).toContain('behovet for en kørestol');
    const audited = await h.ctx.dbh.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE subject_type = 'case_bundle'",
    );
    expect(audited[0]!.n).toBe(1);

    const ap = await call('POST', `cases/${n}/appeal-result`, { result: 'upheld', decidedOn: '2026-12-01' });
    expect(ap.statusCode, ap.body).toBe(200);
    expect(await state(n)).toBe('appeal_decided');

    const after = await detail(n);
    expect(after.formal).toMatchObject({
      reassessment: { result: 'upheld', reasoning: 'Afgørelsen er rigtig.', decidedOn: '2026-12-01' },
      forwarding: {
        appealsBody: 'Ankestyrelsen',
        forwardedOn: '2026-12-01',
        bundleUrl: `/api/v1/cases/${n}/bundle.pdf`,
      },
      appeal: { result: 'upheld', decidedOn: '2026-12-01' },
      allowed: { reassessment: false, forwarding: false, appealResult: false },
    });
    expect(after.deadlines).toMatchObject({ reassessmentStatus: null });
    expect(await eventTypes(n)).toEqual([
      'case_received',
      'state_changed',
      'formal_track_opened',
      'conversation_started',
      'state_changed',
      'reassessment_started',
      'reassessment_decided',
      'state_changed',
      'forwarded_to_appeals_body',
      'case_bundle_made',
      'state_changed',
      'appeal_decided',
    ]);
  });

  it('puts an upheld re-assessment on the timeline once, when it is made — not again at forwarding', async () => {
    const n = await maintained();
    const decided = async () => {
      const timeline = (await call('GET', `cases/${n}`)).json().timeline as {
        type: string;
        data: Record<string, unknown>;
      }[];
      return timeline.filter((e) => e.type.startsWith('reassessment_') && e.type !== 'reassessment_started');
    };
    await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Afgørelsen er rigtig.' });
    const once = await decided();
    expect(once).toHaveLength(1);
    expect(once[0]).toMatchObject({ type: 'reassessment_decided', data: { result: 'upheld' } });
    expect((await call('POST', `cases/${n}/forwarding`, {})).statusCode).toBe(200);
    expect(await decided()).toHaveLength(1);
    expect((await eventTypes(n)).filter((t) => t === 'reassessment_decided')).toHaveLength(1);
  });

  it('leaves the conversation notes out of the bundle when the caseworker unmarks them', async () => {
    const n = await maintained();
    await call('PUT', `cases/${n}/conversation`, {
      currentPhase: 'story',
      notes: { story: 'Borgeren fortalte om trappen til badeværelset.' },
      rootCause: null,
      secondaryCauses: [],
      elapsedSeconds: 60,
    });
    expect((await call('PUT', `cases/${n}/conversation/bundle`, { inBundle: true })).json()).toEqual({
      inBundle: true,
    });
    expect((await call('GET', `cases/${n}/conversation`)).json()).toMatchObject({ inBundle: true });
    expect((await call('PUT', `cases/${n}/conversation/bundle`, { inBundle: false })).json()).toEqual({
      inBundle: false,
    });
    expect((await call('GET', `cases/${n}/conversation`)).json()).toMatchObject({ inBundle: false });
    await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt.' });
    await call('POST', `cases/${n}/forwarding`, {});
    const text = (await pdfText((await call('GET', `cases/${n}/bundle.pdf`)).rawPayload)).join('\n');
    expect(text).toContain('Følgebrev');
    expect(text).not.toContain('Notat fra samtalen med borgeren');
    expect(text).not.toContain('trappen til badeværelset');
  });

  it('refuses to mark notes for the bundle on a case with no conversation, with the field message', async () => {
    const n = await maintained();
    const res = await call('PUT', `cases/${n}/conversation/bundle`, { inBundle: true });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { fields: Record<string, string> }).fields.inBundle).toBeTruthy();
    expect((await call('GET', `cases/${n}/conversation`)).json()).toBeNull();
  });

  it('closes the case in the citizen favour when the decision is changed in full, and offers the letter', async () => {
    const n = await maintained();
    const re = await call('POST', `cases/${n}/reassessment`, {
      result: 'changed',
      reasoning: 'Borgeren har ret.',
    });
    expect(re.statusCode, re.body).toBe(200);
    expect(re.json()).toEqual({
      caseNumber: n,
      state: 'closed',
      letterUrl: `/staff/cases/${n}/letters/new?kind=reassessment`,
    });
    const fw = await call('POST', `cases/${n}/forwarding`, {});
    expect(fw.statusCode).toBe(409);
  });

  it('forwards a case sent back, by default, to the appeals body it went to before', async () => {
    const n = await maintained();
    await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt.' });
    await call('POST', `cases/${n}/forwarding`, { appealBody: 'Byggeklageenheden' });
    const back = await call('POST', `cases/${n}/appeal-result`, {
      result: 'sent_back',
      decidedOn: '2026-12-01',
    });
    expect(back.statusCode, back.body).toBe(200);
    expect((await detail(n)).formal).toMatchObject({ round: 2, appealsBody: 'Byggeklageenheden' });
    await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt igen.' });
    const fw = await call('POST', `cases/${n}/forwarding`, {});
    expect(fw.statusCode, fw.body).toBe(200);
    expect((await detail(n)).formal).toMatchObject({
      forwarding: { appealsBody: 'Byggeklageenheden' },
      bundles: [
        { version: 1, appealsBody: 'Byggeklageenheden' },
        { version: 2, appealsBody: 'Byggeklageenheden' },
      ],
    });
  });

  it('sends a case sent back into a new re-assessment with a new deadline, and forwards it again', async () => {
    const n = await maintained();
    await call('POST', `cases/${n}/reassessment`, {
      result: 'partly_changed',
      reasoning: 'Delvist medhold.',
    });
    await call('POST', `cases/${n}/forwarding`, { appealBody: 'Byggeklageenheden' });
    await at('2027-01-04T09:00:00Z', async () => {
      const back = await call('POST', `cases/${n}/appeal-result`, {
        result: 'sent_back',
        decidedOn: '2026-12-30',
      });
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json()).toMatchObject({ state: 'reassessment' });
      const d = await detail(n);
      // 4 weeks from Mon 2027-01-04.
      expect(d.deadlines).toMatchObject({ reassessmentDue: '2027-02-01', reassessmentStatus: 'pending' });
      // The second forwarding form starts from the appeals body used before.
      expect(d.formal).toMatchObject({
        round: 2,
        reassessment: null,
        allowed: { reassessment: true },
        appealsBody: 'Byggeklageenheden',
      });
      const again = await call('POST', `cases/${n}/reassessment`, {
        result: 'upheld',
        reasoning: 'Fastholdt igen.',
      });
      expect(again.statusCode, again.body).toBe(200);
      expect((await detail(n)).formal).toMatchObject({ appealsBody: 'Byggeklageenheden' });
      // Another body may still be chosen.
      const fw = await call('POST', `cases/${n}/forwarding`, { appealBody: 'Ankestyrelsen' });
      expect(fw.statusCode, fw.body).toBe(200);
      const ap = await call('POST', `cases/${n}/appeal-result`, {
        result: 'dismissed',
        decidedOn: '2027-01-04',
      });
      expect(ap.statusCode, ap.body).toBe(200);
      // Both bundles are kept, each as sent: the second did not overwrite the first.
      const bundles = ((await detail(n)).formal as { bundles: unknown[] }).bundles;
      expect(bundles).toEqual([
        {
          version: 1,
          round: 1,
          appealsBody: 'Byggeklageenheden',
          forwardedOn: '2026-12-01',
          url: `/api/v1/cases/${n}/bundle.pdf?version=1`,
        },
        {
          version: 2,
          round: 2,
          appealsBody: 'Ankestyrelsen',
          forwardedOn: '2027-01-04',
          url: `/api/v1/cases/${n}/bundle.pdf?version=2`,
        },
      ]);
      const first = (await pdfText((await call('GET', `cases/${n}/bundle.pdf?version=1`)).rawPayload)).join(
        '\n',
      );
      expect(first).toContain('Til: Byggeklageenheden');
      expect(first).toContain('Delvist medhold.');
      expect(first).not.toContain('Fastholdt igen.');
      const second = (await pdfText((await call('GET', `cases/${n}/bundle.pdf?version=2`)).rawPayload)).join(
        '\n',
      );
      expect(second).toContain('Til: Ankestyrelsen');
      expect(second).toContain('Fastholdt igen.');
      const latest = (await pdfText((await call('GET', `cases/${n}/bundle.pdf`)).rawPayload)).join('\n');
      expect(latest).toContain('Fastholdt igen.');
      const none = await call('GET', `cases/${n}/bundle.pdf?version=3`);
      expect(none.statusCode).toBe(409);
      const rows = await h.ctx.dbh.sql<{ round: number; result: string }>(
        'SELECT r.round, r.result FROM formal_appeal_results r JOIN cases c ON c.id = r.case_id WHERE c.number = $1 ORDER BY r.round',
        [n],
      );
      expect(rows).toEqual([
        { round: 1, result: 'sent_back' },
        { round: 2, result: 'dismissed' },
      ]);
    });
  });

  it('forwards to the appeals body the admin configured for the area', async () => {
    const set = await call(
      'PUT',
      'appeals-bodies/hjaelpemidler',
      { name: 'Miljø- og Fødevareklagenævnet' },
      admin,
    );
    expect(set.statusCode, set.body).toBe(204);
    const refused = await call('PUT', 'appeals-bodies/hjaelpemidler', { name: 'Noget andet' });
    expect(refused.statusCode).toBe(403);
    const list = await call('GET', 'appeals-bodies', undefined, admin);
    expect(list.json()).toContainEqual(
      expect.objectContaining({ areaCode: 'hjaelpemidler', appealsBody: 'Miljø- og Fødevareklagenævnet' }),
    );
    const n = await maintained();
    await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt.' });
    await call('POST', `cases/${n}/forwarding`, {});
    expect((await detail(n)).formal).toMatchObject({
      forwarding: { appealsBody: 'Miljø- og Fødevareklagenævnet' },
    });
    await call('PUT', 'appeals-bodies/hjaelpemidler', { name: null }, admin);
  });
});

describe('every wrong order is refused with 409 and changes nothing', () => {
  const refusedWith = async (res: { statusCode: number; json: () => unknown }, code: string) => {
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: code });
  };

  it('refuses forwarding before the re-assessment, and an appeal result before forwarding', async () => {
    const n = await maintained();
    const events = await eventTypes(n);
    await refusedWith(await call('POST', `cases/${n}/forwarding`, {}), 'reassessment_first');
    await refusedWith(
      await call('POST', `cases/${n}/appeal-result`, { result: 'upheld', decidedOn: '2026-12-01' }),
      'not_forwarded',
    );
    expect(await state(n)).toBe('maintained');
    expect(await eventTypes(n)).toEqual(events);
  });

  it('refuses a second re-assessment, and one after the appeal result', async () => {
    const n = await maintained();
    await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt.' });
    await refusedWith(
      await call('POST', `cases/${n}/reassessment`, { result: 'changed', reasoning: 'Alligevel.' }),
      'reassessment_decided',
    );
    await call('POST', `cases/${n}/forwarding`, {});
    await call('POST', `cases/${n}/appeal-result`, { result: 'changed', decidedOn: '2026-12-01' });
    const events = await eventTypes(n);
    await refusedWith(
      await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Igen.' }),
      'appeal_decided',
    );
    await refusedWith(
      await call('POST', `cases/${n}/appeal-result`, { result: 'upheld', decidedOn: '2026-12-01' }),
      'appeal_decided',
    );
    await refusedWith(await call('POST', `cases/${n}/forwarding`, {}), 'not_forwardable');
    expect(await eventTypes(n)).toEqual(events);
  });

  it('refuses to forward without the bundle through the transitions API (the outcome button), in Danish and English', async () => {
    const n = await maintained();
    await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt.' });
    const events = await eventTypes(n);
    const da = await call('POST', `cases/${n}/transitions`, { to: 'forwarded' });
    await refusedWith(da, 'needs_bundle');
    expect((da.json() as { message: string }).message).toContain('sagsakterne');
    const en = await h.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${n}/transitions`,
      payload: { to: 'forwarded' },
      headers: { ...cw, 'accept-language': 'en' },
    });
    await refusedWith(en, 'needs_bundle');
    expect((en.json() as { message: string }).message).toContain('case bundle');
    expect(await state(n)).toBe('reassessment');
    expect(await eventTypes(n)).toEqual(events);
    expect((await detail(n)).formal).toMatchObject({
      forwarding: null,
      bundles: [],
      allowed: { forwarding: true },
    });
  });

  describe('no way round the formal track through the outcome path (POST /transitions)', () => {
    /** What the formal track keeps on a case: its state, timeline, track row and appeal results. */
    const snapshot = async (n: string) => ({
      state: await state(n),
      events: await eventTypes(n),
      formal: (await detail(n)).formal,
      appealResults: await h.ctx.dbh.sql(
        'SELECT a.result, a.round FROM formal_appeal_results a JOIN cases c ON c.id = a.case_id WHERE c.number = $1',
        [n],
      ),
    });
    const generic = (n: string, payload: object, language: 'da' | 'en' = 'da') =>
      h.app.inject({
        method: 'POST',
        url: `/api/v1/cases/${n}/transitions`,
        payload,
        headers: { ...cw, 'accept-language': language },
      });
    const refusedNamingThePanel = async (n: string, payload: object, code: string) => {
      const before = await snapshot(n);
      const da = await generic(n, payload, 'da');
      await refusedWith(da, code);
      expect((da.json() as { message: string }).message).toContain('under Formelt klagespor');
      const en = await generic(n, payload, 'en');
      await refusedWith(en, code);
      expect((en.json() as { message: string }).message).toContain('under Formal complaint track');
      expect(await snapshot(n)).toEqual(before);
    };

    it('refuses closing a started re-assessment as changed: the result is recorded on the formal track', async () => {
      const n = await maintained();
      expect((await call('POST', `cases/${n}/transitions`, { to: 'reassessment' })).statusCode).toBe(200);
      await refusedNamingThePanel(n, { to: 'closed', reason: 'Omgjort.' }, 'needs_reassessment');
      expect(await state(n)).toBe('reassessment');
      // The formal track's own way still does it, with its row and the letter link.
      const re = await call('POST', `cases/${n}/reassessment`, { result: 'changed', reasoning: 'Omgjort.' });
      expect(re.statusCode, re.body).toBe(200);
      expect(await state(n)).toBe('closed');
    });

    it('refuses closing an upheld re-assessment as changed', async () => {
      const n = await maintained();
      await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt.' });
      await refusedNamingThePanel(n, { to: 'closed' }, 'needs_reassessment');
      expect((await detail(n)).formal).toMatchObject({ reassessment: { result: 'upheld' } });
    });

    it("refuses recording the appeals body's decision: it is recorded on the formal track", async () => {
      const n = await maintained();
      await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt.' });
      await call('POST', `cases/${n}/forwarding`, {});
      await refusedNamingThePanel(n, { to: 'appeal_decided' }, 'needs_appeal_result');
      expect(await state(n)).toBe('forwarded');
      expect((await detail(n)).formal).toMatchObject({ appeal: null, allowed: { appealResult: true } });
    });

    it('takes only the move and its reason: no result field is offered on the outcome path', async () => {
      const doc = (await h.app.inject({ url: '/api/docs/json' })).json() as {
        paths: Record<
          string,
          Record<string, { requestBody: { content: Record<string, { schema: unknown }> } }>
        >;
      };
      const body = doc.paths['/api/v1/cases/{caseNumber}/transitions']!.post!.requestBody.content[
        'application/json'
      ]!.schema as { properties: Record<string, unknown>; required: string[] };
      expect(Object.keys(body.properties).sort()).toEqual(['reason', 'to']);
      expect(body.required).toEqual(['to']);
    });

    it('refuses sending a decided case back into re-assessment, and offers only closing after the result', async () => {
      const n = await maintained();
      await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt.' });
      await call('POST', `cases/${n}/forwarding`, {});
      // Dismissed (afvist), so the reversal rate counted below is not moved by this case.
      await call('POST', `cases/${n}/appeal-result`, { result: 'dismissed', decidedOn: '2026-12-01' });
      expect(await state(n)).toBe('appeal_decided');
      await refusedNamingThePanel(n, { to: 'reassessment' }, 'needs_appeal_result');
      expect((await detail(n)).formal).toMatchObject({ round: 1, appeal: { result: 'dismissed' } });
      // Closing after the recorded result is still the outcome buttons' move.
      const closed = await call('POST', `cases/${n}/transitions`, { to: 'closed' });
      expect(closed.statusCode, closed.body).toBe(200);
    });
  });

  it('refuses every formal step on a grievance, in Danish and in English', async () => {
    const n = await newCase({ kind: 'grievance', decisionDate: undefined, decisionReference: undefined });
    const res = await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'x' });
    await refusedWith(res, 'not_a_complaint');
    expect((res.json() as { message: string }).message).toContain('klage over en afgørelse');
    const en = await h.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${n}/forwarding`,
      payload: {},
      headers: { ...cw, 'accept-language': 'en' },
    });
    await refusedWith(en, 'not_a_complaint');
    expect((en.json() as { message: string }).message).toContain('complaint about a decision');
    await refusedWith(
      await call('POST', `cases/${n}/appeal-result`, { result: 'upheld', decidedOn: '2026-12-01' }),
      'not_a_complaint',
    );
    const rows = await h.ctx.dbh.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM formal_tracks f JOIN cases c ON c.id = f.case_id WHERE c.number = $1',
      [n],
    );
    expect(rows[0]!.n).toBe(0);
    expect((await detail(n)).deadlines).toBeNull();
  });

  it('refuses a re-assessment before the complaint is maintained', async () => {
    const n = await newCase();
    await refusedWith(
      await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'x' }),
      'not_formal',
    );
  });

  it('refuses bad input with a field message: no reasoning, a decision date in the future or before forwarding', async () => {
    const n = await maintained();
    const blank = await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ fields: { reasoning: expect.any(String) } });
    await call('POST', `cases/${n}/reassessment`, { result: 'upheld', reasoning: 'Fastholdt.' });
    await call('POST', `cases/${n}/forwarding`, {});
    const future = await call('POST', `cases/${n}/appeal-result`, {
      result: 'upheld',
      decidedOn: '2026-12-02',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ fields: { decidedOn: expect.any(String) } });
    const early = await call('POST', `cases/${n}/appeal-result`, {
      result: 'upheld',
      decidedOn: '2026-11-30',
    });
    expect(early.statusCode).toBe(400);
    expect(await state(n)).toBe('forwarded');
  });
});

describe('late complaints and aktindsigt', () => {
  it('flags a late complaint and asks for a recorded decision, once', async () => {
    // Digital Post decision of 2026-10-01: deadline 2026-10-29; received 2026-12-01 → late.
    const n = await maintained({ decisionDate: '2026-10-01' });
    const facts = await call('PUT', `cases/${n}/decision-facts`, {
      delivery: 'digital',
      properGuidance: true,
    });
    expect(facts.statusCode, facts.body).toBe(204);
    const d = await detail(n);
    expect(d.deadlines).toMatchObject({ complaintDeadline: '2026-10-29', complaintLate: true });
    expect(d.formal).toMatchObject({ needsLateDecision: true, allowed: { lateDecision: true } });
    const decided = await call('POST', `cases/${n}/late-decision`, {
      accepted: true,
      reason: 'Særlige grunde.',
    });
    expect(decided.statusCode, decided.body).toBe(204);
    expect((await detail(n)).formal).toMatchObject({
      needsLateDecision: false,
      lateDecision: { accepted: true, reason: 'Særlige grunde.' },
    });
    expect(
      (await call('POST', `cases/${n}/late-decision`, { accepted: false, reason: 'x' })).statusCode,
    ).toBe(409);
    // Without a klagevejledning the deadline never started: not late.
    await call('PUT', `cases/${n}/decision-facts`, { delivery: 'digital', properGuidance: false });
    expect((await detail(n)).deadlines).toMatchObject({ complaintDeadline: null, complaintLate: false });
  });

  it('refuses a decision on a complaint that came in time', async () => {
    const n = await maintained();
    const res = await call('POST', `cases/${n}/late-decision`, { accepted: true, reason: 'x' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'late_decision_not_needed' });
  });

  it('registers aktindsigt with its 7 working days, prompts a delay letter near the deadline, and marks it answered', async () => {
    const n = await newCase();
    const reg = await call('POST', `cases/${n}/access-requests`, {
      receivedOn: '2026-12-01',
      note: 'Hele sagen.',
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const { id, dueOn } = reg.json() as { id: string; dueOn: string };
    expect(dueOn).toBe('2026-12-10');
    await at('2026-12-09T09:00:00Z', async () => {
      expect((await detail(n)).deadlines).toMatchObject({
        accessRequests: [{ id, dueOn: '2026-12-10', status: 'pending', delayLetterPrompt: true }],
      });
      const ans = await call('POST', `cases/${n}/access-requests/${id}/answered`);
      expect(ans.statusCode, ans.body).toBe(200);
      expect((await detail(n)).deadlines).toMatchObject({
        accessRequests: [{ status: 'met', answeredOn: '2026-12-09', delayLetterPrompt: false }],
      });
    });
  });
});

describe('figures', () => {
  it('declares the reversal rate, the share forwarded and re-assessments on time for the dashboard', async () => {
    const { PLATFORM } = await import('../../src/modules/index.js');
    const byKey = new Map(PLATFORM.figures.map((f) => [f.key, f]));
    const scope = { kommuneId: '259', from: '2026-01-01', to: '2027-12-31' };
    const rate = await byKey.get('formal.reversal_rate')!.compute(h.ctx, scope);
    // Recorded above: upheld, sent_back twice, dismissed twice, changed → reversed 3 (sent_back ×2, changed) of 4
    // counted; the dismissed ones are left out.
    expect(rate).toEqual({ value: 3 / 4, count: 4 });
    const onTime = await byKey.get('formal.reassessments_on_time')!.compute(h.ctx, scope);
    expect(onTime.count).toBeGreaterThan(0);
    expect(onTime.value).toBe(1);
    const forwarded = await byKey.get('formal.share_forwarded')!.compute(h.ctx, scope);
    expect(forwarded.value).toBeGreaterThan(0);
    expect(forwarded.value).toBeLessThan(1);
  });
});
