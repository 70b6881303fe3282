// A department with more open cases than the queue counts: the total stops at the cap and says so, while the
// page itself still lists the earliest deadlines first.
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
  const res = await h.app.inject({
    method: 'POST',
    url: '/api/v1/kommuner/259/cases',
    payload: validSubmission(),
  });
  // Copies of one Velfærd case, each with its own id, number and token: more than the cap.
  await h.ctx.dbh.sql(
    `INSERT INTO cases
     SELECT (jsonb_populate_record(NULL::cases, to_jsonb(c) || jsonb_build_object(
       'id', gen_random_uuid(), 'number', c.number || '-' || g, 'tracking_token_hash', md5(c.id::text || g),
       'idempotency_key', NULL))).*
     FROM cases c, generate_series(1, $2::int) g WHERE c.number = $1`,
    [res.json().caseNumber, QUEUE_COUNT_CAP + 5],
  );
});
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

  it('counts exactly below the cap, in the department next door', async () => {
    const res = await h.app.inject({ url: '/api/v1/cases', headers: teknik });
    expect(res.json()).toMatchObject({ total: 0, totalCapped: false, items: [] });
  });
});
