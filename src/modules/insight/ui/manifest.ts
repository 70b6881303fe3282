// The insight module in the staff app: the effect dashboard.
import { defineUiModule } from '../../../platform/ui.js';
import { insightMessages } from '../messages.js';
import { insightPolicies } from '../policies.js';
import { insightPages } from './pages.js';
import { insightViews } from './views.js';

export const insightUi = defineUiModule({
  name: 'insight',
  pages: insightPages,
  views: insightViews,
  messages: [insightMessages],
  policies: insightPolicies,
});
