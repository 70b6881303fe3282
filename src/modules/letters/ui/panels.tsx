// The letters module's panel on the case page.
import type { CasePanel } from '../../../platform/ui.js';
import type { CasePanelProps } from '../../cases/ui/index.js';
import { LettersPanel } from './LettersPanel.js';

export const lettersPanels: CasePanel<CasePanelProps>[] = [
  { key: 'letters.letters', column: 'main', position: 45, component: LettersPanel },
];
