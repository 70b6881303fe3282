// Who may redact, share, read and review learning cases, ask and answer buddy feedback, and keep the training
// register (src/modules/learning/policies.ts). The actor is always ME of Køge.
import { describe, expect, it } from 'vitest';
import { learningPolicies } from '../../../src/modules/learning/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import {
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
  WORKS_CASES,
} from './support.js';

type Rule = keyof typeof learningPolicies;

describe('learning: the rules in words', () => {
  it.each([
    [
      'a caseworker reads their own draft',
      actor('caseworker'),
      'learning.view',
      { kommuneId: KOEGE, authorId: ME, status: 'draft' },
      true,
    ],
    [
      "… not a colleague's draft",
      actor('caseworker'),
      'learning.view',
      { kommuneId: KOEGE, authorId: COLLEAGUE, status: 'draft' },
      false,
    ],
    [
      'the reception reads a published case',
      actor('reception', null),
      'learning.view',
      { kommuneId: KOEGE, authorId: COLLEAGUE, status: 'published' },
      true,
    ],
    [
      "… never another kommune's",
      actor('reception', null),
      'learning.view',
      { kommuneId: ROSKILDE, authorId: COLLEAGUE, status: 'published' },
      false,
    ],
    [
      'the named colleague answers feedback',
      actor('caseworker'),
      'feedback.answer',
      { kommuneId: KOEGE, requesterId: COLLEAGUE, reviewerId: ME },
      true,
    ],
    [
      'the one who asked does not answer it',
      actor('caseworker'),
      'feedback.answer',
      { kommuneId: KOEGE, requesterId: ME, reviewerId: COLLEAGUE },
      false,
    ],
    [
      'a team lead keeps the sessions of their own department',
      actor('team_lead'),
      'training.keep',
      { kommuneId: KOEGE, departmentId: OWN_DEPARTMENT },
      true,
    ],
    [
      "… not another department's",
      actor('team_lead'),
      'training.keep',
      { kommuneId: KOEGE, departmentId: OTHER_DEPARTMENT },
      false,
    ],
    [
      '… nor a kommune-wide one',
      actor('team_lead'),
      'training.keep',
      { kommuneId: KOEGE, departmentId: null },
      false,
    ],
    [
      'a team lead without a department keeps nothing',
      actor('team_lead', null),
      'training.keep',
      { kommuneId: KOEGE, departmentId: null },
      false,
    ],
    [
      'the administrator keeps the whole kommune',
      actor('admin', null),
      'training.keep',
      { kommuneId: KOEGE, departmentId: null },
      true,
    ],
    [
      "… never another kommune's",
      actor('admin', null),
      'training.keep',
      { kommuneId: ROSKILDE, departmentId: OWN_DEPARTMENT },
      false,
    ],
    [
      'a team lead does not see feedback between two others',
      actor('team_lead'),
      'feedback.view',
      { kommuneId: KOEGE, requesterId: COLLEAGUE, reviewerId: 'user-third' },
      false,
    ],
  ] as const)('%s', (_sentence, who, action, subject, allowed) => {
    expect(ask(who, action, subject)).toBe(allowed);
  });
});

const ON_THE_ACTOR = {
  'text.redact': STAFF,
  'learning.read': STAFF,
  'learning.write': WORKS_CASES,
  'feedback.request': WORKS_CASES,
  'training.read': ['team_lead', 'analyst', 'admin'],
  'training.manage': ['team_lead', 'admin'],
} satisfies Partial<Record<Rule, readonly Role[]>>;

const CASES = {
  'my draft': { kommuneId: KOEGE, authorId: ME, status: 'draft' },
  "a colleague's draft": { kommuneId: KOEGE, authorId: COLLEAGUE, status: 'draft' },
  "a colleague's published case": { kommuneId: KOEGE, authorId: COLLEAGUE, status: 'published' },
  "another kommune's published case": { kommuneId: ROSKILDE, authorId: COLLEAGUE, status: 'published' },
};
const ON_A_CASE = {
  'learning.view': {
    'my draft': STAFF,
    "a colleague's draft": NOBODY,
    "a colleague's published case": STAFF,
    "another kommune's published case": NOBODY,
  },
  'learning.edit': {
    'my draft': WORKS_CASES,
    "a colleague's draft": NOBODY,
    "a colleague's published case": NOBODY,
    "another kommune's published case": NOBODY,
  },
} satisfies Partial<Record<Rule, Record<keyof typeof CASES, readonly Role[]>>>;

const REQUESTS = {
  'a request I made': { kommuneId: KOEGE, requesterId: ME, reviewerId: COLLEAGUE },
  'a request to me': { kommuneId: KOEGE, requesterId: COLLEAGUE, reviewerId: ME },
  'a request between two others': { kommuneId: KOEGE, requesterId: COLLEAGUE, reviewerId: 'user-third' },
  "another kommune's request to my id": { kommuneId: ROSKILDE, requesterId: COLLEAGUE, reviewerId: ME },
};
const ON_A_REQUEST = {
  'feedback.view': {
    'a request I made': STAFF,
    'a request to me': STAFF,
    'a request between two others': NOBODY,
    "another kommune's request to my id": NOBODY,
  },
  'feedback.answer': {
    'a request I made': NOBODY,
    'a request to me': STAFF,
    'a request between two others': NOBODY,
    "another kommune's request to my id": NOBODY,
  },
} satisfies Partial<Record<Rule, Record<keyof typeof REQUESTS, readonly Role[]>>>;

const REGISTER = {
  "my department's part": { kommuneId: KOEGE, departmentId: OWN_DEPARTMENT },
  "another department's part": { kommuneId: KOEGE, departmentId: OTHER_DEPARTMENT },
  'a kommune-wide part': { kommuneId: KOEGE, departmentId: null },
  "another kommune's part": { kommuneId: ROSKILDE, departmentId: OWN_DEPARTMENT },
};
const ON_THE_REGISTER = {
  'training.keep': {
    "my department's part": ['team_lead', 'admin'],
    "another department's part": ['admin'],
    'a kommune-wide part': ['admin'],
    "another kommune's part": NOBODY,
  },
} satisfies Partial<Record<Rule, Record<keyof typeof REGISTER, readonly Role[]>>>;

describe('learning: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(
      [
        ...Object.keys(ON_THE_ACTOR),
        ...Object.keys(ON_A_CASE),
        ...Object.keys(ON_A_REQUEST),
        ...Object.keys(ON_THE_REGISTER),
      ].sort(),
    ).toEqual(Object.keys(learningPolicies).sort());
  });

  it.each(onTheActor(ON_THE_ACTOR))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_A_CASE, CASES, 'on'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_A_REQUEST, REQUESTS, 'on'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(onASubject(ON_THE_REGISTER, REGISTER, 'on'))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(learningPolicies))('nobody signed in may %s', (action) => {
    expect(ask(null, action as Rule, { kommuneId: KOEGE, authorId: ME, status: 'published' })).toBe(false);
  });
});
