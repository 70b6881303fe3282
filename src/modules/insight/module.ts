// Insight (effektmåling): does the method work? The effect dashboard for team leads and analysts — every
// figure the modules declare, month by month, with the department's method start and a before/after — and the
// public service-goal page, where the kommune's goals stand beside its measured practice. Its own figures come
// from rollups (tables.ts) that a job rebuilds every 15 minutes, so the pages stay fast at millions of cases.
import { defineModule } from '../../platform/module.js';
import { insightApi } from './api.js';
import { insightFigures } from './figures.js';
import { insightMessages } from './messages.js';
import { insightPages, SERVICE_GOALS_PATH } from './pages.js';
import { insightPolicies } from './policies.js';
import { refreshAll } from './refresh.js';
import * as tables from './tables.js';

export const insight = defineModule({
  name: 'insight',
  tables,
  messages: [insightMessages],
  policies: insightPolicies,
  routes: async (app, ctx, declared) => {
    insightApi(app, ctx, declared.figures);
    await insightPages(app, ctx, declared.publicGoals);
  },
  figures: insightFigures,
  citizenLinks: [
    {
      key: 'insight.service-goals',
      heading: 'insight.public.link.heading',
      text: 'insight.public.link.text',
      label: 'insight.public.link.label',
      href: SERVICE_GOALS_PATH,
      order: 50,
    },
  ],
  jobs: [
    {
      queue: 'insight.refresh',
      cron: '*/15 * * * *', // rebuild the rollups the dashboard and the public page read
      handler: async (ctx) => {
        await refreshAll(ctx);
      },
    },
  ],
  // After the demo cases: the dashboard and the public page have figures from the start.
  seed: [{ name: 'insight rollups', order: 90, run: async (ctx) => void (await refreshAll(ctx, true)) }],
});
