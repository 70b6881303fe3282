// Who may do what, written once as readable rules. Routes ask `can(actor, action, subject)`; the staff app's
// menu asks the same rules (this file is pure, so the browser bundle can import it); the queue's SQL is built
// from `caseScope` (case-scope.ts), the same rule as `canReadCase`.

export const ROLES = [
  'citizen',
  'caseworker',
  'team_lead',
  'reception',
  'safety',
  'analyst',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  kommuneId: string;
  role: Role;
  departmentId: string | null;
  teamId: string | null;
}

/** What a rule needs to know about a case. */
export interface CaseSubject {
  kommuneId: string;
  departmentId: string;
  primaryContactId: string | null; // the citizen's primær kontaktperson
}

/** What a rule needs to know about a citizen record: where its cases are. */
export interface CitizenSubject {
  primaryContactId: string | null;
  cases: { kommuneId: string; departmentId: string }[];
}

export const worksCases = (a: Pick<Actor, 'role'>) => a.role === 'caseworker' || a.role === 'team_lead';
const sameKommune = (a: Actor, s: { kommuneId: string }) => a.kommuneId === s.kommuneId;
const sameDepartment = (a: Actor, s: { departmentId: string }) => a.departmentId === s.departmentId;
const isPrimaryContact = (a: Actor, s: CaseSubject) => s.primaryContactId === a.userId;

// A caseworker or team lead may read a case of their own department,
// or one whose citizen they are primary contact for.
const canReadCase = (a: Actor, c: CaseSubject) =>
  worksCases(a) && sameKommune(a, c) && (sameDepartment(a, c) || isPrimaryContact(a, c));

const rules = {
  'case.list': (a: Actor) => worksCases(a),
  'case.read': canReadCase,
  // Working a case (assign to me, log attempts, conversation, outcomes) is for those who may read it.
  'case.work': canReadCase,
  // Moving a case to another caseworker or team is the team lead's call, within the department.
  'case.reassign': (a: Actor, c: CaseSubject) =>
    a.role === 'team_lead' && sameKommune(a, c) && sameDepartment(a, c),
  // Phone, desk and mail complaints are registered by staff who meet citizens.
  'case.register': (a: Actor) => worksCases(a) || a.role === 'reception',
  'team.overview': (a: Actor) => a.role === 'team_lead',
  // Areas and teams (for filters and forms) are for staff, whatever their role; not for citizen accounts.
  'organisation.read': (a: Actor) => a.role !== 'citizen',
  // The citizen record (contact person, support needs) is for those who may read one of the citizen's cases.
  'citizen.update': (a: Actor, c: CitizenSubject) =>
    c.cases.some((k) => canReadCase(a, { ...k, primaryContactId: c.primaryContactId })),
  'mailbox.read': (a: Actor) => a.role === 'admin',
  // Sending an undelivered mail or SMS again is the kommune's administrator's call.
  'outbox.resend': (a: Actor) => a.role === 'admin',
  // The kommune's administrator sets up its organisation, users and settings: the admin pages open for them …
  'admin.open': (a: Actor) => a.role === 'admin',
  // … and each change is to a record of their own kommune, never another's.
  'admin.manage': (a: Actor, k: { kommuneId: string }) => a.role === 'admin' && sameKommune(a, k),
} as const;

export type Action = keyof typeof rules;
type SubjectOf<A extends Action> = Parameters<(typeof rules)[A]>[1];
/** Actions decided on the actor alone, without a case or citizen: what a staff page may require. */
export type ActorAction = { [A in Action]: SubjectOf<A> extends undefined ? A : never }[Action];

export function can<A extends Action>(
  actor: Actor | null,
  action: A,
  ...subject: SubjectOf<A> extends undefined ? [] : [SubjectOf<A>]
): boolean {
  if (!actor) return false;
  const rule = rules[action] as (a: Actor, s?: unknown) => boolean;
  return rule(actor, subject[0]);
}
