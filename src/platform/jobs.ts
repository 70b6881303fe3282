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
    // Expired jobs (a worker killed mid-job) are found and retried within a minute of expiring.
    maintenanceIntervalSeconds: 60,
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
    const batchSize = job.batchSize ?? 1;
    for (let i = 0; i < (job.concurrency ?? 1); i++) {
      const id: string = await boss.work<Record<string, unknown>>(job.queue, { batchSize }, async (batch) => {
        // pg-boss waits a polling interval after every fetch; a full batch means more are waiting, so the
        // worker is woken to fetch again at once.
        if (batch.length >= batchSize) boss.notifyWorker(id);
        // Each job of a batch stands alone: one that fails is failed (and so retried) by itself, and the
        // others are completed when the batch resolves.
        await Promise.all(
          batch.map(async (j) => {
            try {
              await job.handler(ctx, j.data ?? {});
            } catch (err) {
              log.warn({ queue: job.queue, jobId: j.id, err: errorMessage(err) }, 'job failed');
              await boss.fail(job.queue, j.id, { message: errorMessage(err) });
            }
          }),
        );
      });
      ids.push(id);
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
      for (const job of opts.jobs) await job.stopped?.(ctx);
    },
  };
}

const errorMessage = (err: unknown) => (err instanceof Error ? err.message : String(err));
