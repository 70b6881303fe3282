// The citizen's satisfaction survey after closure: a job finds closed cases without one and queues the
// invitation through the outbox in the same transaction that records "survey_requested" (so the timeline never
// claims a survey that was not queued); one reminder at most; answered once through a tokenised link, no login;
// the answer on the case timeline; an unhappy answer flagged to the team lead, who may reopen the case.
import { createHmac, randomUUID } from 'node:crypto';
import type { SqlRunner } from '../../adapters/db/client.js';
import { localDate } from '../../core/calendar.js';
import {
  isUnhappy,
  reminderDue,
  type SurveyAnswer,
  type SurveyStatus,
  surveyExpiry,
  surveyStatus,
} from '../../core/surveys.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, conflict, HttpError, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/policies.js';
import { getKommune } from '../../platform/tenancy.js';
import { hashToken } from '../../platform/tokens.js';
import { appendEvents, applyTransition, event, findCaseRef } from '../cases/index.js';
import { enqueue } from '../messaging/index.js';
import * as q from './queries.js';

/** Closed cases are surveyed when closed within this many days (older ones, e.g. imported history, are not). */
export const SURVEY_LOOKBACK_DAYS = 30;
/** The one reminder goes this many days after the invitation. */
export const REMINDER_AFTER_DAYS = 5;
const BATCH = 200;

/** The link's token: derived from the survey's id with the server secret, so only its hash is stored. */
export const surveyToken = (secret: Buffer, requestId: string): string =>
  createHmac('sha256', secret).update(`survey:${requestId}`).digest('base64url');

export const surveyPath = (token: string) => `/undersoegelse/${token}`;

const contactOf = (c: { email: string | null; phone: string | null }) =>
  c.email
    ? { channel: 'mail' as const, recipient: c.email }
    : c.phone
      ? { channel: 'sms' as const, recipient: c.phone }
      : null;

const dayMs = 86_400_000;

/** The job: a survey for every closed case that has none. Returns how many were queued. */
export async function requestSurveys(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const since = new Date(now.getTime() - SURVEY_LOOKBACK_DAYS * dayMs);
  // A case closed by mistake can be reopened before the citizen is asked (SURVEY_DELAY_MINUTES, default 60).
  const closedBefore = new Date(now.getTime() - ctx.config.surveyDelayMinutes * 60_000);
  const due = await q.closedCasesWithoutSurvey(ctx.dbh.sql.bind(ctx.dbh), since, closedBefore, BATCH);
  let queued = 0;
  for (const c of due) {
    const contact = contactOf(c);
    if (!contact) continue;
    const id = randomUUID();
    const token = surveyToken(ctx.config.appSecret, id);
    const expiresAt = surveyExpiry(now, ctx.config.surveyValidDays);
    const locale = c.locale === 'en' ? 'en' : 'da';
    await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
      const claimed = await q.insertSurveyRequest(sql, {
        id,
        kommuneId: c.kommune_id,
        caseId: c.case_id,
        tokenHash: hashToken(token),
        channel: contact.channel,
        locale,
        at: now,
        expiresAt,
      });
      if (claimed.length === 0) return; // a parallel run surveyed it
      await enqueue(db, {
        kommuneId: c.kommune_id,
        channel: contact.channel,
        recipient: contact.recipient,
        template: 'survey.invitation',
        params: {
          caseNumber: c.number,
          link: `${ctx.config.publicUrl}${surveyPath(token)}`,
          expiresOn: localDate(new Date(expiresAt.getTime() - 1)),
        },
        locale,
        caseId: c.case_id,
      });
      await appendEvents(db, { id: c.case_id, kommuneId: c.kommune_id }, [
        event('survey_requested', now, null, {
          channel: contact.channel,
          expiresAt: expiresAt.toISOString(),
        }),
      ]);
      queued++;
    });
  }
  return queued;
}

