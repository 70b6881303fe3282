// Who may run the data lifecycle: retention, access requests, erasure (src/modules/privacy/policies.ts).

import { describe, expect, it } from 'vitest';
import { privacyPolicies } from '../../../src/modules/privacy/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import { actor, ask, KOEGE, NOBODY, onASubject, onTheActor, ROSKILDE } from './support.js';

type Rule = keyof typeof privacyPolicies;
const admin = actor('admin', null);

describe('privacy: the rules in words', () => {
  it.each([
    ['admin runs the retention job', admin, 'retention.run', undefined, true],
    ['a team lead does not', actor('team_lead'), 'retention.run', undefined, false],
    ['admin exports a citizen of their own kommune', admin, 'citizen.export', { kommuneId: KOEGE }, true],
    ["… never another kommune's", admin, 'citizen.export', { kommuneId: ROSKILDE }, false],
    ['a caseworker erases nothing', actor('caseworker'), 'citizen.erase', { kommuneId: KOEGE }, false],
  ] as const)('%s', (_sentence, who, action, subject, allowed) => {
    expect(ask(who, action, subject)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'retention.run': ['admin'],
  'citizen.search': ['admin'],
} satisfies Partial<Record<Rule, readonly Role[]>>;
const RECORDS = {
  'a record of their own kommune': { kommuneId: KOEGE },
  "another kommune's record": { kommuneId: ROSKILDE },
};
const ON_A_RECORD = {
  'citizen.export': { 'a record of their own kommune': ['admin'], "another kommune's record": NOBODY },
  'citizen.erase': { 'a record of their own kommune': ['admin'], "another kommune's record": NOBODY },
} satisfies Partial<Record<Rule, Record<keyof typeof RECORDS, readonly Role[]>>>;

describe('privacy: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect([...Object.keys(ON_THE_ACTOR), ...Object.keys(ON_A_RECORD)].sort()).toEqual(
      Object.keys(privacyPolicies).sort(),
    );
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_A_RECORD, RECORDS, 'on'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(privacyPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, { kommuneId: KOEGE })).toBe(false);
  });
});
