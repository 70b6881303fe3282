// The privacy module in the staff app: the administrator's data-protection page.
import { defineUiModule } from '../../../platform/ui.js';
import { privacyMessages } from '../messages.js';
import { privacyPolicies } from '../policies.js';
import { privacyUiMessages } from '../ui-messages.js';
import { privacyPages } from './pages.js';
import { privacyViews } from './views.js';

export const privacyUi = defineUiModule({
  name: 'privacy',
  pages: privacyPages,
  views: privacyViews,
  messages: [privacyMessages, privacyUiMessages],
  policies: privacyPolicies,
});
