// What the learning module gives the effect dashboard: learning cases shared, buddy feedback given, and the
// share of staff with citizen contact trained in the method.
import type { FigureDefinition } from '../../platform/module.js';
import { countCasesShared, countFeedbackGiven } from './queries.js';
import { coverageAt } from './training.js';

export const casesShared: FigureDefinition = {
  key: 'learning.cases_shared',
  label: 'learning.figure.casesShared',
  unit: 'count',
  compute: async (ctx, s) => {
    const n = await countCasesShared(ctx.dbh.sql.bind(ctx.dbh), {
      ...s,
      departmentId: s.departmentId ?? null,
    });
    return { value: n, count: n };
  },
};

export const feedbackGiven: FigureDefinition = {
  key: 'learning.feedback_given',
  label: 'learning.figure.feedbackGiven',
  unit: 'count',
  compute: async (ctx, s) => {
    const n = await countFeedbackGiven(ctx.dbh.sql.bind(ctx.dbh), {
      ...s,
      departmentId: s.departmentId ?? null,
    });
    return { value: n, count: n };
  },
};

/** At the end of the period: of the staff with citizen contact, the share trained by then. */
export const trainingCoverage: FigureDefinition = {
  key: 'learning.training_coverage',
  label: 'learning.figure.trainingCoverage',
  unit: 'share',
  compute: async (ctx, s) => {
    const c = await coverageAt(ctx, s.kommuneId, s.to, s.departmentId ?? null);
    return { value: c.staff === 0 ? null : c.trained / c.staff, count: c.staff };
  },
};
