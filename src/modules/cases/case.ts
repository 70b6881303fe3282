// One case as a caseworker opens it: the queue row plus the citizen's contact details, the moves the
// workflow allows next, and the timeline. Opening it is a use of personal data, so it is logged.
import { and, asc, eq } from 'drizzle-orm';
import { departments, users } from '../../adapters/db/schema.js';
import { localDate } from '../../core/calendar.js';
import { allowedTransitions, type CaseKind, type CaseState } from '../../core/workflow.js';
import { recordAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { type Actor, can } from '../../platform/policies.js';
import { type CitizenView, citizenView } from '../citizens/index.js';
import { citizens } from '../citizens/tables.js';
import {
  type AgreementView,
  type AttemptView,
  type ConversationView,
  getConversation,
  listAgreements,
  listAttempts,
} from '../dialogue/index.js';
import { type QueueItem, queueColumns, toQueueItem, withQueueJoins } from './queue.js';
import { caseEvents, cases } from './tables.js';

export interface TimelineEvent {
  type: string;
  at: string;
  actor: { id: string; name: string } | null;
  data: Record<string, unknown>;
}

export interface CaseDetail extends QueueItem {
  id: string;
  channel: string;
  department: { id: string; name: string };
  description: string;
  decisionDate: string | null;
  decisionReference: string | null;
  preferredContactTime: string | null;
  citizen: CitizenView;
  reassessmentDue: string | null;
  rootCause: string | null;
  allowedTransitions: CaseState[];
  attempts: AttemptView[];
  conversation: ConversationView | null;
  agreements: AgreementView[];
  timeline: TimelineEvent[];
}

/** Why the case is opened (formål), kept in the audit log; the citizen may see it later. */
export const DEFAULT_READ_PURPOSE = 'sagsbehandling';

export interface ReadMeta {
  purpose: string;
  ip: string | null;
}

/**
 * The case by its number, if the actor may read it — otherwise null, whether it is in another department,
 * another kommune or does not exist at all (the caller answers 404 for all three alike).
 */
export async function openCase(
  ctx: AppContext,
  actor: Actor,
  number: string,
  meta: ReadMeta,
): Promise<CaseDetail | null> {
  const [row] = await withQueueJoins(
    ctx.db
      .select({
        ...queueColumns,
        id: cases.id,
        kommuneId: cases.kommuneId,
        channel: cases.channel,
        departmentId: cases.departmentId,
        departmentName: departments.name,
        description: cases.description,
        decisionDate: cases.decisionDate,
        decisionReference: cases.decisionReference,
        preferredContactTime: cases.preferredContactTime,
        reassessmentDue: cases.reassessmentDue,
        rootCause: cases.rootCause,
        citizenId: cases.citizenId,
        primaryContactId: citizens.primaryContactId,
      })
      .from(cases)
      .$dynamic(),
  )
    .innerJoin(departments, eq(departments.id, cases.departmentId))
    .where(and(eq(cases.kommuneId, actor.kommuneId), eq(cases.number, number)))
    .limit(1);
  if (!row || !can(actor, 'case.read', row)) return null;

  const [timeline, citizen, attempts, conversation, agreements] = await Promise.all([
    loadTimeline(ctx, row.id),
    citizenView(ctx, row.citizenId),
    listAttempts(ctx.db, row.id),
    getConversation(ctx.db, row.id),
    listAgreements(ctx.db, row.id),
  ]);
  await recordAudit(ctx, {
    kommuneId: row.kommuneId,
    userId: actor.userId,
    action: 'read',
    subjectType: 'case',
    subjectId: row.id,
    caseId: row.id,
    citizenId: row.citizenId,
    purpose: meta.purpose,
    ip: meta.ip,
  });
  return {
    ...toQueueItem(row, localDate(ctx.now())),
    id: row.id,
    channel: row.channel,
    department: { id: row.departmentId, name: row.departmentName },
    description: row.description,
    decisionDate: row.decisionDate,
    decisionReference: row.decisionReference,
    preferredContactTime: row.preferredContactTime,
    citizen: citizen!,
    reassessmentDue: row.reassessmentDue,
    rootCause: row.rootCause,
    allowedTransitions: allowedTransitions({ kind: row.kind as CaseKind, state: row.state as CaseState }),
    attempts,
    conversation,
    agreements,
    timeline,
  };
}

/** The case's events, oldest first, with the staff member who caused each (null: the citizen or the system). */
export async function loadTimeline(ctx: AppContext, caseId: string): Promise<TimelineEvent[]> {
  const rows = await ctx.db
    .select({
      type: caseEvents.type,
      at: caseEvents.at,
      actorId: users.id,
      actorName: users.name,
      data: caseEvents.data,
    })
    .from(caseEvents)
    .leftJoin(users, eq(users.id, caseEvents.actorId))
    .where(eq(caseEvents.caseId, caseId))
    .orderBy(asc(caseEvents.at), asc(caseEvents.seq));
  return rows.map((e) => ({
    type: e.type,
    at: e.at.toISOString(),
    actor: e.actorId && e.actorName ? { id: e.actorId, name: e.actorName } : null,
    data: e.data,
  }));
}
