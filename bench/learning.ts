// npm run bench -- --learning: search across learning cases at scale, on PostgreSQL and on PGlite. Seeds the
// demo organisation, then --cases published learning cases in ONE set-based INSERT (generate_series; Danish
// sentences picked per row, some words common, some rare, the search vector built as publishing builds it),
// and times — in process, through the app's own route — GET /api/v1/learning/cases with a mix of inflected
// Danish queries and filters, beside the bare SQL that route runs (SEARCH_SQL, the same parameters). Prints
// p50/p95 per target and the ratio route ÷ bare. See docs/benchmarks.md.
//
//   npm run bench -- --learning [--cases 100000] [--requests 200] [--engines pg,pglite] [--keep]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { DEMO_PASSWORD } from '../src/modules/cases/seed/organisation.js';
import { SEARCH_SQL } from '../src/modules/learning/queries.js';
import { loadConfig } from '../src/platform/config.js';
import type { AppContext } from '../src/platform/context.js';
import { forgetTenancyCache } from '../src/platform/tenancy.js';
import { openContext, seedDemo } from '../src/server.js';
import { databaseUrl, dropDatabase, recreateDatabase } from './database.js';
import { percentile } from './stats.js';

const DB = 'borgerdialog_bench_learning';
const { values } = parseArgs({
  options: {
    learning: { type: 'boolean', default: true },
    cases: { type: 'string', default: '100000' },
    requests: { type: 'string', default: '200' },
    engines: { type: 'string', default: 'pg,pglite' },
    keep: { type: 'boolean', default: false },
  },
  strict: false,
});
const cases = Number(values.cases);
const requests = Number(values.requests);
const engines = String(values.engines)
  .split(',')
  .map((e) => e.trim());
if (!Number.isInteger(cases) || cases < 1) throw new Error('--cases must be a whole number ≥ 1');
if (!Number.isInteger(requests) || requests < 1) throw new Error('--requests must be a whole number ≥ 1');
if (engines.some((e) => e !== 'pg' && e !== 'pglite')) throw new Error('--engines takes pg and/or pglite');
const log = (s: string) => process.stderr.write(`${s}\n`);

// Synthetic Danish sentences (no persons): each row takes one from every list, chosen by its number, so the
// words' frequencies are known — the first lists' words are in many rows, the RARE words in one row of 97.
const TITLES = [
  'Ventetid på kørestol løst med en opringning',
  'Afgørelse om hjemmehjælp forklaret i et møde',
  'Klage over rollator trukket tilbage efter samtale',
  'Misforståelse om boligstøtte opklaret',
  'Brev om bevilling skrevet om i klart sprog',
  'Borgeren følte sig overset i visitationen',
  'Leverandøren manglede en underskrift',
  'Aftale om genvurdering holdt',
];
const HAPPENED = [
  'Borgeren havde ventet længe på en kørestol og følte sig glemt af kommunen.',
  'Borgeren forstod ikke afgørelsen om hjemmehjælp og troede, at hjælpen var stoppet.',
  'Borgeren klagede over, at rollatoren var for tung, og at ingen havde lyttet.',
  'Borgeren havde fået et brev med mange paragraffer og ringede vred til kommunen.',
  'Borgeren mente, at visitationen ikke havde set boligen, før afgørelsen blev truffet.',
  'Leverandøren ventede på en underskrift, og sagen lå stille i flere uger.',
];
const WORKED = [
  'Det virkede at ringe med det samme og lytte til hele fortællingen.',
  'Det virkede at opsummere, hvad borgeren havde sagt, før jeg forklarede reglerne.',
  'Det virkede at aftale en dato for næste skridt og holde den.',
  'Det virkede at mødes i borgerens eget hjem.',
  'Det virkede at skrive et kort brev i klart sprog bagefter.',
];
const DIFFERENTLY = [
  'Næste gang ringer jeg, før jeg sender et brev.',
  'Jeg ville spørge tidligere, hvad borgeren selv ønskede.',
  'Jeg ville inddrage leverandøren fra starten.',
  '',
];
const RARE = [
  'Tolken hjalp med at forklare genvurderingen.',
  'Værgen deltog i samtalen om trappeliften.',
  'Kvitteringen for badebænken var blevet væk.',
];
const TECHNIQUES = ['opening', 'story', 'clarify', 'explain', 'options', 'agreement'];
const CAUSES = ['waiting_time', 'communication', 'decision', 'process'];
const OUTCOMES = ['resolved', 'partly_resolved', 'withdrawn', 'maintained'];

