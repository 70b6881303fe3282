// Background work: pg-boss on the application's own database (PGlite or PostgreSQL, through dbh.bossAdapter),
// a worker for every job the modules declare, cron schedules, and the outbox relay.
import type { FastifyBaseLogger } from 'fastify';
import PgBoss from 'pg-boss';
import type { AppContext, JobDefinition } from './context.js';
import { OUTBOX_DELIVER_QUEUE, type RelayOptions, startOutboxRelay } from './outbox.js';

export interface JobsOptions {
  /** How often idle workers look for jobs; pg-boss allows 0.5 s at least. */
  pollingIntervalSeconds?: number;
  /** How often the relay looks for new outbox rows. */
  relayIntervalMs?: number;
  relay?: RelayOptions;
  /** The jobs the modules declare (`PLATFORM.jobs` from src/modules/index.ts). */
  jobs: readonly JobDefinition[];
}

export interface Jobs {
  boss: PgBoss;
  stop(): Promise<void>;
}

const TIME_ZONE = 'Europe/Copenhagen'; // cron expressions are read in Danish time

/** Starts pg-boss (creating its schema on first run) and the queues the modules declare. No workers. */
export async function openBoss(ctx: AppContext, log: FastifyBaseLogger, opts: JobsOptions): Promise<PgBoss> {
  const boss = new PgBoss({
    db: ctx.dbh.bossAdapter,
    pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2,
  });
  boss.on('error', (err) => log.error({ err }, 'pg-boss'));
  await boss.start();
  for (const job of opts.jobs) await boss.createQueue(job.queue);
  return boss;
}

export async function startJobs(ctx: AppContext, log: FastifyBaseLogger, opts: JobsOptions): Promise<Jobs> {
  const boss = await openBoss(ctx, log, opts);
  const workerIds = new Map<string, string[]>();
  for (const job of opts.jobs) {
    const ids: string[] = [];
    for (let i = 0; i < (job.concurrency ?? 1); i++) {
      ids.push(
        await boss.work<Record<string, unknown>>(job.queue, { batchSize: 1 }, async ([j]) => {
          if (!j) return;
          try {
            await job.handler(ctx, j.data ?? {});
          } catch (err) {
            // pg-boss records the failure and retries; the log says which job and why.
            log.warn({ queue: job.queue, jobId: j.id, err: errorMessage(err) }, 'job failed');
            throw err;
          }
        }),
      );
    }
    workerIds.set(job.queue, ids);
    if (job.cron) await boss.schedule(job.queue, job.cron, {}, { tz: TIME_ZONE });
  }

  const relay = startOutboxRelay(ctx, boss, {
    ...opts.relay,
    intervalMs: opts.relayIntervalMs,
    // New jobs wake the delivery workers at once instead of at their next poll.
    onDispatched: () => {
      for (const id of workerIds.get(OUTBOX_DELIVER_QUEUE) ?? []) boss.notifyWorker(id);
    },
    onError: (err) => log.error({ err: errorMessage(err) }, 'outbox relay failed'),
  });

  return {
    boss,
    async stop() {
      await relay.stop();
      // Graceful: a delivery under way finishes (or is failed, and so retried) before the database closes.
      await boss.stop({ graceful: true, timeout: 10_000 });
    },
  };
}

const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err));
