// The formal module's SQL: its own tables, and what it reads of the case (the case's columns are public through
// cases' tables.ts, for joins). Every statement is scoped by kommune_id.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database, SqlRunner } from '../../adapters/db/client.js';
import { areas } from '../../adapters/db/schema.js';
import { cases } from '../cases/tables.js';
import { accessRequests, appealsBodies, formalAppealResults, formalBundles, formalTracks } from './tables.js';

export type TrackRow = typeof formalTracks.$inferSelect;

/** What the formal rules need of the case itself. */
export interface CaseFacts {
  id: string;
  kommuneId: string;
  number: string;
  kind: string;
  state: string;
  areaId: string;
  departmentId: string;
  receivedOn: string;
  decisionDate: string | null;
  reassessmentDue: string | null;
}

export async function caseFacts(db: Database, kommuneId: string, caseId: string): Promise<CaseFacts | null> {
  const [row] = await db
    .select({
      id: cases.id,
      kommuneId: cases.kommuneId,
      number: cases.number,
      kind: cases.kind,
      state: cases.state,
      areaId: cases.areaId,
      departmentId: cases.departmentId,
      receivedOn: cases.receivedOn,
      decisionDate: cases.decisionDate,
      reassessmentDue: cases.reassessmentDue,
    })
    .from(cases)
    .where(and(eq(cases.kommuneId, kommuneId), eq(cases.id, caseId)))
    .limit(1);
  return row ?? null;
}

export async function findTrack(db: Database, kommuneId: string, caseId: string): Promise<TrackRow | null> {
  const [row] = await db
    .select()
    .from(formalTracks)
    .where(and(eq(formalTracks.kommuneId, kommuneId), eq(formalTracks.caseId, caseId)))
    .limit(1);
  return row ?? null;
}

/** The track row, made with its defaults the first time a formal step touches the case; locked for the step. */
export async function lockTrack(db: Database, kommuneId: string, caseId: string): Promise<TrackRow> {
  await db.insert(formalTracks).values({ kommuneId, caseId }).onConflictDoNothing();
  const [row] = await db
    .select()
    .from(formalTracks)
    .where(and(eq(formalTracks.kommuneId, kommuneId), eq(formalTracks.caseId, caseId)))
    .for('update');
  return row!;
}

export async function updateTrack(
  db: Database,
  kommuneId: string,
  caseId: string,
  values: Partial<Omit<TrackRow, 'caseId' | 'kommuneId'>>,
  at: Date,
): Promise<void> {
  await db
    .update(formalTracks)
    .set({ ...values, updatedAt: at })
    .where(and(eq(formalTracks.kommuneId, kommuneId), eq(formalTracks.caseId, caseId)));
}

export async function insertAppealResult(
  db: Database,
  values: typeof formalAppealResults.$inferInsert,
): Promise<void> {
  await db.insert(formalAppealResults).values(values);
}

/** The appeals body configured for the area, if any (otherwise Ankestyrelsen). */
export async function configuredAppealsBody(
  db: Database,
  kommuneId: string,
  areaId: string,
): Promise<string | null> {
  const [row] = await db
    .select({ name: appealsBodies.name })
    .from(appealsBodies)
    .where(and(eq(appealsBodies.kommuneId, kommuneId), eq(appealsBodies.areaId, areaId)))
    .limit(1);
  return row?.name ?? null;
}

/** Every area of the kommune with its appeals body (null: the default). */
export async function listAppealsBodies(db: Database, kommuneId: string) {
  return db
    .select({ areaId: areas.id, code: areas.code, name: areas.name, appealsBody: appealsBodies.name })
    .from(areas)
    .leftJoin(
      appealsBodies,
      and(eq(appealsBodies.kommuneId, areas.kommuneId), eq(appealsBodies.areaId, areas.id)),
    )
    .where(eq(areas.kommuneId, kommuneId))
    .orderBy(areas.name);
}

export async function findArea(db: Database, kommuneId: string, code: string) {
  const [row] = await db
    .select({ id: areas.id, code: areas.code })
    .from(areas)
    .where(and(eq(areas.kommuneId, kommuneId), eq(areas.code, code)))
    .limit(1);
  return row ?? null;
}

