// Cases (sager): the case record and its one way in (createCase), the timeline, the workflow's moves, the
// department's queue, the case page that the other modules' panels fill, the team lead's overview and the
// organisation reads (areas, teams, staff) the forms and filters need.
import { defineModule } from '../../platform/module.js';
import { queueApi } from './api.js';
import { caseOwnDocuments } from './documents.js';
import { caseDocumentMessages } from './documents-messages.js';
import { firstContactOnTime } from './figures.js';
import { casesMessages } from './messages.js';
import { casesPolicies } from './policies.js';
import { seedDemoCases } from './seed/cases.js';
import { DEMO_KOMMUNER, seedOrganisation } from './seed/organisation.js';
import * as tables from './tables.js';
import { teamMessages } from './team-messages.js';
import { workApi } from './work-api.js';

export const cases = defineModule({
  name: 'cases',
  tables,
  messages: [casesMessages, teamMessages, caseDocumentMessages],
  caseDocuments: caseOwnDocuments,
  policies: casesPolicies,
  routes: (app, ctx, declared) => {
    queueApi(app, ctx, declared);
    workApi(app, ctx);
  },
  casePanels: ['cases.outcome', 'cases.citizen', 'cases.facts', 'cases.timeline'],
  figures: [firstContactOnTime],
  seed: [
    {
      // The demo organisation: kommuner, departments, teams, areas and one user per role.
      name: 'organisation',
      order: 10,
      run: async (ctx, o) => {
        for (const k of DEMO_KOMMUNER) await seedOrganisation(ctx, k, o.passwordHash);
      },
    },
    { name: 'cases', order: 20, run: (ctx, o) => seedDemoCases(ctx, o.cases, o.progress) },
  ],
});
