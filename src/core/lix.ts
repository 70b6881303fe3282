/**
 * LIX (læsbarhedsindeks, Björnsson): words per sentence + 100 × long words per word, where a long word has more
 * than 6 letters. Pure, so the staff app runs it live while a letter is written and the server gives the same
 * answer.
 *
 * Counting rules, chosen for Danish letters:
 * - A word is a run of letters and digits (æ, ø, å and accented letters are letters); a hyphen or an apostrophe
 *   between two of them keeps it one word ("klage-sag", "3-årig"), and so does a dot inside it ("f.eks", "bl.a",
 *   "1.000", "borger.dk") and a comma inside a number ("2,5"). Only letters count towards a long word:
 *   "1.000.000" is never long.
 * - A sentence ends at ".", "!" or "?" followed by a space and an upper-case letter or digit, or by the end of the
 *   text, and at every line break (a heading or a paragraph is its own sentence). It does not end after an
 *   abbreviation that is not written at the end of sentences ("f.eks.", "bl.a.", "jf.", "pga.", "ca.", "nr.", …)
 *   nor before a lower-case word ("3. maj", "den 1. januar").
 * - Abbreviations that end lists ("osv.", "mv.", "m.fl.") end the sentence when an upper-case word follows.
 */

export type LixBand = 'very_easy' | 'easy' | 'medium' | 'hard' | 'very_hard';

export const LIX_BANDS: readonly LixBand[] = ['very_easy', 'easy', 'medium', 'hard', 'very_hard'];

/** The kommune's limit when it has not chosen one: above it the writer is warned. */
export const DEFAULT_LIX_LIMIT = 40;

/** Sentences longer than this are marked. */
export const LONG_SENTENCE_WORDS = 25;

/** Letters in a long word: more than this. */
export const LONG_WORD_LETTERS = 6;

export interface TextSpan {
  /** Offsets in the text (UTF-16 code units, as JavaScript strings index), end exclusive. */
  start: number;
  end: number;
}

export interface WordSpan extends TextSpan {
  letters: number;
}

export interface SentenceSpan extends TextSpan {
  words: number;
}

export interface LixResult {
  /** Rounded to a whole number, as LIX is reported. 0 for a text without words. */
  lix: number;
  band: LixBand;
  words: number;
  sentences: number;
  longWords: number;
  /** Sentences over LONG_SENTENCE_WORDS words. */
  longSentences: SentenceSpan[];
}

/** Abbreviations a sentence does not end with: the dot after them is never a sentence end. */
const INNER_ABBREVIATIONS = new Set([
  'f.eks',
  'fx',
  'bl.a',
  'jf',
  'jvf',
  'pga',
  'p.g.a',
  'ca',
  'nr',
  'kl',
  'stk',
  'pkt',
  'dvs',
  'd.v.s',
  'evt',
  'iht',
  'i.h.t',
  'ift',
  'mht',
  'vedr',
  'tlf',
  'hhv',
  'inkl',
  'ekskl',
  'jan',
  'feb',
  'aug',
  'sep',
  'sept',
  'okt',
  'nov',
  'dec',
  'hr',
  'fr',
  'dr',
  'bl',
  'ang',
  'afd',
  'lbk',
  'bkg',
  'pr',
  'cpr',
  'cvr',
  'att',
  'adr',
  'ref',
  'kr',
  'mia',
  'mio',
]);

/** Abbreviations that often close a sentence: they end it when an upper-case word follows. */
const END_ABBREVIATIONS = new Set(['osv', 'mv', 'm.v', 'm.fl', 'o.l', 'etc', 'o.a']);

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const isDigit = (ch: string | undefined) => ch !== undefined && /\p{Nd}/u.test(ch);
const isWordChar = (ch: string | undefined) => isLetter(ch) || isDigit(ch);
const isUpper = (ch: string | undefined) => ch !== undefined && /\p{Lu}/u.test(ch) && ch !== ch.toLowerCase();
const isLower = (ch: string | undefined) => ch !== undefined && /\p{Ll}/u.test(ch);

