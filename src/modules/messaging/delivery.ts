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
      ...(row.attachments?.length
        ? {
            attachments: row.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: Buffer.from(a.contentBase64, 'base64'),
            })),
          }
        : {}),
    });
  } catch (err) {
    await markFailed(ctx, row.id, err instanceof Error ? err.message : String(err));
    throw err;
  }
  // Marked on its own, in its own commit, the moment the transport has accepted it: a crash between the
  // provider's acceptance and this commit is the only way a message can be sent again, and it can then be
  // only this one message (never a group). The receiver can drop such a repeat by its stable identity (the
  // Message-ID or SMS reference derived from the outbox id); see docs/reliability.md.
  await markSent(ctx, [row.id], ctx.now());
  return 'sent';
}
