// Who may change a citizen record (src/modules/citizens/policies.ts): the rules in words, then every role ×
// every relation to the citizen's cases.

import { describe, expect, it } from 'vitest';
import type { CitizenSubject } from '../../../src/modules/citizens/policies.js';
import { citizensPolicies } from '../../../src/modules/citizens/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import {
  aCase,
  actor,
  ask,
  COLLEAGUE,
  KOEGE,
  ME,
  NOBODY,
  OTHER_DEPARTMENT,
  OWN_DEPARTMENT,
  onASubject,
  ROSKILDE,
  WORKS_CASES,
} from './support.js';

type Rule = keyof typeof citizensPolicies;

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

const caseworker = actor('caseworker');

describe('citizens: the rules in words', () => {
  it.each([
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

const ON_A_CITIZEN = {
  'citizen.update': {
    'a citizen with a case in their department': WORKS_CASES,
    'a citizen they are primary contact for, with a case in another department': WORKS_CASES,
    'a citizen with cases only in another department': NOBODY,
    'a citizen with one case elsewhere and one in their department': WORKS_CASES,
    'a citizen with a case in another kommune': NOBODY,
    'a citizen without cases, even as their primary contact': NOBODY,
  },
} satisfies Record<Rule, Record<CitizenRelation, readonly Role[]>>;

describe('citizens: every role × every action × relation', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(Object.keys(ON_A_CITIZEN).sort()).toEqual(Object.keys(citizensPolicies).sort());
  });

  it.each(onASubject(ON_A_CITIZEN, CITIZENS, 'for'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(citizensPolicies))('nobody signed in may %s', (action) => {
    expect(
      ask(
        null,
        action as Rule,
        CITIZENS['a citizen they are primary contact for, with a case in another department'],
      ),
    ).toBe(false);
  });
});
