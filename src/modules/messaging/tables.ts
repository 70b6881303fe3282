// The messaging module's tables: the transactional outbox and the development mailbox.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, kommuneId } from '../../adapters/db/schema.js';

/** A file sent with a mail, as the outbox keeps it until it is sent (the content base64-encoded). */
export interface OutboxAttachment {
  filename: string;
  contentType: string;
  contentBase64: string;
}

/** A file the dev mailbox caught, with its size and sha-256 so it can be told apart and checked. */
export interface CaughtAttachment extends OutboxAttachment {
  size: number;
  sha256: string;
}

/** Transactional outbox: written in the same transaction as the change that causes the message. */
export const outbox = pgTable(
  'outbox',
  {
    id: id(),
    kommuneId: kommuneId(),
    channel: text('channel').notNull(), // mail | sms
    recipient: text('recipient').notNull(),
    template: text('template').notNull(), // rendered when sent, in `locale`
    params: jsonb('params').$type<Record<string, string>>().notNull().default({}),
    locale: text('locale').notNull().default('da'),
    caseId: uuid('case_id'),
    createdAt: createdAt(),
    dispatchedAt: timestamp('dispatched_at', { withTimezone: true }), // handed to the job queue
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    /** Files sent with the mail, as they were when the row was written (null: none). */
    attachments: jsonb('attachments').$type<OutboxAttachment[]>(),
  },
  (t) => [index('outbox_pending').on(t.dispatchedAt).where(sql`dispatched_at IS NULL`)],
);

/** Where mail and SMS land when no SMTP/SMS provider is configured (dev mailbox, visible to admins). */
export const devMailbox = pgTable('dev_mailbox', {
  id: id(),
  kommuneId: kommuneId(),
  outboxId: uuid('outbox_id'),
  channel: text('channel').notNull(),
  recipient: text('recipient').notNull(),
  subject: text('subject'),
  body: text('body').notNull(),
  attachments: jsonb('attachments').$type<CaughtAttachment[]>(),
  createdAt: createdAt(),
});
