// The admin module in the staff app: the administrator's pages.
import { defineUiModule } from '../../../platform/ui.js';
import { adminMessages } from '../messages.js';
import { adminPolicies } from '../policies.js';
import { adminUiMessages } from '../ui-messages.js';
import { adminPages } from './pages.js';
import { adminViews } from './views.js';

export const adminUi = defineUiModule({
  name: 'admin',
  pages: adminPages,
  views: adminViews,
  messages: [adminMessages, adminUiMessages],
  policies: adminPolicies,
});
