// The home module in the staff app: no pages of its own; its words are in the catalog like every module's.
import { defineUiModule } from '../../../platform/ui.js';
import { homeMessages } from '../messages.js';

export const homeUi = defineUiModule({ name: 'home', messages: [homeMessages] });
