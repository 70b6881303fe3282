// Who may read what the platform sent and send it again (src/modules/messaging/policies.ts).

import { describe, expect, it } from 'vitest';
import { messagingPolicies } from '../../../src/modules/messaging/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import { aCase, actor, ask, KOEGE, ME, OWN_DEPARTMENT, onTheActor } from './support.js';

type Rule = keyof typeof messagingPolicies;

describe('messaging: the rules in words', () => {
  it.each([
    ['admin reads the dev mailbox', actor('admin', null), 'mailbox.read', true],
    ['a caseworker does not read the dev mailbox', actor('caseworker'), 'mailbox.read', false],
    ['admin resends an undelivered message', actor('admin', null), 'outbox.resend', true],
    ['a team lead does not resend messages', actor('team_lead'), 'outbox.resend', false],
  ] as const)('%s', (_sentence, who, action, allowed) => {
    expect(ask(who, action)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'mailbox.read': ['admin'],
  'outbox.resend': ['admin'],
} satisfies Record<Rule, readonly Role[]>;

describe('messaging: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(Object.keys(ON_THE_ACTOR).sort()).toEqual(Object.keys(messagingPolicies).sort());
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(messagingPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, aCase(KOEGE, OWN_DEPARTMENT, ME))).toBe(false);
  });
});
