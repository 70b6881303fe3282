// npm run bench:outbox — how fast the outbox leaves: N receipts queued at once (as after a burst of intake),
// delivered by the app's own relay and workers over SMTP to a local server in another process
// (bench/smtp-sink.ts). Prints messages per second, the time from queued to sent (p50, p99, max), and checks
// that every message arrived exactly once. See docs/benchmarks.md.
//
//   npm run bench:outbox -- [--messages 2000] [--rounds 3] [--pg]
//
// PGlite in a temporary directory by default; --pg uses a fresh PostgreSQL database (BENCH_ADMIN_URL).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Fastify from 'fastify';
import { openDatabase } from '../src/adapters/db/client.js';
import { DEMO_KOMMUNER, seedOrganisation } from '../src/modules/cases/seed/organisation.js';
import { PLATFORM } from '../src/modules/index.js';
import { hashPassword } from '../src/platform/auth/passwords.js';
import { loadConfig } from '../src/platform/config.js';
import type { AppContext } from '../src/platform/context.js';
import { startJobs } from '../src/platform/jobs.js';
import { databaseUrl, dropDatabase, recreateDatabase } from './database.js';
import { startSmtpSink } from './smtp-sink-client.js';

const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    pg: { type: 'boolean', default: false },
  },
});
const messages = Number(values.messages);
const rounds = Number(values.rounds);
const DB = 'borgerdialog_bench_outbox';
const log = (s: string) => process.stderr.write(`${s}\n`);

const sink = await startSmtpSink();
let dataDir: string | undefined;
if (values.pg) await recreateDatabase(DB);
else dataDir = mkdtempSync(join(tmpdir(), 'bd-bench-outbox-'));
const dbh = await openDatabase(
  values.pg ? { databaseUrl: databaseUrl(DB), poolSize: loadConfig({}).databasePoolSize } : { dataDir },
);
await dbh.migrate();
const config = { ...loadConfig({}), smtpUrl: sink.url, seedDemo: false };
const ctx: AppContext = { config, dbh, db: dbh.db, now: () => new Date() };
await seedOrganisation(ctx, DEMO_KOMMUNER[0], await hashPassword('bench-only'));
const jobs = await startJobs(ctx, Fastify({ logger: { level: 'warn' } }).log, { jobs: PLATFORM.jobs });

const QUEUE = `
INSERT INTO outbox (kommune_id, channel, recipient, template, params, created_at)
SELECT '259', 'mail', 'r' || $2::int || '-' || n || '@eksempel.invalid', 'intake.receipt',
  jsonb_build_object('caseNumber', '259-2026-' || lpad(n::text, 6, '0'), 'firstContactDue', '2026-12-03',
    'trackingUrl', 'http://localhost:3000/spor/bench' || n), clock_timestamp()
FROM generate_series(1, $1::int) AS n`;

const results: { rate: number; p50: number; p99: number; max: number; ok: boolean }[] = [];
try {
  for (let round = 1; round <= rounds; round++) {
    await sink.reset();
    await dbh.sql('DELETE FROM outbox');
    const t0 = Date.now();
    await dbh.sql(QUEUE, [messages, round]);
    for (;;) {
      const [r] = await dbh.sql<{ n: number }>('SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL');
      if (r?.n === 0) break;
      if (Date.now() - t0 > 600_000) throw new Error('not delivered within 10 minutes');
      await new Promise((res) => setTimeout(res, 50));
    }
    const [t] = await dbh.sql<{ first: string; last: string; p50: number; p99: number; max: number }>(
      `SELECT min(created_at)::text AS first, max(sent_at)::text AS last,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at)) AS p50,
         percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM sent_at - created_at)) AS p99,
         max(extract(epoch FROM sent_at - created_at)) AS max
       FROM outbox`,
    );
    if (!t) throw new Error('no outbox rows');
    const seconds = (Date.parse(t.last) - Date.parse(t.first)) / 1000;
    const stats = await sink.stats();
    const ok = stats.received === messages && stats.distinct === messages && stats.duplicates.length === 0;
    const result = {
      rate: messages / seconds,
      p50: Number(t.p50),
      p99: Number(t.p99),
      max: Number(t.max),
      ok,
    };
    results.push(result);
    log(
      `round ${round}: ${messages} messages in ${seconds.toFixed(2)} s = ${result.rate.toFixed(0)} msg/s; ` +
        `queued→sent p50 ${result.p50.toFixed(2)} s, p99 ${result.p99.toFixed(2)} s, max ${result.max.toFixed(2)} s; ` +
        `SMTP server received ${stats.received}, distinct ${stats.distinct}, twice ${stats.duplicates.length}`,
    );
  }
} finally {
  await jobs.stop();
  await dbh.close();
  await sink.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (values.pg) await dropDatabase(DB);
}
const median = [...results].sort((a, b) => a.rate - b.rate)[Math.floor(results.length / 2)];
console.log(
  `outbox (${values.pg ? 'PostgreSQL' : 'PGlite'}), ${messages} messages × ${rounds} rounds: median ` +
    `${median?.rate.toFixed(0)} msg/s, p99 queued→sent ${median?.p99.toFixed(2)} s; ` +
    `each exactly once: ${results.every((r) => r.ok) ? 'yes' : 'NO'}; load average ${loadavg()[0]?.toFixed(1)}`,
);
if (!results.every((r) => r.ok)) process.exitCode = 1;
