// Who may run a participation process (src/modules/participation/policies.ts).

import { describe, expect, it } from 'vitest';
import { participationPolicies } from '../../../src/modules/participation/policies.js';
import type { Role } from '../../../src/platform/policies.js';
import {
  actor,
  ask,
  KOEGE,
  OTHER_DEPARTMENT,
  OWN_DEPARTMENT,
  onASubject,
  onTheActor,
  ROSKILDE,
} from './support.js';

type Rule = keyof typeof participationPolicies;
const process = (kommuneId: string, departmentId: string | null) => ({ kommuneId, departmentId });

describe('participation: the rules in words', () => {
  it.each([
    ['a caseworker runs processes', actor('caseworker'), 'participation.manage', undefined, true],
    ['reception does not run processes', actor('reception', null), 'participation.manage', undefined, false],
    [
      'a caseworker changes a process of the own department',
      actor('caseworker'),
      'participation.edit',
      process(KOEGE, OWN_DEPARTMENT),
      true,
    ],
    [
      'a caseworker does not change another department’s process',
      actor('caseworker'),
      'participation.edit',
      process(KOEGE, OTHER_DEPARTMENT),
      false,
    ],
    [
      'a team lead changes another department’s process',
      actor('team_lead'),
      'participation.edit',
      process(KOEGE, OTHER_DEPARTMENT),
      true,
    ],
    [
      'nobody changes another kommune’s process',
      actor('admin', null),
      'participation.edit',
      process(ROSKILDE, null),
      false,
    ],
  ] as const)('%s', (_sentence, who, action, subject, allowed) => {
    expect(ask(who, action, subject)).toBe(allowed);
  });
});

const RUNS = ['caseworker', 'team_lead', 'admin'] as const satisfies readonly Role[];

describe('participation: every role × every action', () => {
  it('has rows for exactly the module’s rules', () => {
    expect(['participation.edit', 'participation.manage'].sort()).toEqual(
      Object.keys(participationPolicies).sort(),
    );
  });

  it.each(onTheActor({ 'participation.manage': RUNS }))('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(
    onASubject(
      {
        'participation.edit': {
          'of the own department': RUNS,
          'of another department': ['team_lead', 'admin'],
          'of no department': RUNS,
          'of another kommune': [],
        },
      },
      {
        'of the own department': process(KOEGE, OWN_DEPARTMENT),
        'of another department': process(KOEGE, OTHER_DEPARTMENT),
        'of no department': process(KOEGE, null),
        'of another kommune': process(ROSKILDE, OWN_DEPARTMENT),
      },
      '',
    ),
  )('$name', ({ role, action, subject, allowed }) => {
    expect(ask(actor(role), action, subject)).toBe(allowed);
  });

  it.each(Object.keys(participationPolicies) as Rule[])('nobody signed in may %s', (action) => {
    expect(ask(null, action, process(KOEGE, null))).toBe(false);
  });
});
