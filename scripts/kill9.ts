// npm run reliability:kill9 — crash safety under load. For each engine: the app (as `cli start`, jobs on,
// receipts by SMTP to a local server in another process) takes an intake burst; mid-burst it is killed with
// SIGKILL; it is started again on the same data. Then it reports, and checks:
//
//   - every complaint the server acknowledged (201) is in the database (nothing lost);
//   - every outbox row is marked sent, and every acknowledged complaint's receipt reached the SMTP server;
//   - the SMTP server's raw deliveries and the distinct Message-IDs among them (one per outbox row): distinct
//     must equal the outbox rows, so a receiver that drops a repeated Message-ID gets every receipt once;
//   - deliveries sent twice — a message the server accepted while the process died before its "sent" mark was
//     committed — must be no more than the messages the delivery workers hold in flight at once.
//
// Strict exactly-once of the raw deliveries is not a pass criterion: no protocol makes a remote acceptance and a
// local commit one step (docs/reliability.md). The count is reported, and it is bounded. Exits non-zero if
// anything was lost, left unsent, delivered under a wrong identity, or repeated beyond that bound.
//
//   npm run reliability:kill9 -- [--engine both|pglite|postgres] [--seconds 10] [--clients 16] [--port 3106]
//
// PGlite in a temporary directory; PostgreSQL in a fresh database (BENCH_ADMIN_URL, as the bench).
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { databaseUrl, dropDatabase, recreateDatabase } from '../bench/database.js';
import { startSmtpSink } from '../bench/smtp-sink-client.js';
import { openDatabase } from '../src/adapters/db/client.js';
import { PLATFORM } from '../src/modules/index.js';
import { OUTBOX_DELIVER_QUEUE } from '../src/platform/outbox.js';
import { validSubmission } from '../test/support/submission.js';

const { values } = parseArgs({
  options: {
    engine: { type: 'string', default: 'both' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '16' },
    port: { type: 'string', default: '3106' },
  },
});
const seconds = Number(values.seconds);
const clients = Number(values.clients);
const port = Number(values.port);
const engines = values.engine === 'both' ? ['pglite', 'postgres'] : [values.engine ?? 'pglite'];
const base = `http://127.0.0.1:${port}`;
const log = (s: string) => process.stderr.write(`${s}\n`);
// The most messages the delivery workers of one process hold at once: the bound on what one crash can repeat.
const deliveryJob = PLATFORM.jobs.find((j) => j.queue === OUTBOX_DELIVER_QUEUE);
const inFlight = (deliveryJob?.concurrency ?? 1) * (deliveryJob?.batchSize ?? 1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const children = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function cli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}
const exited = (c: ChildProcess) =>
  c.exitCode !== null || c.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((r) => c.once('exit', () => r()));

/** SIGTERM, and SIGKILL if it has not ended within 20 s. */
async function stop(c: ChildProcess): Promise<void> {
  c.kill('SIGTERM');
  const timer = setTimeout(() => c.kill('SIGKILL'), 20_000);
  await exited(c);
  clearTimeout(timer);
}

async function portIsFree(): Promise<boolean> {
  try {
    await fetch(`${base}/healthz`);
    return false;
  } catch {
    return true;
  }
}

async function waitForHealth(timeoutMs = 120_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(200)) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error('the server did not come up');
}

interface Outcome {
  engine: string;
  acknowledged: number;
  present: number;
  cases: number;
  outbox: number;
  unsent: number;
  received: number;
  distinct: number;
  twice: number;
  missingReceipts: number;
  killedAfterMs: number;
}

