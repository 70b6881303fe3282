// npm run bench -- --insight: the effect dashboard and the public service-goal page at scale, on PostgreSQL.
// Seeds the demo organisation and --cases demo cases through the app's own seeder (its progress bar), rebuilds
// the insight rollups (timed), then times — in process, through the app's own routes — the dashboard's figure
// endpoints (an analyst, the whole kommune, 12 months; a team lead, their department), the public page and its
// API, against the bare SQL scan over the cases that the rollups replace; one kommune, and all kommuner (a
// national view). Prints p50/p95 per target and the ratio bare ÷ rollup. See docs/benchmarks.md.
//
//   npm run bench -- --insight [--bulk] [--cases 5000000] [--requests 200] [--reuse] [--keep] [--seed-only]
//                    [--database borgerdialog_bench_insight]
//   --bulk: the cases set-based in PostgreSQL (bench/insight-seed.ts) instead of the app's seeder;
//   --seed-only: seed and keep the database, time nothing (a later --reuse run times it).
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { localDate } from '../src/core/calendar.js';
import { addCalendarMonths, monthOf } from '../src/core/insight.js';
import { DEMO_PASSWORD } from '../src/modules/cases/seed/organisation.js';
import { bareCounts } from '../src/modules/insight/bare.js';
import { refreshAll } from '../src/modules/insight/index.js';
import { loadConfig } from '../src/platform/config.js';
import { forgetTenancyCache } from '../src/platform/tenancy.js';
import { openContext } from '../src/server.js';
import { databaseUrl, dropDatabase, recreateDatabase, seed } from './database.js';
import { seedBulkCases } from './insight-seed.js';
import { percentile } from './stats.js';

const { values } = parseArgs({
  options: {
    insight: { type: 'boolean', default: true },
    cases: { type: 'string', default: '5000000' },
    requests: { type: 'string', default: '200' },
    reuse: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    bulk: { type: 'boolean', default: false },
    'seed-only': { type: 'boolean', default: false },
    database: { type: 'string', default: 'borgerdialog_bench_insight' }, // a second one can be profiled beside it
  },
  strict: false,
});
const DB = String(values.database);
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(DB)) throw new Error('--database must be a lower-case SQL name');
const cases = Number(values.cases);
const requests = Number(values.requests);
if (!Number.isInteger(cases) || cases < 0) throw new Error('--cases must be a whole number ≥ 0');
if (!Number.isInteger(requests) || requests < 1) throw new Error('--requests must be a whole number ≥ 1');
/** The bare scans take seconds each at millions of cases: a few samples after one warm-up run. */
const BARE_SAMPLES = Math.min(requests, 7);
const log = (s: string) => process.stderr.write(`${s}\n`);

interface Timing {
  name: string;
  p50: number;
  p95: number;
}

