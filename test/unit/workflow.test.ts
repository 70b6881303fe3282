import { describe, expect, it } from 'vitest';
import {
  ALLOWED_TRANSITIONS,
  APPEAL_RESULTS,
  acceptsAgreementUpdates,
  acceptsWork,
  allowedTransitions,
  CASE_KINDS,
  CASE_STATES,
  type CaseKind,
  type CaseState,
  isOpen,
  needsWork,
  OPEN_STATES,
  outcomeMoves,
  REASSESSMENT_RESULTS,
  TRIGGERS,
  type TransitionRequest,
  transition,
  WORK_STATES,
} from '../../src/core/workflow.js';

const AT = new Date('2025-03-04T09:30:00Z');
const ACTOR = 'caseworker-1';

const legalEdges = CASE_STATES.flatMap((from) =>
  ALLOWED_TRANSITIONS[from].map((edge) => ({
    from,
    to: edge.to,
    complaintOnly: edge.complaintOnly === true,
    edge,
  })),
);
const isLegal = (from: CaseState, to: CaseState) => ALLOWED_TRANSITIONS[from].some((e) => e.to === to);
const illegalPairs = CASE_STATES.flatMap((from) =>
  CASE_STATES.filter((to) => !isLegal(from, to)).map((to) => ({ from, to })),
);

/** A request that satisfies every guard for the edge from -> to, read off the edge itself. */
function validRequest(
  from: CaseState,
  to: CaseState,
  overrides: Partial<TransitionRequest> = {},
): TransitionRequest {
  const needs = ALLOWED_TRANSITIONS[from].find((e) => e.to === to)?.needs;
  return {
    to,
    at: AT,
    actorId: ACTOR,
    reason: 'Borgeren er orienteret',
    ...(needs?.reassessmentResult ? { reassessmentResult: needs.reassessmentResult[0] } : {}),
    ...(needs?.appealResult ? { appealResult: needs.appealResult[0] } : {}),
    ...overrides,
  };
}

/**
 * What each legal edge is made by and demands, written out by hand so the table cannot drift unnoticed:
 * trigger, then 'reason' (always), 'reason-if-open' (with open agreements), or 'result: a|b' (accepted results).
 */
const EXPECTED_GUARDS: Record<string, string> = {
  'received->contacting': 'contact_attempt',
  'received->in_dialogue': 'contact_attempt',
  'received->withdrawn': 'outcome reason',
  'received->maintained': 'outcome reason',
  'contacting->in_dialogue': 'contact_attempt',
  'contacting->withdrawn': 'outcome reason',
  'contacting->maintained': 'outcome reason',
  'in_dialogue->agreement': 'agreement_made',
  'in_dialogue->resolved': 'outcome reason',
  'in_dialogue->withdrawn': 'outcome reason',
  'in_dialogue->maintained': 'outcome reason',
  'agreement->resolved': 'outcome reason',
  'agreement->in_dialogue': 'outcome',
  'agreement->maintained': 'outcome reason',
  'resolved->closed': 'outcome reason-if-open',
  'withdrawn->closed': 'outcome reason-if-open',
  'maintained->reassessment': 'outcome',
  'maintained->withdrawn': 'outcome reason',
  'reassessment->closed': 'reassessment_result reason-if-open reassessment:changed',
  'reassessment->forwarded': 'forwarding reassessment:partly_changed|upheld',
  'reassessment->withdrawn': 'outcome reason',
  'forwarded->appeal_decided': 'appeal_result appeal:upheld|changed|annulled|sent_back|dismissed',
  'appeal_decided->closed': 'outcome reason-if-open',
  'appeal_decided->reassessment': 'appeal_result appeal:sent_back',
  'closed->reopened': 'outcome reason',
  'reopened->contacting': 'contact_attempt',
  'reopened->in_dialogue': 'contact_attempt',
  'reopened->maintained': 'outcome reason',
};

