// Who sees incidents and safe-meeting plans (src/modules/safety/policies.ts): the visibility matrix.
import { describe, expect, it } from 'vitest';
import type { IncidentSubject, PlanSubject } from '../../../src/modules/safety/policies.js';
import { safetyPolicies } from '../../../src/modules/safety/policies.js';
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
  onTheActor,
  ROSKILDE,
  STAFF,
} from './support.js';

type Rule = keyof typeof safetyPolicies;

describe('safety: the rules in words', () => {
  const mine: IncidentSubject = { kommuneId: KOEGE, reportedBy: ME, exposedStaff: [ME] };
  const theirs: IncidentSubject = { kommuneId: KOEGE, reportedBy: COLLEAGUE, exposedStaff: [COLLEAGUE] };
  const namingMe: IncidentSubject = {
    kommuneId: KOEGE,
    reportedBy: COLLEAGUE,
    exposedStaff: [COLLEAGUE, ME],
  };
  const plan = (involved: string[], departmentId = OWN_DEPARTMENT): PlanSubject => ({
    kommuneId: KOEGE,
    departmentId,
    involved,
  });
  it.each([
    ['a caseworker registers an incident', actor('caseworker'), 'incident.register', undefined, true],
    ['a citizen account does not', actor('citizen', null), 'incident.register', undefined, false],
    ['the registering caseworker reads their own report', actor('caseworker'), 'incident.read', mine, true],
    ["… not a colleague's", actor('caseworker'), 'incident.read', theirs, false],
    ['a colleague named as exposed reads it', actor('caseworker'), 'incident.read', namingMe, true],
    ['… but does not follow it up', actor('caseworker'), 'incident.followUp', namingMe, false],
    ['a team lead named as exposed reads it', actor('team_lead'), 'incident.read', namingMe, true],
    ['a team lead does not read an incident of the team', actor('team_lead'), 'incident.read', theirs, false],
    [
      'the safety role reads every incident of its kommune',
      actor('safety', null),
      'incident.read',
      theirs,
      true,
    ],
    [
      '… not another kommune’s',
      actor('safety', null),
      'incident.read',
      { ...theirs, kommuneId: ROSKILDE },
      false,
    ],
    ['the registering person does not follow up', actor('caseworker'), 'incident.followUp', mine, false],
    ['reception sees a plan', actor('reception', null), 'safetyPlan.read', plan([COLLEAGUE]), true],
    ['a caseworker involved sees it', actor('caseworker'), 'safetyPlan.read', plan([ME]), true],
    ['a caseworker not involved does not', actor('caseworker'), 'safetyPlan.read', plan([COLLEAGUE]), false],
    [
      'the team lead of its department sees it',
      actor('team_lead'),
      'safetyPlan.read',
      plan([COLLEAGUE]),
      true,
    ],
    [
      '… not a team lead of another department',
      actor('team_lead', OTHER_DEPARTMENT),
      'safetyPlan.read',
      plan([COLLEAGUE]),
      false,
    ],
    ['an analyst never', actor('analyst', null), 'safetyPlan.read', plan([COLLEAGUE]), false],
    ['reception does not renew a plan', actor('reception', null), 'safetyPlan.renew', plan([ME]), false],
  ] as const)('%s', (_sentence, who, action, subject, allowed) => {
    expect(ask(who, action, subject)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'incident.register': STAFF,
  'incident.list': STAFF,
  'incident.statistics': ['safety', 'team_lead', 'analyst'],
  'incident.configure': ['safety', 'admin'],
  'safetyPlan.list': ['reception', 'safety', 'caseworker', 'team_lead'],
} satisfies Partial<Record<Rule, readonly Role[]>>;

const INCIDENTS = {
  'their own report': { kommuneId: KOEGE, reportedBy: ME, exposedStaff: [ME] },
  "a colleague's report": { kommuneId: KOEGE, reportedBy: COLLEAGUE, exposedStaff: [COLLEAGUE] },
  "a colleague's report naming them exposed": {
    kommuneId: KOEGE,
    reportedBy: COLLEAGUE,
    exposedStaff: [COLLEAGUE, ME],
  },
  "another kommune's report": { kommuneId: ROSKILDE, reportedBy: ME, exposedStaff: [ME] },
  "another kommune's report naming them": { kommuneId: ROSKILDE, reportedBy: COLLEAGUE, exposedStaff: [ME] },
} satisfies Record<string, IncidentSubject>;
const ON_AN_INCIDENT = {
  'incident.read': {
    'their own report': [...STAFF],
    "a colleague's report": ['safety'],
    "a colleague's report naming them exposed": [...STAFF],
    "another kommune's report": NOBODY,
    "another kommune's report naming them": NOBODY,
  },
  'incident.followUp': {
    'their own report': ['safety'],
    "a colleague's report": ['safety'],
    "a colleague's report naming them exposed": ['safety'],
    "another kommune's report": NOBODY,
    "another kommune's report naming them": NOBODY,
  },
} satisfies Partial<Record<Rule, Record<keyof typeof INCIDENTS, readonly Role[]>>>;

const PLANS = {
  'a plan they are involved in': { kommuneId: KOEGE, departmentId: OWN_DEPARTMENT, involved: [ME] },
  'a plan of their department': { kommuneId: KOEGE, departmentId: OWN_DEPARTMENT, involved: [COLLEAGUE] },
  'a plan of another department': { kommuneId: KOEGE, departmentId: OTHER_DEPARTMENT, involved: [COLLEAGUE] },
  "another kommune's plan": { kommuneId: ROSKILDE, departmentId: OWN_DEPARTMENT, involved: [ME] },
} satisfies Record<string, PlanSubject>;
const ON_A_PLAN = {
  'safetyPlan.read': {
    'a plan they are involved in': [...STAFF],
    'a plan of their department': ['reception', 'safety', 'team_lead'],
    'a plan of another department': ['reception', 'safety'],
    "another kommune's plan": NOBODY,
  },
  'safetyPlan.renew': {
    'a plan they are involved in': ['safety', 'team_lead', 'caseworker'],
    'a plan of their department': ['safety', 'team_lead'],
    'a plan of another department': ['safety'],
    "another kommune's plan": NOBODY,
  },
} satisfies Partial<Record<Rule, Record<keyof typeof PLANS, readonly Role[]>>>;

const CASES = {
  'a case of their department': aCase(KOEGE, OWN_DEPARTMENT),
  'a case of another department': aCase(KOEGE, OTHER_DEPARTMENT),
  'a case whose citizen they are primary contact for': aCase(KOEGE, OTHER_DEPARTMENT, ME),
  "another kommune's case": aCase(ROSKILDE, OWN_DEPARTMENT, ME),
};
const ON_A_CASE = {
  'safetyPlan.ofCase': {
    'a case of their department': ['caseworker', 'team_lead', 'reception', 'safety'],
    'a case of another department': ['reception', 'safety'],
    'a case whose citizen they are primary contact for': ['caseworker', 'team_lead', 'reception', 'safety'],
    "another kommune's case": NOBODY,
  },
  'safetyPlan.create': {
    'a case of their department': ['caseworker', 'team_lead', 'safety'],
    'a case of another department': ['safety'],
    'a case whose citizen they are primary contact for': ['caseworker', 'team_lead', 'safety'],
    "another kommune's case": NOBODY,
  },
} satisfies Partial<Record<Rule, Record<keyof typeof CASES, readonly Role[]>>>;

describe('safety: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(
      [
        ...Object.keys(ON_THE_ACTOR),
        ...Object.keys(ON_AN_INCIDENT),
        ...Object.keys(ON_A_PLAN),
        ...Object.keys(ON_A_CASE),
      ].sort(),
    ).toEqual(Object.keys(safetyPolicies).sort());
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_AN_INCIDENT, INCIDENTS, 'on'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_A_PLAN, PLANS, 'on'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_A_CASE, CASES, 'on'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(safetyPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, { kommuneId: KOEGE, reportedBy: ME, involved: [ME] })).toBe(false);
  });
});
