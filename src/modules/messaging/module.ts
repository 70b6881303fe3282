// Messaging: receipts, reminders and notices by mail and SMS, through the transactional outbox and pg-boss.
// Modules write an outbox row in the same transaction as their change (`messaging.enqueue`, index.ts); the
// relay (platform/outbox.ts) hands each row to the 'outbox.deliver' queue, and the worker here delivers it,
// rendering the template the sending module declared.
import { defineModule } from '../../platform/module.js';
import { OUTBOX_DELIVER_QUEUE } from '../../platform/outbox.js';
import { messagingApi } from './api.js';
import { deliverOutbox } from './delivery.js';
import { messagingMessages } from './messages.js';
import { messagingPolicies } from './policies.js';
import * as tables from './tables.js';
import { transportsFor } from './transports.js';
import { messagingUiMessages } from './ui-messages.js';
import { undeliveredApi } from './undelivered-api.js';

export const messaging = defineModule({
  name: 'messaging',
  tables,
  messages: [messagingMessages, messagingUiMessages],
  policies: messagingPolicies,
  routes: (app, ctx) => {
    messagingApi(app, ctx);
    undeliveredApi(app, ctx);
  },
  jobs: [
    {
      queue: OUTBOX_DELIVER_QUEUE,
      // Several at once, so one slow SMTP conversation does not hold up the others.
      concurrency: 4,
      handler: async (ctx, data) => {
        if (typeof data.outboxId !== 'string') throw new Error('outbox.deliver needs an outboxId');
        await deliverOutbox(ctx, data.outboxId, transportsFor(ctx));
      },
    },
  ],
});
