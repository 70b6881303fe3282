// The contact directory (kontaktoplysninger): for a department, or an area within it, the phone number and
// its opening hours, the address and the e-mail. Shown on the kommune's citizen home page and put into the
// messages a case sends ("ring til os på …"); an area without its own entry uses its department's.
import type { AppContext } from '../../platform/context.js';
import {
  adminChange,
  type ChangeRef,
  FieldProblems,
  formatDanishPhone,
  found,
  optionalText,
} from './change.js';
import {
  type ContactRow,
  contactOfTarget,
  deleteContact,
  findArea,
  findContact,
  findDepartment,
  insertContact,
  listContacts,
  updateContact,
} from './queries.js';

export interface ContactDetails {
  phone?: string | null;
  openingHours?: string | null;
  address?: string | null;
  email?: string | null;
}

export interface NewContact extends ContactDetails {
  departmentId?: string | null;
  areaId?: string | null;
}

export const adminContacts = (ctx: AppContext, kommuneId: string): Promise<ContactRow[]> =>
  listContacts(ctx.db, kommuneId);

/** The details as stored, or the per-field problems: a phone or an e-mail is needed, hours go with a phone. */
function checkDetails(input: ContactDetails, problems: FieldProblems) {
  const rawPhone = optionalText(input.phone);
  const phone = rawPhone ? formatDanishPhone(rawPhone) : null;
  if (rawPhone && !phone) problems.add('phone', 'admin.error.phone');
  const email = optionalText(input.email);
  if (!rawPhone && !email) problems.add('phone', 'admin.error.contactEmpty');
  const openingHours = optionalText(input.openingHours);
  if (openingHours && !rawPhone) problems.add('openingHours', 'admin.error.hoursWithoutPhone');
  return { phone, openingHours, address: optionalText(input.address), email };
}

export async function createContact(ctx: AppContext, ref: ChangeRef, input: NewContact): Promise<ContactRow> {
  const kommuneId = ref.actor.kommuneId;
  const departmentId = input.departmentId || null;
  const areaId = input.areaId || null;
  const problems = new FieldProblems();
  if (departmentId && areaId) problems.add('areaId', 'admin.error.contactTwoTargets');
  else if (!departmentId && !areaId) problems.add('departmentId', 'admin.error.contactTarget');
  else if (departmentId && !(await findDepartment(ctx.db, kommuneId, departmentId)))
    problems.add('departmentId', 'admin.error.unknownDepartment');
  else if (areaId && !(await findArea(ctx.db, kommuneId, areaId)))
    problems.add('areaId', 'admin.error.unknownArea');
  else if (await contactOfTarget(ctx.db, { departmentId, areaId }))
    problems.add(areaId ? 'areaId' : 'departmentId', 'admin.error.contactExists');
  const details = checkDetails(input, problems);
  problems.throwIfAny();
  const { id } = await adminChange(
    ctx,
    ref,
    { action: 'create', subjectType: 'contact', subjectId: (r: { id: string }) => r.id },
    (tx) => insertContact(tx, { kommuneId, departmentId, areaId, ...details }),
  );
  return found(await findContact(ctx.db, kommuneId, id), 'contact');
}

export async function changeContact(
  ctx: AppContext,
  ref: ChangeRef,
  id: string,
  input: ContactDetails,
): Promise<ContactRow> {
  const kommuneId = ref.actor.kommuneId;
  found(await findContact(ctx.db, kommuneId, id), 'contact');
  const problems = new FieldProblems();
  const details = checkDetails(input, problems);
  problems.throwIfAny();
  await adminChange(ctx, ref, { action: 'update', subjectType: 'contact', subjectId: () => id }, (tx) =>
    updateContact(tx, kommuneId, id, { ...details, updatedAt: ctx.now() }),
  );
  return found(await findContact(ctx.db, kommuneId, id), 'contact');
}

export async function removeContact(ctx: AppContext, ref: ChangeRef, id: string): Promise<void> {
  const kommuneId = ref.actor.kommuneId;
  found(await findContact(ctx.db, kommuneId, id), 'contact');
  await adminChange(ctx, ref, { action: 'delete', subjectType: 'contact', subjectId: () => id }, (tx) =>
    deleteContact(tx, kommuneId, id),
  );
}
