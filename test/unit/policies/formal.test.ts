// Who may configure the formal track (src/modules/formal/policies.ts). The steps on a case are cases' case.work.
import { describe, expect, it } from 'vitest';
import { formalPolicies } from '../../../src/modules/formal/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import { actor, ask, onTheActor } from './support.js';

type Rule = keyof typeof formalPolicies;

describe('formal: the rules in words', () => {
  it.each([
    ['the admin sets an area’s appeals body', actor('admin', null), 'appealsBodies.manage', true],
    ['a team lead does not', actor('team_lead'), 'appealsBodies.manage', false],
    ['a caseworker sees which body an area uses', actor('caseworker'), 'appealsBodies.read', true],
    ['a citizen account sees nothing', actor('citizen', null), 'appealsBodies.read', false],
  ] as const)('%s', (_sentence, who, action, allowed) => {
    expect(ask(who, action, undefined)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'appealsBodies.manage': ['admin'],
  'appealsBodies.read': ['reception', 'caseworker', 'team_lead', 'safety', 'analyst', 'admin'],
} satisfies Record<Rule, readonly Role[]>;

describe('formal: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(Object.keys(ON_THE_ACTOR).sort()).toEqual(Object.keys(formalPolicies).sort());
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(formalPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, undefined)).toBe(false);
  });
});
