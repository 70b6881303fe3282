import { describe, expect, it } from 'vitest';
import { allowedTransitions } from '../../src/core/workflow.js';
import { manualMoves, moveNeeds } from '../../src/modules/cases/ui/outcome-moves.js';

describe('the outcomes the case page offers', () => {
  it('leaves the moves the loop makes itself to attempts and agreements', () => {
    const c = { kind: 'complaint', state: 'received' } as const;
    expect(manualMoves(c.state, allowedTransitions(c))).toEqual(['withdrawn', 'maintained']);
    const inDialogue = { kind: 'complaint', state: 'in_dialogue' } as const;
    expect(manualMoves(inDialogue.state, allowedTransitions(inDialogue))).toEqual([
      'resolved',
      'withdrawn',
      'maintained',
    ]);
  });

  it('keeps going back from agreement to dialogue, which is a choice', () => {
    const c = { kind: 'grievance', state: 'agreement' } as const;
    expect(manualMoves(c.state, allowedTransitions(c))).toEqual(['resolved', 'in_dialogue']);
  });

  it('asks for a reason where the state machine requires one', () => {
    const c = { kind: 'complaint', state: 'in_dialogue' } as const;
    expect(moveNeeds(c, 'resolved', 0)).toEqual({ reason: true, reassessmentResults: [], appealResults: [] });
    expect(moveNeeds({ kind: 'complaint', state: 'resolved' }, 'closed', 0).reason).toBe(false);
  });

  it('asks for a reason to close with open agreements', () => {
    expect(moveNeeds({ kind: 'grievance', state: 'resolved' }, 'closed', 1).reason).toBe(true);
  });

  it('offers only the re-assessment results that fit the move', () => {
    const c = { kind: 'complaint', state: 'reassessment' } as const;
    expect(moveNeeds(c, 'closed', 0).reassessmentResults).toEqual(['changed']);
    expect(moveNeeds(c, 'forwarded', 0).reassessmentResults).toEqual(['partly_changed', 'upheld']);
    expect(moveNeeds(c, 'withdrawn', 0)).toEqual({
      reason: true,
      reassessmentResults: [],
      appealResults: [],
    });
  });

  it('asks for the appeal result', () => {
    const needs = moveNeeds({ kind: 'complaint', state: 'forwarded' }, 'appeal_decided', 0);
    expect(needs.appealResults).toEqual(['upheld', 'changed', 'annulled', 'sent_back']);
    expect(needs.reason).toBe(false);
  });
});
