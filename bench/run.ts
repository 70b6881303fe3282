// npm run bench — in one run on one machine: intake POSTs against the app (PostgreSQL; PGlite with --pglite),
// the same statement through pgbench straight against PostgreSQL (the physical limit), and a bare Fastify
// JSON echo (the HTTP floor). Prints req/s, p50 and p99 per target and the ratios. With --reads, also a
// caseworker's reads: the queue and opening a case (bench/staff-reads.ts). See docs/benchmarks.md.
//
//   npm run bench -- [--seconds 10] [--rounds 3] [--connections 10] [--cases 0] [--warmup 5] [--pglite]
//                    [--pool N] [--socket] [--keep] [--reads] [--reads-only] [--reuse] [--port 3300]
//   npm run bench -- --insight [--bulk] [--cases 5000000] [--requests 200] [--reuse] [--keep] [--seed-only]   (bench/insight.ts)
//
//   npm run bench -- --learning [--cases 100000] [--requests 200] [--engines pg,pglite]   (bench/learning.ts)
//
// The app listens on --port, the echo server on the next port, the PGlite app on the one after; the run stops
// with an error before it starts anything when one of them is taken.
//
// The targets take turns, round after round (the database targets in reverse order every other round), and the
// table shows each target's median round: on a shared 2-core machine whatever else runs hits them alike.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/platform/config.js';
import { backendsOf, childrenNamed, sampleCpu } from './cpu.js';
import {
  benchArea,
  cli,
  countCases,
  databaseUrl,
  dropDatabase,
  recreateDatabase,
  SOCKET_DIR,
  seed,
  settle,
} from './database.js';
import { httpLoad } from './http-load.js';
import { runPgbench, writePgbenchScript } from './pgbench-intake.js';
import { ensurePortsFree } from './ports.js';
import { type Started, startProcess, stopChildrenOnExit, waitForHttp } from './processes.js';
import { INTAKE, PGBENCH, printReadVerdict, printReport, type Sample } from './report.js';
import { prepareStaffReads, staffReadTargets } from './staff-reads.js';
import type { LoadResult } from './stats.js';
import { BENCH_KOMMUNE, benchSubmission } from './submission.js';

const DB = 'borgerdialog_bench';

// --insight: the dashboard and the public service-goal page at scale instead (bench/insight.ts).
if (process.argv.includes('--insight')) {
  const { benchInsight } = await import('./insight.js');
  await benchInsight();
  process.exit(0);
}

// --learning: search across learning cases at scale instead (bench/learning.ts).
if (process.argv.includes('--learning')) {
  const { benchLearning } = await import('./learning.js');
  await benchLearning();
  process.exit(0);
}

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    cases: { type: 'string', default: '0' },
    warmup: { type: 'string', default: '5' },
    pglite: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false }, // keep the bench database afterwards
    pool: { type: 'string' }, // the app's DATABASE_POOL_SIZE (default: the app's own default)
    socket: { type: 'boolean', default: false }, // app and pgbench reach PostgreSQL by Unix socket, not TCP
    reads: { type: 'boolean', default: false }, // also the caseworker's reads: queue and opening a case
    'reads-only': { type: 'boolean', default: false }, // echo and the reads only (no intake, so no new cases)
    reuse: { type: 'boolean', default: false }, // the bench database as a --keep run left it: migrate, no seed
    port: { type: 'string', default: '3300' }, // the app's port; the echo server and the PGlite app take the next two
  },
});
const opts = {
  seconds: Number(values.seconds),
  rounds: Number(values.rounds),
  connections: Number(values.connections),
  cases: Number(values.cases),
  warmup: Number(values.warmup),
  port: Number(values.port),
};
for (const [name, n] of Object.entries(opts)) {
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number ≥ 0`);
}
const { seconds, rounds, connections, cases, warmup } = opts;
if (opts.port < 1 || opts.port > 65533) throw new Error('--port must be from 1 to 65533');
const APP_PORT = opts.port;
const ECHO_PORT = opts.port + 1;
const PGLITE_PORT = opts.port + 2;
const appPool = Number(values.pool ?? loadConfig({}).databasePoolSize);
if (!Number.isInteger(appPool) || appPool < 1) throw new Error('--pool must be a whole number ≥ 1');
const log = (s: string) => process.stderr.write(`${s}\n`);
const readsOnly = values['reads-only'];
const reads = values.reads || readsOnly;

/** The app from source, as `cli start`, tuned only by its documented environment variables. */
async function startApp(port: number, env: NodeJS.ProcessEnv) {
  const server = startProcess(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    JOBS: 'false',
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    INTAKE_RATE_LIMIT: '1000000000',
    ...(values.pool ? { DATABASE_POOL_SIZE: values.pool } : {}),
  });
  await waitForHttp(`http://127.0.0.1:${port}/healthz`, server);
  return server;
}

interface Target {
  name: string;
  measure: (seconds: number) => Promise<LoadResult>;
  settle?: boolean; // VACUUM and CHECKPOINT the bench database first
  cpu: Parameters<typeof sampleCpu>[0];
}