/** The events each legal edge must produce, written out by hand so the table cannot drift unnoticed. */
const EXPECTED_EVENTS: Record<string, string[]> = {
  'received->contacting': ['state_changed'],
  'received->in_dialogue': ['state_changed'],
  'received->withdrawn': ['state_changed'],
  'received->maintained': ['state_changed', 'formal_track_opened'],
  'contacting->in_dialogue': ['state_changed'],
  'contacting->withdrawn': ['state_changed'],
  'contacting->maintained': ['state_changed', 'formal_track_opened'],
  'in_dialogue->agreement': ['state_changed'],
  'in_dialogue->resolved': ['state_changed'],
  'in_dialogue->withdrawn': ['state_changed'],
  'in_dialogue->maintained': ['state_changed', 'formal_track_opened'],
  'agreement->resolved': ['state_changed'],
  'agreement->in_dialogue': ['state_changed'],
  'agreement->maintained': ['state_changed', 'formal_track_opened'],
  'resolved->closed': ['state_changed', 'case_closed'],
  'withdrawn->closed': ['state_changed', 'case_closed'],
  'maintained->reassessment': ['state_changed', 'reassessment_started'],
  'maintained->withdrawn': ['state_changed'],
  'reassessment->closed': ['state_changed', 'reassessment_decided', 'case_closed'],
  // The re-assessment's decision is recorded when it is made (the formal track), not again at forwarding.
  'reassessment->forwarded': ['state_changed', 'forwarded_to_appeals_body'],
  'reassessment->withdrawn': ['state_changed'],
  'forwarded->appeal_decided': ['state_changed', 'appeal_decided'],
  'appeal_decided->closed': ['state_changed', 'case_closed'],
  'appeal_decided->reassessment': ['state_changed', 'reassessment_started'],
  'closed->reopened': ['state_changed', 'case_reopened'],
  'reopened->contacting': ['state_changed'],
  'reopened->in_dialogue': ['state_changed'],
  'reopened->maintained': ['state_changed', 'formal_track_opened'],
};

/** What the other triggers are told on an edge that is not theirs: the formal track's moves name its panel. */
const REFUSAL_BY_OWNER: Record<(typeof TRIGGERS)[number], string> = {
  outcome: 'wrong_trigger',
  contact_attempt: 'wrong_trigger',
  agreement_made: 'wrong_trigger',
  forwarding: 'needs_bundle',
  reassessment_result: 'needs_reassessment',
  appeal_result: 'needs_appeal_result',
};

/** The moves only the formal track makes, each keeping its own rows (re-assessment, bundle, appeal result). */
const FORMAL_TRACK_EDGES = [
  'reassessment->closed',
  'reassessment->forwarded',
  'forwarded->appeal_decided',
  'appeal_decided->reassessment',
];

const COMPLAINT_ONLY_EDGES = [
  'received->maintained',
  'contacting->maintained',
  'in_dialogue->maintained',
  'agreement->maintained',
  'reopened->maintained',
];

const NON_COMPLAINT_KINDS: CaseKind[] = CASE_KINDS.filter((k) => k !== 'complaint');

