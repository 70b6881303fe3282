// Learning (læring): a culture that shares and evaluates. Learning cases (erfaringscases) made from closed cases
// with automatic redaction and the author's review, searched with Danish stemming; buddy feedback (makkerskab)
// on conversation records; the training register (courses and their sessions, attendance, buddy pairs, action plans, coverage,
// new staff not introduced in time). Its figures feed the effect dashboard.
import { defineModule } from '../../platform/module.js';
import { learningApi } from './api.js';
import { remindUnansweredFeedback } from './feedback.js';
import { casesShared, feedbackGiven, trainingCoverage } from './figures.js';
import { learningMessages } from './messages.js';
import { learningPolicies } from './policies.js';
import { anonymiseLearning } from './retention.js';
import { seedLearning } from './seed.js';
import * as tables from './tables.js';
import { learningTemplates } from './templates.js';
import { trainingReminders } from './training.js';
import { trainingApi } from './training-api.js';
import { learningUiMessages } from './ui-messages.js';

export const learning = defineModule({
  name: 'learning',
  // A case's unpublished draft still holds its names: it goes when the case is anonymised; buddy feedback on
  // its conversation loses its texts.
  anonymise: async (sql, caseIds) => {
    await anonymiseLearning(sql, caseIds);
  },
  tables,
  messages: [learningMessages, learningUiMessages],
  templates: learningTemplates,
  policies: learningPolicies,
  routes: (app, ctx) => {
    learningApi(app, ctx);
    trainingApi(app, ctx);
  },
  // After the organisation and the demo cases.
  seed: [{ name: 'learning', order: 45, run: (ctx) => seedLearning(ctx) }],
  casePanels: ['learning.share'],
  figures: [casesShared, feedbackGiven, trainingCoverage],
  jobs: [
    {
      queue: 'learning.feedback-reminders',
      cron: '0 7 * * *', // every morning: one reminder to both for requests unanswered after a week
      handler: async (ctx) => {
        await remindUnansweredFeedback(ctx);
      },
    },
    {
      queue: 'learning.training-reminders',
      cron: '15 7 * * *', // every morning: new staff not introduced in time, action plans due for follow-up
      handler: async (ctx) => {
        await trainingReminders(ctx);
      },
    },
  ],
});
