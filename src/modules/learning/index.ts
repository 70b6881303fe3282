// The learning module's public surface: what the other modules may use. The effect dashboard marks each
// department's start with the method on its charts (`methodStartDates`).
export { learning } from './module.js';
export { type MethodStart, methodStartDates } from './training.js';
