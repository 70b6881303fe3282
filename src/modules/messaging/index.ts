// The messaging module's public surface: `messaging.enqueue(tx, message)` writes a mail or SMS to the outbox
// in the caller's transaction, so it is sent if and only if the change that causes it is committed.
import type { Database } from '../../adapters/db/client.js';
import { isTemplateName } from '../../platform/templates.js';
import { insertOutbox, type OutgoingRow } from './queries.js';

export type { OutgoingRow } from './queries.js';
export type { OutboxAttachment } from './tables.js';

/** Refuses a template no module declares: a typo would otherwise only show when the message is sent. */
export async function enqueue(tx: Database, message: OutgoingRow): Promise<void> {
  if (!isTemplateName(message.template)) throw new Error(`Unknown message template: ${message.template}`);
  await insertOutbox(tx, message);
}

/**
 * The same row as `enqueue`, for a writer that must stay one SQL statement (intake's INSERT_CASE): a CTE
 * body inserting into the outbox from `source`, with the values as SQL expressions over it.
 */
export function enqueueSelect(v: {
  source: string;
  where?: string;
  kommuneId: string;
  channel: string;
  recipient: string;
  template: string;
  params: string;
  locale: string;
  caseId: string;
}): string {
  return (
    'INSERT INTO outbox (kommune_id, channel, recipient, template, params, locale, case_id)\n' +
    `  SELECT ${[v.kommuneId, v.channel, v.recipient, v.template, v.params, v.locale, v.caseId].join(', ')}\n` +
    `  FROM ${v.source}${v.where ? ` WHERE ${v.where}` : ''}`
  );
}

export const messaging = { enqueue, enqueueSelect };
