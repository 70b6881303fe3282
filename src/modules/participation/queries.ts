// The participation module's SQL: processes, contributions and groups, always scoped to one kommune.
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { departments, users } from '../../adapters/db/schema.js';
import type { AppContext } from '../../platform/context.js';
import {
  participationAnswerRevisions,
  participationContributions,
  participationGroups,
  participationImages,
  participationProcesses,
} from './tables.js';

export type ProcessRow = typeof participationProcesses.$inferSelect;
export type ContributionRow = typeof participationContributions.$inferSelect;
export type GroupRow = typeof participationGroups.$inferSelect;
export type RevisionRow = typeof participationAnswerRevisions.$inferSelect;

export async function listProcesses(
  db: Database,
  kommuneId: string,
  statuses: readonly string[],
): Promise<ProcessRow[]> {
  return db
    .select()
    .from(participationProcesses)
    .where(
      and(
        eq(participationProcesses.kommuneId, kommuneId),
        inArray(participationProcesses.status, [...statuses]),
      ),
    )
    .orderBy(desc(participationProcesses.hearingEndsOn), asc(participationProcesses.title));
}

export async function findProcess(db: Database, kommuneId: string, id: string): Promise<ProcessRow | null> {
  const [p] = await db
    .select()
    .from(participationProcesses)
    .where(and(eq(participationProcesses.kommuneId, kommuneId), eq(participationProcesses.id, id)));
  return p ?? null;
}

/** The roles that run processes (the policy's staff), who may own one. */
const RUNNING_ROLES = ['caseworker', 'team_lead', 'admin'];

/** The kommune's departments (forvaltninger), by name: what a process may belong to. */
export async function departmentsOf(
  db: Database,
  kommuneId: string,
): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.kommuneId, kommuneId))
    .orderBy(asc(departments.name));
}

/** The kommune's active staff who run processes, by name: who may own one. */
export async function ownersOf(
  db: Database,
  kommuneId: string,
): Promise<{ id: string; name: string; departmentId: string | null }[]> {
  return db
    .select({ id: users.id, name: users.name, departmentId: users.departmentId })
    .from(users)
    .where(and(eq(users.kommuneId, kommuneId), eq(users.active, true), inArray(users.role, RUNNING_ROLES)))
    .orderBy(asc(users.name));
}

export async function contributionsOf(db: Database, processId: string): Promise<ContributionRow[]> {
  return db
    .select()
    .from(participationContributions)
    .where(eq(participationContributions.processId, processId))
    .orderBy(asc(participationContributions.createdAt), asc(participationContributions.id));
}

export async function groupsOf(db: Database, processId: string): Promise<GroupRow[]> {
  return db
    .select()
    .from(participationGroups)
    .where(eq(participationGroups.processId, processId))
    .orderBy(asc(participationGroups.createdAt), asc(participationGroups.id));
}

export async function insertProcess(
  db: Database,
  values: typeof participationProcesses.$inferInsert,
): Promise<ProcessRow> {
  const [p] = await db.insert(participationProcesses).values(values).returning();
  return p as ProcessRow;
}

export async function updateProcess(
  db: Database,
  id: string,
  values: Partial<typeof participationProcesses.$inferInsert>,
): Promise<void> {
  await db.update(participationProcesses).set(values).where(eq(participationProcesses.id, id));
}

export async function insertContribution(
  db: Database,
  values: typeof participationContributions.$inferInsert,
): Promise<ContributionRow> {
  const [c] = await db.insert(participationContributions).values(values).returning();
  return c as ContributionRow;
}

export async function updateContribution(
  db: Database,
  id: string,
  values: Partial<typeof participationContributions.$inferInsert>,
): Promise<void> {
  await db.update(participationContributions).set(values).where(eq(participationContributions.id, id));
}

export async function insertImage(
  db: Database,
  values: typeof participationImages.$inferInsert,
): Promise<void> {
  await db.insert(participationImages).values(values);
}

/** The contributions of a process that have an image, by id. */
export async function imagesOf(db: Database, processId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: participationImages.contributionId })
    .from(participationImages)
    .innerJoin(
      participationContributions,
      eq(participationContributions.id, participationImages.contributionId),
    )
    .where(eq(participationContributions.processId, processId));
  return new Set(rows.map((r) => r.id));
}

