// Messaging: receipts, reminders and notices by mail and SMS, through the transactional outbox and pg-boss.
import type { ModuleDefinition } from '../../platform/context.js';
import { messagingMessages } from './messages.js';

export const messaging: ModuleDefinition = {
  name: 'messaging',
  messages: messagingMessages,
  routes: () => {},
};
