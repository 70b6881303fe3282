// Undelivered messages (ikke leverede beskeder): mail and SMS the outbox could not deliver, shown to the
// kommune's admin, who can send one again once the cause is fixed. Recipients are personal data, so reading the
// list and resending are both written to the audit log.
import { recordAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/policies.js';
import { listUndelivered, resendOutbox, type UndeliveredRow } from './queries.js';

const REFUSALS = {
  missing: () => notFound('messaging.error.notFound'),
  already_sent: () => conflict('already_sent', 'messaging.error.alreadySent'),
  in_progress: () => conflict('in_progress', 'messaging.error.inProgress'),
};

const PURPOSE = 'beskedlevering'; // formål: following up on message delivery

export async function undeliveredMessages(
  ctx: AppContext,
  actor: Actor,
  ip: string | null,
): Promise<UndeliveredRow[]> {
  const rows = await listUndelivered(ctx, actor.kommuneId);
  await recordAudit(ctx, {
    kommuneId: actor.kommuneId,
    userId: actor.userId,
    action: 'list',
    subjectType: 'outbox',
    purpose: PURPOSE,
    ip,
  });
  return rows;
}

/** Queues the message again; 404 for an unknown id or another kommune's, 409 when sent or being sent. */
export async function resendMessage(
  ctx: AppContext,
  actor: Actor,
  id: string,
  ip: string | null,
): Promise<void> {
  const result = await resendOutbox(ctx, actor.kommuneId, id);
  if (result.status !== 'queued') throw REFUSALS[result.status]();
  await recordAudit(ctx, {
    kommuneId: actor.kommuneId,
    userId: actor.userId,
    action: 'update',
    subjectType: 'outbox',
    subjectId: id,
    caseId: result.caseId,
    purpose: PURPOSE,
    ip,
  });
}
