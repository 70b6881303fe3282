// The formal track (klage over en afgørelse): deadlines, re-assessment, forwarding with the case bundle, the
// appeals body's result and aktindsigt. It adds `deadlines` and `formal` to the case as the API returns it, its
// re-assessment to the case bundle, three dashboard figures, a panel on the case page and an admin page; its
// free text and bundles go when a case is anonymised.
import { defineModule } from '../../platform/module.js';
import { formalApi } from './api.js';
import { formalDocuments } from './documents.js';
import { reassessmentsOnTime, reversalRate, shareForwarded } from './figures.js';
import { formalMessages } from './messages.js';
import { formalPolicies } from './policies.js';
import { anonymiseFormal } from './queries.js';
import { CaseDeadlines, FormalTrack } from './schemas.js';
import { formalSummary } from './service.js';
import * as tables from './tables.js';
import { formalUiMessages } from './ui-messages.js';

export const formal = defineModule({
  name: 'formal',
  tables,
  messages: [formalMessages, formalUiMessages],
  policies: formalPolicies,
  routes: (app, ctx, declared) => {
    formalApi(app, ctx, declared);
  },
  casePanels: ['formal.track'],
  figures: [reversalRate, shareForwarded, reassessmentsOnTime],
  caseDocuments: formalDocuments,
  anonymise: (sql, caseIds) => anonymiseFormal(sql, caseIds),
  caseDetails: [
    {
      key: 'deadlines',
      schema: CaseDeadlines,
      load: async (ctx, ref) => (await formalSummary(ctx, ref))?.deadlines,
    },
    { key: 'formal', schema: FormalTrack, load: async (ctx, ref) => (await formalSummary(ctx, ref))?.formal },
  ],
});
