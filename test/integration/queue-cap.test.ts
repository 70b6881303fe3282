// A department with more open cases than the queue counts: the total stops at the cap and says so, while the
// page itself still lists the earliest deadlines first. The department next door holds exactly the cap: counted
// exactly, not called "more than".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_COUNT_CAP } from '../../src/modules/cases/queue.js';
import { bearer, type Harness, startHarness, validSubmission } from '../support/harness.js';

let h: Harness;
let velfaerd: Record<string, string>;
let teknik: Record<string, string>;
beforeAll(async () => {
  h = await startHarness();
  velfaerd = await bearer(h.app, 'caseworker@koege.demo');
  teknik = await bearer(h.app, 'caseworker.teknik@koege.demo');
  // Copies of one case, each with its own id, number and token.
  const copies = async (area: string, n: number) => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/v1/kommuner/259/cases',
      payload: validSubmission({ area }),
    });
    expect(res.statusCode, res.body).toBe(201);
    await h.ctx.dbh.sql(
      `INSERT INTO cases
       SELECT (jsonb_populate_record(NULL::cases, to_jsonb(c) || jsonb_build_object(
         'id', gen_random_uuid(), 'number', c.number || '-' || g, 'tracking_token_hash', md5(c.id::text || g),
         'idempotency_key', NULL))).*
       FROM cases c, generate_series(1, $2::int) g WHERE c.number = $1`,
      [res.json().caseNumber, n],
    );
  };
  await copies('hjaelpemidler', QUEUE_COUNT_CAP + 5); // Velfærd: more than the cap
  await copies('affald', QUEUE_COUNT_CAP - 1); // Teknik og Miljø: with the original, exactly the cap
  // One of them closed: the queue lists open cases only, so Teknik's count stays at the cap.
  await copies('veje', 0);
  await h.ctx.dbh.sql("UPDATE cases SET state = 'closed', closed_at = now() WHERE area_id = $1", [
    h.koege.areas.veje,
  ]);
}, 180_000); // two thousand cases written, on a busy machine
afterAll(() => h.close());

describe('the queue total of a very large department', () => {
  it('counts up to the cap and says there are more', async () => {
    const res = await h.app.inject({ url: '/api/v1/cases?limit=10', headers: velfaerd });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.total).toBe(QUEUE_COUNT_CAP);
    expect(body.totalCapped).toBe(true);
    expect(body.items).toHaveLength(10);
  });

  it('counts exactly up to the cap, in the department next door', async () => {
    const res = await h.app.inject({ url: '/api/v1/cases?limit=10', headers: teknik });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: QUEUE_COUNT_CAP, totalCapped: false });
    expect(body.items).toHaveLength(10);
    expect(new Set(body.items.map((i: { area: { code: string } }) => i.area.code))).toEqual(
      new Set(['affald']),
    );
  });

  it('counts a filtered part of the department exactly', async () => {
    const res = await h.app.inject({ url: '/api/v1/cases?area=affald&limit=1', headers: teknik });
    expect(res.json()).toMatchObject({ total: QUEUE_COUNT_CAP, totalCapped: false });
    const none = await h.app.inject({ url: '/api/v1/cases?area=veje', headers: teknik });
    expect(none.json()).toMatchObject({ total: 0, totalCapped: false, items: [] });
  });
});
