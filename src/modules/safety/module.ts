// Safety (arbejdsmiljø, seed 002): the incident register for violence, threats and harassment against staff —
// also in free time and online — with its follow-up checklist and the deadline of the report to the authority;
// anonymised statistics for the safety committee; and safe-meeting plans on a case (a booking's plan is stored
// by the booking's id), visible need-to-know only and lapsing unless renewed.
import { defineModule } from '../../platform/module.js';
import { safetyApi } from './api.js';
import { safetyFigures } from './figures.js';
import { safetyMessages } from './messages.js';
import { safetyPolicies } from './policies.js';
import { seedIncidents } from './seed.js';
import * as tables from './tables.js';
import { safetyUiMessages } from './ui-messages.js';

export const safety = defineModule({
  name: 'safety',
  tables,
  messages: [safetyMessages, safetyUiMessages],
  policies: safetyPolicies,
  routes: (app, ctx) => {
    safetyApi(app, ctx);
  },
  casePanels: ['safety.plans'],
  figures: safetyFigures,
  // After the organisation (its staff are the people exposed): the safety pages have incidents at first start.
  seed: [{ name: 'incidents', order: 35, run: (ctx) => seedIncidents(ctx) }],
});
