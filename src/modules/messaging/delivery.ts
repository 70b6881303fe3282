// Delivering one outbox row: render its template in its locale, hand it to the channel's transport, record
// the outcome. A failure is recorded and thrown again, so pg-boss retries it: a failing server means a later
// attempt, never a lost message. A row already sent is never sent again.
import type { MessageChannel } from '../../adapters/transport.js';
import { pickLocale } from '../../i18n/index.js';
import type { AppContext } from '../../platform/context.js';
import { renderTemplate } from '../../platform/templates.js';
import { getKommune } from '../../platform/tenancy.js';
import { findOutbox, markFailed, markSent } from './queries.js';
import type { Transports } from './transports.js';

export type DeliveryResult = 'sent' | 'already_sent' | 'missing';

const isChannel = (c: string): c is MessageChannel => c === 'mail' || c === 'sms';

export async function deliverOutbox(
  ctx: AppContext,
  outboxId: string,
  transports: Transports,
): Promise<DeliveryResult> {
  const row = await findOutbox(ctx, outboxId);
  if (!row) return 'missing';
  if (row.sentAt) return 'already_sent';
  try {
    if (!isChannel(row.channel)) throw new Error(`Unknown channel: ${row.channel}`);
    const kommune = await getKommune(ctx, row.kommuneId);
    const params = { kommuneName: kommune?.name ?? '', ...row.params };
    const message = renderTemplate(row.template, row.channel, params, pickLocale(row.locale));
    await transports[row.channel].send({
      kommuneId: row.kommuneId,
      outboxId: row.id,
      channel: row.channel,
      to: row.recipient,
      ...message,
    });
  } catch (err) {
    await markFailed(ctx, row.id, err instanceof Error ? err.message : String(err));
    throw err;
  }
  // Between the send and this update a crash means one more attempt: at least once, and almost always once.
  await sentMarks(ctx).mark(row.id);
  return 'sent';
}

// Group commit of "sent": a message is marked as soon as it has been handed over, in the next UPDATE to run.
// While one UPDATE runs, the messages sent meanwhile wait for the next, which then marks them all at once.
// No delay is added (the gap between a send and its mark stays as short as one write), but a burst costs one
// commit per group instead of one per message — the commits are what limits PGlite.
interface SentMarks {
  mark(id: string): Promise<void>;
}

const marks = new WeakMap<AppContext, SentMarks>();

function sentMarks(ctx: AppContext): SentMarks {
  let m = marks.get(ctx);
  if (m) return m;
  let waiting: { id: string; done: () => void; failed: (err: unknown) => void }[] = [];
  let flushing = false;
  const flush = async () => {
    flushing = true;
    while (waiting.length > 0) {
      const group = waiting;
      waiting = [];
      try {
        await markSent(
          ctx,
          group.map((w) => w.id),
          ctx.now(),
        );
        for (const w of group) w.done();
      } catch (err) {
        for (const w of group) w.failed(err);
      }
    }
    flushing = false;
  };
  m = {
    mark: (id) =>
      new Promise<void>((done, failed) => {
        waiting.push({ id, done, failed });
        if (!flushing) void flush();
      }),
  };
  marks.set(ctx, m);
  return m;
}
