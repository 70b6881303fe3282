/**
 * What Danish plain-language guidance (klarsprog) warns about in a letter, found with offsets so the composer can
 * mark it in the text:
 * - passive -s forms ("afgørelsen fastholdes", "ansøgningen behandles"): say who does it instead;
 * - nominalisations (-else, -ning, -ing, -tion, -hed): a verb or an adjective reads easier;
 * - officialese (kancellisprog) from the kommune's own list, each with its plainer wording;
 * - § references outside the section on the legal basis (retsgrundlag).
 * Pure: the kommune's list comes in as data, and suggestions come out as data (a word to use); the module turns
 * them into a sentence in the reader's language.
 */
import { type TextSpan, wordSpans } from './lix.js';

export type FindingKind = 'passive' | 'nominalisation' | 'officialese' | 'paragraph';

export interface Finding extends TextSpan {
  kind: FindingKind;
  /** The words found, as written. */
  text: string;
  /**
   * A plainer word or phrase: the active verb for a passive ("fastholder"), the verb or adjective behind a
   * nominalisation ("afgøre", "mulig"), the kommune's wording for officialese. Absent when none is known.
   */
  suggestion?: string;
}

/** One entry of the kommune's list of officialese: the phrase and what to write instead ('' for "leave out"). */
export interface OfficialesePhrase {
  phrase: string;
  suggestion: string;
}

export interface PlainLanguageOptions {
  officialese: readonly OfficialesePhrase[];
  /** The text is the legal-basis section, where § references belong. */
  legalBasis?: boolean;
}

/** Words ending like an s-passive that are not one (pronouns, deponent verbs, genitives, common nouns). */
const NOT_PASSIVE = new Set([
  'deres',
  'hendes',
  'vores',
  'des',
  'hans',
  'hvis',
  'findes',
  'fandtes',
  'synes',
  'syntes',
  'lykkes',
  'lykkedes',
  'mindes',
  'trives',
  'kommunes',
  'borgeres',
  'sagsbehandleres',
  'lederes',
  'alles',
  'andres',
  'nogles',
  'kaldes',
]);

/** Endings of an s-passive verb: present "-es" after a verb-like stem, and past "-edes" / "-tes". */
const PASSIVE = /(?:er|ndl|ld|g|d|t|l|v|k|n|r|b|p|f|s|m)es$/;

/** Nouns with a nominalisation's ending that name a thing, a place or a body, not an action. */
const NOT_NOMINALISATION = new Set([
  'lejlighed',
  'lejligheden',
  'lejligheder',
  'myndighed',
  'myndigheden',
  'myndigheder',
  'myndighederne',
  'virksomhed',
  'virksomheden',
  'virksomheder',
  'enhed',
  'enheden',
  'bygning',
  'bygningen',
  'bygninger',
  'regning',
  'regningen',
  'tegning',
  'tegningen',
  'station',
  'stationen',
  'nation',
  'ledning',
  'ledningen',
  'forening',
  'foreningen',
  'kommunikation',
  'institution',
  'institutionen',
  'institutioner',
  'retning',
  'retningen',
  'samling',
  'ting',
  'tingene',
  'morgen',
  'efterretning',
  'kvittering',
  'situation',
  'situationen',
  'klagevejledning',
  'klagevejledningen',
  'lovgivning',
  'lovgivningen',
]);

