// The letters module in the staff app: the composer, the letters panel on the case page, the templates
// (admin) and the development Digital Post outbox.
import { defineUiModule } from '../../../platform/ui.js';
import { lettersMessages } from '../messages.js';
import { lettersPolicies } from '../policies.js';
import { lettersUiMessages } from '../ui-messages.js';
import { lettersPages } from './pages.js';
import { lettersPanels } from './panels.js';
import { lettersViews } from './views.js';

export const lettersUi = defineUiModule({
  name: 'letters',
  pages: lettersPages,
  views: lettersViews,
  casePanels: lettersPanels,
  messages: [lettersMessages, lettersUiMessages],
  policies: lettersPolicies,
});
