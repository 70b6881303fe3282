// Starting the application: open the database, apply migrations, seed demo data on an empty database,
// start the job workers and listen.

import { type DbHandle, openDatabase } from './adapters/db/client.js';
import { buildApp } from './app.js';
import { DEMO_PASSWORD } from './modules/cases/seed/organisation.js';
import { PLATFORM } from './modules/index.js';
import { hashPassword } from './platform/auth/passwords.js';
import type { Config } from './platform/config.js';
import type { AppContext } from './platform/context.js';
import { startJobs } from './platform/jobs.js';
import { forgetTenancyCache, isEmpty } from './platform/tenancy.js';

export async function openContext(config: Config): Promise<AppContext> {
  const dbh = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    poolSize: config.databasePoolSize,
  });
  await dbh.migrate();
  return { config, dbh, db: dbh.db, now: () => new Date() };
}

/**
 * The demo data — each module's seed steps, in their declared order — in ONE transaction: a seed that fails or
 * is killed half-way leaves an empty database, which the next start (or `cli seed`) seeds again from the
 * beginning — never users without cases.
 */
export async function seedDemo(
  ctx: AppContext,
  cases: number,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  if (ctx.config.production) throw new Error('Demo data is refused when NODE_ENV=production');
  const options = { cases, passwordHash: await hashPassword(DEMO_PASSWORD), progress };
  await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
    const dbh: DbHandle = {
      ...ctx.dbh,
      db,
      sql: (text, values) => sql(text, values),
      transaction: () => Promise.reject(new Error('no nested transaction in the seed')),
      transactionWithDb: () => Promise.reject(new Error('no nested transaction in the seed')),
    };
    const tx: AppContext = { ...ctx, db, dbh };
    for (const step of PLATFORM.seed) await step.run(tx, options);
  });
  forgetTenancyCache();
}

/** At start: seed the demo data when the database is empty (a seed cut short left it empty). */
export async function seedIfEmpty(
  ctx: AppContext,
  cases: number,
  progress?: (done: number, total: number) => void,
): Promise<boolean> {
  if (!ctx.config.seedDemo || !(await isEmpty(ctx))) return false;
  await seedDemo(ctx, cases, progress);
  return true;
}

export async function startServer(config: Config): Promise<{ close(): Promise<void>; url: string }> {
  const ctx = await openContext(config);
  await seedIfEmpty(ctx, 200);
  const app = await buildApp(ctx, { logger: true });
  const jobs = config.jobs ? await startJobs(ctx, app.log, { jobs: PLATFORM.jobs }) : null;
  const url = await app.listen({ port: config.port, host: config.host });
  app.log.info(`Borgerdialog at ${config.publicUrl} (${ctx.dbh.engine})`);
  return {
    url,
    async close() {
      await app.close();
      await jobs?.stop();
      await ctx.dbh.close();
    },
  };
}
