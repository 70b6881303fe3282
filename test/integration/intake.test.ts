import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const post = (body: unknown, headers: Record<string, string> = {}, kommune = '259') =>
  h.app.inject({
    method: 'POST',
    url: `/api/v1/kommuner/${kommune}/cases`,
    payload: body as object,
    headers,
  });

describe('citizen intake API', () => {
  it('creates a case with a human number and a call-back date two working days out', async () => {
    const res = await post(validSubmission());
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.caseNumber).toMatch(/^259-2026-\d{6}$/);
    expect(body.firstContactDue).toBe('2026-12-03'); // received Tue 1 Dec → Thu 3 Dec
    expect(body.trackingToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('writes the case, the receipt outbox row and an audit row together', async () => {
    const res = await post(validSubmission({ email: 'kvittering@eksempel.invalid' }));
    const { caseNumber } = res.json();
    const [c] = await h.ctx.dbh.sql<{ id: string; state: string }>(
      'SELECT id, state FROM cases WHERE number = $1',
      [caseNumber],
    );
    expect(c?.state).toBe('received');
    const outbox = await h.ctx.dbh.sql<{ recipient: string; template: string }>(
      'SELECT recipient, template FROM outbox WHERE case_id = $1',
      [c!.id],
    );
    expect(outbox).toEqual([{ recipient: 'kvittering@eksempel.invalid', template: 'intake.receipt' }]);
    const audit = await h.ctx.dbh.sql<{ action: string; purpose: string }>(
      'SELECT action, purpose FROM audit_log WHERE case_id = $1',
      [c!.id],
    );
    expect(audit).toEqual([{ action: 'create', purpose: 'intake' }]);
  });

  it('answers a repeated Idempotency-Key with the same case, never a second one', async () => {
    const key = 'test-key-0001';
    const body = validSubmission();
    const first = await post(body, { 'idempotency-key': key });
    const second = await post(body, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual(first.json());
    const [{ n }] = (await h.ctx.dbh.sql<{ n: number }>(
      'SELECT count(*)::int AS n FROM cases WHERE idempotency_key = $1',
      [`public:${key}`],
    )) as [{ n: number }];
    expect(n).toBe(1);
  });

  it('refuses bad input with a Danish message per field and writes nothing', async () => {
    const before = await h.ctx.dbh.sql<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    const res = await post({
      kind: 'complaint',
      area: 'hjaelpemidler',
      description: 'kort',
      name: '',
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error).toBe('validation');
    expect(body.fields).toMatchObject({
      decisionDate: 'Skriv datoen for den afgørelse, du klager over.',
      description: 'Beskriv kort, hvad det handler om (mindst 10 tegn).',
      name: 'Skriv dit navn.',
      phone: 'Skriv et telefonnummer eller en e-mailadresse, så vi kan kontakte dig.',
    });
    const after = await h.ctx.dbh.sql<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    expect(after).toEqual(before);
  });

  it('answers in English when asked', async () => {
    const res = await post(validSubmission({ email: 'not-an-email' }), {
      'accept-language': 'en-GB,en;q=0.9',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields.email).toBe('Enter a valid e-mail address, e.g. name@example.com.');
  });

  it('refuses an area of another kommune and an unknown kommune', async () => {
    expect((await post(validSubmission({ area: 'no-such-area' }))).json().fields.area).toBeDefined();
    expect((await post(validSubmission(), {}, '999')).statusCode).toBe(404);
  });

  it('accepts the zero-padded kommunekode', async () => {
    const res = await post(validSubmission(), {}, '0230');
    expect(res.statusCode).toBe(201);
    expect(res.json().caseNumber).toMatch(/^230-2026-/);
  });

  it('tracks a case by its token, showing nothing personal, and 404s unknown tokens', async () => {
    const { trackingToken, caseNumber } = (await post(validSubmission())).json();
    const res = await h.app.inject({ url: `/api/v1/track/${trackingToken}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ caseNumber, state: 'received', firstContactDue: '2026-12-03' });
    expect(body.milestones.map((m: { type: string }) => m.type)).toEqual(['case_received']);
    expect(res.body).not.toContain('Testperson');
    expect(res.body).not.toContain('eksempel.invalid');
    const unknown = await h.app.inject({ url: '/api/v1/track/unknown-token' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe('Vi kender ikke dette sporingslink. Tjek, at hele linket er med.');
  });

  it('refuses an invalid date for the calendar with a Danish message', async () => {
    const res = await h.app.inject({
      url: '/api/v1/kommuner/259/calendar/add-working-days?from=2026-02-30&days=2',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      message: 'Nogle oplysninger mangler eller er ugyldige.',
      fields: { from: 'Angiv en gyldig dato, fx 2026-12-03.' },
    });
    const en = await h.app.inject({
      url: '/api/v1/kommuner/259/calendar/add-working-days?from=2026-12-01',
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().fields).toEqual({ days: 'This field is required.' });
  });

  it('adds working days by the kommune calendar', async () => {
    const res = await h.app.inject({
      url: '/api/v1/kommuner/259/calendar/add-working-days?from=2026-12-23&days=2',
    });
    expect(res.json()).toEqual({ date: '2026-12-29' }); // 24, 25, 26 (Sat), 27 (Sun) are not working days
  });

  it('lists the areas a citizen can choose', async () => {
    const res = await h.app.inject({ url: '/api/v1/kommuner/259/areas' });
    const areas = res.json() as { code: string; department: string }[];
    expect(areas.find((a) => a.code === 'hjaelpemidler')?.department).toBe('Velfærdsforvaltningen');
  });
});

describe('rate limit', () => {
  it('stops a script guessing tracking tokens with 429 after 120 look-ups a minute', async () => {
    const own = await startHarness();
    try {
      const codes = new Set<number>();
      for (let i = 0; i < 121; i++)
        codes.add((await own.app.inject({ url: `/api/v1/track/guess-${i}` })).statusCode);
      expect([...codes]).toEqual([404, 429]);
      expect((await own.app.inject({ url: '/api/v1/track/guess-x' })).statusCode).toBe(429);
    } finally {
      await own.close();
    }
  }, 90_000); // a harness of its own, on a machine the fuzzing suite keeps busy

  it('stops a burst of submissions from one address with 429', async () => {
    const limited = await startHarness({ intakeRateLimitPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await limited.app.inject({
          method: 'POST',
          url: '/api/v1/kommuner/259/cases',
          payload: validSubmission(),
        });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([201, 201, 201, 429, 429]);
      const [{ n }] = (await limited.ctx.dbh.sql<{ n: number }>('SELECT count(*)::int AS n FROM cases')) as [
        { n: number },
      ];
      expect(n).toBe(3);
    } finally {
      await limited.close();
    }
  }, 120_000); // its own database, on a busy machine
});
