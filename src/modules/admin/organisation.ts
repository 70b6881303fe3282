// The kommune's organisation: departments (forvaltninger, with the date each started the dialogue method),
// teams within them, and areas (fagområder) with their KLE number and service goals (servicemål). A new case
// in an area gets its call-back date from the area's first-contact goal (intake reads it through tenancy).
import type { AppContext } from '../../platform/context.js';
import { adminChange, type ChangeRef, FieldProblems, found } from './change.js';
import { kleProblem } from './kle.js';
import {
  type AreaRow,
  areaCodeTaken,
  type DepartmentRow,
  departmentNameTaken,
  findArea,
  findDepartment,
  findTeam,
  insertArea,
  insertDepartment,
  insertTeam,
  listAreas,
  listDepartments,
  listTeams,
  type TeamRow,
  teamNameTaken,
  updateArea,
  updateDepartment,
  updateTeam,
} from './queries.js';

export interface Organisation {
  departments: DepartmentRow[];
  teams: TeamRow[];
  areas: AreaRow[];
}

export async function adminOrganisation(ctx: AppContext, kommuneId: string): Promise<Organisation> {
  const [deps, tms, ars] = await Promise.all([
    listDepartments(ctx.db, kommuneId),
    listTeams(ctx.db, kommuneId),
    listAreas(ctx.db, kommuneId),
  ]);
  return { departments: deps, teams: tms, areas: ars };
}

// ---- departments

export interface DepartmentInput {
  name: string;
  methodStartedOn?: string | null;
}

export async function createDepartment(ctx: AppContext, ref: ChangeRef, input: DepartmentInput) {
  const kommuneId = ref.actor.kommuneId;
  const name = input.name.trim();
  const problems = new FieldProblems();
  if (!name) problems.add('name', 'common.validation.required');
  else if (await departmentNameTaken(ctx.db, kommuneId, name)) problems.add('name', 'admin.error.nameTaken');
  problems.throwIfAny();
  const { id } = await adminChange(
    ctx,
    ref,
    { action: 'create', subjectType: 'department', subjectId: (r: { id: string }) => r.id },
    (tx) => insertDepartment(tx, { kommuneId, name, methodStartedOn: input.methodStartedOn || null }),
  );
  return found(await findDepartment(ctx.db, kommuneId, id), 'department');
}

export async function changeDepartment(
  ctx: AppContext,
  ref: ChangeRef,
  id: string,
  input: Partial<DepartmentInput>,
) {
  const kommuneId = ref.actor.kommuneId;
  const current = found(await findDepartment(ctx.db, kommuneId, id), 'department');
  const name = input.name?.trim() ?? current.name;
  const problems = new FieldProblems();
  if (!name) problems.add('name', 'common.validation.required');
  else if (await departmentNameTaken(ctx.db, kommuneId, name, id))
    problems.add('name', 'admin.error.nameTaken');
  problems.throwIfAny();
  const methodStartedOn =
    input.methodStartedOn === undefined ? current.methodStartedOn : input.methodStartedOn || null;
  await adminChange(ctx, ref, { action: 'update', subjectType: 'department', subjectId: () => id }, (tx) =>
    updateDepartment(tx, kommuneId, id, { name, methodStartedOn }),
  );
  return found(await findDepartment(ctx.db, kommuneId, id), 'department');
}

// ---- teams

export async function createTeam(
  ctx: AppContext,
  ref: ChangeRef,
  input: { name: string; departmentId: string },
) {
  const kommuneId = ref.actor.kommuneId;
  const name = input.name.trim();
  const problems = new FieldProblems();
  const department = await findDepartment(ctx.db, kommuneId, input.departmentId);
  if (!department) problems.add('departmentId', 'admin.error.unknownDepartment');
  if (!name) problems.add('name', 'common.validation.required');
  else if (department && (await teamNameTaken(ctx.db, department.id, name)))
    problems.add('name', 'admin.error.nameTaken');
  problems.throwIfAny();
  const { id } = await adminChange(
    ctx,
    ref,
    { action: 'create', subjectType: 'team', subjectId: (r: { id: string }) => r.id },
    (tx) => insertTeam(tx, { kommuneId, departmentId: input.departmentId, name }),
  );
  return found(await findTeam(ctx.db, kommuneId, id), 'team');
}