async function runEngine(engine: string): Promise<Outcome> {
  const sink = await startSmtpSink();
  const dataDir = engine === 'pglite' ? mkdtempSync(join(tmpdir(), 'bd-kill9-')) : undefined;
  const DB = 'borgerdialog_kill9';
  if (engine === 'postgres') await recreateDatabase(DB);
  const env: NodeJS.ProcessEnv = {
    PORT: String(port),
    HOST: '127.0.0.1',
    SMTP_URL: sink.url,
    SEED_DEMO: 'false',
    INTAKE_RATE_LIMIT: '1000000',
    LOG_LEVEL: 'error',
    ...(dataDir ? { DATA_DIR: dataDir, DATABASE_URL: '' } : { DATABASE_URL: databaseUrl(DB) }),
  };
  try {
    // The organisation only (no demo cases), so intake has a kommune to take complaints for.
    const seed = cli(['seed', '--cases', '0'], env);
    await exited(seed);
    if (seed.exitCode !== 0) throw new Error('seeding failed');

    if (!(await portIsFree()))
      throw new Error(`port ${port} is in use: stop what runs there, or pass --port`);
    let server = cli(['start'], env);
    await waitForHealth();

    // The burst: `clients` loops posting complaints, each with its own e-mail; a 201 is an acknowledgement.
    const acknowledged = new Map<string, string>(); // case number -> e-mail
    const statuses = new Map<string, number>();
    let running = true;
    let n = 0;
    const loop = async (c: number) => {
      while (running) {
        const email = `kill9.${c}.${n++}@eksempel.invalid`;
        try {
          const res = await fetch(`${base}/api/v1/kommuner/259/cases`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(validSubmission({ email })),
          });
          const status = String(res.status);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
          if (res.status === 201)
            acknowledged.set(((await res.json()) as { caseNumber: string }).caseNumber, email);
          else await res.body?.cancel();
        } catch {
          statuses.set('no answer', (statuses.get('no answer') ?? 0) + 1);
          await sleep(20); // the server is down: not acknowledged
        }
      }
    };
    const started = Date.now();
    const loops = Array.from({ length: clients }, (_, c) => loop(c));
    // Killed at a random moment in the middle half of the burst.
    const killAt = (seconds * 1000) / 4 + Math.random() * ((seconds * 1000) / 2);
    await sleep(killAt);
    server.kill('SIGKILL');
    await exited(server);
    const killedAfterMs = Date.now() - started;
    const ackAtKill = acknowledged.size;
    log(`${engine}: killed with SIGKILL after ${killedAfterMs} ms, ${ackAtKill} complaints acknowledged`);
    await sleep(500);
    running = false;
    await Promise.all(loops);
    log(`${engine}: answers during the burst ${JSON.stringify(Object.fromEntries(statuses))}`);

    // Started again on the same data: it recovers, and the relay and workers send what is left.
    if (!(await portIsFree())) throw new Error(`port ${port} still answers after the kill`);
    server = cli(['start'], env);
    await waitForHealth();
    const wanted = new Set(acknowledged.values());
    let stats = await sink.recipients();
    for (const deadline = Date.now() + 420_000; Date.now() < deadline; await sleep(500)) {
      stats = await sink.recipients();
      const got = new Set(stats.recipients);
      if ([...wanted].every((e) => got.has(e))) break;
    }
    await sleep(3000); // anything still on its way arrives (or would arrive twice)
    stats = await sink.recipients();
    await stop(server);

    const dbh = await openDatabase(dataDir ? { dataDir } : { databaseUrl: databaseUrl(DB), poolSize: 1 });
    try {
      const numbers = new Set(
        (await dbh.sql<{ number: string }>('SELECT number FROM cases')).map((r) => r.number),
      );
      const [o] = await dbh.sql<{ total: number; unsent: number }>(
        'SELECT count(*)::int AS total, count(*) FILTER (WHERE sent_at IS NULL)::int AS unsent FROM outbox',
      );
      const got = new Set(stats.recipients);
      return {
        engine,
        acknowledged: acknowledged.size,
        present: [...acknowledged.keys()].filter((k) => numbers.has(k)).length,
        cases: numbers.size,
        outbox: o?.total ?? 0,
        unsent: o?.unsent ?? 0,
        received: stats.received,
        distinct: stats.distinct,
        twice: stats.duplicates.length,
        missingReceipts: [...wanted].filter((e) => !got.has(e)).length,
        killedAfterMs,
      };
    } finally {
      await dbh.close();
    }
  } finally {
    await sink.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    if (engine === 'postgres') await dropDatabase(DB);
  }
}

let failed = false;
for (const engine of engines) {
  const r = await runEngine(engine);
  const ok =
    r.acknowledged > 0 &&
    r.present === r.acknowledged &&
    r.unsent === 0 &&
    r.missingReceipts === 0 &&
    r.distinct === r.outbox &&
    r.twice <= inFlight;
  failed ||= !ok;
  console.log(
    `${r.engine}: killed after ${(r.killedAfterMs / 1000).toFixed(1)} s; acknowledged ${r.acknowledged}, present ` +
      `${r.present} (cases in the database ${r.cases}); outbox rows ${r.outbox}, unsent ${r.unsent}; SMTP raw ` +
      `deliveries ${r.received}, distinct Message-IDs ${r.distinct}, delivered twice ${r.twice} (bound: ${inFlight} ` +
      `in flight), acknowledged without receipt ${r.missingReceipts} — ` +
      (ok
        ? r.twice === 0
          ? 'nothing lost, nothing twice'
          : `nothing lost; ${r.twice} repeated, each under its own Message-ID (a receiver drops it)`
        : 'FAILED'),
  );
}
if (failed) process.exitCode = 1;
