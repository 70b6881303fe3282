// Administration (for the `admin` role): the kommune's users, departments, teams, areas with their service
// goals, closing days, contact directory and retention period — everything the demo seed sets, set without
// touching the database. Every change is validated in full, written in one transaction and audited.
import { defineModule } from '../../platform/module.js';
import { adminApi } from './api.js';
import { adminMessages } from './messages.js';
import { adminPolicies } from './policies.js';
import { seedContactDirectory } from './seed.js';
import * as tables from './tables.js';
import { adminUiMessages } from './ui-messages.js';

export const admin = defineModule({
  name: 'admin',
  tables,
  messages: [adminMessages, adminUiMessages],
  policies: adminPolicies,
  routes: (app, ctx) => {
    adminApi(app, ctx);
  },
  // After the organisation (cases, order 10): a contact directory entry for every demo department.
  seed: [{ name: 'contact directory', order: 15, run: (ctx) => seedContactDirectory(ctx) }],
});
