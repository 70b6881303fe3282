import { defineMessages } from '../../i18n/index.js';

/** Words of the administration's staff pages. */
export const adminUiMessages = defineMessages({}, {});
