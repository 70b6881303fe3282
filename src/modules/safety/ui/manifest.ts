// The safety module in the staff app: the incident register and its follow-up, the safe-meeting plans in force,
// and the panel of plans on the case page.
import { defineUiModule } from '../../../platform/ui.js';
import { safetyMessages } from '../messages.js';
import { safetyPolicies } from '../policies.js';
import { safetyUiMessages } from '../ui-messages.js';
import { safetyPages } from './pages.js';
import { safetyPanels } from './panels.js';
import { safetyViews } from './views.js';

export const safetyUi = defineUiModule({
  name: 'safety',
  pages: safetyPages,
  views: safetyViews,
  casePanels: safetyPanels,
  messages: [safetyMessages, safetyUiMessages],
  policies: safetyPolicies,
});
