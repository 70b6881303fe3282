// The cases module's public surface: what the other modules may use. Anything else in this folder is its own.
export { type CaseDetail, DEFAULT_READ_PURPOSE, openCase, type TimelineEvent } from './case.js';
export { assertAcceptsWork, type CaseRef, caseToWork, findCaseRef } from './case-ref.js';
export { caseScope, caseScopeParts } from './case-scope.js';
export {
  type CreatedCaseRow,
  callBackDate,
  createCase,
  INSERT_CASE,
  type InsertCaseValues,
  insertCaseParams,
  type NewCaseInput,
  REGISTER_CASE,
  type RegisteredBy,
  receiptAddress,
  trackingPath,
} from './create.js';
export type { StaffArea, StaffTeam, StaffUser } from './organisation.js';
export { type CaseSubject, canReadCase } from './policies.js';
export * as timeline from './timeline.js';
export { appendEvents, event } from './timeline.js';
export { applyTransition, moveCase, openAgreementCount } from './transitions.js';
