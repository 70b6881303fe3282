// Participation (borgerinddragelse): processes that state the citizens' real room for influence up front, take
// contributions online (no account) and from meetings, group them by theme, answer each theme, and tell every
// contributor who left contact details the answer to their own contribution — closing is refused until then.
import { defineModule } from '../../platform/module.js';
import { participationApi } from './api.js';
import { participationFigures } from './figures.js';
import { participationMessages } from './messages.js';
import { participationPages } from './pages.js';
import { participationPolicies } from './policies.js';
import { seedParticipation } from './seed.js';
import * as tables from './tables.js';
import { participationTemplates } from './templates.js';
import { participationUiMessages } from './ui-messages.js';

export const participation = defineModule({
  name: 'participation',
  tables,
  messages: [participationMessages, participationUiMessages],
  templates: participationTemplates,
  policies: participationPolicies,
  routes: async (app, ctx) => {
    participationApi(app, ctx);
    await participationPages(app, ctx);
  },
  seed: [{ name: 'participation', order: 40, run: (ctx) => seedParticipation(ctx) }],
  figures: participationFigures,
  citizenLinks: [
    {
      key: 'participation',
      heading: 'participation.home.heading',
      text: 'participation.home.text',
      label: 'participation.home.label',
      href: (kommunekode) => `/k/${kommunekode}/deltag`,
      order: 30,
    },
  ],
});
