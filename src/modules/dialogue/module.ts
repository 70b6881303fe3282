// Dialogue (Styrket Borgerkontakt): the department's queue, the case, contact attempts, the conversation,
// outcomes and agreements.
import type { ModuleDefinition } from '../../platform/context.js';
import { dialogueMessages } from './messages.js';

export const dialogue: ModuleDefinition = {
  name: 'dialogue',
  messages: dialogueMessages,
  routes: () => {},
};
