// The outbox relay. Modules write a message to the outbox table in the same transaction as the change that
// causes it; the relay hands each new row to the job queue. Rows are claimed with FOR UPDATE SKIP LOCKED, the
// jobs are inserted on the same connection and the rows marked dispatched, all in one transaction: a row
// becomes exactly one job (whose id is the row's id), even with several relays running.
import type PgBoss from 'pg-boss';
import type { SqlRunner } from '../adapters/db/client.js';
import type { AppContext } from './context.js';

export const OUTBOX_DELIVER_QUEUE = 'outbox.deliver';
export const DELIVERY_EXPIRE_SECONDS = 120;

export interface RelayOptions {
  /** Rows per transaction. */
  batchSize?: number;
  /** pg-boss retries of a failed delivery, with exponential backoff from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
}

// 10 retries from 10 s, doubling (with jitter): a mail server may be away for some hours before we give up.
const DEFAULTS = { batchSize: 500, retryLimit: 10, retryDelaySeconds: 10 } satisfies RelayOptions;

const CLAIM = `
SELECT id FROM outbox
WHERE dispatched_at IS NULL
ORDER BY created_at, id
LIMIT $1
FOR UPDATE SKIP LOCKED`;

const MARK_DISPATCHED = 'UPDATE outbox SET dispatched_at = $2 WHERE id = ANY($1::uuid[])';

/** One pass: hands up to `batchSize` undispatched rows to the queue. Returns how many. */
export async function relayOutboxOnce(
  ctx: AppContext,
  boss: PgBoss,
  options: RelayOptions = {},
): Promise<number> {
  const o = { ...DEFAULTS, ...options };
  return ctx.dbh.transaction(async (sql) => {
    const ids = (await sql<{ id: string }>(CLAIM, [o.batchSize])).map((r) => r.id);
    if (ids.length === 0) return 0;
    const jobs = ids.map((id) => ({
      id,
      name: OUTBOX_DELIVER_QUEUE,
      data: { outboxId: id },
      singletonKey: id,
      retryLimit: o.retryLimit,
      retryDelay: o.retryDelaySeconds,
      retryBackoff: true,
      // A worker killed mid-delivery leaves its job active; it is retried once this has passed. Longer than
      // any delivery can take (the SMTP and SMS timeouts are shorter), so a slow one is never sent twice.
      expireInSeconds: DELIVERY_EXPIRE_SECONDS,
    }));
    await boss.insert(jobs, { db: runnerAsBossDb(sql) });
    await sql(MARK_DISPATCHED, [ids, ctx.now()]);
    return ids.length;
  });
}

const runnerAsBossDb = (sql: SqlRunner) => ({
  executeSql: async (text: string, values: unknown[]) => ({ rows: await sql(text, values) }),
});

export interface RelayLoopOptions extends RelayOptions {
  intervalMs?: number;
  /** Called after a pass that dispatched rows, e.g. to wake the workers. */
  onDispatched?: (count: number) => void;
  onError?: (err: unknown) => void;
}

/**
 * Runs the relay every `intervalMs` until stopped. A pass starts only when the previous one has finished,
 * and a full batch is followed at once by the next, so a backlog drains quickly.
 */
export function startOutboxRelay(
  ctx: AppContext,
  boss: PgBoss,
  options: RelayLoopOptions = {},
): { stop(): Promise<void> } {
  const { intervalMs = 500, onDispatched, onError, ...relay } = options;
  const batchSize = relay.batchSize ?? DEFAULTS.batchSize;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async () => {
    let count = 0;
    try {
      count = await relayOutboxOnce(ctx, boss, relay);
      if (count > 0) onDispatched?.(count);
    } catch (err) {
      onError?.(err);
    }
    if (!stopped) timer = setTimeout(tick, count >= batchSize ? 0 : intervalMs);
  };
  const tick = () => {
    running = pass();
  };
  tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
