// Who may read the effect dashboard (src/modules/insight/policies.ts).

import { describe, expect, it } from 'vitest';
import { insightPolicies } from '../../../src/modules/insight/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import {
  actor,
  ask,
  KOEGE,
  NOBODY,
  OTHER_DEPARTMENT,
  OWN_DEPARTMENT,
  onASubject,
  onTheActor,
  ROSKILDE,
} from './support.js';

type Rule = keyof typeof insightPolicies;

describe('insight: the rules in words', () => {
  it.each([
    ['a team lead reads the dashboard', actor('team_lead'), 'insight.read', undefined, true],
    ['an analyst reads it', actor('analyst', null), 'insight.read', undefined, true],
    ['a caseworker does not', actor('caseworker'), 'insight.read', undefined, false],
    [
      "a team lead reads their own department's figures",
      actor('team_lead'),
      'insight.department',
      { kommuneId: KOEGE, departmentId: OWN_DEPARTMENT },
      true,
    ],
    [
      "… not another department's",
      actor('team_lead'),
      'insight.department',
      { kommuneId: KOEGE, departmentId: OTHER_DEPARTMENT },
      false,
    ],
    [
      'an analyst reads any department of their kommune',
      actor('analyst', null),
      'insight.department',
      { kommuneId: KOEGE, departmentId: OTHER_DEPARTMENT },
      true,
    ],
    [
      "… never another kommune's",
      actor('analyst', null),
      'insight.department',
      { kommuneId: ROSKILDE, departmentId: OTHER_DEPARTMENT },
      false,
    ],
    ['only an analyst sees the kommune as a whole', actor('team_lead'), 'insight.kommune', undefined, false],
    [
      'an analyst of the shared-service kommune sees all kommuner',
      actor('analyst', null),
      'insight.national',
      { kommuneId: KOEGE },
      true,
    ],
    [
      '… an analyst of another kommune does not',
      actor('analyst', null),
      'insight.national',
      { kommuneId: ROSKILDE },
      false,
    ],
    [
      '… nor anyone when the deployment names no shared service',
      actor('analyst', null),
      'insight.national',
      { kommuneId: null },
      false,
    ],
    [
      '… nor a team lead of the shared-service kommune',
      actor('team_lead'),
      'insight.national',
      { kommuneId: KOEGE },
      false,
    ],
  ] as const)('%s', (_sentence, who, action, subject, allowed) => {
    expect(ask(who, action, subject)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'insight.read': ['team_lead', 'analyst'],
  'insight.kommune': ['analyst'],
} satisfies Partial<Record<Rule, readonly Role[]>>;
const DEPARTMENTS = {
  'their own department': { kommuneId: KOEGE, departmentId: OWN_DEPARTMENT },
  'another department': { kommuneId: KOEGE, departmentId: OTHER_DEPARTMENT },
  "another kommune's department": { kommuneId: ROSKILDE, departmentId: OWN_DEPARTMENT },
};
const ON_A_DEPARTMENT = {
  'insight.department': {
    'their own department': ['team_lead', 'analyst'],
    'another department': ['analyst'],
    "another kommune's department": NOBODY,
  },
} satisfies Partial<Record<Rule, Record<keyof typeof DEPARTMENTS, readonly Role[]>>>;

const SHARED_SERVICES = {
  'their kommune as the shared service': { kommuneId: KOEGE },
  'another kommune as the shared service': { kommuneId: ROSKILDE },
  'no shared service': { kommuneId: null },
};
const ON_A_SHARED_SERVICE = {
  'insight.national': {
    'their kommune as the shared service': ['analyst'],
    'another kommune as the shared service': NOBODY,
    'no shared service': NOBODY,
  },
} satisfies Partial<Record<Rule, Record<keyof typeof SHARED_SERVICES, readonly Role[]>>>;

describe('insight: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(
      [
        ...Object.keys(ON_THE_ACTOR),
        ...Object.keys(ON_A_DEPARTMENT),
        ...Object.keys(ON_A_SHARED_SERVICE),
      ].sort(),
    ).toEqual(Object.keys(insightPolicies).sort());
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_A_DEPARTMENT, DEPARTMENTS, 'for'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_A_SHARED_SERVICE, SHARED_SERVICES, 'with'))(
    '$name',
    ({ role, action, subject, allowed }) => {
      expect(ask(actor(role), action, subject)).toBe(allowed);
    },
  );

  it.each(Object.keys(insightPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, { kommuneId: KOEGE, departmentId: OWN_DEPARTMENT })).toBe(false);
  });
});
