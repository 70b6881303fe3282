// The reception module in the staff app: the front desk page, the hand-overs page, the administration of
// service types and opening hours, and the case page's meetings panel.
import type { CasePanel, StaffPage, StaffView } from '../../../platform/ui.js';
import { defineUiModule } from '../../../platform/ui.js';
import type { CasePanelProps } from '../../cases/ui/index.js';
import { receptionAdminMessages } from '../admin-messages.js';
import { receptionMessages } from '../messages.js';
import { receptionPolicies } from '../policies.js';
import { receptionUiMessages } from '../ui-messages.js';
import { DeskPage } from './DeskPage.js';
import { HandoversPage } from './HandoversPage.js';
import { MeetingsPanel } from './MeetingsPanel.js';
import { ServiceTypesPage } from './ServiceTypesPage.js';

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

const adminPage: StaffPage = {
  path: '/borgerservice-ydelser',
  label: 'reception.ui.nav.admin',
  requires: 'reception.admin',
  position: 54, // beside the administrator's other set-up pages
};

const views: StaffView[] = [
  { page: deskPage, component: DeskPage },
  { page: handoversPage, component: HandoversPage },
  { page: adminPage, component: ServiceTypesPage },
];

const panels: CasePanel<CasePanelProps>[] = [
  { key: 'reception.meetings', column: 'side', position: 30, component: MeetingsPanel },
];

export const receptionUi = defineUiModule({
  name: 'reception',
  pages: [deskPage, handoversPage, adminPage],
  views,
  casePanels: panels,
  messages: [receptionMessages, receptionUiMessages, receptionAdminMessages],
  policies: receptionPolicies,
});
