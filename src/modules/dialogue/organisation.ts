// The organisation as staff screens need it: every area of the kommune (for the queue's filter and for
// registering cases, including areas not offered on the public form) and the teams of the user's department.
import { and, asc, eq } from 'drizzle-orm';
import { areas, departments, teams } from '../../adapters/db/schema.js';
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
