// Citizens (borgere): the record shared by a person's cases, the primary contact person and support needs.
import { defineModule } from '../../platform/module.js';
import { citizensApi } from './api.js';
import { citizensMessages } from './messages.js';
import { citizensPolicies } from './policies.js';
import * as tables from './tables.js';

export const citizens = defineModule({
  name: 'citizens',
  tables,
  messages: [citizensMessages],
  policies: citizensPolicies,
  routes: (app, ctx) => {
    citizensApi(app, ctx);
  },
});
