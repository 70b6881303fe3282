// The messaging module in the staff app: the dev mailbox and what could not be delivered.
import { defineUiModule } from '../../../platform/ui.js';
import { messagingMessages } from '../messages.js';
import { messagingPolicies } from '../policies.js';
import { messagingUiMessages } from '../ui-messages.js';
import { messagingPages } from './pages.js';
import { messagingViews } from './views.js';

export const messagingUi = defineUiModule({
  name: 'messaging',
  pages: messagingPages,
  views: messagingViews,
  messages: [messagingMessages, messagingUiMessages],
  policies: messagingPolicies,
});
