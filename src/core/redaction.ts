// Redaction (anonymisering) of free text before it is shared as a learning case: names given by the caller
// (the citizen's, the staff's, from the case record) and names that look like Danish full names, CPR numbers
// with and without the dash, Danish phone numbers (+45, 0045, spaced and dashed forms), e-mail addresses,
// street addresses with house number (and floor, side and postcode), case numbers and dates of birth. Each
// found span is replaced by a readable placeholder. Pure: no I/O, the same text gives the same answer.
import { isValidIsoDate } from './calendar.js';

export const REDACTION_KINDS = [
  'name',
  'cpr',
  'phone',
  'email',
  'address',
  'caseNumber',
  'birthDate',
] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

/** The placeholder put in the text for each kind — part of the API's contract, the same in both languages. */
export const PLACEHOLDERS: Readonly<Record<RedactionKind, string>> = Object.freeze({
  name: '[navn]',
  cpr: '[cpr]',
  phone: '[telefon]',
  email: '[e-mail]',
  address: '[adresse]',
  caseNumber: '[sagsnummer]',
  birthDate: '[fødselsdato]',
});

/** One redacted span: `start` and `end` (exclusive) are UTF-16 offsets into the ORIGINAL text. */
export interface Redaction {
  kind: RedactionKind;
  start: number;
  end: number;
}

export interface RedactionResult {
  text: string;
  redactions: Redaction[];
}

/** A word or phrase the reviewer added by hand, redacted wherever it stands (whole words). */
export interface ExtraTerm {
  text: string;
  kind: RedactionKind;
}

export interface RedactionOptions {
  /** Names known from the case and the citizen record, or given by the caller: each whole name and each part. */
  names?: readonly string[];
  /** Terms the reviewer added. */
  terms?: readonly ExtraTerm[];
  /** Spans whose text the reviewer undid (kept as written): a found span with exactly this text is not redacted. */
  keep?: readonly string[];
}

export const MAX_REDACTION_TEXT = 50_000;
export const MAX_REDACTION_NAMES = 50;

// Priority when two findings overlap (lower wins), then the longer span.
const PRIORITY: Record<RedactionKind, number> = {
  email: 0,
  caseNumber: 1,
  cpr: 2,
  birthDate: 3,
  phone: 4,
  address: 5,
  name: 6,
};

const L = '\\p{L}'; // a letter
const U = '\\p{Lu}'; // an upper-case letter
/** Not inside a longer word or number. */
const WB = `(?<![${L}\\p{N}_])`;
const WE = `(?![${L}\\p{N}_])`;

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** 259-2026-000123 (see identifiers.ts). */
const CASE_NUMBER = /(?<![\p{N}-])\d{3}-\d{4}-\d{6,}(?![\p{N}])/gu;

/** DDMMYY-SSSS or DDMMYYSSSS (also with a space); the date part must be a real day and month. */
const CPR = /(?<![\p{N}-])(\d{2})(\d{2})(\d{2})[- ]?(\d{4})(?![\p{N}]|-\d)/gu;

/**
 * Danish numbers: eight digits, the first 2–9, as 12345678, 12 34 56 78, 1234 5678 or 12-34-56-78, optionally
 * after +45, 0045 or (+45).
 */
const PHONE =
  /(?<![\p{N}+-])(?:(?:\+|00)45[ -]?|\(\+45\)[ ]?)?([2-9]\d([ .-]?)\d{2}\2\d{2}\2\d{2}|[2-9]\d{3} \d{4})(?![\p{N}]|[ .-]\d)/gu;

const MONTHS = `(?:${/januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec/u.source})\\.?`;
/** The words before a date of birth: "født", "f.", "fødselsdato", "fødselsdag". */
const BORN = /født|f\.|fødselsdato|fødselsdag/u.source;
/** A date after "født", "f." or "fødselsdato": 3.4.1961, 03-04-1961, 3/4-61, 3. april 1961, 1961-04-03, 1961. */
const BIRTH_DATE = new RegExp(
  `${WB}(?:${BORN})(?:[ ]*:)?[ ]+(?:${/den|d\.|i|år/u.source})?[ ]*` +
    `((?:\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})|\\d{1,2}\\.?[ ]+${MONTHS}[ ]+\\d{4}|\\d{4}-\\d{2}-\\d{2}|(?:19|20)\\d{2}))${WE}`,
  'giu',
);

