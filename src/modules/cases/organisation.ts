// The organisation as staff screens need it: every area of the kommune (for the queue's filter and for
// registering cases, including areas not offered on the public form), the teams of the user's department,
// and the staff who work cases (for choosing an agreement's owner or a primary contact person).
import { and, asc, eq, inArray } from 'drizzle-orm';
import { areas, departments, teams, users } from '../../adapters/db/schema.js';
import type { AppContext } from '../../platform/context.js';

export interface StaffArea {
  code: string;
  name: string;
  department: string; // forvaltning, by name
  departmentId: string;
}

export interface StaffTeam {
  id: string;
  name: string;
  departmentId: string;
}

export async function listStaffAreas(ctx: AppContext, kommuneId: string): Promise<StaffArea[]> {
  return ctx.db
    .select({
      code: areas.code,
      name: areas.name,
      department: departments.name,
      departmentId: areas.departmentId,
    })
    .from(areas)
    .innerJoin(departments, eq(departments.id, areas.departmentId))
    .where(eq(areas.kommuneId, kommuneId))
    .orderBy(asc(areas.name));
}

export async function listDepartmentTeams(
  ctx: AppContext,
  kommuneId: string,
  departmentId: string | null,
): Promise<StaffTeam[]> {
  if (!departmentId) return []; // staff outside a department (reception, admin) have no teams of their own
  return ctx.db
    .select({ id: teams.id, name: teams.name, departmentId: teams.departmentId })
    .from(teams)
    .where(and(eq(teams.kommuneId, kommuneId), eq(teams.departmentId, departmentId)))
    .orderBy(asc(teams.name));
}

export interface StaffUser {
  id: string;
  name: string;
  role: string;
  teamId: string | null;
  departmentId: string | null;
}

/** Roles that work cases: the people a case, an agreement or a citizen can be given to. */
const CASE_WORKING_ROLES = ['caseworker', 'team_lead'];

/** Active caseworkers and team leads of the kommune, by name; only one department's when `departmentId` is given. */
export async function listCaseStaff(
  ctx: AppContext,
  kommuneId: string,
  departmentId?: string,
): Promise<StaffUser[]> {
  return ctx.db
    .select({
      id: users.id,
      name: users.name,
      role: users.role,
      teamId: users.teamId,
      departmentId: users.departmentId,
    })
    .from(users)
    .where(
      and(
        eq(users.kommuneId, kommuneId),
        eq(users.active, true),
        inArray(users.role, CASE_WORKING_ROLES),
        departmentId ? eq(users.departmentId, departmentId) : undefined,
      ),
    )
    .orderBy(asc(users.name));
}
