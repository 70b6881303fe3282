// Staff users of the kommune: create (with an initial password), change role, department and team, set a new
// password, deactivate and reactivate. Deactivating a user, or setting a new password, ends every session and
// Bearer token they hold at once (login and every request check `active` as well).
import type { Database } from '../../adapters/db/client.js';
import { recordAudit } from '../../platform/audit.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import type { AppContext } from '../../platform/context.js';
import {
  ADMIN_PURPOSE,
  adminChange,
  type ChangeRef,
  FieldProblems,
  found,
  isUniqueViolation,
} from './change.js';
import {
  type AdminUserRow,
  deleteSessionsOf,
  emailTaken,
  findDepartment,
  findTeam,
  findUser,
  insertUser,
  listUsers,
  updateUser,
} from './queries.js';
import type { StaffRole } from './roles.js';

/** Roles that work cases are placed in a department: it is what decides which cases they see. */
const NEEDS_DEPARTMENT: readonly string[] = ['caseworker', 'team_lead'];

export interface NewUser {
  name: string;
  email: string;
  role: StaffRole;
  departmentId?: string | null;
  teamId?: string | null;
  password: string;
}

export interface UserChange {
  name?: string;
  role?: StaffRole;
  departmentId?: string | null;
  teamId?: string | null;
}

export async function adminUsers(ctx: AppContext, ref: ChangeRef): Promise<AdminUserRow[]> {
  const rows = await listUsers(ctx.db, ref.actor.kommuneId);
  // Staff names and e-mail addresses are personal data too: the list is a read like any other.
  await recordAudit(ctx, {
    kommuneId: ref.actor.kommuneId,
    userId: ref.actor.userId,
    action: 'list',
    subjectType: 'admin.user',
    purpose: ADMIN_PURPOSE,
    ip: ref.ip,
  });
  return rows;
}

/** Department and team must be the kommune's own, the team within the department; case workers need one. */
async function checkPlacement(
  db: Database,
  kommuneId: string,
  role: string,
  departmentId: string | null,
  teamId: string | null,
  problems: FieldProblems,
): Promise<void> {
  if (departmentId && !(await findDepartment(db, kommuneId, departmentId)))
    problems.add('departmentId', 'admin.error.unknownDepartment');
  if (!departmentId && NEEDS_DEPARTMENT.includes(role))
    problems.add('departmentId', 'admin.error.departmentRequired');
  if (teamId) {
    const team = await findTeam(db, kommuneId, teamId);
    if (!team) problems.add('teamId', 'admin.error.unknownTeam');
    else if (team.departmentId !== departmentId) problems.add('teamId', 'admin.error.teamNotInDepartment');
  }
}

export async function createUser(ctx: AppContext, ref: ChangeRef, input: NewUser): Promise<AdminUserRow> {
  const email = input.email.trim().toLowerCase();
  const departmentId = input.departmentId || null;
  const teamId = input.teamId || null;
  const problems = new FieldProblems();
  if (!input.name.trim()) problems.add('name', 'common.validation.required');
  if (await emailTaken(ctx.db, email)) problems.add('email', 'admin.error.emailTaken');
  await checkPlacement(ctx.db, ref.actor.kommuneId, input.role, departmentId, teamId, problems);
  problems.throwIfAny();
  const passwordHash = await hashPassword(input.password);
  const { id } = await adminChange(
    ctx,
    ref,
    { action: 'create', subjectType: 'user', subjectId: (r: { id: string }) => r.id },
    (tx) =>
      insertUser(tx, {
        kommuneId: ref.actor.kommuneId,
        name: input.name.trim(),
        email,
        role: input.role,
        departmentId,
        teamId,
        passwordHash,
      }),
  ).catch((e: unknown) => {
    if (!isUniqueViolation(e)) throw e;
    const taken = new FieldProblems();
    taken.add('email', 'admin.error.emailTaken');
    taken.throwIfAny();
    throw e;
  });
  return found(await findUser(ctx.db, ref.actor.kommuneId, id), 'user');
}

export async function changeUser(
  ctx: AppContext,
  ref: ChangeRef,
  id: string,
  input: UserChange,
): Promise<AdminUserRow> {
  const kommuneId = ref.actor.kommuneId;
  const user = found(await findUser(ctx.db, kommuneId, id), 'user');
  const next = {
    name: input.name?.trim() ?? user.name,
    role: input.role ?? user.role,
    departmentId: input.departmentId === undefined ? user.departmentId : input.departmentId || null,
    // A new department without a new team leaves the old team behind: it belongs to the old department.
    teamId:
      input.teamId !== undefined
        ? input.teamId || null
        : input.departmentId !== undefined && input.departmentId !== user.departmentId
          ? null
          : user.teamId,
  };
  const problems = new FieldProblems();
  if (!next.name) problems.add('name', 'common.validation.required');
  // The administrator cannot take away their own access by mistake.
  if (id === ref.actor.userId && next.role !== 'admin') problems.add('role', 'admin.error.ownRole');
  await checkPlacement(ctx.db, kommuneId, next.role, next.departmentId, next.teamId, problems);
  problems.throwIfAny();
  await adminChange(ctx, ref, { action: 'update', subjectType: 'user', subjectId: () => id }, (tx) =>
    updateUser(tx, kommuneId, id, next),
  );
  return found(await findUser(ctx.db, kommuneId, id), 'user');
}

/** Deactivated: cannot log in, and every session and token they hold stops working now. */
export async function setUserActive(
  ctx: AppContext,
  ref: ChangeRef,
  id: string,
  active: boolean,
): Promise<AdminUserRow> {
  const kommuneId = ref.actor.kommuneId;
  found(await findUser(ctx.db, kommuneId, id), 'user');
  if (!active && id === ref.actor.userId) {
    const problems = new FieldProblems();
    problems.add('active', 'admin.error.deactivateSelf');
    problems.throwIfAny();
  }
  await adminChange(ctx, ref, { action: 'update', subjectType: 'user', subjectId: () => id }, async (tx) => {
    await updateUser(tx, kommuneId, id, { active });
    if (!active) await deleteSessionsOf(tx, id);
  });
  return found(await findUser(ctx.db, kommuneId, id), 'user');
}

/** A new password set by the administrator (a forgotten one, a first login); the user's sessions end. */
export async function setUserPassword(
  ctx: AppContext,
  ref: ChangeRef,
  id: string,
  password: string,
): Promise<void> {
  const kommuneId = ref.actor.kommuneId;
  found(await findUser(ctx.db, kommuneId, id), 'user');
  const passwordHash = await hashPassword(password);
  await adminChange(ctx, ref, { action: 'update', subjectType: 'user', subjectId: () => id }, async (tx) => {
    await updateUser(tx, kommuneId, id, { passwordHash });
    await deleteSessionsOf(tx, id);
  });
}
