// Learning cases (erfaringscases): made from a closed case in one click, reviewed by the author (every
// redaction shown, added or undone), published only after that review, then searched by the kommune's staff.
import {
  draftFromCase,
  LEARNING_TERMS_MAX,
  type LearningTexts,
  publishedTexts,
  publishProblems,
  reviewFields,
} from '../../core/learning.js';
import { recordAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors.js';
import { type Actor, can } from '../../platform/policies.js';
import { openCase } from '../cases/index.js';
import {
  deleteDraft,
  draftsOf,
  insertDraft,
  type LearningRow,
  learningCaseById,
  learningCaseIdForCase,
  publishDraft,
  updateDraft,
} from './queries.js';
import { areaOf, type DraftBody, type LearningCaseView } from './shapes.js';

/** The audit log's purpose (formål) of reading a case to make a learning case of it. */
export const LEARNING_PURPOSE = 'erfaringscase';

export type { LearningCaseView };

const textsOf = (r: LearningRow): LearningTexts => ({
  title: r.title,
  happened: r.happened,
  worked: r.worked,
  differently: r.differently,
});

function view(r: LearningRow): LearningCaseView {
  return {
    id: r.id,
    status: r.status === 'published' ? 'published' : 'draft',
    title: r.title,
    happened: r.happened,
    worked: r.worked,
    differently: r.differently,
    techniques: r.techniques,
    rootCause: r.rootCause,
    outcome: r.outcome,
    area: areaOf(r),
    author: { id: r.authorId, name: r.authorName },
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    publishedAt: r.publishedAt?.toISOString() ?? null,
    review:
      r.status === 'draft'
        ? {
            fields: reviewFields(textsOf(r), r),
            kept: r.kept,
            added: r.added,
          }
        : null,
  };
}

const sqlOf = (ctx: AppContext) => ctx.dbh.sql.bind(ctx.dbh);

/**
 * A draft learning case from the actor's closed case: the description and conversation notes as its first text,
 * the tags the case already has, and the names the case knows (the citizen, the staff on it) for redaction.
 * 404 for a case the actor may not read; 409 for a case not closed, or one that already has a learning case.
 */
export async function draftFromClosedCase(
  ctx: AppContext,
  actor: Actor,
  caseNumber: string,
  ip: string | null,
): Promise<LearningCaseView> {
  if (!can(actor, 'learning.write')) throw forbidden();
  const c = await openCase(ctx, actor, caseNumber, { purpose: LEARNING_PURPOSE, ip });
  if (!c) throw notFound('learning.error.caseNotFound');
  if (c.state !== 'closed') throw conflict('not_closed', 'learning.error.notClosed');
  if (await learningCaseIdForCase(sqlOf(ctx), c.id)) throw conflict('exists', 'learning.error.exists');
  const states = c.timeline.flatMap((e) => (typeof e.data.to === 'string' ? [e.data.to] : []));
  const proposed = draftFromCase({
    description: c.description,
    notes: c.conversation?.notes ?? {},
    rootCause: c.rootCause,
    states,
  });
  const names = [
    c.citizen.name,
    c.citizenName,
    c.assignee?.name,
    c.citizen.primaryContact?.name,
    ...c.timeline.map((e) => e.actor?.name),
  ].filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  const id = await insertDraft(sqlOf(ctx), {
    kommuneId: actor.kommuneId,
    caseId: c.id,
    departmentId: c.department.id,
    areaCode: c.area.code,
    authorId: actor.userId,
    title: '',
    happened: proposed.happened,
    techniques: proposed.techniques,
    rootCause: proposed.rootCause,
    outcome: proposed.outcome,
    names: [...new Set(names)],
    at: ctx.now(),
  });
  if (!id) throw conflict('exists', 'learning.error.exists');
  return (await readLearningCase(ctx, actor, id, ip))!;
}

/** The learning case if the actor may see it (a draft: its author only), else null. A draft read is audited. */
export async function readLearningCase(
  ctx: AppContext,
  actor: Actor,
  id: string,
  ip: string | null,
): Promise<LearningCaseView | null> {
  const row = await learningCaseById(sqlOf(ctx), actor.kommuneId, id);
  if (!row || !can(actor, 'learning.view', row)) return null;
  // A draft holds the texts as written, before redaction: reading it is a use of personal data.
  await recordAudit(ctx, {
    kommuneId: row.kommuneId,
    userId: actor.userId,
    action: 'read',
    subjectType: 'learning_case',
    subjectId: row.id,
    caseId: row.status === 'draft' ? row.caseId : null,
    purpose: LEARNING_PURPOSE,
    ip,
  });
  return view(row);
}

export type DraftInput = DraftBody;

async function ownDraft(ctx: AppContext, actor: Actor, id: string): Promise<LearningRow> {
  const row = await learningCaseById(sqlOf(ctx), actor.kommuneId, id);
  if (!row || !can(actor, 'learning.view', row)) throw notFound('learning.error.notFound');
  if (!can(actor, 'learning.edit', row)) throw forbidden();
  if (row.status !== 'draft') throw conflict('published', 'learning.error.published');
  return row;
}

/** Saves the author's texts, tags and review decisions (add, undo); 409 when another save came first. */
export async function saveDraft(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: DraftInput,
  ip: string | null,
): Promise<LearningCaseView> {
  await ownDraft(ctx, actor, id);
  if (input.kept.length + input.added.length > LEARNING_TERMS_MAX)
    throw badRequest('learning.error.terms', { added: 'learning.error.terms' });
  const saved = await updateDraft(sqlOf(ctx), id, input.version, input, ctx.now());
  if (saved === null) throw conflict('stale', 'learning.error.stale');
  return (await readLearningCase(ctx, actor, id, ip))!;
}

/**
 * Publishes the draft the author reviewed: `version` must be the one they saw (a later save needs a new
 * review), and `reviewed` their confirmation that they went through every redaction. Then the redactions are
 * applied and only the redacted texts are kept.
 */
export async function publish(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: { version: number; reviewed: boolean },
  ip: string | null,
): Promise<LearningCaseView> {
  const row = await ownDraft(ctx, actor, id);
  if (!input.reviewed)
    throw badRequest('learning.error.unreviewed', { reviewed: 'learning.error.unreviewed' });
  if (row.version !== input.version) throw conflict('stale', 'learning.error.stale');
  const problems = publishProblems(textsOf(row), {
    techniques: row.techniques as never,
    rootCause: row.rootCause as never,
    outcome: row.outcome as never,
  });
  if (Object.keys(problems).length > 0) throw badRequest('learning.error.incomplete', problems);
  const texts = publishedTexts(textsOf(row), row);
  if (!(await publishDraft(sqlOf(ctx), id, row.version, texts, ctx.now())))
    throw conflict('stale', 'learning.error.stale');
  return (await readLearningCase(ctx, actor, id, ip))!;
}

export async function discardDraft(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ownDraft(ctx, actor, id);
  if (!(await deleteDraft(sqlOf(ctx), id))) throw conflict('published', 'learning.error.published');
}

export async function myDrafts(ctx: AppContext, actor: Actor) {
  if (!can(actor, 'learning.write')) throw forbidden();
  const rows = await draftsOf(sqlOf(ctx), actor.kommuneId, actor.userId);
  return rows.map((r) => ({ id: r.id, title: r.title, updatedAt: r.updatedAt.toISOString() }));
}
