// All message sets, for the server pages and the staff app alike (pure data, no server code).
import { loopMessages } from '../modules/dialogue/loop-messages.js';
import { dialogueMessages } from '../modules/dialogue/messages.js';
import { intakeMessages } from '../modules/intake/messages.js';
import { messagingMessages } from '../modules/messaging/messages.js';
import { commonMessages } from './common.js';
import type { MessageSet } from './index.js';

export const CATALOG: readonly MessageSet[] = [commonMessages, intakeMessages, dialogueMessages, loopMessages, messagingMessages];
