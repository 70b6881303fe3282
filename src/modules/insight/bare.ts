// The bare SQL the rollups replace: the same counts straight from the case records and their timeline, for a
// scope. The tests hold the rollups to it on a small set, and the benchmark times the two side by side. Working
// days are read from the calendar's ordinals (insight_working_days), the one piece of the rollup it shares.
import { monthOf } from '../../core/insight.js';
import type { AppContext } from '../../platform/context.js';
import type { RollupScope } from './queries.js';

export interface BareCounts {
  received: number;
  complaints: number;
  maintained: number;
  firstContactSettled: number;
  firstContactOnTime: number;
  answerSettled: number;
  answerOnTime: number;
  withRootCause: number;
  processSide: number;
}

/** Counts of the cases received in the scope's months, straight from `cases`, settled as of `asOf`. */
export async function bareCounts(ctx: AppContext, s: RollupScope, asOf: string): Promise<BareCounts> {
  const [row] = await ctx.dbh.sql<BareCounts>(
    `SELECT count(*)::int AS received,
            count(*) FILTER (WHERE kind IN ('complaint', 'grievance'))::int AS complaints,
            count(*) FILTER (WHERE EXISTS (SELECT 1 FROM case_events e
              WHERE e.case_id = c.id AND e.type = 'formal_track_opened'))::int AS maintained,
            count(*) FILTER (WHERE first_contact_met_on IS NOT NULL OR first_contact_due < $6::date)::int
              AS "firstContactSettled",
            count(*) FILTER (WHERE first_contact_met_on <= first_contact_due)::int AS "firstContactOnTime",
            count(*) FILTER (WHERE l.answered_on IS NOT NULL OR (c.state <> 'closed'
              AND (SELECT seq FROM insight_working_days WHERE kommune_id = c.kommune_id AND day = $6::date)
                - (SELECT seq FROM insight_working_days WHERE kommune_id = c.kommune_id AND day = c.received_on)
                > a.answer_days))::int AS "answerSettled",
            count(*) FILTER (WHERE
              (SELECT seq FROM insight_working_days WHERE kommune_id = c.kommune_id AND day = l.answered_on)
                - (SELECT seq FROM insight_working_days WHERE kommune_id = c.kommune_id AND day = c.received_on)
                <= a.answer_days)::int AS "answerOnTime",
            count(*) FILTER (WHERE root_cause IS NOT NULL)::int AS "withRootCause",
            count(*) FILTER (WHERE root_cause IN ('process', 'communication', 'waiting_time', 'conduct',
              'physical_setting'))::int AS "processSide"
     FROM cases c
     JOIN areas a ON a.id = c.area_id
     LEFT JOIN LATERAL (
       SELECT (min(e.at) AT TIME ZONE 'Europe/Copenhagen')::date AS answered_on FROM case_events e
       WHERE e.case_id = c.id AND e.type = 'letter_sent'
     ) l ON true
     WHERE c.kommune_id = $1 AND c.received_on >= $2::date AND c.received_on < ($3::date + interval '1 month')
       AND ($4::uuid IS NULL OR c.department_id = $4) AND ($5::uuid IS NULL OR c.area_id = $5)`,
    [s.kommuneId, monthOf(s.from), monthOf(s.to), s.departmentId ?? null, s.areaId ?? null, asOf],
  );
  return row!;
}
