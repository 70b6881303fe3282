// What a staff member's case search (sagssøgning) asks for, read from what they typed. Pure: the cases module
// turns it into SQL.
import { isCaseNumber } from './identifiers.js';

export const SEARCH_TERM_MIN = 2;
export const SEARCH_TERM_MAX = 200;
export const SEARCH_PURPOSE_MIN = 3;
export const SEARCH_PURPOSE_MAX = 200;

/**
 * One search, by what the term looks like: a whole case number, a Danish phone number or an e-mail address is
 * looked up exactly (and only that way: an address's words are not a name); anything else is matched against the
 * words of citizens' names (as prefixes) and of the case descriptions (Danish full-text search).
 */
export type SearchCriteria =
  | { by: 'caseNumber'; caseNumber: string }
  | { by: 'phone'; phone: string }
  | { by: 'email'; email: string }
  | { by: 'words'; text: string; namePrefixes: string[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Danish numbers as intake stores them: +45 and 8 digits, the first 2–9; spaces and dashes allowed on input. */
function asPhone(term: string): string | null {
  const digits = term.replace(/[\s-]/g, '').replace(/^(\+45|0045)/, '');
  return /^[2-9]\d{7}$/.test(digits) ? `+45${digits}` : null;
}

/** The words of a name, for prefix matching: letters and digits only, so nothing reaches the query syntax. */
function words(term: string): string[] {
  return (term.toLocaleLowerCase('da').match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 10);
}

/** The criteria of a search term, or null when it has nothing to search by (too short, or no letters or digits). */
export function searchCriteria(raw: string): SearchCriteria | null {
  const term = raw.trim();
  if (term.length < SEARCH_TERM_MIN || term.length > SEARCH_TERM_MAX) return null;
  if (isCaseNumber(term)) return { by: 'caseNumber', caseNumber: term };
  const phone = asPhone(term);
  if (phone) return { by: 'phone', phone };
  if (EMAIL.test(term)) return { by: 'email', email: term.toLocaleLowerCase('da') };
  const namePrefixes = words(term);
  if (namePrefixes.length === 0) return null;
  return { by: 'words', text: term, namePrefixes };
}

/** The `to_tsquery('simple', …)` text that finds names containing every word as a prefix: 'anne:* & sør:*'. */
export const namePrefixQuery = (prefixes: readonly string[]): string =>
  prefixes.map((w) => `${w}:*`).join(' & ');
