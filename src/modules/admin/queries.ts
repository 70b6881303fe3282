// The administration's SQL: the kommune's users, departments, teams, areas, settings and contact directory.
// Every statement is scoped by kommune_id; a row of another kommune is simply not found.
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { areas, departments, kommuner, sessions, teams, users } from '../../adapters/db/schema.js';
import { contactPoints } from './tables.js';

// ---- users

export interface AdminUserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  departmentId: string | null;
  teamId: string | null;
  active: boolean;
  hasPassword: boolean;
}

const userColumns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  departmentId: users.departmentId,
  teamId: users.teamId,
  active: users.active,
  hasPassword: sql<boolean>`${users.passwordHash} IS NOT NULL`,
};

export const listUsers = (db: Database, kommuneId: string): Promise<AdminUserRow[]> =>
  db.select(userColumns).from(users).where(eq(users.kommuneId, kommuneId)).orderBy(asc(users.name));

export async function findUser(db: Database, kommuneId: string, id: string): Promise<AdminUserRow | null> {
  const [row] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.kommuneId, kommuneId), eq(users.id, id)));
  return row ?? null;
}

/** E-mail addresses are unique across kommuner: they are the login. */
export async function emailTaken(db: Database, email: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.email, email), exceptId ? ne(users.id, exceptId) : undefined))
    .limit(1);
  return row !== undefined;
}

export async function insertUser(db: Database, values: typeof users.$inferInsert): Promise<{ id: string }> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!;
}

export async function updateUser(
  db: Database,
  kommuneId: string,
  id: string,
  patch: Partial<
    Pick<typeof users.$inferInsert, 'name' | 'role' | 'departmentId' | 'teamId' | 'active' | 'passwordHash'>
  >,
): Promise<void> {
  await db
    .update(users)
    .set(patch)
    .where(and(eq(users.kommuneId, kommuneId), eq(users.id, id)));
}

