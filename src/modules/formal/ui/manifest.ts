// The formal module in the staff app: the formal track panel on the case page and the appeals bodies page.
import { defineUiModule } from '../../../platform/ui.js';
import { formalMessages } from '../messages.js';
import { formalPolicies } from '../policies.js';
import { formalUiMessages } from '../ui-messages.js';
import { formalPages } from './pages.js';
import { formalPanels } from './panels.js';
import { formalViews } from './views.js';

export const formalUi = defineUiModule({
  name: 'formal',
  pages: formalPages,
  views: formalViews,
  casePanels: formalPanels,
  messages: [formalMessages, formalUiMessages],
  policies: formalPolicies,
});