const intakeLoad = (port: number, secs: number) =>
  httpLoad({
    url: `http://127.0.0.1:${port}/api/v1/kommuner/${BENCH_KOMMUNE}/cases`,
    connections,
    seconds: secs,
    body: benchSubmission,
    headers: { 'idempotency-key': 'bench-[<id>]' },
  });

async function main(): Promise<void> {
  stopChildrenOnExit();
  await ensurePortsFree(values.pglite ? [APP_PORT, ECHO_PORT, PGLITE_PORT] : [APP_PORT, ECHO_PORT]);
  const pgEnv = { DATABASE_URL: databaseUrl(DB, values.socket) };
  if (values.reuse) {
    log(`bench database ${DB}: reused as it is, migrate only …`);
    await cli(['migrate'], pgEnv);
  } else {
    log(`bench database ${DB}: create, migrate, seed ${cases} cases …`);
    await recreateDatabase(DB);
    await seed(pgEnv, cases);
  }
  const preexisting = values.reuse ? await countCases(DB) : cases;
  const work = mkdtempSync(join(tmpdir(), 'bd-bench-'));
  const servers: Started[] = [];
  try {
    const script = writePgbenchScript(work, await benchArea(DB, BENCH_KOMMUNE, benchSubmission.area));
    const pgbench = (clients: number) => (secs: number) =>
      runPgbench({
        database: DB,
        host: values.socket ? SOCKET_DIR : '127.0.0.1',
        connections: clients,
        seconds: secs,
        script,
      });
    const echoUrl = `http://127.0.0.1:${ECHO_PORT}/echo`;
    const echo = (secs: number) =>
      httpLoad({ url: echoUrl, connections, seconds: secs, body: benchSubmission });

    const echoServer = startProcess(process.execPath, ['--import', 'tsx', 'bench/echo-server.ts'], {
      PORT: String(ECHO_PORT),
    });
    servers.push(echoServer);
    await waitForHttp(echoUrl, echoServer);
    servers.push(await startApp(APP_PORT, pgEnv));
    const app = servers[1] as Started;
    const postgres = () => backendsOf(DB);
    const targets: Target[] = [
      { name: 'echo (bare Fastify)', measure: echo, cpu: { server: () => [echoServer.child.pid!] } },
    ];
    const intakeTargets: Target[] = [
      {
        name: PGBENCH,
        measure: pgbench(connections),
        settle: true,
        cpu: { load: () => childrenNamed('pgbench'), postgres },
      },
      {
        name: INTAKE,
        measure: (s) => intakeLoad(APP_PORT, s),
        settle: true,
        cpu: { server: () => [app.child.pid!], postgres },
      },
    ];
    // The app holds only `appPool` connections to PostgreSQL; pgbench with that many clients shows whether
    // the database itself goes faster with fewer connections.
    if (appPool !== connections) {
      intakeTargets.push({
        name: `pgbench, ${appPool} clients (= app pool)`,
        measure: pgbench(appPool),
        settle: true,
        cpu: { load: () => childrenNamed('pgbench'), postgres },
      });
    }
    if (!readsOnly) targets.push(...intakeTargets);
    const readNames: string[] = [];
    if (reads) {
      const appUrl = `http://127.0.0.1:${APP_PORT}`;
      for (const r of staffReadTargets(appUrl, await prepareStaffReads(appUrl, DB), connections)) {
        readNames.push(r.name);
        targets.push({ ...r, settle: true, cpu: { server: () => [app.child.pid!], postgres } });
      }
    }
    if (values.pglite && !readsOnly) {
      const pgliteEnv = { DATABASE_URL: '', DATA_DIR: join(work, 'pglite') };
      log(`PGlite: migrate, seed ${cases} cases …`);
      await seed(pgliteEnv, cases);
      const pglite = await startApp(PGLITE_PORT, pgliteEnv);
      servers.push(pglite);
      targets.push({
        name: 'intake (PGlite)',
        measure: (s) => intakeLoad(PGLITE_PORT, s),
        cpu: { server: () => [pglite.child.pid!] },
      });
    }

    log(`warm-up, ${warmup} s each …`);
    if (warmup > 0) for (const t of targets) await t.measure(warmup);
    const samples: Sample[] = [];
    for (let round = 1; round <= rounds; round++) {
      // The database targets run in reverse order every other round, so none always runs on the fuller tables.
      const [first, ...rest] = targets;
      const order = round % 2 === 1 ? targets : [first!, ...rest.reverse()];
      for (const t of order) {
        if (t.settle) await settle(DB);
        log(`round ${round}/${rounds}: ${t.name} …`);
        const cpu = sampleCpu(t.cpu);
        const result = await t.measure(seconds);
        samples.push({ target: t.name, round, result, cpu: cpu.stop() });
      }
    }
    printReport(samples, { seconds, rounds, connections, cases: preexisting, socket: values.socket });
    if (reads) printReadVerdict(samples, readNames);
  } finally {
    for (const s of servers.reverse()) await s.stop();
    rmSync(work, { recursive: true, force: true });
    if (!values.keep && !values.reuse) await dropDatabase(DB); // a reused database stays, as it came
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
