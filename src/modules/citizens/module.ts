// Citizens (borgere): the record shared by a person's cases, the primary contact person and support needs.
import type { ModuleDefinition } from '../../platform/context.js';
import { citizensApi } from './api.js';
import { citizensMessages } from './messages.js';

export const citizens: ModuleDefinition = {
  name: 'citizens',
  messages: citizensMessages,
  routes: (app, ctx) => {
    citizensApi(app, ctx);
  },
};
