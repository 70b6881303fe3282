// The department's queue (sagskø): the cases that need work, soonest first-contact deadline first. The scope is the
// same rule as reading one case (caseScope), so the list never shows a case the staff member could not open.
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { alias, type PgSelect } from 'drizzle-orm/pg-core';
import type { Database } from '../../adapters/db/client.js';
import { areas, teams, users } from '../../adapters/db/schema.js';
import { type IsoDate, localDate } from '../../core/calendar.js';
import { type DeadlineStatus, deadlineStatus } from '../../core/deadlines.js';
import { type CaseState, WORK_STATES } from '../../core/workflow.js';
import { recordAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/policies.js';
import { citizens } from '../citizens/tables.js';
import { caseScope, caseScopeParts } from './case-scope.js';
import { cases } from './tables.js';

export interface QueueItem {
  caseNumber: string;
  kind: string;
  state: string;
  area: { code: string; name: string };
  team: { id: string; name: string } | null;
  assignee: { id: string; name: string } | null;
  citizenName: string;
  receivedAt: string;
  receivedOn: IsoDate;
  firstContactDue: IsoDate;
  firstContactMetOn: IsoDate | null;
  firstContactStatus: DeadlineStatus;
  /** The re-assessment deadline (genvurdering) of a maintained complaint, while it is open. */
  reassessmentDue: IsoDate | null;
  reassessmentStatus: DeadlineStatus | null;
}

export interface QueueFilter {
  state?: CaseState;
  area?: string; // area code
  team?: string; // team id
  mine?: boolean; // assigned to the actor
  open?: boolean; // default true: only cases that need work (core `needsWork`); ignored when `state` is given
  limit?: number;
  offset?: number;
}

export const QUEUE_PAGE_MAX = 500;
/** The queue counts its cases up to this many; above it answers `totalCapped` (the page says "more than …"). */
export const QUEUE_COUNT_CAP = 1000;
/** A page of the queue when the client does not ask for a size: what a caseworker scans at once. */
const QUEUE_PAGE_DEFAULT = 50;

const assignee = alias(users, 'assignee');

/**
 * Core's `needsWork` in SQL: the queue's and the team overview's cases. The states are written out as constants
 * (never parameters) so PostgreSQL matches the predicate of the partial indexes cases_work_queue and
 * cases_work_department (drizzle/0006_queue_search.sql).
 */
export const needsWorkSql: SQL = sql`${cases.state} in (${sql.raw(WORK_STATES.map((s) => `'${s}'`).join(', '))})`;

/** The columns a queue row is made of; the case view selects these plus its own. */
export const queueColumns = {
  caseNumber: cases.number,
  kind: cases.kind,
  state: cases.state,
  areaCode: areas.code,
  areaName: areas.name,
  teamId: teams.id,
  teamName: teams.name,
  assigneeId: assignee.id,
  assigneeName: assignee.name,
  citizenName: citizens.name,
  receivedAt: cases.receivedAt,
  receivedOn: cases.receivedOn,
  firstContactDue: cases.firstContactDue,
  firstContactMetOn: cases.firstContactMetOn,
  reassessmentDue: cases.reassessmentDue,
};

/** A row as selected with `queueColumns` (teams and assignee are left-joined, so may be null). */
interface QueueRow {
  caseNumber: string;
  kind: string;
  state: string;
  areaCode: string;
  areaName: string;
  teamId: string | null;
  teamName: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  citizenName: string;
  receivedAt: Date;
  receivedOn: string;
  firstContactDue: string;
  firstContactMetOn: string | null;
  reassessmentDue: string | null;
}

/** Joins everything a queue row shows onto a `from(cases)` query, in one statement (no per-row look-ups). */
export function withQueueJoins<T extends PgSelect>(qb: T) {
  return qb
    .innerJoin(citizens, eq(citizens.id, cases.citizenId))
    .innerJoin(areas, eq(areas.id, cases.areaId))
    .leftJoin(teams, eq(teams.id, cases.teamId))
    .leftJoin(assignee, eq(assignee.id, cases.assigneeId));
}

/** Open while the complaint waits for its re-assessment or the forwarding it leads to. */
const REASSESSMENT_OPEN: readonly string[] = ['maintained', 'reassessment'];

function reassessment(r: QueueRow, today: IsoDate) {
  const open = r.reassessmentDue !== null && REASSESSMENT_OPEN.includes(r.state);
  return {
    reassessmentDue: open ? r.reassessmentDue : null,
    reassessmentStatus: open && r.reassessmentDue ? deadlineStatus(r.reassessmentDue, null, today) : null,
  };
}

export function toQueueItem(r: QueueRow, today: IsoDate): QueueItem {
  return {
    caseNumber: r.caseNumber,
    kind: r.kind,
    state: r.state,
    area: { code: r.areaCode, name: r.areaName },
    team: r.teamId && r.teamName ? { id: r.teamId, name: r.teamName } : null,
    assignee: r.assigneeId && r.assigneeName ? { id: r.assigneeId, name: r.assigneeName } : null,
    citizenName: r.citizenName,
    receivedAt: r.receivedAt.toISOString(),
    receivedOn: r.receivedOn,
    firstContactDue: r.firstContactDue,
    firstContactMetOn: r.firstContactMetOn,
    firstContactStatus: deadlineStatus(r.firstContactDue, r.firstContactMetOn, today),
    ...reassessment(r, today),
  };
}

/** The filters the caseworker chose, without the scope. */
function filterConditions(actor: Actor, f: QueueFilter): SQL[] {
  const where: SQL[] = [];
  if (f.state) where.push(eq(cases.state, f.state));
  else if (f.open ?? true) where.push(needsWorkSql);
  // By id from a sub-select rather than areas.code on the join: PostgreSQL then estimates one area's share
  // and reads the deadline-ordered index, where the join made it sort the whole area.
  if (f.area)
    where.push(
      sql`${cases.areaId} = (select ${areas.id} from ${areas} where ${areas.kommuneId} = ${actor.kommuneId} and ${areas.code} = ${f.area})`,
    );
  if (f.team) where.push(eq(cases.teamId, f.team));
  if (f.mine) where.push(eq(cases.assigneeId, actor.userId));
  return where;
}

/**
 * The actor's queue, one page of it, and the total. Because the rows show citizens' names, the look-up
 * itself is logged (one audit row per request, purpose 'kø').
 */
export async function listQueue(
  ctx: AppContext,
  actor: Actor,
  filter: QueueFilter,
  ip: string | null,
): Promise<{ items: QueueItem[]; total: number; totalCapped: boolean }> {
  const filters = filterConditions(actor, filter);
  const limit = Math.min(filter.limit ?? QUEUE_PAGE_DEFAULT, QUEUE_PAGE_MAX);
  const offset = filter.offset ?? 0;
  // No count(*) over () here: it made PostgreSQL join every open case of the department (141,355 in the seeded
  // million) for one page. Without it the page is read in deadline order from cases_work_queue and stops at
  // `limit`; the total is counted apart, and only up to a cap.
  const [rows, count] = await Promise.all([
    withQueueJoins(ctx.db.select(queueColumns).from(cases).$dynamic())
      .where(and(caseScope(actor), ...filters))
      .orderBy(asc(cases.firstContactDue), asc(cases.receivedAt), asc(cases.number))
      .limit(limit)
      .offset(offset),
    countQueue(ctx.db, actor, filters),
  ]);
  await recordAudit(ctx, {
    kommuneId: actor.kommuneId,
    userId: actor.userId,
    action: 'list',
    subjectType: 'case',
    purpose: 'kø',
    ip,
  });
  const today = localDate(ctx.now());
  return { items: rows.map((r) => toQueueItem(r, today)), total: count.total, totalCapped: count.capped };
}

/**
 * The queue's total, counted only up to QUEUE_COUNT_CAP: beyond that the page says "more than 1,000" — an exact
 * count of a huge department visits every open case on every view (docs/benchmarks.md, "Staff reads"). Counted
 * per part of the scope (caseScopeParts), so the department's part needs no join and an index alone answers it.
 */
async function countQueue(
  db: Database,
  actor: Actor,
  filters: SQL[],
): Promise<{ total: number; capped: boolean }> {
  const { ownDepartment, asPrimaryContact } = caseScopeParts(actor);
  const upToCap = async (scope: SQL | null, joinCitizens: boolean): Promise<number> => {
    if (!scope) return 0;
    const base = db.select({ one: sql`1` }).from(cases).$dynamic();
    const joined = joinCitizens ? base.innerJoin(citizens, eq(citizens.id, cases.citizenId)) : base;
    const sub = joined
      .where(and(scope, ...filters))
      .limit(QUEUE_COUNT_CAP + 1)
      .as('capped');
    const [row] = await db.select({ n: sql<number>`cast(count(*) as int)` }).from(sub);
    return row?.n ?? 0;
  };
  const [own, elsewhere] = await Promise.all([
    upToCap(ownDepartment, false),
    upToCap(asPrimaryContact, true),
  ]);
  const n = own + elsewhere;
  return { total: Math.min(n, QUEUE_COUNT_CAP), capped: n > QUEUE_COUNT_CAP };
}
