// Support needs as the staff pages show them (the citizen record's words, shared with the case page).
import type { Translate } from '../../../i18n/index.js';
import { supportNeedLines } from '../../cases/ui/index.js';

export const supportText = (t: Translate, n: Record<string, unknown>): string =>
  supportNeedLines(t, n).join(', ');
