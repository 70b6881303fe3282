// What the cases module gives the effect dashboard: the share of first contacts made by the promised date.
import type { FigureDefinition } from '../../platform/module.js';

/**
 * Of the cases received in the period whose first contact is settled — made, or its deadline passed by the
 * period's end — the share made no later than the date the receipt promised.
 */
export const firstContactOnTime: FigureDefinition = {
  key: 'cases.first_contact_on_time',
  label: 'cases.figure.firstContactOnTime',
  unit: 'share',
  compute: async (ctx, s) => {
    const [row] = await ctx.dbh.sql<{ settled: number; on_time: number }>(
      `SELECT count(*)::int AS settled,
              count(*) FILTER (WHERE first_contact_met_on <= first_contact_due)::int AS on_time
       FROM cases
       WHERE kommune_id = $1 AND received_on BETWEEN $2 AND $3 AND ($4::uuid IS NULL OR department_id = $4)
         AND (first_contact_met_on IS NOT NULL OR first_contact_due < $3)`,
      [s.kommuneId, s.from, s.to, s.departmentId ?? null],
    );
    const settled = row?.settled ?? 0;
    return { value: settled === 0 ? null : (row?.on_time ?? 0) / settled, count: settled };
  },
};