/** A contribution's image with what decides who may see it: the contribution's status and its process's. */
export async function findImage(db: Database, kommuneId: string, processId: string, contributionId: string) {
  const [row] = await db
    .select({
      contentType: participationImages.contentType,
      bytes: participationImages.bytes,
      status: participationContributions.status,
      processStatus: participationProcesses.status,
      departmentId: participationProcesses.departmentId,
    })
    .from(participationImages)
    .innerJoin(
      participationContributions,
      eq(participationContributions.id, participationImages.contributionId),
    )
    .innerJoin(participationProcesses, eq(participationProcesses.id, participationContributions.processId))
    .where(
      and(
        eq(participationImages.kommuneId, kommuneId),
        eq(participationContributions.id, contributionId),
        eq(participationContributions.processId, processId),
      ),
    );
  return row ?? null;
}

export async function insertGroup(
  db: Database,
  values: typeof participationGroups.$inferInsert,
): Promise<GroupRow> {
  const [g] = await db.insert(participationGroups).values(values).returning();
  return g as GroupRow;
}

export async function updateGroup(
  db: Database,
  id: string,
  values: Partial<typeof participationGroups.$inferInsert>,
): Promise<void> {
  await db.update(participationGroups).set(values).where(eq(participationGroups.id, id));
}

export async function insertRevision(
  db: Database,
  values: typeof participationAnswerRevisions.$inferInsert,
): Promise<void> {
  await db.insert(participationAnswerRevisions).values(values);
}

/** The earlier wordings of the process's answers, oldest first. */
export async function revisionsOf(db: Database, processId: string): Promise<RevisionRow[]> {
  const rows = await db
    .select({ r: participationAnswerRevisions })
    .from(participationAnswerRevisions)
    .innerJoin(participationGroups, eq(participationGroups.id, participationAnswerRevisions.groupId))
    .where(eq(participationGroups.processId, processId))
    .orderBy(asc(participationAnswerRevisions.replacedAt), asc(participationAnswerRevisions.id));
  return rows.map((x) => x.r);
}

/** Puts contributions of the process into a group (only approved ones not yet in another). */
export async function assignToGroup(
  db: Database,
  processId: string,
  groupId: string,
  ids: readonly string[],
): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await db
    .update(participationContributions)
    .set({ groupId })
    .where(
      and(
        eq(participationContributions.processId, processId),
        inArray(participationContributions.id, [...ids]),
        eq(participationContributions.status, 'approved'),
        isNull(participationContributions.groupId),
      ),
    )
    .returning({ id: participationContributions.id });
  return rows.length;
}

// Figures over the processes of one kommune (and department) closed in a period, or open in it.
const FIGURE_BASE = `
  FROM participation_processes p
  WHERE p.kommune_id = $1 AND ($2::uuid IS NULL OR p.department_id = $2::uuid) AND p.status <> 'draft'
    AND (p.opened_at IS NULL OR (p.opened_at AT TIME ZONE 'Europe/Copenhagen')::date <= $4::date)
    AND (p.closed_at IS NULL OR (p.closed_at AT TIME ZONE 'Europe/Copenhagen')::date >= $3::date)`;

export async function figureRows(
  ctx: AppContext,
  scope: { kommuneId: string; departmentId?: string; from: string; to: string },
): Promise<
  {
    id: string;
    hearing_ends_on: string;
    closed_at: string | null;
    contributions: number;
    contributors: number;
    with_contact: number;
    notified: number;
  }[]
> {
  return ctx.dbh.sql(
    `SELECT p.id, p.hearing_ends_on::text AS hearing_ends_on, p.closed_at::text AS closed_at,
       (SELECT count(*)::int FROM participation_contributions c WHERE c.process_id = p.id) AS contributions,
       (SELECT count(DISTINCT coalesce(lower(c.email), c.phone, c.id::text))::int
          FROM participation_contributions c WHERE c.process_id = p.id) AS contributors,
       (SELECT count(*)::int FROM participation_contributions c
          WHERE c.process_id = p.id AND (c.email IS NOT NULL OR c.phone IS NOT NULL)) AS with_contact,
       (SELECT count(*)::int FROM participation_contributions c
          WHERE c.process_id = p.id AND (c.email IS NOT NULL OR c.phone IS NOT NULL) AND c.notified_at IS NOT NULL)
          AS notified
     ${FIGURE_BASE}`,
    [scope.kommuneId, scope.departmentId ?? null, scope.from, scope.to],
  );
}