/** The words of a text, with their offsets and letter counts. */
export function wordSpans(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text[i])) {
      i++;
      continue;
    }
    const start = i;
    let letters = 0;
    while (i < text.length) {
      const ch = text[i];
      if (isWordChar(ch)) {
        if (isLetter(ch)) letters++;
        i++;
        continue;
      }
      const next = text[i + 1];
      // A hyphen or apostrophe between word characters joins ("klage-sag", "borger's").
      if ((ch === '-' || ch === '\u2010' || ch === "'" || ch === '\u2019') && isWordChar(next)) {
        i++;
        continue;
      }
      // A dot with no space after it belongs to the word ("f.eks", "bl.a", "1.000", "borger.dk"); a comma only
      // between digits ("2,5").
      if ((ch === '.' && isWordChar(next)) || (ch === ',' && isDigit(text[i - 1]) && isDigit(next))) {
        i++;
        continue;
      }
      break;
    }
    words.push({ start, end: i, letters });
  }
  return words;
}

/** The abbreviation (without its last dot) ending just before `dot`, lower-cased: "f.eks" for "f.eks.". */
function tokenBefore(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && (isWordChar(text[s - 1]) || text[s - 1] === '.')) s--;
  return text.slice(s, dot).toLowerCase();
}

/** Whether the terminator at `i` (., ! or ?) ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  let j = i + 1;
  // A run of terminators ("...", "?!") ends once, at its last one.
  if (j < text.length && /[.!?]/.test(text[j]!)) return false;
  // Closing quotes and brackets belong to the sentence they close.
  while (j < text.length && /[»«"”’)\]]/.test(text[j]!)) j++;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j]!)) return false; // "1.000", "f.eks" inside, "www.x.dk"
  while (j < text.length && /[ \t\u00a0]/.test(text[j]!)) j++;
  if (j >= text.length || text[j] === '\n' || text[j] === '\r') return true;
  const next = text[j];
  if (text[i] !== '.') return !isLower(next);
  const before = tokenBefore(text, i);
  if (INNER_ABBREVIATIONS.has(before)) return false;
  if (END_ABBREVIATIONS.has(before)) return isUpper(next);
  // "3. maj", "den 1. januar": an ordinal before a lower-case word.
  if (isLower(next)) return false;
  return isUpper(next) || isDigit(next) || /[«"“(§]/.test(next ?? '');
}

/** The sentences of a text with their word counts; lines without words are not sentences. */
export function sentenceSpans(text: string): SentenceSpan[] {
  const words = wordSpans(text);
  const breaks: number[] = []; // offsets where a sentence ends (exclusive)
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') breaks.push(i);
    else if ((ch === '.' || ch === '!' || ch === '?') && endsSentence(text, i)) breaks.push(i + 1);
  }
  breaks.push(text.length);
  const sentences: SentenceSpan[] = [];
  let w = 0;
  let from = 0;
  for (const end of breaks) {
    let count = 0;
    let first = -1;
    let last = -1;
    while (w < words.length && words[w]!.start < end) {
      if (words[w]!.start >= from) {
        if (first < 0) first = words[w]!.start;
        last = words[w]!.end;
        count++;
      }
      w++;
    }
    if (count > 0)
      sentences.push({ start: first, end: Math.max(last, Math.min(end, text.length)), words: count });
    from = end;
  }
  return sentences;
}

export function lixBand(lix: number): LixBand {
  if (lix <= 24) return 'very_easy';
  if (lix <= 34) return 'easy';
  if (lix <= 44) return 'medium';
  if (lix <= 54) return 'hard';
  return 'very_hard';
}

/** LIX of a text, with what the writer is shown: band, counts and the sentences that are too long. */
export function lix(text: string): LixResult {
  const words = wordSpans(text);
  const sentences = sentenceSpans(text);
  const longWords = words.filter((w) => w.letters > LONG_WORD_LETTERS).length;
  const value =
    words.length === 0 ? 0 : Math.round(words.length / sentences.length + (100 * longWords) / words.length);
  return {
    lix: value,
    band: lixBand(value),
    words: words.length,
    sentences: sentences.length,
    longWords,
    longSentences: sentences.filter((s) => s.words > LONG_SENTENCE_WORDS),
  };
}

/** Whether the writer is warned: LIX above the kommune's limit. */
export const aboveLimit = (result: Pick<LixResult, 'lix'>, limit: number = DEFAULT_LIX_LIMIT) =>
  result.lix > limit;
