// The dialogue module in the staff app: its panels on the case page.
import { defineUiModule } from '../../../platform/ui.js';
import { dialogueDocumentMessages } from '../documents-messages.js';
import { guideMessages } from '../guide-messages.js';
import { loopMessages } from '../loop-messages.js';
import { dialogueUiMessages } from '../ui-messages.js';
import { dialoguePanels } from './panels.js';

export const dialogueUi = defineUiModule({
  name: 'dialogue',
  casePanels: dialoguePanels,
  messages: [loopMessages, dialogueUiMessages, guideMessages, dialogueDocumentMessages],
});
