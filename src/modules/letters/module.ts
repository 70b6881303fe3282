// Letters (breve): letters citizens can read. Templates per kommune, kind and area with the sections of a
// Danish written decision in the reader-friendly order; a composer with LIX and plain-language checks (pure,
// in src/core, so the staff app runs them live); a PDF made from the same content — with pdfkit, through
// src/platform/pdf.ts, because it embeds the DKFDS font and writes tagged PDF in Node without a browser — and
// sending through the Digital Post adapter (src/adapters/digital-post.ts; a development outbox until the real
// transport) or by e-mail through the outbox (messaging), the kept PDF attached. Sent letters are kept as sent, on the timeline, and in the case bundle (caseDocuments), until the
// case is anonymised: then their content goes, their kinds and dates stay.
import { defineModule } from '../../platform/module.js';
import { lettersApi } from './api.js';
import { sentLetterDocuments } from './documents.js';
import { lettersMessages } from './messages.js';
import { lettersPolicies } from './policies.js';
import { anonymiseLetters } from './queries.js';
import { seedLetterTemplates } from './seed.js';
import * as tables from './tables.js';
import { lettersTemplates } from './templates.js';
import { lettersUiMessages } from './ui-messages.js';

export const letters = defineModule({
  name: 'letters',
  tables,
  messages: [lettersMessages, lettersUiMessages],
  policies: lettersPolicies,
  templates: lettersTemplates,
  routes: (app, ctx) => {
    lettersApi(app, ctx);
  },
  casePanels: ['letters.letters'],
  caseDocuments: sentLetterDocuments,
  anonymise: (sql, caseIds) => anonymiseLetters(sql, caseIds),
  seed: [{ name: 'letter templates', order: 16, run: (ctx) => seedLetterTemplates(ctx) }],
});
