// The letters module's public surface: what the other modules may use. The formal track links to the composer
// at /staff/cases/{caseNumber}/letters/new?kind=… (composerPath) rather than calling into this module.
export { LETTER_KINDS, type LetterKind } from '../../core/letters.js';
export { composerPath } from './paths.js';
