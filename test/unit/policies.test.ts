// Who may do what: every module's rules (src/modules/*/policies.ts), as the module list installs them. First the rules in words, one sentence a row; then the whole
// table — every role × every action × the relations that matter (same or other kommune and department,
// primary contact or not) — so a rule that widens or narrows shows up here as a changed row.
import { describe, expect, it } from 'vitest';
import type { CaseSubject } from '../../src/modules/cases/policies.js';
import type { CitizenSubject } from '../../src/modules/citizens/policies.js';
import '../../src/modules/index.js';
import {
  type Action,
  type Actor,
  type ActorAction,
  can,
  ROLES,
  type Role,
} from '../../src/platform/policies.js';

// Synthetic ids: two kommuner, two departments, the actor and a colleague.
const KOEGE = 'kommune-koege';
const ROSKILDE = 'kommune-roskilde';
const OWN_DEPARTMENT = 'department-handicap';
const OTHER_DEPARTMENT = 'department-aeldre';
const ME = 'user-me';
const COLLEAGUE = 'user-colleague';

/** A user of Køge in the own department, unless told otherwise. */
function actor(role: Role, departmentId: string | null = OWN_DEPARTMENT): Actor {
  return { userId: ME, kommuneId: KOEGE, role, departmentId, teamId: null };
}

function aCase(
  kommuneId: string,
  departmentId: string,
  primaryContactId: string | null = COLLEAGUE,
): CaseSubject {
  return { kommuneId, departmentId, primaryContactId };
}

// `can` types its subject per action; the table walks actions generically, so it asks through this door.
const ask = can as (actor: Actor | null, action: Action, subject?: unknown) => boolean;

const CASES = {
  'a case of their own department': aCase(KOEGE, OWN_DEPARTMENT),
  "another department's case": aCase(KOEGE, OTHER_DEPARTMENT),
  "another department's case whose citizen they are primary contact for": aCase(KOEGE, OTHER_DEPARTMENT, ME),
  // Department ids are unique, but the kommune must be checked on its own all the same.
  "another kommune's case, even with the same department id": aCase(ROSKILDE, OWN_DEPARTMENT),
  "another kommune's case whose citizen they are primary contact for": aCase(ROSKILDE, OTHER_DEPARTMENT, ME),
} satisfies Record<string, CaseSubject>;
type CaseRelation = keyof typeof CASES;

const CITIZENS = {
  'a citizen with a case in their department': {
    primaryContactId: COLLEAGUE,
    cases: [aCase(KOEGE, OWN_DEPARTMENT)],
  },
  'a citizen they are primary contact for, with a case in another department': {
    primaryContactId: ME,
    cases: [aCase(KOEGE, OTHER_DEPARTMENT)],
  },
  'a citizen with cases only in another department': {
    primaryContactId: COLLEAGUE,
    cases: [aCase(KOEGE, OTHER_DEPARTMENT)],
  },
  'a citizen with one case elsewhere and one in their department': {
    primaryContactId: COLLEAGUE,
    cases: [aCase(KOEGE, OTHER_DEPARTMENT), aCase(KOEGE, OWN_DEPARTMENT)],
  },
  'a citizen with a case in another kommune': {
    primaryContactId: ME,
    cases: [aCase(ROSKILDE, OWN_DEPARTMENT)],
  },
  'a citizen without cases, even as their primary contact': { primaryContactId: ME, cases: [] },
} satisfies Record<string, CitizenSubject>;
type CitizenRelation = keyof typeof CITIZENS;

// The people and cases the sentences speak of.
const caseworker = actor('caseworker');
const teamLead = actor('team_lead');
const reception = actor('reception');
const admin = actor('admin', null);
const unplaced = actor('caseworker', null); // a caseworker not (yet) placed in a department
const OWN = aCase(KOEGE, OWN_DEPARTMENT);
const OTHER = aCase(KOEGE, OTHER_DEPARTMENT);
const OTHER_AS_CONTACT = aCase(KOEGE, OTHER_DEPARTMENT, ME);
const OWN_AS_CONTACT = aCase(KOEGE, OWN_DEPARTMENT, ME);
const ROSKILDE_AS_CONTACT = aCase(ROSKILDE, OWN_DEPARTMENT, ME);
const NONE = undefined;