/** Ends every cookie session and Bearer token of a user at once. */
export async function deleteSessionsOf(db: Database, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

// ---- departments

export interface DepartmentRow {
  id: string;
  name: string;
  methodStartedOn: string | null;
}

export const listDepartments = (db: Database, kommuneId: string): Promise<DepartmentRow[]> =>
  db
    .select({ id: departments.id, name: departments.name, methodStartedOn: departments.methodStartedOn })
    .from(departments)
    .where(eq(departments.kommuneId, kommuneId))
    .orderBy(asc(departments.name));

export async function findDepartment(db: Database, kommuneId: string, id: string) {
  const [row] = await db
    .select({ id: departments.id, name: departments.name, methodStartedOn: departments.methodStartedOn })
    .from(departments)
    .where(and(eq(departments.kommuneId, kommuneId), eq(departments.id, id)));
  return row ?? null;
}

export async function departmentNameTaken(db: Database, kommuneId: string, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(
      and(
        eq(departments.kommuneId, kommuneId),
        sql`lower(${departments.name}) = lower(${name})`,
        exceptId ? ne(departments.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertDepartment(db: Database, values: typeof departments.$inferInsert) {
  const [row] = await db.insert(departments).values(values).returning({ id: departments.id });
  return row!;
}

export async function updateDepartment(
  db: Database,
  kommuneId: string,
  id: string,
  patch: { name?: string; methodStartedOn?: string | null },
) {
  await db
    .update(departments)
    .set(patch)
    .where(and(eq(departments.kommuneId, kommuneId), eq(departments.id, id)));
}

// ---- teams

export interface TeamRow {
  id: string;
  name: string;
  departmentId: string;
}

export const listTeams = (db: Database, kommuneId: string): Promise<TeamRow[]> =>
  db
    .select({ id: teams.id, name: teams.name, departmentId: teams.departmentId })
    .from(teams)
    .where(eq(teams.kommuneId, kommuneId))
    .orderBy(asc(teams.name));

export async function findTeam(db: Database, kommuneId: string, id: string): Promise<TeamRow | null> {
  const [row] = await db
    .select({ id: teams.id, name: teams.name, departmentId: teams.departmentId })
    .from(teams)
    .where(and(eq(teams.kommuneId, kommuneId), eq(teams.id, id)));
  return row ?? null;
}

export async function teamNameTaken(db: Database, departmentId: string, name: string, exceptId?: string) {
  const [row] = await db
    .select({ id: teams.id })
    .from(teams)
    .where(
      and(
        eq(teams.departmentId, departmentId),
        sql`lower(${teams.name}) = lower(${name})`,
        exceptId ? ne(teams.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertTeam(db: Database, values: typeof teams.$inferInsert) {
  const [row] = await db.insert(teams).values(values).returning({ id: teams.id });
  return row!;
}

export async function updateTeam(db: Database, kommuneId: string, id: string, patch: { name: string }) {
  await db
    .update(teams)
    .set(patch)
    .where(and(eq(teams.kommuneId, kommuneId), eq(teams.id, id)));
}

// ---- areas

const areaColumns = {
  id: areas.id,
  code: areas.code,
  name: areas.name,
  kleNumber: areas.kleNumber,
  departmentId: areas.departmentId,
  firstContactDays: areas.firstContactDays,
  resolutionDays: areas.resolutionDays,
  answerDays: areas.answerDays,
  public: areas.public,
};
export type AreaRow = { [K in keyof typeof areaColumns]: (typeof areas.$inferSelect)[K] };

export const listAreas = (db: Database, kommuneId: string): Promise<AreaRow[]> =>
  db.select(areaColumns).from(areas).where(eq(areas.kommuneId, kommuneId)).orderBy(asc(areas.name));

export async function findArea(db: Database, kommuneId: string, id: string): Promise<AreaRow | null> {
  const [row] = await db
    .select(areaColumns)
    .from(areas)
    .where(and(eq(areas.kommuneId, kommuneId), eq(areas.id, id)));
  return row ?? null;
}

export async function areaCodeTaken(db: Database, kommuneId: string, code: string, exceptId?: string) {
  const [row] = await db
    .select({ id: areas.id })
    .from(areas)
    .where(
      and(
        eq(areas.kommuneId, kommuneId),
        eq(areas.code, code),
        exceptId ? ne(areas.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

export async function insertArea(db: Database, values: typeof areas.$inferInsert) {
  const [row] = await db.insert(areas).values(values).returning({ id: areas.id });
  return row!;
}

export async function updateArea(
  db: Database,
  kommuneId: string,
  id: string,
  patch: Partial<Omit<typeof areas.$inferInsert, 'id' | 'kommuneId' | 'createdAt'>>,
) {
  await db
    .update(areas)
    .set(patch)
    .where(and(eq(areas.kommuneId, kommuneId), eq(areas.id, id)));
}

// ---- the kommune's own settings

export interface KommuneSettingsRow {
  kommuneId: string;
  name: string;
  accessibilityUrl: string;
  closedMonthDays: string[];
  closedDates: string[];
  delayNoticeDays: number;
  retentionYears: number;
  retentionMonths: number;
}

export async function findKommuneSettings(
  db: Database,
  kommuneId: string,
): Promise<KommuneSettingsRow | null> {
  const [row] = await db
    .select({
      kommuneId: kommuner.kommuneId,
      name: kommuner.name,
      accessibilityUrl: kommuner.accessibilityUrl,
      closedMonthDays: kommuner.closedMonthDays,
      closedDates: kommuner.closedDates,
      delayNoticeDays: kommuner.delayNoticeDays,
      retentionYears: kommuner.retentionYears,
      retentionMonths: kommuner.retentionMonths,
    })
    .from(kommuner)
    .where(eq(kommuner.kommuneId, kommuneId));
  return row ?? null;
}

/** The row, locked until the transaction ends: two admins adding closing days do not lose one. */
export async function lockKommuneSettings(
  db: Database,
  kommuneId: string,
): Promise<KommuneSettingsRow | null> {
  await db.execute(sql`SELECT 1 FROM kommuner WHERE kommune_id = ${kommuneId} FOR UPDATE`);
  return findKommuneSettings(db, kommuneId);
}

export async function updateKommuneSettings(
  db: Database,
  kommuneId: string,
  patch: Partial<Omit<KommuneSettingsRow, 'kommuneId'>>,
): Promise<void> {
  await db.update(kommuner).set(patch).where(eq(kommuner.kommuneId, kommuneId));
}

// ---- the contact directory

export interface ContactRow {
  id: string;
  departmentId: string | null;
  areaId: string | null;
  phone: string | null;
  openingHours: string | null;
  address: string | null;
  email: string | null;
}

const contactColumns = {
  id: contactPoints.id,
  departmentId: contactPoints.departmentId,
  areaId: contactPoints.areaId,
  phone: contactPoints.phone,
  openingHours: contactPoints.openingHours,
  address: contactPoints.address,
  email: contactPoints.email,
};

export const listContacts = (db: Database, kommuneId: string): Promise<ContactRow[]> =>
  db
    .select(contactColumns)
    .from(contactPoints)
    .where(eq(contactPoints.kommuneId, kommuneId))
    .orderBy(asc(contactPoints.createdAt));

export async function findContact(db: Database, kommuneId: string, id: string): Promise<ContactRow | null> {
  const [row] = await db
    .select(contactColumns)
    .from(contactPoints)
    .where(and(eq(contactPoints.kommuneId, kommuneId), eq(contactPoints.id, id)));
  return row ?? null;
}

export async function contactOfTarget(
  db: Database,
  target: { departmentId: string | null; areaId: string | null },
): Promise<{ id: string } | null> {
  const [row] = await db
    .select({ id: contactPoints.id })
    .from(contactPoints)
    .where(
      target.areaId
        ? eq(contactPoints.areaId, target.areaId)
        : eq(contactPoints.departmentId, target.departmentId!),
    )
    .limit(1);
  return row ?? null;
}

export async function insertContact(db: Database, values: typeof contactPoints.$inferInsert) {
  const [row] = await db.insert(contactPoints).values(values).returning({ id: contactPoints.id });
  return row!;
}

export async function updateContact(
  db: Database,
  kommuneId: string,
  id: string,
  patch: Pick<ContactRow, 'phone' | 'openingHours' | 'address' | 'email'> & { updatedAt: Date },
) {
  await db
    .update(contactPoints)
    .set(patch)
    .where(and(eq(contactPoints.kommuneId, kommuneId), eq(contactPoints.id, id)));
}

export async function deleteContact(db: Database, kommuneId: string, id: string) {
  await db.delete(contactPoints).where(and(eq(contactPoints.kommuneId, kommuneId), eq(contactPoints.id, id)));
}

/** The area's own entry if it has one, else its department's: what a message about a case of the area shows. */
export async function contactForArea(
  db: Database,
  kommuneId: string,
  areaId: string,
): Promise<ContactRow | null> {
  const rows = await db
    .select(contactColumns)
    .from(contactPoints)
    .innerJoin(areas, eq(areas.id, areaId))
    .where(
      and(
        eq(contactPoints.kommuneId, kommuneId),
        sql`(${contactPoints.areaId} = ${areas.id} OR ${contactPoints.departmentId} = ${areas.departmentId})`,
      ),
    )
    .orderBy(sql`${contactPoints.areaId} IS NULL`)
    .limit(1);
  return rows[0] ?? null;
}

/** The directory as the citizen home page shows it: each entry with the name of its department or area. */
export async function publicDirectory(db: Database, kommuneId: string) {
  return db
    .select({
      ...contactColumns,
      departmentName: departments.name,
      areaName: areas.name,
    })
    .from(contactPoints)
    .leftJoin(areas, eq(areas.id, contactPoints.areaId))
    .leftJoin(
      departments,
      sql`${departments.id} = coalesce(${contactPoints.departmentId}, ${areas.departmentId})`,
    )
    .where(and(eq(contactPoints.kommuneId, kommuneId), sql`(${areas.id} IS NULL OR ${areas.public})`))
    .orderBy(asc(departments.name), sql`${contactPoints.areaId} IS NOT NULL`, asc(areas.name));
}
