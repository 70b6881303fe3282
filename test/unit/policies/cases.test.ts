// Who may see and work cases (src/modules/cases/policies.ts): first the rules in words, one sentence a row;
// then the whole table — every role × every action × the relations that matter (same or other kommune and
// department, primary contact or not) — so a rule that widens or narrows shows up here as a changed row.

import { describe, expect, it } from 'vitest';
import { casesPolicies } from '../../../src/modules/cases/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import {
  aCase,
  actor,
  ask,
  KOEGE,
  ME,
  NOBODY,
  OTHER_DEPARTMENT,
  OWN_DEPARTMENT,
  onASubject,
  onTheActor,
  ROSKILDE,
  STAFF,
  WORKS_CASES,
} from './support.js';

type Rule = keyof typeof casesPolicies;

const CASES = {
  'a case of their own department': aCase(KOEGE, OWN_DEPARTMENT),
  "another department's case": aCase(KOEGE, OTHER_DEPARTMENT),
  "another department's case whose citizen they are primary contact for": aCase(KOEGE, OTHER_DEPARTMENT, ME),
  // Department ids are unique, but the kommune must be checked on its own all the same.
  "another kommune's case, even with the same department id": aCase(ROSKILDE, OWN_DEPARTMENT),
  "another kommune's case whose citizen they are primary contact for": aCase(ROSKILDE, OTHER_DEPARTMENT, ME),
};
type CaseRelation = keyof typeof CASES;

// The people and cases the sentences speak of.
const caseworker = actor('caseworker');
const teamLead = actor('team_lead');
const reception = actor('reception');
const unplaced = actor('caseworker', null); // a caseworker not (yet) placed in a department
const OWN = aCase(KOEGE, OWN_DEPARTMENT);
const OTHER = aCase(KOEGE, OTHER_DEPARTMENT);
const OTHER_AS_CONTACT = aCase(KOEGE, OTHER_DEPARTMENT, ME);
const OWN_AS_CONTACT = aCase(KOEGE, OWN_DEPARTMENT, ME);
const ROSKILDE_AS_CONTACT = aCase(ROSKILDE, OWN_DEPARTMENT, ME);
const NONE = undefined;

describe('cases: the rules in words', () => {
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
    ['reception does not list cases', reception, 'case.list', NONE, false],
    ['… nor read one, even of its own department', reception, 'case.read', OWN, false],
    ['only a team lead has the team overview', caseworker, 'team.overview', NONE, false],
    ['admin does not read cases', actor('admin'), 'case.read', OWN, false],
    ['safety staff read the organisation', actor('safety', null), 'organisation.read', NONE, true],
    ['a citizen account reads no organisation', actor('citizen', null), 'organisation.read', NONE, false],
  ] as const)('%s', (_sentence, who, action, subject, allowed) => {
    expect(ask(who, action, subject)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'case.list': WORKS_CASES,
  'team.overview': ['team_lead'],
  'organisation.read': STAFF,
} as const;

const readable = {
  'a case of their own department': WORKS_CASES,
  "another department's case": NOBODY,
  "another department's case whose citizen they are primary contact for": WORKS_CASES,
  "another kommune's case, even with the same department id": NOBODY,
  "another kommune's case whose citizen they are primary contact for": NOBODY,
} satisfies Record<CaseRelation, readonly Role[]>;

const ON_A_CASE = {
  'case.read': readable,
  'case.work': readable,
  'case.reassign': {
    'a case of their own department': ['team_lead'],
    "another department's case": NOBODY,
    "another department's case whose citizen they are primary contact for": NOBODY,
    "another kommune's case, even with the same department id": NOBODY,
    "another kommune's case whose citizen they are primary contact for": NOBODY,
  },
} satisfies Record<string, Record<CaseRelation, readonly Role[]>>;

// Complete: a new rule in cases' policies.ts does not compile here until its row is written.
type Missing = Exclude<Rule, keyof typeof ON_THE_ACTOR | keyof typeof ON_A_CASE>;
const complete: [Missing] extends [never] ? Rule[] : Missing = [
  ...(Object.keys(ON_THE_ACTOR) as Rule[]),
  ...(Object.keys(ON_A_CASE) as Rule[]),
];

describe('cases: every role × every action × relation', () => {
  it('has rows for exactly the module’s rules', () => {
    expect([...complete].sort()).toEqual(Object.keys(casesPolicies).sort());
  });

  it.each([...onTheActor(ON_THE_ACTOR), ...onASubject(ON_A_CASE, CASES, 'on')])(
    '$name',
    ({ role, action, subject, allowed }) => {
      expect(ask(actor(role), action, subject)).toBe(allowed);
    },
  );

  it.each(Object.keys(casesPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, aCase(KOEGE, OWN_DEPARTMENT, ME))).toBe(false);
  });
});
