// What the cases module's staff app offers the other modules' panels and pages: the case page's panel props,
// the shapes of the case and the organisation, the labels of states and channels, and a few small parts.

export type { AttemptBody } from './case-api.js';
export { fetchStaffUsers, logAttempt, sendMissedCallMessage } from './case-api.js';
export { DeadlineBadge } from './DeadlineBadge.js';
export { Fact } from './Fact.js';
export * from './labels.js';
export type { CasePanelProps } from './panels.js';
export { supportNeedLines } from './support-needs.js';
export type * from './types.js';
