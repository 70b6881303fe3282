// The formal module's public surface: what the other modules may use.
export { bundleUrl, delayLetterUrl } from './service.js';
