// One SQL dialect, two engines: PGlite (embedded, default) and PostgreSQL (DATABASE_URL).
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { projectRoot } from '../../platform/paths.js';

// Queries name their tables (each module's tables.ts); the relational query API is not used.
export type Database = PgDatabase<PgQueryResultHKT>;
export type Row = Record<string, unknown>;
/** Parameterised SQL on one connection (inside a transaction). */
export type SqlRunner = <T = Row>(text: string, values?: unknown[]) => Promise<T[]>;

export interface DbHandle {
  engine: 'pglite' | 'postgres';
  db: Database;
  /**
   * Raw parameterised SQL for hot paths. `name` makes it a prepared statement on PostgreSQL
   * (parsed once per connection); PGlite has a single connection and caches plans itself.
   */
  sql<T = Row>(text: string, values?: unknown[], name?: string): Promise<T[]>;
  /** The adapter pg-boss runs on (its custom `db` option). */
  bossAdapter: { executeSql(text: string, values?: unknown[]): Promise<{ rows: Row[] }> };
  /**
   * Raw SQL in one transaction: committed when `fn` resolves, rolled back when it throws. On PGlite this holds
   * the only connection, so `fn` must use the runner it gets, never `sql` or `db`.
   */
  transaction<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = () => join(projectRoot(), 'drizzle');

export interface DbOptions {
  /** postgres://… — when set, PostgreSQL via `pg`; otherwise PGlite. */
  databaseUrl?: string;
  /** PGlite data directory; omitted means in memory. */
  dataDir?: string;
  poolSize?: number;
}

export async function openDatabase(opts: DbOptions): Promise<DbHandle> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl, opts.poolSize ?? 10) : openPglite(opts.dataDir);
}

async function openPglite(dataDir?: string): Promise<DbHandle> {
  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const db = drizzlePglite(client) as unknown as Database;
  return {
    engine: 'pglite',
    db,
    async sql<T>(text: string, values?: unknown[]) {
      const res = await client.query(text, values as unknown[] | undefined);
      return res.rows as T[];
    },
    bossAdapter: {
      // PGlite's own mutex queues the calls one at a time; `exec` runs multi-statement text without parameters.
      async executeSql(text, values) {
        if (values && values.length > 0) return { rows: (await client.query(text, values)).rows as Row[] };
        const results = await client.exec(text);
        return { rows: (results.at(-1)?.rows ?? []) as Row[] };
      },
    },
    transaction: (fn) =>
      client.transaction((tx) =>
        fn((async (text, values) => (await tx.query(text, values)).rows) as SqlRunner),
      ),
    migrate: () => migratePglite(db as never, { migrationsFolder: migrationsFolder() }),
    close: () => client.close(),
  };
}

async function openPostgres(url: string, max: number): Promise<DbHandle> {
  const pool = new pg.Pool({ connectionString: url, max });
  const db = drizzlePg(pool) as unknown as Database;
  return {
    engine: 'postgres',
    db,
    async sql<T>(text: string, values?: unknown[], name?: string) {
      const res = await pool.query(name ? { name, text, values } : { text, values });
      return res.rows as T[];
    },
    bossAdapter: {
      async executeSql(text, values) {
        const res = (await pool.query(text, values)) as unknown as pg.QueryResult | pg.QueryResult[];
        return { rows: (Array.isArray(res) ? (res.at(-1)?.rows ?? []) : res.rows) as Row[] };
      },
    },
    async transaction(fn) {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const result = await fn(async (text, values) => (await conn.query(text, values)).rows);
        await conn.query('COMMIT');
        return result;
      } catch (err) {
        await conn.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        conn.release();
      }
    },
    migrate: () => migratePg(db as never, { migrationsFolder: migrationsFolder() }),
    close: () => pool.end(),
  };
}
