// Backup and restore on the engine under test: a database with demo data, the job queue's schema and CPR
// numbers is backed up, restored into an empty database, and compared table by table (rows and checksums).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/adapters/db/client.js';
import { PLATFORM } from '../../src/modules/index.js';
import { backupDatabase, restoreDatabase, type TableSum, tableChecksums } from '../../src/platform/backup.js';
import { type Config, loadConfig } from '../../src/platform/config.js';
import type { AppContext } from '../../src/platform/context.js';
import { openBoss } from '../../src/platform/jobs.js';
import { seedDemo } from '../../src/server.js';
import { engine } from '../support/harness.js';

const base = process.env.TEST_DATABASE_URL;
const dir = mkdtempSync(join(tmpdir(), 'bd-backup-'));
const file = join(dir, engine === 'postgres' ? 'backup.sql' : 'backup.tar.gz');
const created: string[] = [];
const silent = { error() {}, warn() {}, info() {}, debug() {} } as unknown as FastifyBaseLogger;

/** A new, empty database for this engine: a PostgreSQL database, or an empty PGlite directory. */
async function emptyDatabase(): Promise<Config> {
  const config = { ...loadConfig({ NODE_ENV: 'test' }), jobs: false, seedDemo: false };
  if (!base) return { ...config, databaseUrl: undefined, dataDir: mkdtempSync(join(dir, 'data-')) };
  const name = `bd_backup_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  created.push(name);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { ...config, databaseUrl: url.toString() };
}

const open = (c: Config) => openDatabase({ databaseUrl: c.databaseUrl, dataDir: c.dataDir, poolSize: 2 });

let source: Config;
let before: TableSum[];

beforeAll(async () => {
  source = await emptyDatabase();
  const dbh = await open(source);
  await dbh.migrate();
  const ctx: AppContext = { config: source, dbh, db: dbh.db, now: () => new Date('2026-12-01T09:00:00Z') };
  await seedDemo(ctx, 20);
  // The job queue's own schema is part of the database too.
  const boss = await openBoss(ctx, silent, { jobs: PLATFORM.jobs });
  await boss.send('privacy.retention', {});
  await boss.stop({ graceful: false });
  await dbh.sql(
    `UPDATE citizens SET cpr_encrypted = 'sealed-test-value', cpr_hash = 'hash-test-value'
      WHERE id = (SELECT id FROM citizens ORDER BY id LIMIT 1)`,
  );
  before = await tableChecksums(dbh);
  await dbh.close();
}, 120_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!base) return;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe(`backup and restore (${engine})`, () => {
  it('backs up every table, with rows in the application, the migrations journal and the job queue', async () => {
    const sums = await backupDatabase(source, file);
    expect(sums).toEqual(before);
    const rows = Object.fromEntries(sums.map((s) => [s.table, s.rows]));
    expect(rows['public.cases']).toBe(20);
    expect(rows['public.users']).toBeGreaterThan(10);
    expect(rows['drizzle.__drizzle_migrations']).toBeGreaterThan(0);
    expect(sums.some((s) => s.table.startsWith('pgboss.') && s.rows > 0)).toBe(true);
  });

  it('restores into an empty database with the same rows and checksums in every table', async () => {
    const target = await emptyDatabase();
    const restored = await restoreDatabase(target, file);
    expect(restored).toEqual(before);
    // Counted again on a fresh connection, not taken from the restore's own answer.
    const dbh = await open(target);
    try {
      expect(await tableChecksums(dbh)).toEqual(before);
      await dbh.migrate(); // nothing pending: the journal came along
      const [c] = await dbh.sql<{ n: number }>(
        "SELECT count(*)::int AS n FROM cases WHERE kommune_id = '259'",
      );
      expect(Number(c!.n)).toBeGreaterThan(0);
    } finally {
      await dbh.close();
    }
  }, 60_000);

  it('refuses to restore over a database that holds data, and leaves it as it was', async () => {
    await expect(restoreDatabase(source, file)).rejects.toThrow(/not empty/);
    const dbh = await open(source);
    try {
      expect(await tableChecksums(dbh)).toEqual(before);
    } finally {
      await dbh.close();
    }
  });

  it("refuses the other engine's backup with a clear message", async () => {
    const other = join(dir, 'other');
    const { writeFile } = await import('node:fs/promises');
    await writeFile(other, engine === 'postgres' ? Buffer.from([0x1f, 0x8b, 0, 0]) : '-- PostgreSQL dump\n');
    const target = await emptyDatabase();
    await expect(restoreDatabase(target, other)).rejects.toThrow(
      engine === 'postgres' ? /PGlite/ : /PostgreSQL/,
    );
  });
});
