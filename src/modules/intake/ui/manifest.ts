// The intake module in the staff app: registering a phone, desk or mail complaint.
import { defineUiModule } from '../../../platform/ui.js';
import { intakeMessages } from '../messages.js';
import { intakePolicies } from '../policies.js';
import { registrationMessages } from '../registration-messages.js';
import { intakeUiMessages } from '../ui-messages.js';
import { intakePages } from './pages.js';
import { intakeViews } from './views.js';

export const intakeUi = defineUiModule({
  name: 'intake',
  pages: intakePages,
  views: intakeViews,
  messages: [intakeMessages, registrationMessages, intakeUiMessages],
  policies: intakePolicies,
});
