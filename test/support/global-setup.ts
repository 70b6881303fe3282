// Once per test run: a database migrated and seeded with the demo organisation, which every integration test
// file then copies instead of building its own (PGlite: a dumped data directory, opened with `loadDataDir`,
// skips initdb and the migrations; PostgreSQL: a template database, copied by CREATE DATABASE … TEMPLATE).
// The copies are what `startHarness` used to build step by step, so the tests see the same database.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/adapters/db/client.js';
import { DEMO_KOMMUNER, DEMO_PASSWORD, seedOrganisation } from '../../src/modules/cases/seed/organisation.js';
import { hashPassword } from '../../src/platform/auth/passwords.js';
import { loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import type { SeededTemplate } from './template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    seededTemplate: SeededTemplate | null;
  }
}

export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  const dir = await mkdtemp(join(tmpdir(), 'borgerdialog-test-'));
  let templateDb: string | undefined;
  const dbh = base
    ? await (async () => {
        templateDb = `bd_tpl_${randomBytes(6).toString('hex')}`;
        await adminQuery(base, `CREATE DATABASE ${templateDb}`);
        return openDatabase({ databaseUrl: withDatabase(base, templateDb), poolSize: 2 });
      })()
    : await openDatabase({});
  await dbh.migrate();
  const ctx = {
    config: loadConfig({ NODE_ENV: 'test' }),
    dbh,
    db: dbh.db,
    now: () => new Date(),
  } as AppContext;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const koege = await seedOrganisation(ctx, DEMO_KOMMUNER[0], passwordHash);
  const rudersdal = await seedOrganisation(ctx, DEMO_KOMMUNER[1], passwordHash);
  let dataDirFile: string | undefined;
  if (!base) {
    dataDirFile = join(dir, 'seeded.tar.gz');
    await writeFile(dataDirFile, Buffer.from(await (await dbh.dumpDataDir!()).arrayBuffer()));
  }
  await dbh.close();
  project.provide('seededTemplate', { dataDirFile, templateDb, koege, rudersdal });
  return async () => {
    if (base && templateDb) await adminQuery(base, `DROP DATABASE IF EXISTS ${templateDb} WITH (FORCE)`);
    await rm(dir, { recursive: true, force: true });
  };
}

export function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(base: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}
