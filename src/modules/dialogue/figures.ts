// What the dialogue module gives the effect dashboard: how many complaints the conversation settles.
import type { FigureDefinition } from '../../platform/module.js';

/**
 * Of the cases closed in the period, the share that was resolved in dialogue (løst i dialog) — rather than
 * withdrawn, or decided on the formal track.
 */
export const resolvedInDialogue: FigureDefinition = {
  key: 'dialogue.resolved_in_dialogue',
  label: 'dialogue.figure.resolvedInDialogue',
  unit: 'share',
  compute: async (ctx, s) => {
    const [row] = await ctx.dbh.sql<{ closed: number; resolved: number }>(
      `SELECT count(*)::int AS closed,
              count(*) FILTER (WHERE EXISTS (
                SELECT 1 FROM case_events e
                WHERE e.case_id = c.id AND e.type = 'state_changed' AND e.data->>'to' = 'resolved'))::int AS resolved
       FROM cases c
       WHERE c.kommune_id = $1 AND c.state = 'closed' AND ($4::uuid IS NULL OR c.department_id = $4)
         AND c.closed_at >= $2::date AND c.closed_at < $3::date + 1`,
      [s.kommuneId, s.from, s.to, s.departmentId ?? null],
    );
    const closed = row?.closed ?? 0;
    return { value: closed === 0 ? null : (row?.resolved ?? 0) / closed, count: closed };
  },
};
