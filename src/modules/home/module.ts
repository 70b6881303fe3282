// The citizen's way in: the front door listing the kommuner, and each kommune's citizen home page.
import { defineModule } from '../../platform/module.js';
import { homeMessages } from './messages.js';
import { homePages } from './pages.js';

export const home = defineModule({
  name: 'home',
  messages: [homeMessages],
  routes: async (app, ctx, declared) => {
    await homePages(app, ctx, declared.citizenLinks);
  },
});