describe('the rules in words', () => {
  it.each([
    ['a caseworker may read a case of their own department', caseworker, 'case.read', OWN, true],
    ["a caseworker may not read another department's case", caseworker, 'case.read', OTHER, false],
    ["… unless they are the citizen's primary contact", caseworker, 'case.read', OTHER_AS_CONTACT, true],
    [
      'a primary contact reads no case in another kommune',
      caseworker,
      'case.read',
      ROSKILDE_AS_CONTACT,
      false,
    ],
    ['a caseworker without a department reads no department case', unplaced, 'case.read', OWN, false],
    ['… only those whose citizen they are primary contact for', unplaced, 'case.read', OWN_AS_CONTACT, true],
    ['a caseworker works the cases they may read', caseworker, 'case.work', OTHER_AS_CONTACT, true],
    ['a team lead reads like a caseworker', teamLead, 'case.read', OTHER_AS_CONTACT, true],
    ['a team lead reassigns a case of their department', teamLead, 'case.reassign', OWN, true],
    ['only a team lead reassigns: a caseworker does not', caseworker, 'case.reassign', OWN, false],
    ["a team lead does not reassign another department's case", teamLead, 'case.reassign', OTHER, false],
    ['… not even as primary contact', teamLead, 'case.reassign', OTHER_AS_CONTACT, false],
    ['reception registers', reception, 'case.register', NONE, true],
    ['… but does not list cases', reception, 'case.list', NONE, false],
    ['… nor read one, even of its own department', reception, 'case.read', OWN, false],
    ['a caseworker registers too', caseworker, 'case.register', NONE, true],
    ['an analyst does not register', actor('analyst'), 'case.register', NONE, false],
    ['only a team lead has the team overview', caseworker, 'team.overview', NONE, false],
    ['admin reads the dev mailbox', admin, 'mailbox.read', NONE, true],
    ['a caseworker does not read the dev mailbox', caseworker, 'mailbox.read', NONE, false],
    ['admin resends an undelivered message', admin, 'outbox.resend', NONE, true],
    ['a team lead does not resend messages', teamLead, 'outbox.resend', NONE, false],
    ['admin does not read cases', actor('admin'), 'case.read', OWN, false],
    ['safety staff read the organisation', actor('safety', null), 'organisation.read', NONE, true],
    ['a citizen account reads no organisation', actor('citizen', null), 'organisation.read', NONE, false],
    [
      'a caseworker updates the record of a citizen whose case they may read',
      caseworker,
      'citizen.update',
      CITIZENS['a citizen with a case in their department'],
      true,
    ],
    [
      '… not of a citizen whose cases are all elsewhere',
      caseworker,
      'citizen.update',
      CITIZENS['a citizen with cases only in another department'],
      false,
    ],
  ] as const)('%s', (_sentence, who, action, subject, allowed) => {
    expect(ask(who, action, subject)).toBe(allowed);
  });
});

// The whole table: for each action (and relation), the roles allowed; every other role is refused. The types
// make it complete: a new rule in policies.ts does not compile here until its row is written.
const WORKS_CASES = ['caseworker', 'team_lead'] as const;
const STAFF = ['caseworker', 'team_lead', 'reception', 'safety', 'analyst', 'admin'] as const;
const NOBODY = [] as const;

const ON_THE_ACTOR_ALONE: Record<ActorAction, readonly Role[]> = {
  'case.list': WORKS_CASES,
  'case.register': [...WORKS_CASES, 'reception'],
  'team.overview': ['team_lead'],
  'organisation.read': STAFF,
  'mailbox.read': ['admin'],
  'outbox.resend': ['admin'],
};

const readable: Record<CaseRelation, readonly Role[]> = {
  'a case of their own department': WORKS_CASES,
  "another department's case": NOBODY,
  "another department's case whose citizen they are primary contact for": WORKS_CASES,
  "another kommune's case, even with the same department id": NOBODY,
  "another kommune's case whose citizen they are primary contact for": NOBODY,
};

const ON_A_CASE: Record<
  Exclude<Action, ActorAction | 'citizen.update'>,
  Record<CaseRelation, readonly Role[]>
> = {
  'case.read': readable,
  'case.work': readable,
  'case.reassign': {
    'a case of their own department': ['team_lead'],
    "another department's case": NOBODY,
    "another department's case whose citizen they are primary contact for": NOBODY,
    "another kommune's case, even with the same department id": NOBODY,
    "another kommune's case whose citizen they are primary contact for": NOBODY,
  },
};

const ON_A_CITIZEN: Record<'citizen.update', Record<CitizenRelation, readonly Role[]>> = {
  'citizen.update': {
    'a citizen with a case in their department': WORKS_CASES,
    'a citizen they are primary contact for, with a case in another department': WORKS_CASES,
    'a citizen with cases only in another department': NOBODY,
    'a citizen with one case elsewhere and one in their department': WORKS_CASES,
    'a citizen with a case in another kommune': NOBODY,
    'a citizen without cases, even as their primary contact': NOBODY,
  },
};

function* actions(): Generator<Action> {
  yield* Object.keys(ON_THE_ACTOR_ALONE) as ActorAction[];
  yield* Object.keys(ON_A_CASE) as (keyof typeof ON_A_CASE)[];
  yield* Object.keys(ON_A_CITIZEN) as (keyof typeof ON_A_CITIZEN)[];
}

interface Row {
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

const TABLE: Row[] = [
  ...Object.entries(ON_THE_ACTOR_ALONE).flatMap(([action, roles]) => rowsFor(action as Action, roles)),
  ...Object.entries(ON_A_CASE).flatMap(([action, byRelation]) =>
    Object.entries(byRelation).flatMap(([relation, roles]) =>
      rowsFor(action as Action, roles, CASES[relation as CaseRelation], `on ${relation}`),
    ),
  ),
  ...Object.entries(ON_A_CITIZEN).flatMap(([action, byRelation]) =>
    Object.entries(byRelation).flatMap(([relation, roles]) =>
      rowsFor(action as Action, roles, CITIZENS[relation as CitizenRelation], `for ${relation}`),
    ),
  ),
];

describe('every role × every action × relation', () => {
  it.each(TABLE)('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each([...actions()])('nobody signed in may %s', (action) => {
    expect(ask(null, action, aCase(KOEGE, OWN_DEPARTMENT, ME))).toBe(false);
  });
});
