// Dialogue (Styrket Borgerkontakt): the loop on a case — contact attempts, the conversation guide and
// agreements — with its mail/SMS, reminders and the panels it adds to the case page.
import { defineModule } from '../../platform/module.js';
import { remindDueAgreements } from './agreements.js';
import { conversationDocuments } from './documents.js';
import { dialogueDocumentMessages } from './documents-messages.js';
import { resolvedInDialogue } from './figures.js';
import { guideMessages } from './guide-messages.js';
import { loopApi } from './loop-api.js';
import { loopMessages } from './loop-messages.js';
import * as tables from './tables.js';
import { dialogueTemplates } from './templates.js';
import { dialogueUiMessages } from './ui-messages.js';

export const dialogue = defineModule({
  name: 'dialogue',
  tables,
  messages: [loopMessages, dialogueUiMessages, guideMessages, dialogueDocumentMessages],
  caseDocuments: conversationDocuments,
  templates: dialogueTemplates,
  routes: (app, ctx) => {
    loopApi(app, ctx);
  },
  casePanels: ['dialogue.contact', 'dialogue.conversation', 'dialogue.agreements'],
  figures: [resolvedInDialogue],
  jobs: [
    {
      queue: 'dialogue.agreement-reminders',
      cron: '*/15 * * * *', // remind owners of agreements due within a working day
      handler: async (ctx) => {
        await remindDueAgreements(ctx);
      },
    },
  ],
});
