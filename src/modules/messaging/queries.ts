// The SQL of messaging: outbox rows being delivered, the undelivered ones, and the dev mailbox.
import { createHash } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Database, SqlRunner } from '../../adapters/db/client.js';
import type { OutgoingMessage } from '../../adapters/transport.js';
import type { AppContext } from '../../platform/context.js';
import { OUTBOX_DELIVER_QUEUE } from '../../platform/outbox.js';
import { type CaughtAttachment, devMailbox, type OutboxAttachment, outbox } from './tables.js';

export type OutboxRow = typeof outbox.$inferSelect;

// Delivery runs once per message, up to a hundred a second in a burst: plain prepared statements, no builder.
const FIND_OUTBOX = `
SELECT id, kommune_id, channel, recipient, template, params, locale, case_id, created_at, dispatched_at, sent_at,
  attempts, last_error, attachments
FROM outbox WHERE id = $1`;

interface OutboxSqlRow {
  id: string;
  kommune_id: string;
  channel: string;
  recipient: string;
  template: string;
  params: Record<string, string>;
  locale: string;
  case_id: string | null;
  created_at: Date | string;
  dispatched_at: Date | string | null;
  sent_at: Date | string | null;
  attempts: number;
  last_error: string | null;
  attachments: OutboxAttachment[] | null;
}

const asDate = (v: Date | string | null) => (v === null ? null : new Date(v));

export async function findOutbox(ctx: AppContext, id: string): Promise<OutboxRow | null> {
  const [r] = await ctx.dbh.sql<OutboxSqlRow>(FIND_OUTBOX, [id], 'messaging_find_outbox');
  if (!r) return null;
  return {
    id: r.id,
    kommuneId: r.kommune_id,
    channel: r.channel,
    recipient: r.recipient,
    template: r.template,
    params: r.params,
    locale: r.locale,
    caseId: r.case_id,
    createdAt: new Date(r.created_at),
    dispatchedAt: asDate(r.dispatched_at),
    sentAt: asDate(r.sent_at),
    attempts: Number(r.attempts),
    lastError: r.last_error,
    attachments: r.attachments,
  };
}

/** Sent: counts the attempt. The last error stays, as the record of why it took more than one. */
export async function markSent(ctx: AppContext, ids: string[], at: Date): Promise<void> {
  await ctx.dbh.sql(
    'UPDATE outbox SET sent_at = $2, attempts = attempts + 1 WHERE id = ANY($1::uuid[]) AND sent_at IS NULL',
    [ids, at],
    'messaging_mark_sent',
  );
}

/** Failed: counts the attempt and keeps the reason (never the message text). */
export async function markFailed(ctx: AppContext, id: string, error: string): Promise<void> {
  await ctx.dbh.sql(
    'UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1',
    [id, error.slice(0, 500)],
    'messaging_mark_failed',
  );
}

export async function insertDevMailbox(ctx: AppContext, m: OutgoingMessage): Promise<void> {
  const attachments: CaughtAttachment[] | null = m.attachments?.length
    ? m.attachments.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        size: a.content.length,
        sha256: createHash('sha256').update(a.content).digest('hex'),
        contentBase64: a.content.toString('base64'),
      }))
    : null;
  await ctx.db.insert(devMailbox).values({
    kommuneId: m.kommuneId,
    outboxId: m.outboxId,
    channel: m.channel,
    recipient: m.to,
    subject: m.subject,
    body: m.text,
    attachments,
  });
}

/** One file the dev mailbox caught with a message of the kommune; null when there is no such file. */
export async function findDevMailboxAttachment(
  ctx: AppContext,
  kommuneId: string,
  id: string,
  index: number,
): Promise<CaughtAttachment | null> {
  const [row] = await ctx.db
    .select({ attachments: devMailbox.attachments })
    .from(devMailbox)
    .where(and(eq(devMailbox.kommuneId, kommuneId), eq(devMailbox.id, id)));
  return row?.attachments?.[index] ?? null;
}

export async function listDevMailbox(ctx: AppContext, kommuneId: string, limit = 100) {
  return ctx.db
    .select({
      id: devMailbox.id,
      channel: devMailbox.channel,
      recipient: devMailbox.recipient,
      subject: devMailbox.subject,
      body: devMailbox.body,
      attachments: devMailbox.attachments,
      createdAt: devMailbox.createdAt,
    })
    .from(devMailbox)
    .where(eq(devMailbox.kommuneId, kommuneId))
    .orderBy(desc(devMailbox.createdAt), desc(devMailbox.id))
    .limit(limit);
}

// --- Undelivered messages (ikke leverede beskeder) ---------------------------------------------------------
// A row is stuck when it is unsent and either an attempt has failed, or it was handed to the queue so long ago
// that a worker should have tried it (pg-boss expires an active job after 15 minutes and retries it).
// Its retries are exhausted when nothing will try it again on its own: it has been dispatched, and pg-boss holds
// no waiting, retrying or running job for it (the job failed for the last time, or was archived or lost).

export const STUCK_AFTER_MINUTES = 30;
const LIVE_JOB_STATES = ['created', 'retry', 'active'];

export interface UndeliveredRow {
  id: string;
  channel: string;
  recipient: string;
  template: string;
  caseNumber: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  retriesExhausted: boolean;
}

