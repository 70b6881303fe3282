// Contact attempts (kontaktforsøg) and the rules the method sets around them: call first, write second;
// first contact is met when the citizen is actually reached, by phone or in person.
import type { CaseKind, CaseState } from './workflow.js';

export const CONTACT_CHANNELS = ['phone', 'sms', 'email', 'letter', 'in_person'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];
export const CONTACT_RESULTS = ['reached', 'no_answer', 'voicemail', 'sent'] as const;
export type ContactResult = (typeof CONTACT_RESULTS)[number];

/** Which results make sense for which channel: a call is answered or not; a written message is sent. */
const RESULTS_BY_CHANNEL: Record<ContactChannel, readonly ContactResult[]> = {
  phone: ['reached', 'no_answer', 'voicemail'],
  in_person: ['reached'],
  sms: ['sent'],
  email: ['sent'],
  letter: ['sent'],
};

export const isValidAttempt = (channel: ContactChannel, result: ContactResult): boolean =>
  RESULTS_BY_CHANNEL[channel].includes(result);

/** First contact is met only by talking with the citizen (seed 003: quick, personal, direct contact). */
export const reachesCitizen = (channel: ContactChannel, result: ContactResult): boolean =>
  result === 'reached' && (channel === 'phone' || channel === 'in_person');

/** A complaint answered first by letter must say why: the method says call first. */
export const needsLetterReason = (kind: CaseKind, priorAttempts: number, channel: ContactChannel): boolean =>
  kind === 'complaint' && priorAttempts === 0 && channel === 'letter';

/** After a missed call the caseworker is offered the ready "we tried to call you" message. */
export const offersMissedCallMessage = (channel: ContactChannel, result: ContactResult): boolean =>
  channel === 'phone' && (result === 'no_answer' || result === 'voicemail');

/** The state an attempt moves the case to, if any: reaching the citizen opens the dialogue. */
export function stateAfterAttempt(state: CaseState, reached: boolean): CaseState | null {
  if (state === 'received' || state === 'reopened') return reached ? 'in_dialogue' : 'contacting';
  if (state === 'contacting' && reached) return 'in_dialogue';
  return null;
}
