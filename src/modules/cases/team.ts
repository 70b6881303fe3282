// The team lead's view (leder): workload per caseworker and team, overdue first contacts, and reassignment.
// Its cases are the queue's (needsWorkSql), and its totals count every one of them: cases without a team, or
// without an active caseworker of the department, have rows of their own.
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { teams, users } from '../../adapters/db/schema.js';
import { localDate } from '../../core/calendar.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import type { CaseRef } from './case-ref.js';
import { needsWorkSql } from './queue.js';
import { cases } from './tables.js';
import { appendEvents, event } from './timeline.js';

export interface WorkloadCounts {
  open: number;
  unassigned: number;
  overdueFirstContact: number;
  dueToday: number;
}

export interface Workload {
  caseworkers: {
    id: string;
    name: string;
    teamId: string | null;
    open: number;
    overdueFirstContact: number;
    dueToday: number;
  }[];
  teams: { id: string; name: string; open: number; unassigned: number; overdueFirstContact: number }[];
  /** Cases with no team (or a team not of the department): so the team rows add up to the total. */
  withoutTeam: { open: number; unassigned: number; overdueFirstContact: number };
  /** Cases with no caseworker, or one no longer active in the department. */
  withoutCaseworker: { open: number; overdueFirstContact: number; dueToday: number };
  /** Every case of the department that needs work: the queue's total. */
  total: WorkloadCounts;
  overdue: {
    caseNumber: string;
    firstContactDue: string;
    assignee: { id: string; name: string } | null;
    teamId: string | null;
  }[];
  /** Maintained complaints whose re-assessment (genvurdering) deadline has passed, oldest first. */
  overdueReassessments: {
    caseNumber: string;
    reassessmentDue: string;
    assignee: { id: string; name: string } | null;
    teamId: string | null;
  }[];
}

/** The states in which the re-assessment deadline is still open: waiting for it, or for the forwarding. */
const REASSESSMENT_OPEN_SQL = sql`${cases.state} in ('maintained', 'reassessment')`;

