// Intake (modtagelse): citizens submit complaints and inquiries; they get a receipt with a concrete call-back
// date. Staff register the ones taken by phone, at the desk or by mail.
import { defineModule } from '../../platform/module.js';
import { intakeApi } from './api.js';
import { intakeMessages } from './messages.js';
import { intakePages } from './pages.js';
import { intakePolicies } from './policies.js';
import { registrationMessages } from './registration-messages.js';
import { staffIntakeApi } from './staff-api.js';
import { intakeTemplates } from './templates.js';
import { intakeUiMessages } from './ui-messages.js';

export const intake = defineModule({
  name: 'intake',
  messages: [intakeMessages, registrationMessages, intakeUiMessages],
  templates: intakeTemplates,
  policies: intakePolicies,
  routes: async (app, ctx) => {
    intakeApi(app, ctx);
    staffIntakeApi(app, ctx);
    await intakePages(app, ctx);
  },
});
