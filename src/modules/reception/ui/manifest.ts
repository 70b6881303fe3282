// The reception module in the staff app: the front desk page, the hand-overs page, and the case page's
// meetings panel.
import type { CasePanel, StaffPage, StaffView } from '../../../platform/ui.js';
import { defineUiModule } from '../../../platform/ui.js';
import type { CasePanelProps } from '../../cases/ui/index.js';
import { receptionMessages } from '../messages.js';
import { receptionPolicies } from '../policies.js';
import { receptionUiMessages } from '../ui-messages.js';
import { DeskPage } from './DeskPage.js';
import { HandoversPage } from './HandoversPage.js';
import { MeetingsPanel } from './MeetingsPanel.js';

const deskPage: StaffPage = {
  path: '/borgerservice',
  label: 'reception.ui.nav.desk',
  requires: 'reception.desk',
  position: 25,
};
const handoversPage: StaffPage = {
  path: '/overdragelser',
  label: 'reception.ui.nav.handovers',
  requires: 'reception.handovers',
  position: 26,
};

const views: StaffView[] = [
  { page: deskPage, component: DeskPage },
  { page: handoversPage, component: HandoversPage },
];

const panels: CasePanel<CasePanelProps>[] = [
  { key: 'reception.meetings', column: 'side', position: 30, component: MeetingsPanel },
];

export const receptionUi = defineUiModule({
  name: 'reception',
  pages: [deskPage, handoversPage],
  views,
  casePanels: panels,
  messages: [receptionMessages, receptionUiMessages],
  policies: receptionPolicies,
});