/** The job's second half: one reminder for surveys still open after REMINDER_AFTER_DAYS. */
export async function remindSurveys(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  const rows = await q.surveysToRemind(
    ctx.dbh.sql.bind(ctx.dbh),
    new Date(now.getTime() - REMINDER_AFTER_DAYS * dayMs),
    new Date(now.getTime() + dayMs),
    BATCH,
  );
  let sent = 0;
  for (const r of rows) {
    const state = {
      requestedAt: r.requested_at,
      expiresAt: r.expires_at,
      remindedAt: null,
      answeredAt: null,
      optedOutAt: null,
    };
    if (!reminderDue(state, now, REMINDER_AFTER_DAYS)) continue;
    const contact =
      r.channel === 'sms' ? (r.phone ? { channel: 'sms' as const, recipient: r.phone } : null) : contactOf(r);
    await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
      const claimed = await q.claimReminder(sql, r.id, now);
      if (claimed.length === 0 || !contact) return;
      await enqueue(db, {
        kommuneId: r.kommune_id,
        channel: contact.channel,
        recipient: contact.recipient,
        template: 'survey.reminder',
        params: {
          caseNumber: r.number,
          link: `${ctx.config.publicUrl}${surveyPath(surveyToken(ctx.config.appSecret, r.id))}`,
          expiresOn: localDate(new Date(r.expires_at.getTime() - 1)),
        },
        locale: r.locale,
        caseId: r.case_id,
      });
      await appendEvents(db, { id: r.case_id, kommuneId: r.kommune_id }, [
        event('survey_reminder_sent', now, null, { channel: contact.channel }),
      ]);
      sent++;
    });
  }
  return sent;
}

/** What the survey page and GET /surveys/{token} show: no personal data, only the kommune and the state. */
export interface SurveyView {
  status: SurveyStatus;
  kommuneId: string;
  kommuneName: string;
  /** The last day the link works (Danish date). */
  validUntil: string;
}

const findByToken = (ctx: AppContext, token: string) =>
  token.length > 200
    ? Promise.resolve(null)
    : q.surveyByTokenHash(ctx.dbh.sql.bind(ctx.dbh), hashToken(token));

export async function surveyView(ctx: AppContext, token: string): Promise<SurveyView | null> {
  const r = await findByToken(ctx, token);
  if (!r) return null;
  const kommune = await getKommune(ctx, r.kommune_id);
  return {
    status: surveyStatus(
      { expiresAt: r.expires_at, answeredAt: r.answered_at, optedOutAt: r.opted_out_at },
      ctx.now(),
    ),
    kommuneId: r.kommune_id,
    kommuneName: kommune?.name ?? '',
    validUntil: localDate(new Date(r.expires_at.getTime() - 1)),
  };
}

export interface SurveyInput extends SurveyAnswer {
  comment?: string | null;
}

const refusalOf = (status: SurveyStatus): HttpError =>
  status === 'expired'
    ? new HttpError(410, 'expired', 'surveys.error.expired')
    : status === 'opted_out'
      ? conflict('opted_out', 'surveys.error.optedOut')
      : conflict('answered', 'surveys.error.answered');

/**
 * Records the answer, once: the survey is marked answered, the answer stored with the case's department and
 * area, and the answer put on the case timeline — all in one transaction. An unhappy answer is flagged.
 */
export async function answerSurvey(
  ctx: AppContext,
  token: string,
  input: SurveyInput,
): Promise<{ flagged: boolean }> {
  const comment = input.comment?.trim() ? input.comment.trim() : null;
  if (comment && comment.length > 4000)
    throw badRequest('surveys.error.comment', { comment: 'surveys.error.comment' });
  const now = ctx.now();
  return ctx.dbh.transactionWithDb(async ({ db, sql }) => {
    const r = token.length > 200 ? null : await q.surveyByTokenHash(sql, hashToken(token), true);
    if (!r) throw notFound('surveys.error.notFound');
    const status = surveyStatus(
      { expiresAt: r.expires_at, answeredAt: r.answered_at, optedOutAt: r.opted_out_at },
      now,
    );
    if (status !== 'open') throw refusalOf(status);
    const marked = await q.markAnswered(sql, r.id, now);
    if (marked.length === 0) throw conflict('answered', 'surveys.error.answered');
    const flagged = isUnhappy(input);
    await q.insertAnswer(sql, {
      kommuneId: r.kommune_id,
      requestId: r.id,
      caseId: r.case_id,
      departmentId: r.department_id,
      areaId: r.area_id,
      at: now,
      heard: input.heard,
      understood: input.understood,
      fair: input.fair,
      overall: input.overall,
      stillDisagree: input.stillDisagree,
      comment,
      flagged,
    });
    const scores = {
      heard: input.heard,
      understood: input.understood,
      fair: input.fair,
      overall: input.overall,
    };
    await appendEvents(db, { id: r.case_id, kommuneId: r.kommune_id }, [
      event('survey_answered', now, null, {
        ...scores,
        stillDisagree: input.stillDisagree,
        comment,
        flagged,
        // The lines the case history shows under the event (i18n keys with their values).
        details: [
          { key: 'surveys.timeline.scores', params: scores },
          ...(input.stillDisagree ? [{ key: 'surveys.timeline.stillDisagree', params: {} }] : []),
          ...(comment ? [{ key: 'surveys.timeline.comment', params: { comment } }] : []),
          ...(flagged ? [{ key: 'surveys.timeline.flagged', params: {} }] : []),
        ],
      }),
    ]);
    return { flagged };
  });
}

