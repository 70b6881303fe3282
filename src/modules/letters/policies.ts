// Who may write, send and read letters, and keep the kommune's templates, in sentences. Pure: the staff app's
// menu imports it too.
import { type Actor, definePolicies, worksCases } from '../../platform/policies.js';
import { type CaseSubject, canReadCase } from '../cases/policies.js';

export const lettersPolicies = definePolicies({
  // Checking a text for readability (LIX, plain language) is for those who write letters or their templates.
  'text.check': (a: Actor) => worksCases(a) || a.role === 'admin',
  // Writing, sending and reading the letters of a case is for those who may work on the case: a caseworker or
  // team lead of its department, or the citizen's primary contact.
  'letter.write': (a: Actor, c: CaseSubject) => canReadCase(a, c),
  // The kommune's templates and plain-language settings are the administrator's.
  'letter.templates': (a: Actor) => a.role === 'admin',
  // The development Digital Post outbox shows what would have been sent to citizens: the administrator's, like
  // the development mailbox.
  'digitalpost.outbox': (a: Actor) => a.role === 'admin',
});

declare module '../../platform/policies.js' {
  interface PolicyRules extends LettersRules {}
}
type LettersRules = typeof lettersPolicies;
