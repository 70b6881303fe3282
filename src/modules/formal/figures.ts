// What the formal module gives the effect dashboard: the reversal rate exactly as the appeals body computes it,
// the share of re-assessed complaints that went on to the appeals body, and re-assessments on time.

import { reversalRate as computeReversalRate } from '../../core/formal.js';
import type { AppealResult } from '../../core/workflow.js';
import type { FigureDefinition } from '../../platform/module.js';

/** Omgørelsesprocent over the appeals body's decisions dated in the period (dismissed left out, in the core). */
export const reversalRate: FigureDefinition = {
  key: 'formal.reversal_rate',
  label: 'formal.figure.reversalRate',
  unit: 'share',
  compute: async (ctx, s) => {
    const rows = await ctx.dbh.sql<{ result: AppealResult }>(
      `SELECT result FROM formal_appeal_results
       WHERE kommune_id = $1 AND decided_on >= $2::date AND decided_on <= $3::date
         AND ($4::uuid IS NULL OR department_id = $4)`,
      [s.kommuneId, s.from, s.to, s.departmentId ?? null],
    );
    const r = computeReversalRate(rows.map((x) => x.result));
    return { value: r.rate, count: r.counted };
  },
};

/** Of the complaints re-assessed in the period (upheld or partly changed or changed), the share forwarded. */
export const shareForwarded: FigureDefinition = {
  key: 'formal.share_forwarded',
  label: 'formal.figure.shareForwarded',
  unit: 'share',
  compute: async (ctx, s) => {
    const [row] = await ctx.dbh.sql<{ reassessed: number; forwarded: number }>(
      `SELECT count(*)::int AS reassessed,
              count(*) FILTER (WHERE f.forwarded_on IS NOT NULL)::int AS forwarded
       FROM formal_tracks f JOIN cases c ON c.id = f.case_id
       WHERE f.kommune_id = $1 AND f.reassessed_on >= $2::date AND f.reassessed_on <= $3::date
         AND ($4::uuid IS NULL OR c.department_id = $4)`,
      [s.kommuneId, s.from, s.to, s.departmentId ?? null],
    );
    const n = row?.reassessed ?? 0;
    return { value: n === 0 ? null : (row?.forwarded ?? 0) / n, count: n };
  },
};

/** Of the re-assessments decided in the period, the share decided on or before the deadline. */
export const reassessmentsOnTime: FigureDefinition = {
  key: 'formal.reassessments_on_time',
  label: 'formal.figure.reassessmentsOnTime',
  unit: 'share',
  compute: async (ctx, s) => {
    const [row] = await ctx.dbh.sql<{ decided: number; onTime: number }>(
      `SELECT count(*)::int AS decided,
              count(*) FILTER (WHERE f.reassessed_on <= c.reassessment_due)::int AS "onTime"
       FROM formal_tracks f JOIN cases c ON c.id = f.case_id
       WHERE f.kommune_id = $1 AND f.reassessed_on >= $2::date AND f.reassessed_on <= $3::date
         AND c.reassessment_due IS NOT NULL AND ($4::uuid IS NULL OR c.department_id = $4)`,
      [s.kommuneId, s.from, s.to, s.departmentId ?? null],
    );
    const n = row?.decided ?? 0;
    return { value: n === 0 ? null : (row?.onTime ?? 0) / n, count: n };
  },
};
