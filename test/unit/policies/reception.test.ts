// Who runs the front desk (src/modules/reception/policies.ts).

import { describe, expect, it } from 'vitest';
import { receptionPolicies } from '../../../src/modules/reception/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import { actor, ask, onTheActor } from './support.js';

type Rule = keyof typeof receptionPolicies;

describe('reception: the rules in words', () => {
  it.each([
    ['the reception runs check-in and the queue', actor('reception', null), 'reception.desk', true],
    ['a caseworker does not run the queue', actor('caseworker'), 'reception.desk', false],
    ['the safety role does not run the queue', actor('safety', null), 'reception.desk', false],
    ['the reception books on a citizen’s behalf', actor('reception', null), 'reception.book', true],
    ['a caseworker offers a meeting about a complaint', actor('caseworker'), 'reception.book', true],
    ['an analyst books nothing', actor('analyst', null), 'reception.book', false],
    ['a caseworker reads the hand-overs given to them', actor('caseworker'), 'reception.handovers', true],
    ['a citizen account sees no hand-overs', actor('citizen', null), 'reception.handovers', false],
  ] as const)('%s', (_sentence, who, action, allowed) => {
    expect(ask(who, action)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'reception.desk': ['reception'],
  'reception.book': ['reception', 'caseworker', 'team_lead'],
  'reception.handovers': ['caseworker', 'team_lead'],
  'reception.admin': ['admin'],
  'reception.figures': ['reception', 'team_lead', 'analyst', 'admin'],
} satisfies Record<Rule, readonly Role[]>;

describe('reception: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(Object.keys(ON_THE_ACTOR).sort()).toEqual(Object.keys(receptionPolicies).sort());
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(receptionPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule)).toBe(false);
  });
});
