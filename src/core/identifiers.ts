// Identifiers citizens and staff read: kommunekoder and human case numbers.

/** A kommunekode is 3 digits (Køge 259); a zero-padded 4-digit form (0259) is accepted on input. */
export function normalizeKommunekode(input: string): string | null {
  const m = /^0?(\d{3})$/.exec(input.trim());
  return m ? m[1]! : null;
}

/** The case number a citizen can read aloud on the phone: kommunekode-year-sequence, e.g. 259-2026-000123. */
export function formatCaseNumber(kommuneId: string, year: number, seq: number): string {
  return `${kommuneId}-${year}-${String(seq).padStart(6, '0')}`;
}

export function isCaseNumber(s: string): boolean {
  return /^\d{3}-\d{4}-\d{6,}$/.test(s);
}
