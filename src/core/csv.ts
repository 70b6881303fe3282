// CSV as spreadsheets in Denmark read it: semicolons between fields, CRLF between rows, quotes when needed.
// A text that starts like a formula (=, +, -, @, a tab) gets a leading apostrophe, so a spreadsheet opening an
// export never runs what a citizen wrote (CSV injection). Numbers are written as they are.

export type CsvValue = string | number | null | undefined;

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  const field = (v: CsvValue) => {
    if (v === null || v === undefined) return '';
    const s = typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : String(v);
    return /[";\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.map(field).join(';')).join('\r\n')}\r\n`;
}
