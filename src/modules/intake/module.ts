// Intake (modtagelse): citizens submit complaints and inquiries; they get a receipt with a concrete call-back date.
import type { ModuleDefinition } from '../../platform/context.js';
import { intakeApi } from './api.js';
import { intakeMessages } from './messages.js';
import { intakePages } from './pages.js';
import { staffIntakeApi } from './staff-api.js';

export const intake: ModuleDefinition = {
  name: 'intake',
  messages: intakeMessages,
  routes: async (app, ctx) => {
    intakeApi(app, ctx);
    staffIntakeApi(app, ctx);
    await intakePages(app, ctx);
  },
};