async function time(name: string, fn: () => Promise<unknown>, n = requests, warm = 5): Promise<Timing> {
  for (let i = 0; i < Math.min(warm, n); i++) await fn(); // warm the plans and the cache
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { name, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

export async function benchInsight(): Promise<void> {
  const url = databaseUrl(DB);
  const env = { ...process.env, DATABASE_URL: url, NODE_ENV: 'development', JOBS: 'false' };
  const admin = new pg.Client({ connectionString: url });
  if (!values.reuse) {
    await recreateDatabase(DB);
    log(`Seeding ${cases} cases into ${DB}${values.bulk ? ' (set-based)' : ''} …`);
    const t0 = performance.now();
    if (values.bulk) {
      await seed(env, 0); // the demo organisation and its stories; the cases come set-based below
      await admin.connect();
      await seedBulkCases(admin, cases, localDate(new Date()));
    } else {
      await seed(env, cases);
      await admin.connect();
    }
    log(`Seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } else await admin.connect();
  if (values['seed-only']) {
    log(`Seeded; ${DB} kept for --reuse.`);
    await admin.end();
    return;
  }
  await admin.query('VACUUM ANALYZE');
  const { rows: counts } = await admin.query<{ n: number }>('SELECT count(*)::int AS n FROM cases');
  const held = counts[0]?.n ?? 0;

  const config = {
    // Køge's analysts act as the shared service, so the national view can be timed through its routes.
    ...loadConfig({ NODE_ENV: 'development', DATABASE_URL: url, SHARED_SERVICE_KOMMUNE: '259' }),
    jobs: false,
    seedDemo: false,
  };
  const ctx = await openContext(config);
  forgetTenancyCache();
  const t0 = performance.now();
  const refreshed = await refreshAll(ctx);
  const refreshMs = performance.now() - t0;
  await admin.query('CHECKPOINT'); // the rebuild's writes on disk before anything is timed
  const load = loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
  const rollupRows = refreshed.reduce((n, r) => n + r.rows, 0);
  const asOf = refreshed[0]?.asOf ?? '';
  const app = await buildApp(ctx, {});
  await app.ready();
  const token = async (email: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      payload: { email, password: DEMO_PASSWORD },
    });
    return { authorization: `Bearer ${(res.json() as { token: string }).token}` };
  };
  const analyst = await token('analyst@koege.demo');
  const lead = await token('team_lead@koege.demo');
  const from = addCalendarMonths(monthOf(asOf), -11); // the public page's 12 months
  const q = `?from=${from}&to=${asOf}`;
  const get =
    (path: string, headers: Record<string, string> = {}) =>
    async () => {
      const res = await app.inject({
        url: path,
        headers,
        remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
      });
      if (res.statusCode !== 200) throw new Error(`${path}: ${res.statusCode} ${res.body.slice(0, 200)}`);
    };
  const [vel] = (
    await admin.query<{ id: string }>(
      "SELECT id FROM departments WHERE kommune_id = '259' AND name = 'Velfærdsforvaltningen'",
    )
  ).rows;

  // The targets are timed first and the bare scans after them: minutes of scanning millions of rows flush the
  // caches and keep the disk busy, and whatever is timed straight after pays for it. The rows hold the bare
  // timings by reference; they are filled in below, before the table is printed.
  const rows: [Timing, Timing | null][] = [];
  const unmeasured = (name: string): Timing => ({ name, p50: Number.NaN, p95: Number.NaN });
  const bareKommune = unmeasured('bare SQL: one kommune, 12 months');
  const bareDepartment = unmeasured('bare SQL: one department, 12 months');
  const bareNational = unmeasured('bare SQL: all kommuner, 12 months');
  rows.push([
    await time(
      'GET /insight/figures/insight.complaints (analyst, kommune)',
      get(`/api/v1/insight/figures/insight.complaints${q}`, analyst),
    ),
    bareKommune,
  ]);
  rows.push([
    await time(
      'GET /insight/figures/insight.first_contact_days (analyst)',
      get(`/api/v1/insight/figures/insight.first_contact_days${q}`, analyst),
    ),
    bareKommune,
  ]);
  rows.push([
    await time(
      'GET /insight/figures/insight.maintained (team lead, dept.)',
      get(`/api/v1/insight/figures/insight.maintained${q}`, lead),
    ),
    bareDepartment,
  ]);
  rows.push([
    await time(
      'GET /insight/root-causes (analyst, kommune)',
      get(`/api/v1/insight/root-causes${q}`, analyst),
    ),
    bareKommune,
  ]);
  rows.push([
    await time('GET /kommuner/259/service-goals (public API)', get('/api/v1/kommuner/259/service-goals')),
    bareKommune,
  ]);
  rows.push([
    await time('GET /k/259/servicemaal (public page, 2 charts/area)', get('/k/259/servicemaal')),
    bareKommune,
  ]);
  rows.push([
    await time(
      'GET /insight/national/figures/insight.complaints (all kommuner)',
      get(`/api/v1/insight/national/figures/insight.complaints${q}`, analyst),
    ),
    bareNational,
  ]);
  rows.push([
    await time(
      'GET /insight/national/figures/insight.first_contact_days',
      get(`/api/v1/insight/national/figures/insight.first_contact_days${q}`, analyst),
    ),
    bareNational,
  ]);
  rows.push([
    await time(
      'GET /insight/national/root-causes (all kommuner)',
      get(`/api/v1/insight/national/root-causes${q}`, analyst),
    ),
    bareNational,
  ]);
  rows.push([
    await time('rollup SQL: all kommuner, 12 months', () =>
      admin.query(
        `SELECT sum(complaints), sum(first_contact_on_time), sum(first_contact_settled)
        FROM insight_monthly WHERE month BETWEEN date_trunc('month', $1::date) AND $2::date`,
        [from, asOf],
      ),
    ),
    bareNational,
  ]);
  Object.assign(
    bareKommune,
    await time(
      'bare SQL: one kommune, 12 months',
      () => bareCounts(ctx, { kommuneId: '259', from, to: asOf }, asOf),
      BARE_SAMPLES,
      1,
    ),
  );
  Object.assign(
    bareDepartment,
    await time(
      'bare SQL: one department, 12 months',
      () => bareCounts(ctx, { kommuneId: '259', departmentId: vel!.id, from, to: asOf }, asOf),
      BARE_SAMPLES,
      1,
    ),
  );
  Object.assign(
    bareNational,
    await time(
      'bare SQL: all kommuner, 12 months',
      () =>
        admin.query(
          `SELECT count(*) FILTER (WHERE kind IN ('complaint','grievance')) AS complaints,
        count(*) FILTER (WHERE first_contact_met_on <= first_contact_due) AS on_time,
        count(*) FILTER (WHERE first_contact_met_on IS NOT NULL OR first_contact_due < $2::date) AS settled
      FROM cases WHERE received_on >= $1::date AND received_on <= $2::date`,
          [from, asOf],
        ),
      BARE_SAMPLES,
      1,
    ),
  );
  rows.push([bareKommune, null], [bareDepartment, null], [bareNational, null]);

  const f = (ms: number) => ms.toFixed(1).padStart(8);
  console.log(
    `\nInsight at scale — PostgreSQL, ${held.toLocaleString('en')} cases, ${rollupRows} rollup rows`,
  );
  console.log(`Rollup rebuild (every kommune, the job's work): ${(refreshMs / 1000).toFixed(1)} s`);
  console.log(`Load average when the timing began: ${load}`);
  console.log(`${'target'.padEnd(60)}   p50 ms   p95 ms   bare p50 ÷ p50`);
  for (const [t, bare] of rows)
    console.log(
      `${t.name.padEnd(60)} ${f(t.p50)} ${f(t.p95)}   ${bare ? `${(bare.p50 / t.p50).toFixed(1)} ×` : ''}`,
    );
  await app.close();
  await ctx.dbh.close();
  await admin.end();
  if (!values.keep && !values.reuse) await dropDatabase(DB); // a reused database stays, as it came
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchInsight().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
