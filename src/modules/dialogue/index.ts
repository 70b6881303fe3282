// The dialogue module's public surface: what the case page (cases) reads of the loop.
export {
  type AgreementView,
  agreementsWithCitizen,
  type CitizenAgreement,
  listAgreements,
} from './agreements.js';
export { type AttemptOutcome, type AttemptView, listAttempts } from './attempts.js';
export { type ConversationView, getConversation } from './conversation.js';
export { Agreement, Attempt, Citizen, Conversation } from './schemas.js';
