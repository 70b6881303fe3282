/**
 * The shape of a letter (brev), pure: the kinds, the sections of a written decision in the reader-friendly order
 * (PRODUCT.md: the result first; the legal basis; the facts; the main considerations; the citizen's own
 * arguments; what happens next; the klagevejledning — the appeals body, how and by when — last), and the
 * placeholders a template fills from the case.
 */

export const LETTER_KINDS = [
  'decision',
  'reassessment',
  'delay',
  'forwarding',
  'dialogue',
  'general',
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** Every section a letter can have, in the order they are read. */
export const SECTION_KEYS = [
  'result', // afgørelsen / what this letter is about
  'legal_basis', // retsgrundlag (the only place § references belong)
  'facts', // sagens oplysninger
  'considerations', // hovedhensyn
  'citizen_arguments', // det, du har sagt
  'next_steps', // det sker nu
  'appeal_guidance', // klagevejledning
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** A written decision (afgørelse, genvurdering) has every section; the other letters a message and next steps. */
const DECISION_SECTIONS: readonly SectionKey[] = SECTION_KEYS;
const MESSAGE_SECTIONS: readonly SectionKey[] = ['result', 'next_steps'];

export function sectionsFor(kind: LetterKind): readonly SectionKey[] {
  return kind === 'decision' || kind === 'reassessment' ? DECISION_SECTIONS : MESSAGE_SECTIONS;
}

export interface LetterSection {
  key: SectionKey;
  heading: string;
  body: string;
}

/**
 * Whether the sections are the kind's, each once, in the reader-friendly order. Returns the first key that is
 * missing or out of place, or null when they are right.
 */
export function sectionOrderError(kind: LetterKind, keys: readonly string[]): string | null {
  const want = sectionsFor(kind);
  for (const [i, key] of want.entries()) if (keys[i] !== key) return key;
  return keys.length > want.length ? (keys[want.length] ?? null) : null;
}

/** The placeholders a template may use, filled from the case: {{citizenName}}, {{caseNumber}}, … */
export const PLACEHOLDERS = [
  'citizenName',
  'caseNumber',
  'receivedOn',
  'decisionDate',
  'decisionReference',
  'area',
  'kommune',
  'today',
  'caseworker',
  'reason', // fristbrev: why the deadline is not met
  'expectedOn', // fristbrev: when the citizen can expect the answer
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PLACEHOLDER = /\{\{\s*([a-zA-Z]+)\s*\}\}/g;

/** Fills the known placeholders that have a value; others stay as written, so the writer sees what is missing. */
export function fillPlaceholders(text: string, values: Partial<Record<Placeholder, string | null>>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = (values as Record<string, string | null | undefined>)[name];
    return value === undefined || value === null || value === '' ? whole : value;
  });
}

/** The placeholders left in a text, in order, once each: a letter is not sent with any left. */
export function openPlaceholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** The paragraphs of a section's body: separated by a blank line; single line breaks are kept inside. */
export function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