function reachableFrom(start: CaseState, next: (s: CaseState) => CaseState[]): Set<CaseState> {
  const seen = new Set<CaseState>([start]);
  const queue: CaseState[] = [start];
  for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
    for (const n of next(s)) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

describe('the workflow table', () => {
  it('contains exactly the reviewed edges', () => {
    expect(legalEdges.map((e) => `${e.from}->${e.to}`).sort()).toEqual(Object.keys(EXPECTED_EVENTS).sort());
  });

  it('says on each edge what makes it and what it demands, as reviewed', () => {
    const described = legalEdges.map(({ from, to, edge }) => {
      const { reason, reassessmentResult, appealResult } = edge.needs ?? {};
      const parts: string[] = [edge.trigger];
      if (reason) parts.push(reason === 'always' ? 'reason' : 'reason-if-open');
      if (reassessmentResult) parts.push(`reassessment:${reassessmentResult.join('|')}`);
      if (appealResult) parts.push(`appeal:${appealResult.join('|')}`);
      return [`${from}->${to}`, parts.join(' ')];
    });
    expect(Object.fromEntries(described)).toEqual(EXPECTED_GUARDS);
  });

  it('marks only the edges into the formal track as complaint-only', () => {
    expect(legalEdges.filter((e) => e.complaintOnly).map((e) => `${e.from}->${e.to}`)).toEqual(
      COMPLAINT_ONLY_EDGES,
    );
  });

  it('has no state that moves to itself', () => {
    for (const from of CASE_STATES) {
      expect(ALLOWED_TRANSITIONS[from].map((e) => e.to)).not.toContain(from);
    }
  });

  it('lists each target at most once per state', () => {
    for (const from of CASE_STATES) {
      const targets = ALLOWED_TRANSITIONS[from].map((e) => e.to);
      expect(new Set(targets).size).toBe(targets.length);
    }
  });

  it.each(CASE_KINDS)(
    'lets a %s reach every state it can use from received, and reach closed from each',
    (kind) => {
      const next = (s: CaseState) => allowedTransitions({ kind, state: s });
      const reachable = reachableFrom('received', next);
      const formalOnly: CaseState[] = ['maintained', 'reassessment', 'forwarded', 'appeal_decided'];
      const expected =
        kind === 'complaint' ? CASE_STATES : CASE_STATES.filter((s) => !formalOnly.includes(s));
      expect([...reachable].sort()).toEqual([...expected].sort());
      for (const state of reachable) {
        expect(reachableFrom(state, next).has('closed'), `${state} can reach closed`).toBe(true);
      }
    },
  );
});

describe('transition: legal edges', () => {
  const cases = legalEdges.flatMap((edge) =>
    CASE_KINDS.filter((kind) => kind === 'complaint' || !edge.complaintOnly).map((kind) => ({
      kind,
      ...edge,
    })),
  );

  it.each(cases)('moves a $kind from $from to $to with the right events', ({ kind, from, to }) => {
    const result = transition({ kind, state: from }, validRequest(from, to));
    expect(result).toMatchObject({ ok: true, state: to });
    if (!result.ok) return;
    expect(result.events.map((e) => e.type)).toEqual(EXPECTED_EVENTS[`${from}->${to}`]);
    for (const event of result.events) {
      expect(event.at).toBe(AT);
      expect(event.actorId).toBe(ACTOR);
    }
    expect(result.events[0]?.data).toEqual({ from, to, reason: 'Borgeren er orienteret' });
  });

  it('accepts a transition without a reason or actor where none is required', () => {
    const result = transition(
      { kind: 'inquiry', state: 'received' },
      { to: 'contacting', at: AT, actorId: null },
    );
    expect(result).toEqual({
      ok: true,
      state: 'contacting',
      events: [
        { type: 'state_changed', at: AT, actorId: null, data: { from: 'received', to: 'contacting' } },
      ],
    });
  });

  it('records the trimmed reason on the state change', () => {
    const result = transition(
      { kind: 'grievance', state: 'in_dialogue' },
      validRequest('in_dialogue', 'resolved', { reason: '  Undskyldning givet  ' }),
    );
    expect(result.ok && result.events[0]?.data).toEqual({
      from: 'in_dialogue',
      to: 'resolved',
      reason: 'Undskyldning givet',
    });
  });

  it('records the number of open agreements and the reason when closing', () => {
    const result = transition(
      { kind: 'complaint', state: 'resolved' },
      validRequest('resolved', 'closed', { openAgreements: 2, reason: 'Borgeren følger selv op' }),
    );
    expect(result.ok && result.events.find((e) => e.type === 'case_closed')?.data).toEqual({
      openAgreements: 2,
      reason: 'Borgeren følger selv op',
    });
  });

  it('counts no open agreements when closing without a count', () => {
    const result = transition(
      { kind: 'complaint', state: 'appeal_decided' },
      { to: 'closed', at: AT, actorId: ACTOR },
    );
    expect(result.ok && result.events.find((e) => e.type === 'case_closed')?.data).toEqual({
      openAgreements: 0,
    });
  });

  it.each(['upheld', 'partly_changed'] as const)(
    'forwards a re-assessment that was %s, through the forwarding only',
    (reassessmentResult) => {
      const result = transition(
        { kind: 'complaint', state: 'reassessment' },
        validRequest('reassessment', 'forwarded', { reassessmentResult, trigger: 'forwarding' }),
      );
      expect(result.ok && result.events.map((e) => e.type)).toEqual([
        'state_changed',
        'forwarded_to_appeals_body',
      ]);
      const byOutcome = transition(
        { kind: 'complaint', state: 'reassessment' },
        validRequest('reassessment', 'forwarded', { reassessmentResult, trigger: 'outcome' }),
      );
      expect(byOutcome).toMatchObject({ ok: false, error: 'needs_bundle' });
    },
  );

  it('closes a re-assessment that changed the decision and records it', () => {
    const result = transition(
      { kind: 'complaint', state: 'reassessment' },
      validRequest('reassessment', 'closed'),
    );
    expect(result.ok && result.events.find((e) => e.type === 'reassessment_decided')?.data).toEqual({
      result: 'changed',
    });
  });

  it.each(['upheld', 'changed', 'annulled', 'sent_back', 'dismissed'] as const)(
    'records an appeal outcome of %s',
    (appealResult) => {
      const result = transition(
        { kind: 'complaint', state: 'forwarded' },
        validRequest('forwarded', 'appeal_decided', { appealResult }),
      );
      expect(result.ok && result.events.find((e) => e.type === 'appeal_decided')?.data).toEqual({
        result: appealResult,
      });
    },
  );
});

describe('transition: refused edges', () => {
  const cases = CASE_KINDS.flatMap((kind) => illegalPairs.map((pair) => ({ kind, ...pair })));

  it('checks every pair of states that is not in the table', () => {
    expect(illegalPairs.length + legalEdges.length).toBe(CASE_STATES.length * CASE_STATES.length);
  });

  it.each(cases)('refuses to move a $kind from $from to $to', ({ kind, from, to }) => {
    const result = transition({ kind, state: from }, validRequest(from, to));
    expect(result).toMatchObject({ ok: false, error: 'illegal_transition' });
  });

  const complaintOnly = legalEdges
    .filter((e) => e.complaintOnly)
    .flatMap((edge) => NON_COMPLAINT_KINDS.map((kind) => ({ kind, ...edge })));

  it.each(complaintOnly)('refuses a $kind the formal track from $from to $to', ({ kind, from, to }) => {
    const result = transition({ kind, state: from }, validRequest(from, to));
    expect(result).toMatchObject({ ok: false, error: 'complaint_only' });
  });
});

describe('transition: guards', () => {
  const kindFor = (complaintOnly: boolean): CaseKind => (complaintOnly ? 'complaint' : 'inquiry');

  it.each(legalEdges.filter((e) => e.edge.needs?.reason === 'always'))(
    'requires a reason to move from $from to $to',
    ({ from, to }) => {
      const missing = transition(
        { kind: 'complaint', state: from },
        validRequest(from, to, { reason: undefined }),
      );
      const blank = transition(
        { kind: 'complaint', state: from },
        validRequest(from, to, { reason: ' \n\t ' }),
      );
      expect(missing).toMatchObject({ ok: false, error: 'reason_required' });
      expect(blank).toMatchObject({ ok: false, error: 'reason_required' });
    },
  );

  it.each(legalEdges.filter((e) => !e.edge.needs?.reason))(
    'moves from $from to $to without a reason',
    ({ from, to, complaintOnly }) => {
      const result = transition(
        { kind: kindFor(complaintOnly), state: from },
        validRequest(from, to, { reason: undefined, openAgreements: 2 }),
      );
      expect(result).toMatchObject({ ok: true, state: to });
    },
  );

  it.each(legalEdges)(
    'lets only its own trigger make the move from $from to $to',
    ({ from, to, edge, complaintOnly }) => {
      const kind = kindFor(complaintOnly);
      for (const trigger of TRIGGERS) {
        const result = transition({ kind, state: from }, validRequest(from, to, { trigger }));
        if (trigger === edge.trigger) expect(result, trigger).toMatchObject({ ok: true });
        else expect(result, trigger).toMatchObject({ ok: false, error: REFUSAL_BY_OWNER[edge.trigger] });
      }
    },
  );

  it.each(legalEdges.filter((e) => e.edge.needs?.reassessmentResult))(
    'accepts exactly its re-assessment results from $from to $to',
    ({ from, to, edge }) => {
      for (const reassessmentResult of [...REASSESSMENT_RESULTS, undefined]) {
        const result = transition(
          { kind: 'complaint', state: from },
          validRequest(from, to, { reassessmentResult }),
        );
        const accepted = edge.needs?.reassessmentResult?.some((r) => r === reassessmentResult) ?? false;
        expect(result.ok ? 'ok' : result.error, String(reassessmentResult)).toBe(
          accepted ? 'ok' : 'result_required',
        );
      }
    },
  );

  it.each(legalEdges.filter((e) => e.edge.needs?.appealResult))(
    'accepts exactly its appeal results from $from to $to',
    ({ from, to, edge }) => {
      for (const appealResult of [...APPEAL_RESULTS, undefined]) {
        const result = transition(
          { kind: 'complaint', state: from },
          validRequest(from, to, { appealResult }),
        );
        const accepted = edge.needs?.appealResult?.some((r) => r === appealResult) ?? false;
        expect(result.ok ? 'ok' : result.error, String(appealResult)).toBe(
          accepted ? 'ok' : 'result_required',
        );
      }
    },
  );

  it.each(legalEdges.filter((e) => !e.edge.needs?.reassessmentResult && !e.edge.needs?.appealResult))(
    'asks for no result from $from to $to',
    ({ from, to, complaintOnly }) => {
      const result = transition(
        { kind: kindFor(complaintOnly), state: from },
        validRequest(from, to, { reassessmentResult: undefined, appealResult: undefined }),
      );
      expect(result.ok).toBe(true);
    },
  );

  it('does not require a reason for an ordinary step forward', () => {
    const result = transition(
      { kind: 'complaint', state: 'in_dialogue' },
      { to: 'agreement', at: AT, actorId: ACTOR },
    );
    expect(result.ok).toBe(true);
  });

  it('reports complaint-only before a missing reason', () => {
    const result = transition(
      { kind: 'grievance', state: 'in_dialogue' },
      { to: 'maintained', at: AT, actorId: ACTOR },
    );
    expect(result).toMatchObject({ ok: false, error: 'complaint_only' });
  });

  it('reports an illegal transition before anything else', () => {
    const result = transition(
      { kind: 'inquiry', state: 'closed' },
      { to: 'maintained', at: AT, actorId: ACTOR },
    );
    expect(result).toMatchObject({ ok: false, error: 'illegal_transition' });
  });

  it.each(legalEdges.filter((e) => e.to === 'closed'))(
    'refuses to close from $from with open agreements and no reason',
    ({ from }) => {
      const request = validRequest(from, 'closed', { openAgreements: 1, reason: '   ' });
      const result = transition({ kind: 'complaint', state: from }, request);
      expect(result).toMatchObject({ ok: false, error: 'open_agreements' });
    },
  );

  it('closes with no open agreements without a reason', () => {
    const result = transition(
      { kind: 'complaint', state: 'appeal_decided' },
      { to: 'closed', at: AT, actorId: ACTOR, openAgreements: 0 },
    );
    expect(result.ok).toBe(true);
  });

  it('closes with open agreements when a reason is given', () => {
    const result = transition(
      { kind: 'complaint', state: 'appeal_decided' },
      { to: 'closed', at: AT, actorId: ACTOR, openAgreements: 3, reason: 'Aftalerne overgår til jobcentret' },
    );
    expect(result.ok).toBe(true);
  });

  it.each([undefined, 'upheld', 'partly_changed', 'bogus'])(
    'refuses to close a re-assessment whose result is %s',
    (reassessmentResult) => {
      const result = transition(
        { kind: 'complaint', state: 'reassessment' },
        // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid input from an untyped caller
        { to: 'closed', at: AT, actorId: ACTOR, reassessmentResult: reassessmentResult as any },
      );
      expect(result).toMatchObject({ ok: false, error: 'result_required' });
    },
  );

  it.each([undefined, 'changed', 'bogus'])(
    'refuses to forward a re-assessment whose result is %s',
    (reassessmentResult) => {
      const result = transition(
        { kind: 'complaint', state: 'reassessment' },
        // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid input from an untyped caller
        { to: 'forwarded', at: AT, actorId: ACTOR, reassessmentResult: reassessmentResult as any },
      );
      expect(result).toMatchObject({ ok: false, error: 'result_required' });
    },
  );

  it('lets a citizen withdraw during re-assessment without a result', () => {
    const result = transition(
      { kind: 'complaint', state: 'reassessment' },
      { to: 'withdrawn', at: AT, actorId: ACTOR, reason: 'Borgeren trækker klagen' },
    );
    expect(result.ok && result.events.map((e) => e.type)).toEqual(['state_changed']);
  });

  it.each([undefined, 'partly_changed', 'bogus'])(
    'refuses to record an appeal outcome of %s',
    (appealResult) => {
      const result = transition(
        { kind: 'complaint', state: 'forwarded' },
        // biome-ignore lint/suspicious/noExplicitAny: deliberately invalid input from an untyped caller
        { to: 'appeal_decided', at: AT, actorId: ACTOR, appealResult: appealResult as any },
      );
      expect(result).toMatchObject({ ok: false, error: 'result_required' });
    },
  );

  it('gives a developer message with every refusal', () => {
    const result = transition(
      { kind: 'complaint', state: 'received' },
      { to: 'closed', at: AT, actorId: ACTOR },
    );
    expect(result.ok === false && result.message).toMatch(/received.*closed/);
  });
});

describe('allowedTransitions', () => {
  it.each(CASE_KINDS.flatMap((kind) => CASE_STATES.map((state) => ({ kind, state }))))(
    'offers a $kind in $state exactly the moves transition accepts',
    ({ kind, state }) => {
      const accepted = CASE_STATES.filter((to) => transition({ kind, state }, validRequest(state, to)).ok);
      expect([...allowedTransitions({ kind, state })].sort()).toEqual([...accepted].sort());
    },
  );

  it('offers a grievance in dialogue no formal track', () => {
    expect(allowedTransitions({ kind: 'grievance', state: 'in_dialogue' })).toEqual([
      'agreement',
      'resolved',
      'withdrawn',
    ]);
  });

  it('offers a complaint in dialogue the formal track', () => {
    expect(allowedTransitions({ kind: 'complaint', state: 'in_dialogue' })).toEqual([
      'agreement',
      'resolved',
      'withdrawn',
      'maintained',
    ]);
  });
});

describe('outcomeMoves: what the case page offers and asks for', () => {
  it.each(CASE_KINDS.flatMap((kind) => CASE_STATES.map((state) => ({ kind, state }))))(
    "offers a $kind in $state exactly the allowed moves staff make, not the loop's",
    ({ kind, state }) => {
      const expected = allowedTransitions({ kind, state }).filter(
        (to) => transition({ kind, state }, validRequest(state, to, { trigger: 'outcome' })).ok,
      );
      expect(outcomeMoves({ kind, state }, 0).map((m) => m.to)).toEqual(expected);
    },
  );

  it('leaves the moves the loop makes itself to attempts and agreements', () => {
    expect(outcomeMoves({ kind: 'complaint', state: 'received' }, 0).map((m) => m.to)).toEqual([
      'withdrawn',
      'maintained',
    ]);
    expect(outcomeMoves({ kind: 'grievance', state: 'in_dialogue' }, 0).map((m) => m.to)).toEqual([
      'resolved',
      'withdrawn',
    ]);
  });

  it('keeps going back from agreement to dialogue, which is a choice', () => {
    expect(outcomeMoves({ kind: 'grievance', state: 'agreement' }, 0).map((m) => m.to)).toEqual([
      'resolved',
      'in_dialogue',
    ]);
  });

  it.each(CASE_KINDS.flatMap((kind) => CASE_STATES.map((state) => ({ kind, state }))))(
    'asks a $kind in $state for a reason exactly where transition refuses without one',
    ({ kind, state }) => {
      for (const openAgreements of [0, 1]) {
        for (const move of outcomeMoves({ kind, state }, openAgreements)) {
          const without = transition(
            { kind, state },
            validRequest(state, move.to, { reason: undefined, openAgreements }),
          );
          expect(!without.ok, `${move.to} with ${openAgreements} open`).toBe(move.reason);
        }
      }
    },
  );

  it('asks for a reason to close only while agreements are open', () => {
    const close = (open: number) => outcomeMoves({ kind: 'grievance', state: 'resolved' }, open)[0];
    expect(close(0)).toEqual({ to: 'closed', reason: false });
    expect(close(1)?.reason).toBe(true);
  });

  it('offers no re-assessment result: those are recorded on the formal track, with their reasoning', () => {
    const moves = outcomeMoves({ kind: 'complaint', state: 'reassessment' }, 0);
    // Neither closing on a changed decision nor forwarding is an outcome button; withdrawing still is.
    expect(moves).toEqual([{ to: 'withdrawn', reason: true }]);
  });

  it("offers no appeals body's result: it is recorded on the formal track, with its date", () => {
    expect(outcomeMoves({ kind: 'complaint', state: 'forwarded' }, 0)).toEqual([]);
    // After the result only closing is offered; the way back into re-assessment (sent back) is the formal track's.
    expect(outcomeMoves({ kind: 'complaint', state: 'appeal_decided' }, 0).map((m) => m.to)).toEqual([
      'closed',
    ]);
  });

  it.each(FORMAL_TRACK_EDGES)(
    'offers %s on no outcome button, and refuses it from the outcome path',
    (key) => {
      const [from, to] = key.split('->') as [CaseState, CaseState];
      expect(outcomeMoves({ kind: 'complaint', state: from }, 0).map((m) => m.to)).not.toContain(to);
      const byOutcome = transition(
        { kind: 'complaint', state: from },
        validRequest(from, to, { trigger: 'outcome' }),
      );
      expect(byOutcome.ok).toBe(false);
      expect(byOutcome.ok ? null : byOutcome.error).not.toBe('wrong_trigger');
    },
  );

  it("marks exactly the formal track's moves as its own", () => {
    const owned = legalEdges
      .filter(({ edge }) => ['forwarding', 'reassessment_result', 'appeal_result'].includes(edge.trigger))
      .map(({ from, to }) => `${from}->${to}`);
    expect(owned).toEqual(FORMAL_TRACK_EDGES);
  });
});

describe('isOpen', () => {
  it.each(CASE_STATES)('treats %s as open unless it is closed', (state) => {
    expect(isOpen(state)).toBe(state !== 'closed');
    expect(OPEN_STATES.includes(state)).toBe(state !== 'closed');
  });
});

describe('acceptsWork', () => {
  const settled = ['resolved', 'withdrawn', 'closed'];
  it.each(CASE_STATES)('lets the loop record work on %s only while the dialogue is not settled', (state) => {
    expect(acceptsWork(state)).toBe(!settled.includes(state));
  });
});

describe('acceptsAgreementUpdates', () => {
  it.each(CASE_STATES)(
    'lets agreements of a %s case be marked kept or cancelled unless it is closed',
    (state) => {
      expect(acceptsAgreementUpdates(state)).toBe(state !== 'closed');
    },
  );

  it('keeps agreements workable on a case resolved in dialogue, where no new work is recorded', () => {
    expect(acceptsWork('resolved')).toBe(false);
    expect(acceptsAgreementUpdates('resolved')).toBe(true);
  });
});

describe('closing', () => {
  it.each(legalEdges.filter((e) => e.to === 'closed'))(
    'claims no survey was sent when closing from $from',
    ({ from }) => {
      const result = transition({ kind: 'complaint', state: from }, validRequest(from, 'closed'));
      expect(result.ok && result.events.map((e) => e.type).filter((t) => t.includes('survey'))).toEqual([]);
    },
  );
});

describe('needsWork', () => {
  const done = ['resolved', 'withdrawn', 'appeal_decided', 'closed'];
  it.each(CASE_STATES)('puts a %s case in the queue only while it waits for work', (state) => {
    expect(needsWork(state)).toBe(!done.includes(state));
    expect(WORK_STATES.includes(state)).toBe(!done.includes(state));
  });
});
