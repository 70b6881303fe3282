// The learning module's public surface: what the other modules may use. The effect dashboard marks each
// department's start with the method on its charts (`methodStartDates`); the privacy module erases a case's
// unpublished learning-case draft when it anonymises the case (`eraseLearningDrafts`).
export { learning } from './module.js';
export { eraseLearningDrafts } from './retention.js';
export { type MethodStart, methodStartDates } from './training.js';
