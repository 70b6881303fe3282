// The conversation notes' title in the case bundle sent to the appeals body.
import { defineMessages } from '../../i18n/index.js';

export const dialogueDocumentMessages = defineMessages(
  {
    'dialogue.document.notes': 'Notat fra samtalen med borgeren',
    'dialogue.document.notesIntro':
      'Samtalen blev ført {date}. Notaterne er skrevet under samtalen (notatpligt).',
    'dialogue.document.bundleMarked': 'Samtalenotatet kommer med i sagsakterne til klageinstansen.',
    'dialogue.document.bundleUnmarked': 'Samtalenotatet kommer ikke med i sagsakterne.',
    'dialogue.error.noConversation': 'Der er endnu ingen samtale på sagen at markere.',
  },
  {
    'dialogue.document.notes': 'Note of the conversation with the citizen',
    'dialogue.document.notesIntro': 'The conversation took place {date}. The notes were written during it.',
    'dialogue.document.bundleMarked': 'The conversation notes go into the case bundle for the appeals body.',
    'dialogue.document.bundleUnmarked': 'The conversation notes stay out of the case bundle.',
    'dialogue.error.noConversation': 'There is no conversation on the case to mark yet.',
  },
);
