// All message sets, for the server pages and the staff app alike (pure data, no server code).
import { adminMessages } from '../modules/admin/messages.js';
import { adminUiMessages } from '../modules/admin/ui-messages.js';
import { citizensMessages } from '../modules/citizens/messages.js';
import { guideMessages } from '../modules/dialogue/guide-messages.js';
import { loopMessages } from '../modules/dialogue/loop-messages.js';
import { dialogueMessages } from '../modules/dialogue/messages.js';
import { teamMessages } from '../modules/dialogue/team-messages.js';
import { dialogueUiMessages } from '../modules/dialogue/ui-messages.js';
import { homeMessages } from '../modules/home/messages.js';
import { intakeMessages } from '../modules/intake/messages.js';
import { registrationMessages } from '../modules/intake/registration-messages.js';
import { intakeUiMessages } from '../modules/intake/ui-messages.js';
import { messagingMessages } from '../modules/messaging/messages.js';
import { messagingUiMessages } from '../modules/messaging/ui-messages.js';
import { commonMessages } from './common.js';
import type { MessageSet } from './index.js';

export const CATALOG: readonly MessageSet[] = [
  commonMessages,
  intakeMessages,
  registrationMessages,
  citizensMessages,
  dialogueMessages,
  loopMessages,
  dialogueUiMessages,
  guideMessages,
  messagingMessages,
  intakeUiMessages,
  teamMessages,
  messagingUiMessages,
  adminMessages,
  adminUiMessages,
  homeMessages,
];
