// The participation module in the staff app: the processes page (create, publish, moderate, group, answer,
// close, export), its messages (also the figure names on the effect dashboard) and its rules.
import { defineUiModule } from '../../../platform/ui.js';
import { participationMessages } from '../messages.js';
import { participationPolicies } from '../policies.js';
import { participationUiMessages } from '../ui-messages.js';
import { participationPages } from './pages.js';
import { participationViews } from './views.js';

export const participationUi = defineUiModule({
  name: 'participation',
  pages: participationPages,
  views: participationViews,
  messages: [participationMessages, participationUiMessages],
  policies: participationPolicies,
});