/** A nominalisation's ending (with its inflections) and how the verb or adjective behind it is formed. */
const NOMINALISATIONS: readonly { ending: RegExp; base: (stem: string) => string | undefined }[] = [
  // afgørelse → afgøre, henvendelsen → henvende
  { ending: /^(.{3,})else(?:n|ns|r|rne|rnes)?$/, base: (stem) => `${stem}e` },
  // vurdering → vurdere, registreringen → registrere
  { ending: /^(.{3,})ering(?:en|ens|er|erne|ernes)?$/, base: (stem) => `${stem}ere` },
  // ansøgning → ansøge, betaling → betale, behandling → behandle
  { ending: /^(.{3,}n)ing(?:en|ens|er|erne|ernes)?$/, base: (stem) => `${stem.slice(0, -1)}e` },
  { ending: /^(.{3,}[dlk])ing(?:en|ens|er|erne|ernes)?$/, base: (stem) => `${stem}e` },
  // information → informere (only the -ation words; others have no verb we can form)
  {
    ending: /^(.{3,})ation(?:en|ens|er|erne|ernes)?$/,
    base: (stem) => `${stem}ere`,
  },
  { ending: /^(.{4,})tion(?:en|ens|er|erne|ernes)?$/, base: () => undefined },
  // mulighed → mulig, tilfredshed → tilfreds
  { ending: /^(.{4,})hed(?:en|ens|er|erne|ernes)?$/, base: (stem) => stem },
];

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** The active verb to suggest for a passive: fastholdes → fastholder, behandledes → behandlede. */
function activeOf(word: string): string {
  if (/edes$/.test(word)) return word.slice(0, -1);
  return `${word.slice(0, -2)}er`;
}

function passiveFindings(text: string): Finding[] {
  const found: Finding[] = [];
  for (const w of wordSpans(text)) {
    const word = text.slice(w.start, w.end);
    const lower = word.toLowerCase();
    // A capital mid-sentence is a name ("Køge Kommunes"); short words are rarely passives.
    if (w.letters < 6 || /[^\p{Ll}]/u.test(lower.slice(0, 1)) || word !== lower) continue;
    if (NOT_PASSIVE.has(lower) || !PASSIVE.test(lower)) continue;
    found.push({ kind: 'passive', start: w.start, end: w.end, text: word, suggestion: activeOf(lower) });
  }
  return found;
}

function nominalisationFindings(text: string): Finding[] {
  const found: Finding[] = [];
  for (const w of wordSpans(text)) {
    if (w.letters < 7) continue;
    const word = text.slice(w.start, w.end);
    const lower = word.toLowerCase();
    if (NOT_NOMINALISATION.has(lower) || /[^\p{L}]/u.test(lower)) continue;
    for (const { ending, base } of NOMINALISATIONS) {
      const m = ending.exec(lower);
      if (!m) continue;
      const suggestion = base(m[1]!);
      found.push({
        kind: 'nominalisation',
        start: w.start,
        end: w.end,
        text: word,
        ...(suggestion ? { suggestion } : {}),
      });
      break;
    }
  }
  return found;
}

/** Every place the kommune's phrases occur, as whole words, case-insensitively. */
function officialeseFindings(text: string, phrases: readonly OfficialesePhrase[]): Finding[] {
  const found: Finding[] = [];
  const lower = text.toLowerCase();
  for (const { phrase, suggestion } of phrases) {
    const needle = phrase.trim().toLowerCase();
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at < 0) break;
      const end = at + needle.length;
      from = at + 1;
      // Whole words only: "jf." not inside "jfr.", "herefter" not inside "derefter".
      if (isLetter(text[at - 1]) || (isLetter(needle.at(-1)) && isLetter(text[end]))) continue;
      found.push({
        kind: 'officialese',
        start: at,
        end,
        text: text.slice(at, end),
        ...(suggestion.trim() ? { suggestion: suggestion.trim() } : {}),
      });
    }
  }
  return found;
}

/** "§ 66", "§§ 66-67", "§ 7, stk. 2" — the sign with the number that follows it. */
function paragraphFindings(text: string): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(/§{1,2}\s*\d+[a-z]?(?:\s*(?:-|–|og)\s*\d+[a-z]?)?/g)) {
    found.push({ kind: 'paragraph', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found;
}

/**
 * All findings in a text, in text order. A word is marked once: officialese wins over the grammar rules (its
 * suggestion is the kommune's own), and a passive over a nominalisation.
 */
export function plainLanguageFindings(text: string, options: PlainLanguageOptions): Finding[] {
  const all = [
    ...officialeseFindings(text, options.officialese),
    ...(options.legalBasis ? [] : paragraphFindings(text)),
    ...passiveFindings(text),
    ...nominalisationFindings(text),
  ];
  const kept: Finding[] = [];
  for (const f of all) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
