// The bench database: dropped and created fresh each run, migrated and seeded by the app's own CLI.
import pg from 'pg';
import { run } from './processes.js';

export const PG_ADMIN_URL = process.env.BENCH_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** PostgreSQL's Unix socket directory on Debian, for --socket. */
export const SOCKET_DIR = '/var/run/postgresql';

/** The bench database over TCP (as the admin URL), or over the Unix socket. */
export function databaseUrl(name: string, socket = false): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  if (socket) return `postgres://${url.username}@/${name}?host=${encodeURIComponent(SOCKET_DIR)}`;
  return url.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

export const dropDatabase = (name: string) =>
  admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {});

export async function recreateDatabase(name: string): Promise<void> {
  await dropDatabase(name);
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
}

/** The app's command line from source, so the bench always measures the code as it is now. */
export const cli = (args: string[], env: NodeJS.ProcessEnv, onStdout?: (s: string) => void) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], env, onStdout);

/** Demo organisation plus `cases` pre-existing demo cases, so index sizes are realistic. */
export async function seed(env: NodeJS.ProcessEnv, cases: number): Promise<void> {
  await cli(['migrate'], env);
  await cli(['seed', '--cases', String(cases)], env, (s) => process.stderr.write(s));
  process.stderr.write('\n');
}

/** After a load run: clean up dead rows and write dirty pages, so the next run starts from the same state. */
export async function settle(name: string): Promise<void> {
  const c = new pg.Client({ connectionString: databaseUrl(name) });
  await c.connect();
  try {
    await c.query('VACUUM ANALYZE');
    await c.query('CHECKPOINT');
  } finally {
    await c.end();
  }
}

/** How many cases the bench database holds (for the report, when it was reused rather than seeded). */
export async function countCases(name: string): Promise<number> {
  const c = new pg.Client({ connectionString: databaseUrl(name) });
  await c.connect();
  try {
    const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
    return rows[0]?.n ?? 0;
  } finally {
    await c.end();
  }
}

export async function benchArea(name: string, kommune: string, code: string) {
  const c = new pg.Client({ connectionString: databaseUrl(name) });
  await c.connect();
  try {
    const { rows } = await c.query<{ id: string; departmentId: string; firstContactDays: number }>(
      `SELECT id, department_id AS "departmentId", first_contact_days AS "firstContactDays"
       FROM areas WHERE kommune_id = $1 AND code = $2`,
      [kommune, code],
    );
    if (!rows[0]) throw new Error(`area ${code} not found in kommune ${kommune}`);
    return rows[0];
  } finally {
    await c.end();
  }
}