// pg-boss makes its schema when the jobs start; a process that has never started them has no job table.
async function hasJobTable(sql: SqlRunner): Promise<boolean> {
  const [row] = await sql<{ present: boolean }>(`SELECT to_regclass('pgboss.job') IS NOT NULL AS present`);
  return row?.present === true;
}

// $3: the delivery queue, $4: the job states that mean "will be tried (again)".
const NO_LIVE_JOB = `NOT EXISTS (
  SELECT 1 FROM pgboss.job j WHERE j.name = $3 AND j.id = o.id AND j.state::text = ANY($4::text[]))`;

const listUndeliveredSql = (exhausted: string) => `
SELECT o.id, o.channel, o.recipient, o.template, c.number AS case_number, o.attempts, o.last_error,
  o.created_at, (o.dispatched_at IS NOT NULL AND ${exhausted}) AS retries_exhausted
FROM outbox o
LEFT JOIN cases c ON c.id = o.case_id
WHERE o.kommune_id = $1 AND o.sent_at IS NULL AND (o.attempts > 0 OR o.dispatched_at < $2)
ORDER BY o.created_at DESC, o.id DESC
LIMIT 200`;

interface UndeliveredSqlRow {
  id: string;
  channel: string;
  recipient: string;
  template: string;
  case_number: string | null;
  attempts: number;
  last_error: string | null;
  created_at: Date | string;
  retries_exhausted: boolean;
}

/** The kommune's stuck messages, newest first (at most 200). */
export async function listUndelivered(ctx: AppContext, kommuneId: string): Promise<UndeliveredRow[]> {
  const run: SqlRunner = (text, values) => ctx.dbh.sql(text, values);
  const stuckBefore = new Date(ctx.now().getTime() - STUCK_AFTER_MINUTES * 60_000);
  const rows = (await hasJobTable(run))
    ? await run<UndeliveredSqlRow>(listUndeliveredSql(NO_LIVE_JOB), [
        kommuneId,
        stuckBefore,
        OUTBOX_DELIVER_QUEUE,
        LIVE_JOB_STATES,
      ])
    : await run<UndeliveredSqlRow>(listUndeliveredSql('TRUE'), [kommuneId, stuckBefore]);
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    recipient: r.recipient,
    template: r.template,
    caseNumber: r.case_number,
    attempts: Number(r.attempts),
    lastError: r.last_error,
    createdAt: new Date(r.created_at),
    retriesExhausted: r.retries_exhausted,
  }));
}

export type ResendResult =
  | { status: 'queued'; caseId: string | null }
  | { status: 'missing' | 'already_sent' | 'in_progress' };

/**
 * Puts an unsent row back in line for the relay, which hands it to the queue again as a new job. The row's old
 * job (failed, or waiting for a retry) is removed first, since a job's id is its row's id; a job running right
 * now is left alone and the resend refused, so a message is never sent twice at once. Attempts and the last
 * error stay, as the record of what happened.
 */
export async function resendOutbox(ctx: AppContext, kommuneId: string, id: string): Promise<ResendResult> {
  return ctx.dbh.transaction(async (sql) => {
    const [row] = await sql<{ sent: boolean; case_id: string | null }>(
      'SELECT sent_at IS NOT NULL AS sent, case_id FROM outbox WHERE id = $1 AND kommune_id = $2 FOR UPDATE',
      [id, kommuneId],
    );
    if (!row) return { status: 'missing' };
    if (row.sent) return { status: 'already_sent' };
    if (await hasJobTable(sql)) {
      const job = [OUTBOX_DELIVER_QUEUE, id];
      const running = await sql(
        `SELECT 1 FROM pgboss.job WHERE name = $1 AND id = $2 AND state::text = 'active'`,
        job,
      );
      if (running.length > 0) return { status: 'in_progress' };
      // Should a worker take the job between the check and here, it keeps it: the relay's insert then finds
      // the id taken and adds nothing, and that worker's attempt is the one that counts.
      await sql(`DELETE FROM pgboss.job WHERE name = $1 AND id = $2 AND state::text <> 'active'`, job);
    }
    await sql('UPDATE outbox SET dispatched_at = NULL WHERE id = $1', [id]);
    return { status: 'queued', caseId: row.case_id };
  });
}

/** A mail or SMS to send, written in the transaction of the change that causes it. */
export interface OutgoingRow {
  kommuneId: string;
  channel: 'mail' | 'sms';
  recipient: string;
  /** A template some module declares (its templates.ts); its parameters are checked when it is rendered. */
  template: string;
  params: Record<string, string>;
  locale?: string;
  caseId?: string | null;
  /** Files sent with a mail, fixed when the row is written (e.g. a letter's PDF as it is kept on the case). */
  attachments?: readonly OutboxAttachment[];
}

export async function insertOutbox(db: Database, m: OutgoingRow): Promise<void> {
  await db.insert(outbox).values({
    kommuneId: m.kommuneId,
    channel: m.channel,
    recipient: m.recipient,
    template: m.template,
    params: m.params,
    ...(m.locale ? { locale: m.locale } : {}),
    caseId: m.caseId ?? null,
    ...(m.attachments?.length ? { attachments: [...m.attachments] } : {}),
  });
}
