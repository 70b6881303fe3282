// The demo seed is all or nothing: a first start cut short half-way (after the organisation, during the
// cases) leaves an empty database, and the next start seeds it completely.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../src/adapters/db/client.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import { isEmpty } from '../../src/platform/tenancy.js';
import { seedIfEmpty } from '../../src/server.js';
import { freshDatabase, TestClock } from '../support/harness.js';

describe('seeding the demo data at start', () => {
  let dbh: DbHandle;
  let drop: () => Promise<void>;
  let ctx: AppContext;

  beforeAll(async () => {
    ({ dbh, drop } = await freshDatabase());
    await dbh.migrate();
    const config = { ...loadConfig({ NODE_ENV: 'test' }), jobs: false, seedDemo: true };
    ctx = { config, dbh, db: dbh.db, now: new TestClock().now };
  });
  afterAll(async () => {
    await dbh?.close();
    await drop?.();
  });

  const counts = async () => {
    const [r] = await dbh.sql<{ kommuner: number; users: number; cases: number; citizens: number }>(
      `SELECT (SELECT count(*)::int FROM kommuner) AS kommuner, (SELECT count(*)::int FROM users) AS users,
         (SELECT count(*)::int FROM cases) AS cases, (SELECT count(*)::int FROM citizens) AS citizens`,
    );
    return r;
  };

  it('leaves nothing behind when the seed fails after the organisation and the first cases', async () => {
    let batches = 0;
    const cutShort = seedIfEmpty(ctx, 4_500, (done) => {
      batches++;
      // The organisation and a first batch of cases are written by now: the seed dies here.
      if (done > 0) throw new Error('killed half-way');
    });
    await expect(cutShort).rejects.toThrow('killed half-way');
    expect(batches).toBeGreaterThan(0);
    expect(await counts()).toEqual({ kommuner: 0, users: 0, cases: 0, citizens: 0 });
    expect(await isEmpty(ctx)).toBe(true);
  }, 120_000);

  it('seeds it completely on the next start, and only once', async () => {
    expect(await seedIfEmpty(ctx, 300)).toBe(true);
    const after = await counts();
    expect(after?.cases).toBe(300);
    expect(after?.kommuner).toBe(2);
    expect(after?.users).toBeGreaterThan(10);
    expect(await seedIfEmpty(ctx, 300)).toBe(false);
    expect((await counts())?.cases).toBe(300);
  }, 120_000);
});
