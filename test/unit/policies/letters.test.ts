// Who may write, send and read letters, and keep the templates (src/modules/letters/policies.ts).
import { describe, expect, it } from 'vitest';
import { lettersPolicies } from '../../../src/modules/letters/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import {
  aCase,
  actor,
  ask,
  KOEGE,
  ME,
  NOBODY,
  OTHER_DEPARTMENT,
  OWN_DEPARTMENT,
  onASubject,
  onTheActor,
  ROSKILDE,
  WORKS_CASES,
} from './support.js';

type Rule = keyof typeof lettersPolicies;

describe('letters: the rules in words', () => {
  it.each([
    [
      'a caseworker writes a letter on a case of their department',
      actor('caseworker'),
      'letter.write',
      aCase(KOEGE, OWN_DEPARTMENT),
      true,
    ],
    [
      "a caseworker writes none on another department's case",
      actor('caseworker'),
      'letter.write',
      aCase(KOEGE, OTHER_DEPARTMENT),
      false,
    ],
    [
      "… unless they are the citizen's primary contact",
      actor('caseworker'),
      'letter.write',
      aCase(KOEGE, OTHER_DEPARTMENT, ME),
      true,
    ],
    [
      'nobody writes on another kommune’s case',
      actor('team_lead'),
      'letter.write',
      aCase(ROSKILDE, OWN_DEPARTMENT, ME),
      false,
    ],
    [
      'reception does not write letters',
      actor('reception'),
      'letter.write',
      aCase(KOEGE, OWN_DEPARTMENT),
      false,
    ],
    ['the administrator keeps the templates', actor('admin', null), 'letter.templates', undefined, true],
    ['a team lead does not change templates', actor('team_lead'), 'letter.templates', undefined, false],
    ['the administrator checks a template text', actor('admin', null), 'text.check', undefined, true],
    ['an analyst checks no texts', actor('analyst', null), 'text.check', undefined, false],
    [
      'a caseworker does not read the development Digital Post outbox',
      actor('caseworker'),
      'digitalpost.outbox',
      undefined,
      false,
    ],
  ] as const)('%s', (_sentence, who, action, subject, allowed) => {
    expect(ask(who, action, subject)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'text.check': [...WORKS_CASES, 'admin'],
  'letter.templates': ['admin'],
  'digitalpost.outbox': ['admin'],
} satisfies Partial<Record<Rule, readonly Role[]>>;

const CASES = {
  'of their own department': aCase(KOEGE, OWN_DEPARTMENT),
  'of another department': aCase(KOEGE, OTHER_DEPARTMENT),
  'of another department, as primary contact': aCase(KOEGE, OTHER_DEPARTMENT, ME),
  'of another kommune, as primary contact': aCase(ROSKILDE, OWN_DEPARTMENT, ME),
};
type Relation = keyof typeof CASES;

const ON_A_CASE = {
  'letter.write': {
    'of their own department': WORKS_CASES,
    'of another department': NOBODY,
    'of another department, as primary contact': WORKS_CASES,
    'of another kommune, as primary contact': NOBODY,
  },
} satisfies Partial<Record<Rule, Record<Relation, readonly Role[]>>>;

describe('letters: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect([...Object.keys(ON_THE_ACTOR), ...Object.keys(ON_A_CASE)].sort()).toEqual(
      Object.keys(lettersPolicies).sort(),
    );
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_A_CASE, CASES, 'on a case'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(lettersPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, aCase(KOEGE, OWN_DEPARTMENT, ME))).toBe(false);
  });
});
