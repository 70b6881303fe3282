// The citizen's way in: the front door listing the kommuner, and each kommune's citizen home page.
import type { ModuleDefinition } from '../../platform/context.js';
import { homeMessages } from './messages.js';
import { homePages } from './pages.js';

export const home: ModuleDefinition = {
  name: 'home',
  messages: homeMessages,
  routes: async (app, ctx) => {
    await homePages(app, ctx);
  },
};