export async function setAppealsBody(
  db: Database,
  kommuneId: string,
  areaId: string,
  name: string | null,
  at: Date,
): Promise<void> {
  if (name === null) {
    await db
      .delete(appealsBodies)
      .where(and(eq(appealsBodies.kommuneId, kommuneId), eq(appealsBodies.areaId, areaId)));
    return;
  }
  await db
    .insert(appealsBodies)
    .values({ kommuneId, areaId, name, updatedAt: at })
    .onConflictDoUpdate({
      target: [appealsBodies.kommuneId, appealsBodies.areaId],
      set: { name, updatedAt: at },
    });
}

/** A case bundle's PDF: the given version, or the latest when none is given; null when there is none. */
export async function bundleOf(
  db: Database,
  kommuneId: string,
  caseId: string,
  version?: number,
): Promise<Uint8Array | null> {
  const [row] = await db
    .select({ pdf: formalBundles.pdf })
    .from(formalBundles)
    .where(
      and(
        eq(formalBundles.kommuneId, kommuneId),
        eq(formalBundles.caseId, caseId),
        ...(version === undefined ? [] : [eq(formalBundles.version, version)]),
      ),
    )
    .orderBy(desc(formalBundles.version))
    .limit(1);
  return row?.pdf ?? null;
}

/** The case's bundles, first sent first (without their PDFs). */
export async function listBundles(db: Database, kommuneId: string, caseId: string) {
  return db
    .select({
      version: formalBundles.version,
      round: formalBundles.round,
      appealsBody: formalBundles.appealsBody,
      forwardedOn: formalBundles.forwardedOn,
    })
    .from(formalBundles)
    .where(and(eq(formalBundles.kommuneId, kommuneId), eq(formalBundles.caseId, caseId)))
    .orderBy(formalBundles.version);
}

/** Keeps a new bundle beside the earlier ones: the next version of the case (inside the forwarding's lock). */
export async function insertBundle(
  db: Database,
  values: Omit<typeof formalBundles.$inferInsert, 'id' | 'version' | 'createdAt'>,
): Promise<number> {
  const [last] = await db
    .select({ version: sql<number>`coalesce(max(${formalBundles.version}), 0)::int` })
    .from(formalBundles)
    .where(and(eq(formalBundles.kommuneId, values.kommuneId), eq(formalBundles.caseId, values.caseId)));
  const version = (last?.version ?? 0) + 1;
  await db.insert(formalBundles).values({ ...values, version });
  return version;
}

export type AccessRequestRow = typeof accessRequests.$inferSelect;

export async function listAccessRequests(db: Database, kommuneId: string, caseId: string) {
  return db
    .select()
    .from(accessRequests)
    .where(and(eq(accessRequests.kommuneId, kommuneId), eq(accessRequests.caseId, caseId)))
    .orderBy(desc(accessRequests.receivedOn), desc(accessRequests.createdAt));
}

export async function insertAccessRequest(db: Database, values: typeof accessRequests.$inferInsert) {
  const [row] = await db.insert(accessRequests).values(values).returning();
  return row!;
}

export async function answerAccessRequest(
  db: Database,
  kommuneId: string,
  caseId: string,
  id: string,
  answeredOn: string,
) {
  const [row] = await db
    .update(accessRequests)
    .set({ answeredOn })
    .where(
      and(
        eq(accessRequests.kommuneId, kommuneId),
        eq(accessRequests.caseId, caseId),
        eq(accessRequests.id, id),
        sql`${accessRequests.answeredOn} IS NULL`,
      ),
    )
    .returning();
  return row ?? null;
}

/**
 * Anonymisation (retention, erasure): the formal track's free text — the re-assessment's reasoning, the reason
 * for handling a late complaint, the notes on aktindsigt requests — and the stored case bundles go; results,
 * rounds, dates and appeals bodies stay for the reversal rate and the deadlines on time. Raw SQL in the
 * anonymisation's own transaction.
 */
export async function anonymiseFormal(sql: SqlRunner, caseIds: readonly string[]): Promise<void> {
  const ids = [...caseIds];
  await sql(
    `UPDATE formal_tracks
        SET reassessment_reasoning = CASE WHEN reassessment_reasoning IS NULL THEN NULL ELSE '' END,
            late_reason = CASE WHEN late_reason IS NULL THEN NULL ELSE '' END
      WHERE case_id = ANY($1::uuid[])`,
    [ids],
  );
  await sql('UPDATE formal_bundles SET pdf = NULL WHERE case_id = ANY($1::uuid[])', [ids]);
  await sql('UPDATE access_requests SET note = NULL WHERE case_id = ANY($1::uuid[])', [ids]);
}
