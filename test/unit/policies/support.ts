// Shared by the per-module policy tests (test/unit/policies/<module>.test.ts): the synthetic actors and
// subjects, and the table builder — for each action (and relation) the roles allowed; every other role refused.
import type { CaseSubject } from '../../../src/modules/cases/policies.js';
import '../../../src/modules/index.js';
import { type Action, type Actor, can, ROLES, type Role } from '../../../src/platform/policies.js';

// Synthetic ids: two kommuner, two departments, the actor and a colleague.
export const KOEGE = 'kommune-koege';
export const ROSKILDE = 'kommune-roskilde';
export const OWN_DEPARTMENT = 'department-handicap';
export const OTHER_DEPARTMENT = 'department-aeldre';
export const ME = 'user-me';
export const COLLEAGUE = 'user-colleague';

/** A user of Køge in the own department, unless told otherwise. */
export function actor(role: Role, departmentId: string | null = OWN_DEPARTMENT): Actor {
  return { userId: ME, kommuneId: KOEGE, role, departmentId, teamId: null };
}

export function aCase(
  kommuneId: string,
  departmentId: string,
  primaryContactId: string | null = COLLEAGUE,
): CaseSubject {
  return { kommuneId, departmentId, primaryContactId };
}

// `can` types its subject per action; the tables walk actions generically, so they ask through this door.
export const ask = can as (actor: Actor | null, action: Action, subject?: unknown) => boolean;

export const WORKS_CASES = ['caseworker', 'team_lead'] as const;
export const STAFF = ['caseworker', 'team_lead', 'reception', 'safety', 'analyst', 'admin'] as const;
export const NOBODY = [] as const;

export interface Row {
  name: string;
  role: Role;
  action: Action;
  subject: unknown;
  allowed: boolean;
}

function rowsFor(action: Action, allowedRoles: readonly Role[], subject?: unknown, relation?: string): Row[] {
  return ROLES.map((role) => {
    const allowed = allowedRoles.includes(role);
    const on = relation ? ` ${relation}` : '';
    return { name: `${role} ${allowed ? 'may' : 'may not'} ${action}${on}`, role, action, subject, allowed };
  });
}

/** Rows for rules that look at the actor alone: action → the roles allowed. */
export const onTheActor = (table: Partial<Record<Action, readonly Role[]>>): Row[] =>
  Object.entries(table).flatMap(([action, roles]) => rowsFor(action as Action, roles ?? []));

/**
 * Rows for rules on a subject: action → relation → the roles allowed. `subjects` names each relation's subject;
 * `word` joins action and relation in the row's name ("on …", "for …").
 */
export function onASubject<R extends string>(
  table: Partial<Record<Action, Record<R, readonly Role[]>>>,
  subjects: Record<R, unknown>,
  word: string,
): Row[] {
  return Object.entries(table).flatMap(([action, byRelation]) =>
    Object.entries(byRelation as Record<R, readonly Role[]>).flatMap(([relation, roles]) =>
      rowsFor(action as Action, roles as readonly Role[], subjects[relation as R], `${word} ${relation}`),
    ),
  );
}
