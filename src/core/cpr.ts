// CPR numbers (personnummer): optional, never needed for the core loop, validated here and shown masked.
// Modulus-11 is NOT checked: since 2007 valid numbers exist that fail it (CPR-kontoret).

export type CprCheck = { ok: true; cpr: string } | { ok: false; error: 'format' | 'date' };

/** Accepts DDMMYYSSSS with an optional dash or space; returns the 10 digits. */
export function parseCpr(input: string): CprCheck {
  const digits = input.trim().replace(/^(\d{6})[-\s]?(\d{4})$/, '$1$2');
  if (!/^\d{10}$/.test(digits)) return { ok: false, error: 'format' };
  return birthDate(digits) ? { ok: true, cpr: digits } : { ok: false, error: 'date' };
}

/** The birth date, with the century from the 7th digit (CPR-kontorets rule); null if no such date. */
export function birthDate(cpr: string): string | null {
  const dd = Number(cpr.slice(0, 2));
  const mm = Number(cpr.slice(2, 4));
  const yy = Number(cpr.slice(4, 6));
  const s7 = Number(cpr[6]);
  const century = s7 <= 3 ? 1900 : s7 === 4 || s7 === 9 ? (yy <= 36 ? 2000 : 1900) : yy <= 57 ? 2000 : 1800;
  const year = century + yy;
  const d = new Date(Date.UTC(year, mm - 1, dd));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== mm - 1 || d.getUTCDate() !== dd) return null;
  return d.toISOString().slice(0, 10);
}

/** Shown to staff: the birth date part only, e.g. 010190-XXXX. */
export const maskCpr = (cpr: string): string => `${cpr.slice(0, 6)}-XXXX`;