// The last part of a Danish street name: a word ending in one of these, or one of them as its own word.
const STREET_ENDINGS =
  /vej|vejen|gade|gaden|allé|alle|alléen|stræde|strædet|plads|pladsen|torv|torvet|vænge|vænget|park|parken|boulevard|bakke|bakken|sti|stien|vang|vangen|have|haven|toft|toften|eng|engen|høj|højen|dal|dalen|holm|lund|lunden|marken|krog|løkke|løkken|skov|bro|broen|kaj|kajen|gyde|passage|ager|agre|hegn|hegnet|vold|volden|kvarter|kvarteret|huse|mose|strand|stranden|tofte|sted|bjerg|bjerget|lykke|ring|ringen|gård|gården|leddet|led|dige|diget|brink|brinken/u
    .source;
/** The same as words of their own, capitalised: "H.C. Andersens Boulevard", "Gammel Kongevej" is the first kind. */
const STREET_WORDS = /Vej|Gade|Allé|Alle|Boulevard|Plads|Torv|Stræde|Vænge|Park|Bakke|Sti|Have|Vang|Toft|Kaj/u
  .source;
/**
 * A street name (up to three capitalised words before it, e.g. "H.C. Andersens Boulevard", "Søndre Ringvej"),
 * a house number with an optional letter, optionally floor and side (", 2. th.", " st. tv") and a postcode and
 * town (", 4600 Køge").
 */
const ADDRESS = new RegExp(
  `${WB}((?:[${U}][${L}.'’-]*[ ]+){0,3}[${U}][${L}.'’-]*?(?:${STREET_ENDINGS})|(?:[${U}][${L}.'’-]*[ ]+){1,3}(?:${STREET_WORDS})|${/Torvet|Pladsen|Stortorvet/u.source})` +
    `[ ]+\\d{1,4}(?:[ ]?[A-Za-z](?![${L}]))?` +
    `(?:,?[ ]+(?:st|kl|sal|\\d{1,2}(?!\\d))\\.?(?:[ ]*(?:th|tv|mf|\\d{1,3}(?!\\d))\\.?)?)?` +
    `(?:,?[ ]+\\d{4}[ ]+[${U}][${L}-]+(?:[ ]+[${U}][${L}-]+)?(?:[ ]+[NSV\\u00d8CK](?![${L}]))?)?`,
  'gu',
);

// Danish surnames: the -sen family and the most common others. A capitalised given name before one is a name.
const SURNAMES = `[${U}][${L}]+(?:${/sen|søn/u.source})|${/Møller|Holm|Nielsen|Juhl|Lund|Berg|Bach|Schmidt|Dahl|Kjær|Kjærgaard|Skov|Bruun|Friis|Krogh|Vestergaard|Østergaard|Winther|Koch|Dam|Hedegaard|Overgaard|Bak|Brandt|Ahmed|Ali|Hussein|Nguyen|Kaur|Lindberg|Lindholm|Storm/u.source}`;
const GIVEN = `[${U}][${L}]+(?:-[${U}][${L}]+)?`;
const FULL_NAME = new RegExp(`${WB}(${GIVEN}(?:[ ]+(?:[${U}]\\.|${GIVEN}))*[ ]+(?:${SURNAMES}))${WE}`, 'gu');
/** Capitalised words that end in -sen but are ordinary Danish nouns in their definite form (Afgørelsen …). */
const NOT_SURNAMES =
  /(?:gørelsen|vendelsen|talelsen|ydelsen|levelsen|følelsen|sendelsen|delelsen|tjenelsen|krisen|kassen|rejsen|prisen|fasen|bussen)$/iu;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The parts of a given name worth matching alone: words of 2+ letters (not "A." or "v."). */
function nameParts(name: string): string[] {
  return (name.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 2);
}

interface Finding extends Redaction {
  text: string;
}

function findAll(
  re: RegExp,
  text: string,
  kind: RedactionKind,
  group = 0,
  accept?: (m: RegExpExecArray) => boolean,
): Finding[] {
  const found: Finding[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (accept && !accept(m)) continue;
    const part = m[group] ?? m[0];
    const start = m.index + (group === 0 ? 0 : m[0].lastIndexOf(part));
    found.push({ kind, start, end: start + part.length, text: part });
  }
  return found;
}

