// Reception (borgerservice, seed 002 "den gode borgermodtagelse"): appointment booking with reminders, check-in
// at the desk or the kiosk, the queue and the waiting-room display, waiting time against its goal, and the
// hand-over to a caseworker.
import { defineModule } from '../../platform/module.js';
import { receptionAdminApi } from './admin-api.js';
import { receptionAdminMessages } from './admin-messages.js';
import { receptionApi } from './api.js';
import { sendDueReminders } from './booking.js';
import { meanWait, waitingGoals, waitWithinGoal } from './figures.js';
import { receptionMessages } from './messages.js';
import { receptionPages } from './pages.js';
import { planAhead } from './planning.js';
import { receptionPolicies } from './policies.js';
import { seedReception } from './seed.js';
import * as tables from './tables.js';
import { receptionTemplates } from './templates.js';
import { receptionUiMessages } from './ui-messages.js';

export const RECEPTION_REMINDER_QUEUE = 'reception.reminders';
export const RECEPTION_PLANNING_QUEUE = 'reception.plan-slots';

export const reception = defineModule({
  name: 'reception',
  tables,
  messages: [receptionMessages, receptionUiMessages, receptionAdminMessages],
  templates: receptionTemplates,
  policies: receptionPolicies,
  routes: async (app, ctx) => {
    receptionApi(app, ctx);
    receptionAdminApi(app, ctx);
    await receptionPages(app, ctx);
  },
  jobs: [
    // Every five minutes: reminders due go out, each exactly once (see sendDueReminders).
    {
      queue: RECEPTION_REMINDER_QUEUE,
      cron: '*/5 * * * *',
      handler: async (ctx) => void (await sendDueReminders(ctx)),
    },
    // Every night: bookable times kept four weeks ahead.
    {
      queue: RECEPTION_PLANNING_QUEUE,
      cron: '15 2 * * *',
      handler: async (ctx) => void (await planAhead(ctx)),
    },
  ],
  // After the organisation (cases, order 10).
  seed: [{ name: 'reception', order: 30, run: (ctx) => seedReception(ctx) }],
  casePanels: ['reception.meetings'],
  figures: [waitWithinGoal, meanWait],
  // The waiting-time goal per service type, on the public service-goal page (servicemål).
  publicGoals: [waitingGoals],
  citizenLinks: [
    {
      key: 'reception.booking',
      heading: 'reception.link.heading',
      text: 'reception.link.text',
      label: 'reception.link.label',
      href: (kommunekode) => `/k/${kommunekode}/tidsbestilling`,
      order: 20,
    },
  ],
});
