// Starting the application: open the database, apply migrations, seed demo data on an empty database,
// start the job workers and listen.

import { openDatabase } from './adapters/db/client.js';
import { buildApp } from './app.js';
import { DEMO_PASSWORD } from './modules/cases/seed/organisation.js';
import { PLATFORM } from './modules/index.js';
import { hashPassword } from './platform/auth/passwords.js';
import type { Config } from './platform/config.js';
import type { AppContext } from './platform/context.js';
import { startJobs } from './platform/jobs.js';
import { isEmpty } from './platform/tenancy.js';

export async function openContext(config: Config): Promise<AppContext> {
  const dbh = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    poolSize: config.databasePoolSize,
  });
  await dbh.migrate();
  return { config, dbh, db: dbh.db, now: () => new Date() };
}

export async function seedDemo(
  ctx: AppContext,
  cases: number,
  progress?: (done: number, total: number) => void,
): Promise<void> {
  if (ctx.config.production) throw new Error('Demo data is refused when NODE_ENV=production');
  const options = { cases, passwordHash: await hashPassword(DEMO_PASSWORD), progress };
  // Each module's seed steps, in their declared order.
  for (const step of PLATFORM.seed) await step.run(ctx, options);
}

export async function startServer(config: Config): Promise<{ close(): Promise<void>; url: string }> {
  const ctx = await openContext(config);
  if (config.seedDemo && (await isEmpty(ctx))) await seedDemo(ctx, 200);
  const app = await buildApp(ctx, { logger: true });
  const jobs = config.jobs ? await startJobs(ctx, app.log, { jobs: PLATFORM.jobs }) : null;
  const url = await app.listen({ port: config.port, host: config.host });
  app.log.info(`Borgerdialog på ${config.publicUrl} (${ctx.dbh.engine})`);
  return {
    url,
    async close() {
      await app.close();
      await jobs?.stop();
      await ctx.dbh.close();
    },
  };
}
