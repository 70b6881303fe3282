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
import { closeTransports, transportsFor } from './transports.js';
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
      // Two workers fetching up to 50 jobs each, delivered side by side over the SMTP pool: a burst of receipts
      // leaves within seconds (140 msg/s on PGlite, 184 on PostgreSQL: docs/reliability.md, npm run
      // bench:outbox), and one slow SMTP conversation holds up nothing. Each message is marked sent in its own
      // commit the moment its provider accepted it, so a crash can repeat only the messages accepted in that
      // instant — at most one per open SMTP connection, and never more than the 100 held — each under the same
      // Message-ID (npm run reliability:kill9). 32 in flight gave 74–91 msg/s, under the 100 msg/s target.
      concurrency: 2,
      batchSize: 50,
      handler: async (ctx, data) => {
        if (typeof data.outboxId !== 'string') throw new Error('outbox.deliver needs an outboxId');
        await deliverOutbox(ctx, data.outboxId, transportsFor(ctx));
      },
      stopped: closeTransports,
    },
  ],
});
