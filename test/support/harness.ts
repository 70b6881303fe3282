// Integration tests run the same suite on PGlite (default) and on PostgreSQL (TEST_DATABASE_URL):
// each test file gets a fresh database, migrated, with the demo organisation seeded.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type DbHandle, openDatabase } from '../../src/adapters/db/client.js';
import { users } from '../../src/adapters/db/schema.js';
import { buildApp } from '../../src/app.js';
import {
  DEMO_KOMMUNER,
  DEMO_PASSWORD,
  type SeededOrganisation,
  seedOrganisation,
} from '../../src/modules/cases/seed/organisation.js';
import { hashPassword } from '../../src/platform/auth/passwords.js';
import { createSession } from '../../src/platform/auth/sessions.js';
import { type Config, loadConfig } from '../../src/platform/config.js';
import type { App, AppContext } from '../../src/platform/context.js';
import { forgetTenancyCache } from '../../src/platform/tenancy.js';
import type { SeededTemplate } from './template.js';

export const engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** A clock the test moves. Default: Tuesday 1 December 2026, 10:00 in Copenhagen. */
export class TestClock {
  constructor(public current = new Date('2026-12-01T09:00:00Z')) {}
  now = () => this.current;
  set(iso: string) {
    this.current = new Date(iso);
  }
}

export interface Harness {
  ctx: AppContext;
  app: App;
  clock: TestClock;
  koege: SeededOrganisation;
  rudersdal: SeededOrganisation;
  close(): Promise<void>;
}

let passwordHash: Promise<string> | undefined;

export async function startHarness(
  overrides: Partial<Config> = {},
  opts: { logStream?: NodeJS.WritableStream } = {},
): Promise<Harness> {
  const clock = new TestClock();
  const config = { ...loadConfig({ NODE_ENV: 'test' }), jobs: false, seedDemo: false, ...overrides };
  const template = seededTemplate();
  let dbh: DbHandle;
  let drop: () => Promise<void>;
  let koege: SeededOrganisation;
  let rudersdal: SeededOrganisation;
  if (template) {
    // The run's global setup migrated and seeded one database; this file gets its own copy of it.
    ({ dbh, drop } = await freshDatabase(template));
    ({ koege, rudersdal } = structuredClone(template));
  } else {
    ({ dbh, drop } = await freshDatabase());
    await dbh.migrate();
    passwordHash ??= hashPassword(DEMO_PASSWORD);
    const hash = await passwordHash;
    const seedCtx: AppContext = { config, dbh, db: dbh.db, now: clock.now };
    koege = await seedOrganisation(seedCtx, DEMO_KOMMUNER[0], hash);
    rudersdal = await seedOrganisation(seedCtx, DEMO_KOMMUNER[1], hash);
  }
  const ctx: AppContext = { config, dbh, db: dbh.db, now: clock.now };
  forgetTenancyCache();
  const app = await buildApp(ctx, { logStream: opts.logStream });
  await app.ready();
  return {
    ctx,
    app,
    clock,
    koege,
    rudersdal,
    async close() {
      await app.close();
      await dbh.close();
      await drop();
    },
  };
}

/** What the run's global setup made, when the tests run under it (vitest.config.ts). */
function seededTemplate(): SeededTemplate | null {
  try {
    return inject('seededTemplate') ?? null;
  } catch {
    return null;
  }
}

let templateDataDir: Promise<Blob> | undefined;

/**
 * An empty database (migrations not run), or — given the run's template — a copy of the migrated, seeded one.
 */
export async function freshDatabase(
  template?: SeededTemplate,
): Promise<{ dbh: DbHandle; drop: () => Promise<void> }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    if (!template?.dataDirFile) return { dbh: await openDatabase({}), drop: async () => {} };
    const file = template.dataDirFile;
    templateDataDir ??= readFile(file).then((buf) => new Blob([buf]));
    return { dbh: await openDatabase({ loadDataDir: await templateDataDir }), drop: async () => {} };
  }
  const name = `bd_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(
    template?.templateDb
      ? `CREATE DATABASE ${name} TEMPLATE ${template.templateDb}`
      : `CREATE DATABASE ${name}`,
  );
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const dbh = await openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  return {
    dbh,
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      // Wait for the app's last connections to finish closing (a client mid-close that the server terminates
      // raises an unhandled error), then drop; FORCE only for what is left after 5 s.
      for (let t = Date.now(); Date.now() - t < 5_000; ) {
        const { rows } = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
          name,
        ]);
        if (rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Logs in through the API and returns headers for cookie + CSRF requests. */
export async function login(app: App, email: string, password = DEMO_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email}: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'bd_session')!;
  const { csrfToken } = res.json() as { csrfToken: string };
  return { cookie: `bd_session=${cookie.value}`, 'x-csrf-token': csrfToken };
}

/** A Bearer token for integration-style requests. */
export async function bearer(app: App, email: string, password = DEMO_PASSWORD) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/token', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`token ${email}: ${res.statusCode} ${res.body}`);
  return { authorization: `Bearer ${(res.json() as { token: string }).token}` };
}

export { validSubmission } from './submission.js';

/**
 * A citizen account (a role the staff login refuses) with a Bearer session made directly, to show that the staff
 * API refuses it even if such a session existed.
 */
export async function citizenSession(h: Harness, kommuneId = '259') {
  const email = `borger.${randomBytes(4).toString('hex')}@eksempel.invalid`;
  const [user] = await h.ctx.db
    .insert(users)
    .values({
      kommuneId,
      email,
      name: 'Test Borger',
      role: 'citizen',
      passwordHash: await hashPassword(DEMO_PASSWORD),
    })
    .returning({ id: users.id, kommuneId: users.kommuneId });
  const session = await createSession(h.ctx, user!, 'bearer');
  return { email, headers: { authorization: `Bearer ${session.token}` } };
}
