// The learning module in the staff app: its pages and its panel on the case page.
import { defineUiModule } from '../../../platform/ui.js';
import { learningMessages } from '../messages.js';
import { learningPolicies } from '../policies.js';
import { learningUiMessages } from '../ui-messages.js';
import { learningPages } from './pages.js';
import { learningPanels } from './panels.js';
import { learningViews } from './views.js';

export const learningUi = defineUiModule({
  name: 'learning',
  pages: learningPages,
  views: learningViews,
  casePanels: learningPanels,
  messages: [learningMessages, learningUiMessages],
  policies: learningPolicies,
});
