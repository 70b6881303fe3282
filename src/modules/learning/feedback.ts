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
import type { FeedbackSummary, FeedbackView } from './shapes.js';

/** The audit log's purpose (formål) of a colleague's review of a conversation record. */
export const FEEDBACK_PURPOSE = 'makkerfeedback';
/** Days an unanswered request waits before both get their one reminder. */
export const FEEDBACK_REMIND_AFTER_DAYS = 7;

type Run = AppContext['dbh']['sql'];
const sqlOf = (ctx: AppContext): Run => ctx.dbh.sql.bind(ctx.dbh);

interface FeedbackRow {
  id: string;
  kommuneId: string;
  caseId: string;
  caseNumber: string;
  citizenId: string;
  requesterId: string;
  requesterName: string;
  reviewerId: string;
  reviewerName: string;
  question: string;
  status: string;
  whatWorked: string | null;
  tryNext: string | null;
  createdAt: Date;
  answeredAt: Date | null;
}

const SELECT = `SELECT f.id, f.kommune_id AS "kommuneId", f.case_id AS "caseId", c.number AS "caseNumber",
    c.citizen_id AS "citizenId", f.requester_id AS "requesterId", rq.name AS "requesterName",
    f.reviewer_id AS "reviewerId", rv.name AS "reviewerName", f.question, f.status,
    f.what_worked AS "whatWorked", f.try_next AS "tryNext", f.created_at AS "createdAt",
    f.answered_at AS "answeredAt"
  FROM feedback_requests f
  JOIN cases c ON c.id = f.case_id
  JOIN users rq ON rq.id = f.requester_id
  JOIN users rv ON rv.id = f.reviewer_id`;

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
  const [reviewer] = await sqlOf(ctx)<{ id: string }>(
    `SELECT id FROM users WHERE id = $1 AND kommune_id = $2 AND active AND role IN ('caseworker', 'team_lead')`,
    [input.reviewerId, actor.kommuneId],
  );
  if (!reviewer || reviewer.id === actor.userId)
    throw badRequest('learning.error.reviewer', { reviewerId: 'learning.error.reviewer' });
  const [open] = await sqlOf(ctx)<{ id: string }>(
    `SELECT id FROM feedback_requests WHERE case_id = $1 AND reviewer_id = $2 AND status = 'open'`,
    [c.id, reviewer.id],
  );
  if (open) throw conflict('exists', 'learning.error.feedbackExists');
  const [row] = await sqlOf(ctx)<{ id: string }>(
    `INSERT INTO feedback_requests (kommune_id, case_id, requester_id, reviewer_id, question, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [actor.kommuneId, c.id, actor.userId, reviewer.id, (input.question ?? '').trim(), ctx.now()],
  );
  const [created] = await sqlOf(ctx)<FeedbackRow>(`${SELECT} WHERE f.id = $1`, [row!.id]);
  return summary(created!);
}

/** The requests the actor sent and received, newest first. */
export async function myFeedback(ctx: AppContext, actor: Actor): Promise<FeedbackSummary[]> {
  if (!can(actor, 'feedback.request')) throw forbidden();
  const rows = await sqlOf(ctx)<FeedbackRow>(
    `${SELECT} WHERE f.kommune_id = $1 AND (f.requester_id = $2 OR f.reviewer_id = $2)
      ORDER BY f.created_at DESC LIMIT 200`,
    [actor.kommuneId, actor.userId],
  );
  return rows.map(summary);
}

async function visible(ctx: AppContext, actor: Actor, id: string): Promise<FeedbackRow> {
  const [row] = await sqlOf(ctx)<FeedbackRow>(`${SELECT} WHERE f.kommune_id = $1 AND f.id = $2`, [
    actor.kommuneId,
    id,
  ]);
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
  const updated = await sqlOf(ctx)(
    `UPDATE feedback_requests SET status = 'answered', what_worked = $2, try_next = $3, answered_at = $4
      WHERE id = $1 AND status = 'open' RETURNING id`,
    [id, input.whatWorked.trim(), input.tryNext.trim(), ctx.now()],
  );
  if (updated.length === 0) throw conflict('answered', 'learning.error.answered');
  const [after] = await sqlOf(ctx)<FeedbackRow>(`${SELECT} WHERE f.id = $1`, [id]);
  return summary(after!);
}

/**
 * One reminder to both, by mail, for each request unanswered after FEEDBACK_REMIND_AFTER_DAYS; claimed first,
 * so two runs never remind twice. Returns the number of requests reminded.
 */
export async function remindUnansweredFeedback(ctx: AppContext): Promise<number> {
  const cutoff = new Date(ctx.now().getTime() - FEEDBACK_REMIND_AFTER_DAYS * 86_400_000);
  const due = await sqlOf(ctx)<{ id: string }>(
    `SELECT id FROM feedback_requests WHERE status = 'open' AND reminded_at IS NULL AND created_at <= $1
      ORDER BY created_at LIMIT 500`,
    [cutoff],
  );
  let reminded = 0;
  for (const { id } of due) {
    await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
      const claimed = await sql<{
        kommuneId: string;
        caseId: string;
        requesterEmail: string;
        requesterName: string;
        reviewerEmail: string;
        reviewerName: string;
        caseNumber: string;
      }>(
        `UPDATE feedback_requests f SET reminded_at = $2
           FROM users rq, users rv, cases c
          WHERE f.id = $1 AND f.status = 'open' AND f.reminded_at IS NULL
            AND rq.id = f.requester_id AND rv.id = f.reviewer_id AND c.id = f.case_id
          RETURNING f.kommune_id AS "kommuneId", f.case_id AS "caseId", c.number AS "caseNumber",
                    rq.email AS "requesterEmail",
                    rq.name AS "requesterName", rv.email AS "reviewerEmail", rv.name AS "reviewerName"`,
        [id, ctx.now()],
      );
      const r = claimed[0];
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
