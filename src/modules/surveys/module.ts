// Surveys: does the method work as the citizens and the staff feel it? The citizen's satisfaction survey after
// closure (with the team lead's follow-up of unhappy answers), the employees' anonymous monthly pulse, and the
// decision volumes that complaints are counted against — with the figures the effect dashboard reads.
import { defineModule } from '../../platform/module.js';
import { surveysApi } from './api.js';
import { surveyFigures } from './figures.js';
import { surveysMessages } from './messages.js';
import { surveyPages } from './pages.js';
import { surveysPolicies } from './policies.js';
import { seedSurveyDemo } from './seed.js';
import { remindSurveys, requestSurveys } from './survey.js';
import * as tables from './tables.js';
import { surveyTemplates } from './templates.js';

export const surveys = defineModule({
  name: 'surveys',
  tables,
  messages: [surveysMessages],
  templates: surveyTemplates,
  policies: surveysPolicies,
  routes: async (app, ctx) => {
    surveysApi(app, ctx);
    await surveyPages(app, ctx);
  },
  figures: surveyFigures,
  // After the demo cases: surveys on closed ones, decision volumes and pulse answers for the dashboard.
  seed: [{ name: 'surveys', order: 30, run: (ctx) => seedSurveyDemo(ctx) }],
  jobs: [
    {
      queue: 'surveys.after-closure',
      cron: '* * * * *', // within a minute or two of closing, a survey; and the one reminder for those still open
      handler: async (ctx) => {
        await requestSurveys(ctx);
        await remindSurveys(ctx);
      },
    },
  ],
});
