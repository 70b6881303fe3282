// The formal module's panel on the case page.
import type { CasePanel } from '../../../platform/ui.js';
import type { CasePanelProps } from '../../cases/ui/index.js';
import { FormalPanel } from './FormalPanel.js';

export const formalPanels: CasePanel<CasePanelProps>[] = [
  { key: 'formal.track', column: 'main', position: 35, component: FormalPanel },
];