/** A team keeps its department (its members and cases are placed by it); only the name changes. */
export async function renameTeam(ctx: AppContext, ref: ChangeRef, id: string, input: { name: string }) {
  const kommuneId = ref.actor.kommuneId;
  const team = found(await findTeam(ctx.db, kommuneId, id), 'team');
  const name = input.name.trim();
  const problems = new FieldProblems();
  if (!name) problems.add('name', 'common.validation.required');
  else if (await teamNameTaken(ctx.db, team.departmentId, name, id))
    problems.add('name', 'admin.error.nameTaken');
  problems.throwIfAny();
  await adminChange(ctx, ref, { action: 'update', subjectType: 'team', subjectId: () => id }, (tx) =>
    updateTeam(tx, kommuneId, id, { name }),
  );
  return found(await findTeam(ctx.db, kommuneId, id), 'team');
}

// ---- areas

export interface AreaInput {
  code: string;
  name: string;
  kleNumber: string;
  departmentId: string;
  firstContactDays: number;
  resolutionDays: number;
  answerDays: number;
  public?: boolean;
}

async function checkArea(ctx: AppContext, kommuneId: string, a: AreaInput, exceptId?: string): Promise<void> {
  const problems = new FieldProblems();
  if (await areaCodeTaken(ctx.db, kommuneId, a.code, exceptId)) problems.add('code', 'admin.error.codeTaken');
  if (!a.name.trim()) problems.add('name', 'common.validation.required');
  const kle = kleProblem(a.kleNumber.trim());
  if (kle) problems.add('kleNumber', kle === 'format' ? 'admin.error.kleFormat' : 'admin.error.kleUnknown');
  if (!(await findDepartment(ctx.db, kommuneId, a.departmentId)))
    problems.add('departmentId', 'admin.error.unknownDepartment');
  // The first call comes before the written answer, and both before the case is resolved.
  if (a.resolutionDays < a.firstContactDays)
    problems.add('resolutionDays', 'admin.error.resolutionBeforeContact');
  problems.throwIfAny();
}

const areaValues = (a: AreaInput) => ({
  code: a.code,
  name: a.name.trim(),
  kleNumber: a.kleNumber.trim(),
  departmentId: a.departmentId,
  firstContactDays: a.firstContactDays,
  resolutionDays: a.resolutionDays,
  answerDays: a.answerDays,
  public: a.public ?? true,
});

export async function createArea(ctx: AppContext, ref: ChangeRef, input: AreaInput): Promise<AreaRow> {
  const kommuneId = ref.actor.kommuneId;
  await checkArea(ctx, kommuneId, input);
  const { id } = await adminChange(
    ctx,
    ref,
    { action: 'create', subjectType: 'area', subjectId: (r: { id: string }) => r.id },
    (tx) => insertArea(tx, { kommuneId, ...areaValues(input) }),
  );
  return found(await findArea(ctx.db, kommuneId, id), 'area');
}

export async function changeArea(
  ctx: AppContext,
  ref: ChangeRef,
  id: string,
  input: Partial<AreaInput>,
): Promise<AreaRow> {
  const kommuneId = ref.actor.kommuneId;
  const current = found(await findArea(ctx.db, kommuneId, id), 'area');
  const next: AreaInput = {
    ...current,
    ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
  };
  await checkArea(ctx, kommuneId, next, id);
  await adminChange(ctx, ref, { action: 'update', subjectType: 'area', subjectId: () => id }, (tx) =>
    updateArea(tx, kommuneId, id, areaValues(next)),
  );
  return found(await findArea(ctx.db, kommuneId, id), 'area');
}
