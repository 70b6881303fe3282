// What other modules may use of the safety module: its definition. Its rules are in policies.ts.
export { safety } from './module.js';
