// Each step of a dashboard figure request timed on its own, beside the whole request, on a database an insight
// bench run kept (`npm run bench -- --insight --bulk --seed-only …`): the session look-up, the organisation
// reads of the scope check, each rollup query for one kommune, one department and all kommuner, and the routes
// in process; with --explain the rollup queries' plans, with --refresh a rebuild first. See docs/benchmarks.md.
//
//   npx tsx bench/insight-profile.ts [database] [requests] [--refresh] [--explain] [--reverse]
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { addCalendarMonths, monthOf } from '../src/core/insight.js';
import { DEMO_PASSWORD } from '../src/modules/cases/seed/organisation.js';
import { refreshAll } from '../src/modules/insight/index.js';
import {
  areasWithGoals,
  departmentsOf,
  durationsByMonth,
  monthlyCounts,
  rollupAsOf,
  totalCounts,
} from '../src/modules/insight/queries.js';
import { findSession } from '../src/platform/auth/sessions.js';
import { loadConfig } from '../src/platform/config.js';
import { openContext } from '../src/server.js';
import { databaseUrl } from './database.js';
import { percentile } from './stats.js';

const DB = process.argv[2] ?? 'borgerdialog_bench_insight_small';
const N = Number(process.argv[3] ?? 100);
const url = databaseUrl(DB);
const config = {
  ...loadConfig({ NODE_ENV: 'development', DATABASE_URL: url, SHARED_SERVICE_KOMMUNE: '259' }),
  jobs: false,
  seedDemo: false,
};
const ctx = await openContext(config);
const admin = new pg.Client({ connectionString: url });
await admin.connect();
if (process.argv.includes('--refresh')) {
  const t0 = performance.now();
  await refreshAll(ctx);
  console.log('refresh', (performance.now() - t0).toFixed(0), 'ms');
}
const { rows: rc } = await admin.query(
  'SELECT (SELECT count(*) FROM insight_monthly) m, (SELECT count(*) FROM insight_durations) d, (SELECT count(*) FROM cases) c',
);
console.log(rc[0]);
const app = await buildApp(ctx, {});
await app.ready();
const tok = async (email: string) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/token',
    payload: { email, password: DEMO_PASSWORD },
  });
  return (res.json() as { token: string }).token;
};
const analystTok = await tok('analyst@koege.demo');
const leadTok = await tok('team_lead@koege.demo');
const asOf = (await rollupAsOf(ctx, '259'))!;
const from = addCalendarMonths(monthOf(asOf), -11);
const [vel] = (
  await admin.query("SELECT id FROM departments WHERE kommune_id = '259' AND name = 'Velfærdsforvaltningen'")
).rows;
async function time(name: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < 5; i++) await fn();
  const s: number[] = [];
  for (let i = 0; i < N; i++) {
    const t = performance.now();
    await fn();
    s.push(performance.now() - t);
  }
  s.sort((a, b) => a - b);
  console.log(
    name.padEnd(60),
    percentile(s, 50).toFixed(2).padStart(8),
    percentile(s, 95).toFixed(2).padStart(8),
  );
}
const kScope = { kommuneId: '259', from, to: asOf };
const dScope = { ...kScope, departmentId: vel.id };
const aScope = { kommuneId: '*', from, to: asOf };
const q = `?from=${from}&to=${asOf}`;
const inject = (path: string, t: string) => async () => {
  const r = await app.inject({
    url: path,
    headers: { authorization: `Bearer ${t}` },
    remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  if (r.statusCode !== 200) throw new Error(`${path} ${r.statusCode} ${r.body}`);
};
const order = process.argv.includes('--reverse');
const steps: [string, () => Promise<unknown>][] = [
  ['findSession', () => findSession(ctx, analystTok)],
  ['departmentsOf', () => departmentsOf(ctx, '259')],
  ['areasWithGoals', () => areasWithGoals(ctx, '259', false)],
  ['rollupAsOf 259', () => rollupAsOf(ctx, '259')],
  ['rollupAsOf *', () => rollupAsOf(ctx, '*')],
  ['monthlyCounts kommune', () => monthlyCounts(ctx, kScope)],
  ['monthlyCounts dept', () => monthlyCounts(ctx, dScope)],
  ['monthlyCounts all', () => monthlyCounts(ctx, aScope)],
  ['totalCounts kommune', () => totalCounts(ctx, kScope)],
  ['totalCounts dept', () => totalCounts(ctx, dScope)],
  ['totalCounts all', () => totalCounts(ctx, aScope)],
  ['durationsByMonth kommune', () => durationsByMonth(ctx, kScope, 'first_contact')],
  ['durationsByMonth all', () => durationsByMonth(ctx, aScope, 'first_contact')],
  ['GET figure list (session only)', inject('/api/v1/insight/figures', analystTok)],
  ['GET complaints analyst', inject(`/api/v1/insight/figures/insight.complaints${q}`, analystTok)],
  [
    'GET first_contact_days analyst',
    inject(`/api/v1/insight/figures/insight.first_contact_days${q}`, analystTok),
  ],
  ['GET maintained lead', inject(`/api/v1/insight/figures/insight.maintained${q}`, leadTok)],
  ['GET root-causes analyst', inject(`/api/v1/insight/root-causes${q}`, analystTok)],
  ['GET national complaints', inject(`/api/v1/insight/national/figures/insight.complaints${q}`, analystTok)],
  [
    'GET national first_contact_days',
    inject(`/api/v1/insight/national/figures/insight.first_contact_days${q}`, analystTok),
  ],
];
for (const [n, f] of order ? steps.reverse() : steps) await time(n, f);
if (process.argv.includes('--explain')) {
  for (const [label, sql, p] of [
    [
      'monthly one',
      `EXPLAIN (ANALYZE, BUFFERS) SELECT month, sum(complaints) FROM insight_monthly WHERE kommune_id = $1 AND month BETWEEN $2::date AND $3::date AND ($4::uuid IS NULL OR department_id = $4) AND ($5::uuid IS NULL OR area_id = $5) GROUP BY month`,
      ['259', monthOf(from), monthOf(asOf), null, null],
    ],
    [
      'monthly all',
      `EXPLAIN (ANALYZE, BUFFERS) SELECT month, sum(complaints) FROM insight_monthly WHERE $1::text = '*' AND month BETWEEN $2::date AND $3::date AND ($4::uuid IS NULL OR department_id = $4) AND ($5::uuid IS NULL OR area_id = $5) GROUP BY month`,
      ['*', monthOf(from), monthOf(asOf), null, null],
    ],
    [
      'durations one',
      `EXPLAIN (ANALYZE, BUFFERS) SELECT month, days, sum(cases) FROM insight_durations WHERE kommune_id = $1 AND month BETWEEN $2::date AND $3::date AND ($4::uuid IS NULL OR department_id = $4) AND ($5::uuid IS NULL OR area_id = $5) AND goal = 'first_contact' GROUP BY month, days`,
      ['259', monthOf(from), monthOf(asOf), null, null],
    ],
  ] as const) {
    const { rows } = await admin.query(sql, [...p]);
    console.log(`--- ${label}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
  }
}
await app.close();
await ctx.dbh.close();
await admin.end();
