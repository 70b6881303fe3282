import { defineMessages } from './index.js';

/** Words every page uses: the product, navigation, language switch, footer. */
export const commonMessages = defineMessages(
  {
    'app.name': 'Borgerdialog',
    'common.language': 'Sprog',
    'common.language.switch': 'English',
    'common.footer.accessibility': 'Tilgængelighedserklæring',
    'common.skipToContent': 'Gå til sideindhold',
    'common.loading': 'Henter …',
    'common.error': 'Der opstod en fejl. Prøv igen.',
    'common.save': 'Gem',
    'common.cancel': 'Annuller',
    'common.logout': 'Log ud',
  },
  {
    'app.name': 'Borgerdialog',
    'common.language': 'Language',
    'common.language.switch': 'Dansk',
    'common.footer.accessibility': 'Accessibility statement',
    'common.skipToContent': 'Skip to content',
    'common.loading': 'Loading …',
    'common.error': 'An error occurred. Please try again.',
    'common.save': 'Save',
    'common.cancel': 'Cancel',
    'common.logout': 'Log out',
  },
);
