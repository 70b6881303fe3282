import type { LetterKind } from '../../core/letters.js';

/** The composer's address in the staff app, for a new letter of a kind on a case. */
export const composerPath = (caseNumber: string, kind: LetterKind) =>
  `/staff/cases/${encodeURIComponent(caseNumber)}/letters/new?kind=${kind}`;