const realDay = (dd: string, mm: string) => {
  const d = Number(dd);
  const mo = Number(mm);
  return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
};

/** Whole-word, case-insensitive occurrences of the phrases (longest first), with a genitive -s allowed. */
function phrases(text: string, items: readonly ExtraTerm[]): Finding[] {
  const sorted = [...items]
    .filter((i) => i.text.trim().length >= 2)
    .sort((a, b) => b.text.length - a.text.length);
  const found: Finding[] = [];
  for (const item of sorted) {
    const words = item.text.trim().split(/\s+/u).map(escapeRegExp).join('[ \\t]+');
    const re = new RegExp(`${WB}${words}(?:s|'s|’s)?${WE}`, 'giu');
    found.push(...findAll(re, text, item.kind));
  }
  return found;
}

function findings(text: string, options: RedactionOptions): Finding[] {
  const names = (options.names ?? []).slice(0, MAX_REDACTION_NAMES);
  const nameTerms: ExtraTerm[] = [];
  for (const n of names) {
    if (n.trim()) nameTerms.push({ text: n, kind: 'name' });
    for (const p of nameParts(n)) nameTerms.push({ text: p, kind: 'name' });
  }
  return [
    ...findAll(EMAIL, text, 'email'),
    ...findAll(CASE_NUMBER, text, 'caseNumber'),
    ...findAll(CPR, text, 'cpr', 0, (m) => realDay(m[1]!, m[2]!)),
    ...findAll(BIRTH_DATE, text, 'birthDate', 1, (m) => {
      const date = m[1]!;
      if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return isValidIsoDate(date);
      const dm = /^(\d{1,2})[./-](\d{1,2})[./-]/.exec(date);
      return dm ? realDay(dm[1]!, dm[2]!) : true;
    }),
    ...findAll(PHONE, text, 'phone', 0, (m) => {
      // Two years side by side ("2025 2026") are not a phone number.
      const digits = m[1]!.replace(/\D/g, '');
      return !/^(?:19|20)\d{2}(?:19|20)\d{2}$/.test(digits) || !/^\d{4} \d{4}$/.test(m[1]!);
    }),
    ...findAll(ADDRESS, text, 'address'),
    ...findAll(FULL_NAME, text, 'name', 1, (m) => !NOT_SURNAMES.test(m[1]!.split(/[ ]+/u).at(-1)!)),
    ...phrases(text, nameTerms),
    ...phrases(text, options.terms ?? []),
  ];
}

/**
 * The spans to redact in `text`, sorted and without overlaps: where two findings overlap, the kind of higher
 * priority wins (an e-mail over a name inside it), then the longer one.
 */
export function findRedactions(text: string, options: RedactionOptions = {}): Redaction[] {
  const keep = new Set((options.keep ?? []).map((k) => k.trim().toLocaleLowerCase('da')));
  const all = findings(text, options)
    .filter((f) => !keep.has(f.text.trim().toLocaleLowerCase('da')))
    .sort(
      (a, b) =>
        PRIORITY[a.kind] - PRIORITY[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start,
    );
  const chosen: Redaction[] = [];
  for (const f of all) {
    if (chosen.some((c) => f.start < c.end && c.start < f.end)) continue;
    chosen.push({ kind: f.kind, start: f.start, end: f.end });
  }
  // A found name right next to a found surname part ("Anne" + " " + "Hansen") reads as one name.
  chosen.sort((a, b) => a.start - b.start);
  const merged: Redaction[] = [];
  for (const r of chosen) {
    const last = merged.at(-1);
    if (last && last.kind === 'name' && r.kind === 'name' && /^[ ]+$/u.test(text.slice(last.end, r.start))) {
      last.end = r.end;
    } else merged.push({ ...r });
  }
  return merged;
}

/** Puts each span's placeholder in its place. `redactions` must be sorted and not overlap (findRedactions). */
export function applyRedactions(text: string, redactions: readonly Redaction[]): string {
  let out = '';
  let at = 0;
  for (const r of redactions) {
    out += text.slice(at, r.start) + PLACEHOLDERS[r.kind];
    at = r.end;
  }
  return out + text.slice(at);
}

/** The redacted text and what was redacted (offsets into the original text). */
export function redact(text: string, options: RedactionOptions = {}): RedactionResult {
  const redactions = findRedactions(text, options);
  return { text: applyRedactions(text, redactions), redactions };
}