/** Queries as staff type them: inflected forms, a common word, rare words, two words, and filters. */
const QUERIES: { name: string; q?: string; technique?: string; rootCause?: string }[] = [
  { name: '"kørestolene" (inflected)', q: 'kørestolene' },
  { name: '"borgeren" (in every row)', q: 'borgeren' },
  { name: '"afgørelserne hjemmehjælp" (two words)', q: 'afgørelserne hjemmehjælp' },
  { name: '"trappeliften" (rare)', q: 'trappeliften' },
  { name: '"brevene" + technique explain', q: 'brevene', technique: 'explain' },
  { name: 'no words, technique story (newest first)', technique: 'story' },
  { name: 'no words, root cause waiting_time', rootCause: 'waiting_time' },
];

const sqlArray = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`;
const pick = (xs: readonly string[], expr: string) => `(${sqlArray(xs)})[1 + (${expr}) % ${xs.length}]`;

/** One INSERT … SELECT FROM generate_series: n published learning cases, the search vector as publishing builds it. */
async function seedLearningCases(ctx: AppContext, n: number): Promise<void> {
  const sql = ctx.dbh.sql.bind(ctx.dbh);
  const [who] = await sql<{ departmentId: string; authorId: string }>(
    `SELECT department_id AS "departmentId", id AS "authorId" FROM users
      WHERE kommune_id = '259' AND email = 'caseworker@koege.demo'`,
  );
  const areas = await sql<{ id: string }>("SELECT id FROM areas WHERE kommune_id = '259' ORDER BY code");
  if (!who || areas.length === 0) throw new Error('the demo organisation is missing');
  await sql(
    `INSERT INTO learning_cases (kommune_id, department_id, area_id, author_id, status, title, happened, worked,
                                 differently, techniques, root_cause, outcome, version, created_at, updated_at,
                                 published_at, search)
     SELECT '259', $1, ($2::uuid[])[1 + i % cardinality($2::uuid[])], $3, 'published', t.title, t.happened,
            t.worked, t.differently, t.techniques, t.root_cause, t.outcome, 2, t.at, t.at, t.at,
            setweight(to_tsvector('danish', t.title), 'A')
              || setweight(to_tsvector('danish', t.happened || ' ' || t.worked || ' ' || t.differently), 'B')
       FROM generate_series(1, $4::int) AS g(i),
            LATERAL (SELECT
              ${pick(TITLES, 'i')} || ' (' || i || ')' AS title,
              ${pick(HAPPENED, 'i / 7')} || CASE WHEN i % 97 = 0 THEN ' ' || ${pick(RARE, 'i / 97')} ELSE '' END
                AS happened,
              ${pick(WORKED, 'i / 3')} AS worked,
              ${pick(DIFFERENTLY, 'i / 11')} AS differently,
              ARRAY[${pick(TECHNIQUES, 'i')}, ${pick(TECHNIQUES, 'i / 5 + 1')}] AS techniques,
              ${pick(CAUSES, 'i / 13')} AS root_cause,
              ${pick(OUTCOMES, 'i / 17')} AS outcome,
              timestamptz '2026-11-30 12:00:00+00' - make_interval(mins => i) AS at) AS t`,
    [who.departmentId, areas.map((a) => a.id), who.authorId, n],
  );
  await sql('ANALYZE learning_cases');
}

interface Timing {
  name: string;
  p50: number;
  p95: number;
}

/** How many published learning cases the query and filters match (what the route ranks before its page of 20). */
async function matches(ctx: AppContext, query: (typeof QUERIES)[number]): Promise<number> {
  const [row] = await ctx.dbh.sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM learning_cases
      WHERE kommune_id = '259' AND status = 'published'
        AND ($1::text IS NULL OR search @@ websearch_to_tsquery('danish', $1::text))
        AND ($2::text IS NULL OR $2::text = ANY(techniques))
        AND ($3::text IS NULL OR root_cause = $3::text)`,
    [query.q ?? null, query.technique ?? null, query.rootCause ?? null],
  );
  return row?.n ?? 0;
}

