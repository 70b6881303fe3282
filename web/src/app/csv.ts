// Downloads rows as a CSV file (a chart's figures, the same rows as its table).
import { toCsv } from '../../../src/core/csv.js';

export function downloadCsv(fileName: string, rows: (string | number | null)[][]): void {
  // The byte order mark makes spreadsheets read the file as UTF-8 (æ, ø, å).
  const blob = new Blob([`\uFEFF${toCsv(rows)}`], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}