/** The citizen says no to this survey and to any later one. Saying it again changes nothing. */
export async function optOut(ctx: AppContext, token: string): Promise<void> {
  const now = ctx.now();
  await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
    const r = token.length > 200 ? null : await q.surveyByTokenHash(sql, hashToken(token), true);
    if (!r) throw notFound('surveys.error.notFound');
    await q.insertOptOut(sql, r.kommune_id, r.citizen_id, now);
    const marked = await q.markOptedOut(sql, r.id, now);
    if (marked.length > 0)
      await appendEvents(db, { id: r.case_id, kommuneId: r.kommune_id }, [
        event('survey_opted_out', now, null),
      ]);
  });
}

// ---------------------------------------------------------------------------------------------------------
// The team lead's list of unhappy answers

export interface FlagView {
  id: string;
  caseNumber: string;
  caseState: string;
  answeredAt: string;
  heard: number;
  understood: number;
  fair: number;
  overall: number;
  stillDisagree: boolean;
  comment: string | null;
}

const flagView = (f: q.FlagRow): FlagView => ({
  id: f.id,
  caseNumber: f.number,
  caseState: f.state,
  answeredAt: new Date(f.answered_at).toISOString(),
  heard: f.heard,
  understood: f.understood,
  fair: f.fair,
  overall: f.overall,
  stillDisagree: f.still_disagree,
  comment: f.comment,
});

export async function listFlags(ctx: AppContext, actor: Actor): Promise<FlagView[]> {
  if (!actor.departmentId) return [];
  return (await q.openFlags(ctx.dbh.sql.bind(ctx.dbh), actor.kommuneId, actor.departmentId)).map(flagView);
}

/** The flag, if it is in the team lead's own department; otherwise it does not exist for them (404). */
async function ownFlag(sql: SqlRunner, actor: Actor, id: string) {
  const f = await q.flagById(sql, actor.kommuneId, id);
  if (!f || f.department_id !== actor.departmentId) throw notFound('surveys.error.flagNotFound');
  if (f.flag_resolved_at) throw conflict('resolved', 'surveys.error.flagResolved');
  return f;
}

/**
 * The team lead reopens the case after an unhappy answer (a person decides; the answer never reopens a case by
 * itself), through the cases module's transition, with their reason on the timeline.
 */
export async function reopenFromFlag(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<{ state: string }> {
  const text = reason.trim();
  if (text.length < 3) throw badRequest('surveys.error.reason', { reason: 'surveys.error.reason' });
  const now = ctx.now();
  return ctx.dbh.transactionWithDb(async ({ db, sql }) => {
    const f = await ownFlag(sql, actor, id);
    const ref = await findCaseRef(db, actor.kommuneId, f.number);
    if (!ref) throw notFound('surveys.error.flagNotFound');
    const resolved = await q.resolveFlag(sql, id, 'reopened', actor.userId, now);
    if (resolved.length === 0) throw conflict('resolved', 'surveys.error.flagResolved');
    const moved = await applyTransition(ctx, db, ref, {
      to: 'reopened',
      at: now,
      actorId: actor.userId,
      trigger: 'outcome',
      reason: text,
    });
    return { state: moved.state };
  });
}

/** The team lead decides the unhappy answer needs no reopening; the reason goes on the timeline. */
export async function dismissFlag(ctx: AppContext, actor: Actor, id: string, reason: string): Promise<void> {
  const text = reason.trim();
  if (text.length < 3) throw badRequest('surveys.error.reason', { reason: 'surveys.error.reason' });
  const now = ctx.now();
  await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
    const f = await ownFlag(sql, actor, id);
    const resolved = await q.resolveFlag(sql, id, 'dismissed', actor.userId, now);
    if (resolved.length === 0) throw conflict('resolved', 'surveys.error.flagResolved');
    await appendEvents(db, { id: f.case_id, kommuneId: actor.kommuneId }, [
      event('survey_flag_dismissed', now, actor.userId, { reason: text }),
    ]);
  });
}
