// The surveys module in the staff app: the team lead's unhappy answers, the monthly pulse, the decision import.
import { defineUiModule } from '../../../platform/ui.js';
import { surveysMessages } from '../messages.js';
import { surveysPolicies } from '../policies.js';
import { surveysPages } from './pages.js';
import { surveysViews } from './views.js';

export const surveysUi = defineUiModule({
  name: 'surveys',
  pages: surveysPages,
  views: surveysViews,
  messages: [surveysMessages],
  policies: surveysPolicies,
});
