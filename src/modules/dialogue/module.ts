// Dialogue (Styrket Borgerkontakt): the department's queue, the case, contact attempts, the conversation,
// outcomes and agreements.
import type { ModuleDefinition } from '../../platform/context.js';
import { queueApi } from '../cases/api.js';
import { dialogueMessages } from '../cases/messages.js';
import { remindDueAgreements } from './agreements.js';
import { loopApi } from './loop-api.js';

export const dialogue: ModuleDefinition = {
  name: 'dialogue',
  messages: dialogueMessages,
  routes: (app, ctx) => {
    queueApi(app, ctx);
    loopApi(app, ctx);
  },
  jobs: [
    {
      queue: 'dialogue.agreement-reminders',
      cron: '*/15 * * * *', // remind owners of agreements due within a working day
      handler: async (ctx) => {
        await remindDueAgreements(ctx);
      },
    },
  ],
};
