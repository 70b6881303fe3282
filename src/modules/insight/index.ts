// The insight module's public surface: what the other modules (and the benchmark) may use.
export { type RefreshResult, refreshAll, refreshKommune } from './refresh.js';
export { serviceGoals } from './service-goals.js';
