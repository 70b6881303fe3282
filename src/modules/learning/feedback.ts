// Buddy feedback (makkerskab): a caseworker asks a named colleague to review one conversation record; the
// colleague answers what worked and one thing to try next time. Only the two of them see the request, the
// record (redacted: the names the case knows, CPR, phone, …) and the answer. Unanswered after a week, both get
// one reminder.
import { CONVERSATION_PHASES } from '../../core/conversation.js';
import { redact } from '../../core/redaction.js';
import { recordAudit } from '../../platform/audit.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { type Actor, can } from '../../platform/policies.js';
import { caseToWork } from '../cases/index.js';
import { citizenView } from '../citizens/index.js';
import { getConversation } from '../dialogue/index.js';
import { enqueue } from '../messaging/index.js';
import {
  answerFeedbackRequest,
  claimFeedbackReminder,
  type FeedbackRow,
  feedbackById,
  feedbackDueForReminder,
  feedbackOfUser,
  hasOpenFeedbackRequest,
  insertFeedbackRequest,
  reviewerCandidate,
} from './queries.js';
import type { FeedbackSummary, FeedbackView } from './shapes.js';

/** The audit log's purpose (formål) of a colleague's review of a conversation record. */
export const FEEDBACK_PURPOSE = 'makkerfeedback';
/** Days an unanswered request waits before both get their one reminder. */
export const FEEDBACK_REMIND_AFTER_DAYS = 7;

const sqlOf = (ctx: AppContext) => ctx.dbh.sql.bind(ctx.dbh);

export type { FeedbackSummary, FeedbackView };

const summary = (r: FeedbackRow): FeedbackSummary => ({
  id: r.id,
  caseNumber: r.caseNumber,
  requester: { id: r.requesterId, name: r.requesterName },
  reviewer: { id: r.reviewerId, name: r.reviewerName },
  status: r.status === 'answered' ? 'answered' : 'open',
  createdAt: r.createdAt.toISOString(),
  answeredAt: r.answeredAt?.toISOString() ?? null,
});

/** Asks a colleague (a caseworker or team lead of the kommune, not oneself) to review the case's conversation. */
export async function requestFeedback(
  ctx: AppContext,
  actor: SessionUser,
  caseNumber: string,
  input: { reviewerId: string; question?: string },
): Promise<FeedbackSummary> {
  if (!can(actor, 'feedback.request')) throw forbidden();
  const c = await caseToWork(ctx, actor, caseNumber);
  const conversation = await getConversation(ctx.db, c.id);
  if (!conversation || Object.values(conversation.notes).every((n) => n.trim() === ''))
    throw conflict('no_conversation', 'learning.error.noConversation');
  const reviewer = await reviewerCandidate(sqlOf(ctx), actor.kommuneId, input.reviewerId);
  if (!reviewer || reviewer === actor.userId)
    throw badRequest('learning.error.reviewer', { reviewerId: 'learning.error.reviewer' });
  if (await hasOpenFeedbackRequest(sqlOf(ctx), c.id, reviewer))
    throw conflict('exists', 'learning.error.feedbackExists');
  const id = await insertFeedbackRequest(sqlOf(ctx), {
    kommuneId: actor.kommuneId,
    caseId: c.id,
    requesterId: actor.userId,
    reviewerId: reviewer,
    question: (input.question ?? '').trim(),
    at: ctx.now(),
  });
  return summary((await feedbackById(sqlOf(ctx), actor.kommuneId, id))!);
}

/** The requests the actor sent and received, newest first. */
export async function myFeedback(ctx: AppContext, actor: Actor): Promise<FeedbackSummary[]> {
  if (!can(actor, 'feedback.request')) throw forbidden();
  return (await feedbackOfUser(sqlOf(ctx), actor.kommuneId, actor.userId)).map(summary);
}

async function visible(ctx: AppContext, actor: Actor, id: string): Promise<FeedbackRow> {
  const row = await feedbackById(sqlOf(ctx), actor.kommuneId, id);
  // Anyone but the two is told it does not exist.
  if (!row || !can(actor, 'feedback.view', row)) throw notFound('learning.error.feedbackNotFound');
  return row;
}

/** One request with the conversation record (redacted) and the answer; the read is audited. */
export async function readFeedback(
  ctx: AppContext,
  actor: Actor,
  id: string,
  ip: string | null,
): Promise<FeedbackView> {
  const row = await visible(ctx, actor, id);
  const [conversation, citizen] = await Promise.all([
    getConversation(ctx.db, row.caseId),
    citizenView(ctx, row.citizenId),
  ]);
  const names = [citizen?.name, citizen?.primaryContact?.name].filter((n): n is string => !!n);
  const record = CONVERSATION_PHASES.flatMap((phase) => {
    const text = conversation?.notes[phase]?.trim() ?? '';
    return text ? [{ phase, text: redact(text, { names }).text }] : [];
  });
  await recordAudit(ctx, {
    kommuneId: row.kommuneId,
    userId: actor.userId,
    action: 'read',
    subjectType: 'feedback_request',
    subjectId: row.id,
    caseId: row.caseId,
    citizenId: row.citizenId,
    purpose: FEEDBACK_PURPOSE,
    ip,
  });
  return {
    ...summary(row),
    question: row.question,
    record,
    answer:
      row.status === 'answered' ? { whatWorked: row.whatWorked ?? '', tryNext: row.tryNext ?? '' } : null,
  };
}

/** The named colleague's structured answer; once. */
export async function answerFeedback(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { whatWorked: string; tryNext: string },
): Promise<FeedbackSummary> {
  const row = await visible(ctx, actor, id);
  if (!can(actor, 'feedback.answer', row)) throw forbidden();
  const fields: Record<string, string> = {};
  if (input.whatWorked.trim().length < 3) fields.whatWorked = 'learning.error.whatWorked';
  if (input.tryNext.trim().length < 3) fields.tryNext = 'learning.error.tryNext';
  if (Object.keys(fields).length > 0) throw badRequest('learning.error.answer', fields);
  const answer = { whatWorked: input.whatWorked.trim(), tryNext: input.tryNext.trim() };
  if (!(await answerFeedbackRequest(sqlOf(ctx), id, answer, ctx.now())))
    throw conflict('answered', 'learning.error.answered');
  return summary((await feedbackById(sqlOf(ctx), actor.kommuneId, id))!);
}

/**
 * One reminder to both, by mail, for each request unanswered after FEEDBACK_REMIND_AFTER_DAYS; claimed first,
 * so two runs never remind twice. Returns the number of requests reminded.
 */
export async function remindUnansweredFeedback(ctx: AppContext): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - FEEDBACK_REMIND_AFTER_DAYS * 86_400_000);
  let reminded = 0;
  for (const id of await feedbackDueForReminder(sqlOf(ctx), cutoff)) {
    await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
      const r = await claimFeedbackReminder(sql, id, ctx.now());
      if (!r) return;
      const params = {
        requesterName: r.requesterName,
        reviewerName: r.reviewerName,
        caseNumber: r.caseNumber,
      };
      for (const [recipient, template] of [
        [r.reviewerEmail, 'learning.feedback.reminder.reviewer'],
        [r.requesterEmail, 'learning.feedback.reminder.requester'],
      ] as const)
        await enqueue(db, { kommuneId: r.kommuneId, channel: 'mail', recipient, template, params });
      reminded++;
    });
  }
  return reminded;
}
