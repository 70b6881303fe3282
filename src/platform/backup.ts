// Backup and restore of the whole database, for either engine:
// - PostgreSQL (DATABASE_URL): pg_dump to a plain SQL file, restored with psql in one transaction;
// - PGlite (DATA_DIR): the data directory as a gzipped tarball (dumpDataDir), restored with loadDataDir.
// A restore goes into an empty database only, never over data. Both print a row count and a checksum per table,
// so the operator can compare the restored database with the one backed up.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { type DbHandle, openDatabase } from '../adapters/db/client.js';
import type { Config } from './config.js';

export interface TableSum {
  table: string; // schema.table
  rows: number;
  checksum: string; // md5 over the sorted md5 of every row's text
}

const GZIP_MAGIC = [0x1f, 0x8b];

/** Every table of the database (application, migrations' journal, job queue), with its row count and checksum. */
export async function tableChecksums(dbh: DbHandle): Promise<TableSum[]> {
  const tables = await dbh.sql<{ schema: string; name: string }>(
    `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
      WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
      ORDER BY 1, 2`,
  );
  const out: TableSum[] = [];
  for (const t of tables) {
    const q = `"${t.schema.replaceAll('"', '""')}"."${t.name.replaceAll('"', '""')}"`;
    const [row] = await dbh.sql<{ n: number; sum: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS sum
         FROM (SELECT md5(x::text) AS h FROM ${q} x) rows`,
    );
    out.push({ table: `${t.schema}.${t.name}`, rows: Number(row!.n), checksum: row!.sum });
  }
  return out;
}

/** Writes a backup of the configured database to `file`; returns the tables it holds. */
export async function backupDatabase(config: Config, file: string): Promise<TableSum[]> {
  if (config.databaseUrl) {
    await run(
      'pg_dump',
      ['--format=plain', '--no-owner', '--no-privileges', `--file=${file}`],
      libpqEnv(config.databaseUrl),
    );
    const dbh = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 1 });
    try {
      return await tableChecksums(dbh);
    } finally {
      await dbh.close();
    }
  }
  if (!existsSync(config.dataDir)) throw new Error(`No PGlite database in ${config.dataDir}`);
  const dbh = await openDatabase({ dataDir: config.dataDir });
  try {
    const sums = await tableChecksums(dbh);
    const dump = await dbh.dumpDataDir!();
    await writeFile(file, Buffer.from(await dump.arrayBuffer()));
    return sums;
  } finally {
    await dbh.close();
  }
}

/** Restores `file` into the configured database, which must be empty; returns the restored tables. */
export async function restoreDatabase(config: Config, file: string): Promise<TableSum[]> {
  const bytes = await readFile(file);
  const isPglite = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
  if (config.databaseUrl) {
    if (isPglite) throw new Error('The file is a PGlite backup; restore it without DATABASE_URL.');
    const dbh = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 1 });
    try {
      const [t] = await dbh.sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM information_schema.tables
          WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
      );
      if (Number(t!.n) > 0)
        throw new Error('The database is not empty; restore only into an empty database.');
      await run(
        'psql',
        ['--no-psqlrc', '--quiet', '--single-transaction', '--set=ON_ERROR_STOP=1', `--file=${file}`],
        libpqEnv(config.databaseUrl),
      );
      return await tableChecksums(dbh);
    } finally {
      await dbh.close();
    }
  }
  if (!isPglite) throw new Error('The file is a PostgreSQL backup; restore it with DATABASE_URL.');
  if (existsSync(config.dataDir) && readdirSync(config.dataDir).length > 0)
    throw new Error(`${config.dataDir} is not empty; restore only into an empty directory.`);
  const dbh = await openDatabase({ dataDir: config.dataDir, loadDataDir: new Blob([bytes]) });
  try {
    return await tableChecksums(dbh);
  } finally {
    await dbh.close();
  }
}

/** The connection for pg_dump and psql, in libpq's environment variables: no password on a command line. */
function libpqEnv(databaseUrl: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env, PGHOST: url.hostname, PGDATABASE: url.pathname.slice(1) };
  if (url.port) env.PGPORT = url.port;
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const sslmode = url.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  return env;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} exited with code ${code}: ${stderr.trim()}`)),
    );
  });
}
