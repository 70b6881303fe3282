// The SQL of messaging: outbox rows being delivered, and the dev mailbox.
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { devMailbox, outbox } from '../../adapters/db/schema.js';
import type { OutgoingMessage } from '../../adapters/transport.js';
import type { AppContext } from '../../platform/context.js';

export type OutboxRow = typeof outbox.$inferSelect;

export async function findOutbox(ctx: AppContext, id: string): Promise<OutboxRow | null> {
  const [row] = await ctx.db.select().from(outbox).where(eq(outbox.id, id)).limit(1);
  return row ?? null;
}

/** Sent: counts the attempt. The last error stays, as the record of why it took more than one. */
export async function markSent(ctx: AppContext, id: string, at: Date): Promise<void> {
  await ctx.db
    .update(outbox)
    .set({ sentAt: at, attempts: sql`${outbox.attempts} + 1` })
    .where(and(eq(outbox.id, id), isNull(outbox.sentAt)));
}

/** Failed: counts the attempt and keeps the reason (never the message text). */
export async function markFailed(ctx: AppContext, id: string, error: string): Promise<void> {
  await ctx.db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, lastError: error.slice(0, 500) })
    .where(eq(outbox.id, id));
}

export async function insertDevMailbox(ctx: AppContext, m: OutgoingMessage): Promise<void> {
  await ctx.db.insert(devMailbox).values({
    kommuneId: m.kommuneId,
    outboxId: m.outboxId,
    channel: m.channel,
    recipient: m.to,
    subject: m.subject,
    body: m.text,
  });
}

export async function listDevMailbox(ctx: AppContext, kommuneId: string, limit = 100) {
  return ctx.db
    .select({
      id: devMailbox.id,
      channel: devMailbox.channel,
      recipient: devMailbox.recipient,
      subject: devMailbox.subject,
      body: devMailbox.body,
      createdAt: devMailbox.createdAt,
    })
    .from(devMailbox)
    .where(eq(devMailbox.kommuneId, kommuneId))
    .orderBy(desc(devMailbox.createdAt), desc(devMailbox.id))
    .limit(limit);
}
