// Administration (for the `admin` role): the kommune's users, departments, teams, areas with their service
// goals, closing days, contact directory and retention period — everything the demo seed sets, set without
// touching the database. Every change is validated in full, written in one transaction and audited.
import type { ModuleDefinition } from '../../platform/context.js';
import { adminApi } from './api.js';
import { adminMessages } from './messages.js';

export const admin: ModuleDefinition = {
  name: 'admin',
  messages: adminMessages,
  routes: (app, ctx) => {
    adminApi(app, ctx);
  },
};
