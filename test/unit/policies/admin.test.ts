// Who may run the kommune's administration (src/modules/admin/policies.ts).

import { describe, expect, it } from 'vitest';
import { adminPolicies } from '../../../src/modules/admin/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import { actor, ask, KOEGE, NOBODY, onASubject, onTheActor, ROSKILDE } from './support.js';

type Rule = keyof typeof adminPolicies;
const admin = actor('admin', null);

describe('admin: the rules in words', () => {
  it.each([
    ['admin opens the administration pages', admin, 'admin.open', undefined, true],
    ['a team lead does not', actor('team_lead'), 'admin.open', undefined, false],
    ["admin manages their own kommune's organisation", admin, 'admin.manage', { kommuneId: KOEGE }, true],
    ["… never another kommune's", admin, 'admin.manage', { kommuneId: ROSKILDE }, false],
    ['a caseworker manages nothing', actor('caseworker'), 'admin.manage', { kommuneId: KOEGE }, false],
  ] as const)('%s', (_sentence, who, action, subject, allowed) => {
    expect(ask(who, action, subject)).toBe(allowed);
  });
});

const ON_THE_ACTOR = { 'admin.open': ['admin'] } satisfies Partial<Record<Rule, readonly Role[]>>;
const KOMMUNER = {
  'their own kommune': { kommuneId: KOEGE },
  'another kommune': { kommuneId: ROSKILDE },
};
const ON_A_KOMMUNE = {
  'admin.manage': { 'their own kommune': ['admin'], 'another kommune': NOBODY },
} satisfies Partial<Record<Rule, Record<keyof typeof KOMMUNER, readonly Role[]>>>;

describe('admin: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect([...Object.keys(ON_THE_ACTOR), ...Object.keys(ON_A_KOMMUNE)].sort()).toEqual(
      Object.keys(adminPolicies).sort(),
    );
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_A_KOMMUNE, KOMMUNER, 'in'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(adminPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, { kommuneId: KOEGE })).toBe(false);
  });
});
