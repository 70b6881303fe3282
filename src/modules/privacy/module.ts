// Privacy (databeskyttelse): the data lifecycle. Closed cases are anonymised after the kommune's retention
// period (a nightly job, with a dry run first: API and `cli retention --dry-run`); a citizen's access request
// (art. 15) is exported for the administrator; erasure (art. 17) is done where the law allows, with the reason
// when a record must be kept.
import { defineModule } from '../../platform/module.js';
import { privacyApi } from './api.js';
import { privacyMessages } from './messages.js';
import { privacyPolicies } from './policies.js';
import { runRetention } from './retention.js';
import * as tables from './tables.js';
import { privacyUiMessages } from './ui-messages.js';

export const privacy = defineModule({
  name: 'privacy',
  tables,
  messages: [privacyMessages, privacyUiMessages],
  policies: privacyPolicies,
  routes: (app, ctx) => {
    privacyApi(app, ctx);
  },
  jobs: [
    {
      queue: 'privacy.retention',
      cron: '30 2 * * *', // every night at 02:30, every kommune
      handler: async (ctx) => {
        await runRetention(ctx, { kommuneId: null, dryRun: false });
      },
    },
  ],
});
