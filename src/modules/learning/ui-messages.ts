// The learning module's staff pages' texts.
import { defineMessages } from '../../i18n/index.js';

export const learningUiMessages = defineMessages(
  {
    'learning.ui.nav': 'Læring',
  },
  {
    'learning.ui.nav': 'Learning',
  },
);