export async function teamWorkload(
  ctx: AppContext,
  kommuneId: string,
  departmentId: string,
): Promise<Workload> {
  const today = localDate(ctx.now());
  const open = and(eq(cases.kommuneId, kommuneId), eq(cases.departmentId, departmentId), needsWorkSql);
  const notMet = sql`${cases.firstContactMetOn} IS NULL`;
  const overdueCount = sql<number>`count(*) FILTER (WHERE ${notMet} AND ${cases.firstContactDue} < ${today})::int`;
  const dueTodayCount = sql<number>`count(*) FILTER (WHERE ${notMet} AND ${cases.firstContactDue} = ${today})::int`;

  const staff = await ctx.db
    .select({ id: users.id, name: users.name, teamId: users.teamId })
    .from(users)
    .where(and(eq(users.kommuneId, kommuneId), eq(users.departmentId, departmentId), eq(users.active, true)))
    .orderBy(asc(users.name));
  const perAssignee = await ctx.db
    .select({
      id: cases.assigneeId,
      open: sql<number>`count(*)::int`,
      overdue: overdueCount,
      dueToday: dueTodayCount,
    })
    .from(cases)
    .where(open)
    .groupBy(cases.assigneeId);
  const teamRows = await ctx.db
    .select({ id: teams.id, name: teams.name })
    .from(teams)
    .where(and(eq(teams.kommuneId, kommuneId), eq(teams.departmentId, departmentId)))
    .orderBy(asc(teams.name));
  const perTeam = await ctx.db
    .select({
      id: cases.teamId,
      open: sql<number>`count(*)::int`,
      unassigned: sql<number>`count(*) FILTER (WHERE ${cases.assigneeId} IS NULL)::int`,
      overdue: overdueCount,
      dueToday: dueTodayCount,
    })
    .from(cases)
    .where(open)
    .groupBy(cases.teamId);
  const overdue = await ctx.db
    .select({
      caseNumber: cases.number,
      firstContactDue: cases.firstContactDue,
      assigneeId: cases.assigneeId,
      assigneeName: users.name,
      teamId: cases.teamId,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .where(and(open, notMet, lt(cases.firstContactDue, today)))
    .orderBy(asc(cases.firstContactDue))
    .limit(200);

  const overdueReassessments = await ctx.db
    .select({
      caseNumber: cases.number,
      reassessmentDue: cases.reassessmentDue,
      assigneeId: cases.assigneeId,
      assigneeName: users.name,
      teamId: cases.teamId,
    })
    .from(cases)
    .leftJoin(users, eq(users.id, cases.assigneeId))
    .where(and(open, REASSESSMENT_OPEN_SQL, lt(cases.reassessmentDue, today)))
    .orderBy(asc(cases.reassessmentDue))
    .limit(200);

  const byAssignee = new Map(perAssignee.map((r) => [r.id, r]));
  const byTeam = new Map(perTeam.map((r) => [r.id, r]));
  const staffIds = new Set(staff.map((u) => u.id));
  const teamIds = new Set(teamRows.map((t) => t.id));
  const sum = <R extends { open: number }>(rows: R[], pick: (r: R) => number) =>
    rows.reduce((n, r) => n + pick(r), 0);
  const noTeam = perTeam.filter((r) => r.id === null || !teamIds.has(r.id));
  const noCaseworker = perAssignee.filter((r) => r.id === null || !staffIds.has(r.id));
  return {
    withoutTeam: {
      open: sum(noTeam, (r) => r.open),
      unassigned: sum(noTeam, (r) => r.unassigned),
      overdueFirstContact: sum(noTeam, (r) => r.overdue),
    },
    withoutCaseworker: {
      open: sum(noCaseworker, (r) => r.open),
      overdueFirstContact: sum(noCaseworker, (r) => r.overdue),
      dueToday: sum(noCaseworker, (r) => r.dueToday),
    },
    total: {
      open: sum(perTeam, (r) => r.open),
      unassigned: sum(perTeam, (r) => r.unassigned),
      overdueFirstContact: sum(perTeam, (r) => r.overdue),
      dueToday: sum(perTeam, (r) => r.dueToday),
    },
    caseworkers: staff.map((u) => ({
      ...u,
      open: byAssignee.get(u.id)?.open ?? 0,
      overdueFirstContact: byAssignee.get(u.id)?.overdue ?? 0,
      dueToday: byAssignee.get(u.id)?.dueToday ?? 0,
    })),
    teams: teamRows.map((t) => ({
      ...t,
      open: byTeam.get(t.id)?.open ?? 0,
      unassigned: byTeam.get(t.id)?.unassigned ?? 0,
      overdueFirstContact: byTeam.get(t.id)?.overdue ?? 0,
    })),
    overdue: overdue.map((o) => ({
      caseNumber: o.caseNumber,
      firstContactDue: o.firstContactDue,
      assignee: o.assigneeId ? { id: o.assigneeId, name: o.assigneeName ?? '' } : null,
      teamId: o.teamId,
    })),
    overdueReassessments: overdueReassessments.map((o) => ({
      caseNumber: o.caseNumber,
      reassessmentDue: o.reassessmentDue ?? '',
      assignee: o.assigneeId ? { id: o.assigneeId, name: o.assigneeName ?? '' } : null,
      teamId: o.teamId,
    })),
  };
}

/** Moves a case to another caseworker and/or team of the same department; recorded on the timeline. */
export async function reassign(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  to: { assigneeId?: string | null; teamId?: string | null },
): Promise<void> {
  const fields: Record<string, string> = {};
  if (to.assigneeId) {
    const [u] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(
        and(eq(users.id, to.assigneeId), eq(users.departmentId, c.departmentId), eq(users.active, true)),
      );
    if (!u) fields.assigneeId = 'dialogue.error.assignee';
  }
  if (to.teamId) {
    const [t] = await ctx.db
      .select({ id: teams.id })
      .from(teams)
      .where(and(eq(teams.id, to.teamId), eq(teams.departmentId, c.departmentId)));
    if (!t) fields.teamId = 'dialogue.error.team';
  }
  if (Object.keys(fields).length > 0) throw badRequest('dialogue.error.assignee', fields);
  const at = ctx.now();
  await ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    await tx
      .update(cases)
      .set({
        ...(to.assigneeId !== undefined ? { assigneeId: to.assigneeId } : {}),
        ...(to.teamId !== undefined ? { teamId: to.teamId } : {}),
        updatedAt: at,
      })
      .where(eq(cases.id, c.id));
    await appendEvents(tx, c, [
      event('reassigned', at, actorId, {
        fromAssigneeId: c.assigneeId,
        assigneeId: to.assigneeId,
        teamId: to.teamId,
      }),
    ]);
  });
}
