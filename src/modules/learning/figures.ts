// What the learning module gives the effect dashboard: learning cases shared, buddy feedback given, and the
// share of staff with citizen contact trained in the method.
import type { FigureDefinition } from '../../platform/module.js';
import { coverageAt } from './training.js';

export const casesShared: FigureDefinition = {
  key: 'learning.cases_shared',
  label: 'learning.figure.casesShared',
  unit: 'count',
  compute: async (ctx, s) => {
    const [row] = await ctx.dbh.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM learning_cases
        WHERE kommune_id = $1 AND status = 'published' AND ($4::uuid IS NULL OR department_id = $4)
          AND published_at >= $2::date AND published_at < $3::date + 1`,
      [s.kommuneId, s.from, s.to, s.departmentId ?? null],
    );
    const n = row?.n ?? 0;
    return { value: n, count: n };
  },
};

export const feedbackGiven: FigureDefinition = {
  key: 'learning.feedback_given',
  label: 'learning.figure.feedbackGiven',
  unit: 'count',
  compute: async (ctx, s) => {
    const [row] = await ctx.dbh.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM feedback_requests f JOIN users u ON u.id = f.requester_id
        WHERE f.kommune_id = $1 AND f.status = 'answered' AND ($4::uuid IS NULL OR u.department_id = $4)
          AND f.answered_at >= $2::date AND f.answered_at < $3::date + 1`,
      [s.kommuneId, s.from, s.to, s.departmentId ?? null],
    );
    const n = row?.n ?? 0;
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