async function time(name: string, fn: (i: number) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(5, requests); i++) await fn(i); // warm the plans and the cache
  const samples: number[] = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { name, p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function benchEngine(
  engine: 'pg' | 'pglite',
): Promise<{ rows: [Timing, Timing, number][]; held: number }> {
  const work = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'bd-bench-learning-')) : null;
  if (engine === 'pg') await recreateDatabase(DB);
  const config = {
    ...loadConfig({
      NODE_ENV: 'development',
      ...(engine === 'pg' ? { DATABASE_URL: databaseUrl(DB) } : { DATA_DIR: work! }),
    }),
    jobs: false,
    seedDemo: false,
  };
  const ctx = await openContext(config);
  forgetTenancyCache();
  try {
    log(`${engine}: demo organisation, then ${cases.toLocaleString('en')} learning cases (one INSERT) …`);
    await seedDemo(ctx, 0);
    const t0 = performance.now();
    await seedLearningCases(ctx, cases);
    log(`${engine}: seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const [{ n: held } = { n: 0 }] = await ctx.dbh.sql<{ n: number }>(
      "SELECT count(*)::int AS n FROM learning_cases WHERE status = 'published'",
    );
    const app = await buildApp(ctx, {});
    await app.ready();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/token',
      payload: { email: 'caseworker@koege.demo', password: DEMO_PASSWORD },
    });
    const headers = { authorization: `Bearer ${(res.json() as { token: string }).token}` };
    const rows: [Timing, Timing, number][] = [];
    for (const query of QUERIES) {
      const params = new URLSearchParams();
      if (query.q) params.set('q', query.q);
      if (query.technique) params.set('technique', query.technique);
      if (query.rootCause) params.set('rootCause', query.rootCause);
      const route = await time(`GET /learning/cases ${query.name}`, async () => {
        const r = await app.inject({ url: `/api/v1/learning/cases?${params}`, headers });
        if (r.statusCode !== 200) throw new Error(`search: ${r.statusCode} ${r.body.slice(0, 200)}`);
        if ((r.json() as { items: unknown[] }).items.length === 0) throw new Error(`${query.name}: no hits`);
      });
      const bare = await time('bare SQL', () =>
        ctx.dbh.sql(SEARCH_SQL, [
          '259',
          query.q ?? null,
          query.technique ?? null,
          query.rootCause ?? null,
          null,
          null,
          20,
        ]),
      );
      rows.push([route, bare, await matches(ctx, query)]);
    }
    await app.close();
    return { rows, held };
  } finally {
    await ctx.dbh.close();
    if (work) rmSync(work, { recursive: true, force: true });
    if (engine === 'pg' && !values.keep) await dropDatabase(DB);
  }
}

export async function benchLearning(): Promise<void> {
  const f = (ms: number) => ms.toFixed(1).padStart(8);
  for (const engine of engines as ('pg' | 'pglite')[]) {
    const { rows, held } = await benchEngine(engine);
    const name = engine === 'pg' ? 'PostgreSQL' : 'PGlite';
    console.log(`\nLearning search — ${name}, ${held.toLocaleString('en')} published learning cases`);
    console.log(`${'target'.padEnd(58)} matches   p50 ms   p95 ms   bare p50   bare p95   p95 < 100 ms`);
    for (const [route, bare, n] of rows) {
      const verdict = route.p95 < 100 ? 'yes' : 'NO';
      console.log(
        `${route.name.padEnd(58)} ${String(n).padStart(7)} ${f(route.p50)} ${f(route.p95)}   ${f(bare.p50)}   ${f(bare.p95)}   ${verdict}`,
      );
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchLearning().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
