// A refused import's message per bad row, in the user's language, with its line (CSV) or row (list) number.
import type { ImportError } from '../../core/surveys.js';
import type { Translate } from '../../i18n/index.js';

export function importErrorMessage(t: Translate, unit: 'line' | 'row', e: ImportError): string {
  const where = t(`surveys.import.${unit}`, { n: e.line });
  const what = t(`surveys.import.problem.${e.problem}`, { first: e.firstLine ?? 0 });
  return `${where}: ${what}`;
}
