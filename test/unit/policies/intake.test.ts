// Who may register complaints taken by phone, at the desk or by mail (src/modules/intake/policies.ts).

import { describe, expect, it } from 'vitest';
import { intakePolicies } from '../../../src/modules/intake/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import { aCase, actor, ask, KOEGE, ME, OWN_DEPARTMENT, onTheActor, WORKS_CASES } from './support.js';

type Rule = keyof typeof intakePolicies;

describe('intake: the rules in words', () => {
  it.each([
    ['reception registers', actor('reception'), 'case.register', true],
    ['a caseworker registers too', actor('caseworker'), 'case.register', true],
    ['an analyst does not register', actor('analyst'), 'case.register', false],
  ] as const)('%s', (_sentence, who, action, allowed) => {
    expect(ask(who, action)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'case.register': [...WORKS_CASES, 'reception'],
} satisfies Record<Rule, readonly Role[]>;

describe('intake: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(Object.keys(ON_THE_ACTOR).sort()).toEqual(Object.keys(intakePolicies).sort());
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(intakePolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, aCase(KOEGE, OWN_DEPARTMENT, ME))).toBe(false);
  });
});
