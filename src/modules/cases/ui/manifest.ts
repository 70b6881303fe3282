// The cases module in the staff app: the queue and team pages, the case page and its own panels.
import { defineUiModule } from '../../../platform/ui.js';
import { caseDocumentMessages } from '../documents-messages.js';
import { casesMessages } from '../messages.js';
import { casesPolicies } from '../policies.js';
import { teamMessages } from '../team-messages.js';
import { casesPages } from './pages.js';
import { casesPanels } from './panels.js';
import { casesViews } from './views.js';

export const casesUi = defineUiModule({
  name: 'cases',
  pages: casesPages,
  views: casesViews,
  casePanels: casesPanels,
  messages: [casesMessages, teamMessages, caseDocumentMessages],
  policies: casesPolicies,
});
