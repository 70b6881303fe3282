// Who may see survey flags, answer and read the pulse, and import decision volumes (src/modules/surveys/policies.ts).
import { describe, expect, it } from 'vitest';
import { surveysPolicies } from '../../../src/modules/surveys/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import { actor, ask } from './support.js';

type Rule = keyof typeof surveysPolicies;

describe('surveys: the rules in words', () => {
  it.each([
    ['a team lead sees the unhappy answers of their department', actor('team_lead'), 'survey.flags', true],
    ['a team lead without a department has none to see', actor('team_lead', null), 'survey.flags', false],
    ['a caseworker does not see them', actor('caseworker'), 'survey.flags', false],
    ['a caseworker answers the pulse', actor('caseworker'), 'pulse.answer', true],
    ['reception answers it when it sits in a department', actor('reception'), 'pulse.answer', true],
    [
      '… but not without one (its answer would belong to no group)',
      actor('reception', null),
      'pulse.answer',
      false,
    ],
    ['an analyst has no citizen contact, so no pulse', actor('analyst'), 'pulse.answer', false],
    ['an analyst reads the pulse results', actor('analyst', null), 'pulse.results', true],
    ['a caseworker does not', actor('caseworker'), 'pulse.results', false],
    ['an analyst imports decision volumes', actor('analyst', null), 'decisions.import', true],
    ['a team lead reads them but does not import', actor('team_lead'), 'decisions.import', false],
  ] as const)('%s', (_sentence, who, action, allowed) => {
    expect(ask(who, action)).toBe(allowed);
  });
});

// Every role in its own department (the demo's shape for case-working roles).
const ON_THE_ACTOR = {
  'survey.flags': ['team_lead'],
  'pulse.answer': ['caseworker', 'team_lead', 'reception'],
  'pulse.results': ['team_lead', 'analyst'],
  'decisions.import': ['analyst', 'admin'],
  'decisions.read': ['team_lead', 'analyst', 'admin'],
} satisfies Record<Rule, readonly Role[]>;

describe('surveys: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(Object.keys(ON_THE_ACTOR).sort()).toEqual(Object.keys(surveysPolicies).sort());
  });

  const ROLES: Role[] = ['citizen', 'caseworker', 'team_lead', 'reception', 'safety', 'analyst', 'admin'];
  it.each(
    Object.entries(ON_THE_ACTOR).flatMap(([action, roles]) =>
      ROLES.map((role) => ({ action, role, allowed: (roles as readonly Role[]).includes(role) })),
    ),
  )('$role may $action: $allowed', ({ action, role, allowed }) => {
    expect(ask(actor(role), action as Rule)).toBe(allowed);
  });

  it.each(Object.keys(surveysPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule)).toBe(false);
  });
});
