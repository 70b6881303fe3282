import { describe, expect, it } from 'vitest';
import {
  CONTACT_CHANNELS,
  CONTACT_RESULTS,
  isValidAttempt,
  needsLetterReason,
  offersMissedCallMessage,
  reachesCitizen,
  stateAfterAttempt,
} from '../../src/core/contact.js';
import { checkConversation } from '../../src/core/conversation.js';
import { CASE_STATES, transition } from '../../src/core/workflow.js';

describe('contact attempts', () => {
  it('accepts only results that fit the channel', () => {
    const valid = CONTACT_CHANNELS.flatMap((c) =>
      CONTACT_RESULTS.filter((r) => isValidAttempt(c, r)).map((r) => `${c}:${r}`),
    );
    expect(valid).toEqual([
      'phone:reached',
      'phone:no_answer',
      'phone:voicemail',
      'sms:sent',
      'email:sent',
      'letter:sent',
      'in_person:reached',
    ]);
  });
  it('counts first contact only when the citizen is reached by phone or in person', () => {
    expect(reachesCitizen('phone', 'reached')).toBe(true);
    expect(reachesCitizen('in_person', 'reached')).toBe(true);
    expect(reachesCitizen('phone', 'voicemail')).toBe(false);
    expect(reachesCitizen('email', 'sent')).toBe(false);
    expect(reachesCitizen('sms', 'sent')).toBe(false);
  });
  it('asks why when the first action on a complaint is a letter', () => {
    expect(needsLetterReason('complaint', 0, 'letter')).toBe(true);
    expect(needsLetterReason('complaint', 1, 'letter')).toBe(false);
    expect(needsLetterReason('grievance', 0, 'letter')).toBe(false);
    expect(needsLetterReason('complaint', 0, 'phone')).toBe(false);
  });
  it('offers the missed-call message after an unanswered call or voicemail only', () => {
    expect(offersMissedCallMessage('phone', 'no_answer')).toBe(true);
    expect(offersMissedCallMessage('phone', 'voicemail')).toBe(true);
    expect(offersMissedCallMessage('phone', 'reached')).toBe(false);
    expect(offersMissedCallMessage('email', 'sent')).toBe(false);
  });
  it('moves a new case to contacting on a missed call and to dialogue when reached', () => {
    expect(stateAfterAttempt('received', false)).toBe('contacting');
    expect(stateAfterAttempt('received', true)).toBe('in_dialogue');
    expect(stateAfterAttempt('contacting', false)).toBeNull();
    expect(stateAfterAttempt('contacting', true)).toBe('in_dialogue');
    expect(stateAfterAttempt('reopened', true)).toBe('in_dialogue');
    expect(stateAfterAttempt('in_dialogue', true)).toBeNull();
  });
  it('only ever suggests moves the state machine allows', () => {
    for (const state of CASE_STATES) {
      for (const reached of [true, false]) {
        const to = stateAfterAttempt(state, reached);
        if (to)
          expect(transition({ kind: 'complaint', state }, { to, at: new Date(), actorId: null }).ok).toBe(
            true,
          );
      }
    }
  });
});

describe('conversation input', () => {
  const base = {
    currentPhase: 'story',
    notes: { opening: 'Præsenterede mig', story: 'Borgeren fortæller' },
    rootCause: 'process',
    secondaryCauses: ['communication'],
    elapsedSeconds: 120,
  };
  it('accepts notes per phase, one primary root cause and optional secondary ones', () => {
    const res = checkConversation(base);
    expect(res.ok).toBe(true);
  });
  it('refuses unknown phases, unknown causes, a secondary equal to the primary and silly durations', () => {
    const res = checkConversation({
      ...base,
      currentPhase: 'gossip',
      notes: { gossip: 'x' },
      rootCause: 'weather',
      elapsedSeconds: -1,
    });
    expect(res).toEqual({
      ok: false,
      fields: {
        currentPhase: 'dialogue.error.phase',
        'notes.gossip': 'dialogue.error.phase',
        rootCause: 'dialogue.error.rootCause',
        elapsedSeconds: 'dialogue.error.elapsed',
      },
    });
    expect(checkConversation({ ...base, secondaryCauses: ['process'] })).toEqual({
      ok: false,
      fields: { secondaryCauses: 'dialogue.error.secondarySameAsPrimary' },
    });
  });
  it('refuses a note longer than 10,000 characters', () => {
    const res = checkConversation({ ...base, notes: { story: 'x'.repeat(10_001) } });
    expect(res).toEqual({ ok: false, fields: { 'notes.story': 'dialogue.error.noteTooLong' } });
  });
});
