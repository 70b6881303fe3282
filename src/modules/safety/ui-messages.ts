import { defineMessages } from '../../i18n/index.js';

export const safetyUiMessages = defineMessages({}, {});
