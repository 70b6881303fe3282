// Rebuilds a kommune's rollups from its case records in one transaction: the working-day ordinals (from the
// core's calendar), then the monthly counts and the duration histograms, by month of receipt, department and
// area. The job runs it every 15 minutes; a rebuild is one scan of the kommune's cases and the few timeline
// events that matter (formal track opened, forwarded, re-assessment decided, the first letter sent). "Settled"
// is as of the day of the rebuild: a goal whose deadline has passed counts, met or not.

import type { SqlRunner } from '../../adapters/db/client.js';
import { addDays, type IsoDate, localDate } from '../../core/calendar.js';
import { workingDayOrdinals } from '../../core/insight.js';
import type { AppContext } from '../../platform/context.js';
import { getKommune } from '../../platform/tenancy.js';

/** One row per case: the facts the rollups count. `$1` is the kommune, `$2` the as-of date. */
export const CASE_FACTS = `
  SELECT c.department_id, c.area_id, date_trunc('month', c.received_on)::date AS month,
         c.kind, c.root_cause, c.first_contact_due, c.first_contact_met_on, c.reassessment_due,
         a.resolution_days, a.answer_days,
         coalesce(e.maintained, false) AS maintained, coalesce(e.forwarded, false) AS forwarded,
         e.reassessed_on, e.answered_on,
         CASE WHEN c.state = 'closed' THEN (c.closed_at AT TIME ZONE 'Europe/Copenhagen')::date END AS closed_on,
         w0.seq AS received_seq, wf.seq AS contact_seq, wc.seq AS closed_seq, wr.seq AS reassessed_seq,
         wa.seq AS answered_seq,
         wn.seq AS as_of_seq
  FROM cases c
  JOIN areas a ON a.id = c.area_id
  LEFT JOIN (
    SELECT case_id,
           bool_or(type = 'formal_track_opened') AS maintained,
           bool_or(type = 'forwarded_to_appeals_body') AS forwarded,
           (min(at) FILTER (WHERE type = 'reassessment_decided') AT TIME ZONE 'Europe/Copenhagen')::date AS reassessed_on,
           -- the written answer: the first letter the letters module sent on the case
           (min(at) FILTER (WHERE type = 'letter_sent') AT TIME ZONE 'Europe/Copenhagen')::date AS answered_on
    FROM case_events
    WHERE kommune_id = $1
      AND type IN ('formal_track_opened', 'forwarded_to_appeals_body', 'reassessment_decided', 'letter_sent')
    GROUP BY case_id
  ) e ON e.case_id = c.id
  LEFT JOIN insight_working_days w0 ON w0.kommune_id = $1 AND w0.day = c.received_on
  LEFT JOIN insight_working_days wf ON wf.kommune_id = $1 AND wf.day = c.first_contact_met_on
  LEFT JOIN insight_working_days wc ON wc.kommune_id = $1
       AND wc.day = CASE WHEN c.state = 'closed' THEN (c.closed_at AT TIME ZONE 'Europe/Copenhagen')::date END
  LEFT JOIN insight_working_days wr ON wr.kommune_id = $1 AND wr.day = e.reassessed_on
  LEFT JOIN insight_working_days wa ON wa.kommune_id = $1 AND wa.day = e.answered_on
  LEFT JOIN insight_working_days wn ON wn.kommune_id = $1 AND wn.day = $2::date
  WHERE c.kommune_id = $1`;

/**
 * The written-answer goal is settled once a letter has gone, or — for a case still open without one — once its
 * working days have run out (late). A case closed without any letter (resolved in a conversation) is not counted:
 * no written answer was owed.
 */
const ANSWER_SETTLED = `count(*) FILTER (WHERE answered_on IS NOT NULL
    OR (closed_on IS NULL AND as_of_seq - received_seq > answer_days))`;

const cause = (name: string) => `count(*) FILTER (WHERE root_cause = '${name}')::int`;

const INSERT_MONTHLY = `
  INSERT INTO insight_monthly (kommune_id, month, department_id, area_id, received, complaints, maintained,
    forwarded, first_contact_settled, first_contact_on_time, resolution_settled, resolution_on_time,
    answer_settled, answer_on_time, reassessment_settled, reassessment_on_time, with_root_cause, cause_decision, cause_process,
    cause_communication, cause_waiting_time, cause_conduct, cause_physical_setting, cause_other)
  SELECT $1, month, department_id, area_id,
    count(*)::int,
    count(*) FILTER (WHERE kind IN ('complaint', 'grievance'))::int,
    count(*) FILTER (WHERE maintained)::int,
    count(*) FILTER (WHERE forwarded)::int,
    count(*) FILTER (WHERE first_contact_met_on IS NOT NULL OR first_contact_due < $2::date)::int,
    count(*) FILTER (WHERE first_contact_met_on <= first_contact_due)::int,
    count(*) FILTER (WHERE closed_on IS NOT NULL OR as_of_seq - received_seq > resolution_days)::int,
    count(*) FILTER (WHERE closed_seq - received_seq <= resolution_days)::int,
    ${ANSWER_SETTLED}::int,
    count(*) FILTER (WHERE answered_seq - received_seq <= answer_days)::int,
    count(*) FILTER (WHERE reassessment_due IS NOT NULL AND (reassessed_on IS NOT NULL OR reassessment_due < $2::date))::int,
    count(*) FILTER (WHERE reassessed_on <= reassessment_due)::int,
    count(*) FILTER (WHERE root_cause IS NOT NULL)::int,
    ${cause('decision')}, ${cause('process')}, ${cause('communication')}, ${cause('waiting_time')},
    ${cause('conduct')}, ${cause('physical_setting')}, ${cause('other')}
  FROM (${CASE_FACTS}) f
  GROUP BY month, department_id, area_id`;

const INSERT_DURATIONS = `
  INSERT INTO insight_durations (kommune_id, month, department_id, area_id, goal, days, cases)
  SELECT $1, month, department_id, area_id, goal, days, count(*)::int
  FROM (
    SELECT month, department_id, area_id, g.goal, g.days
    FROM (${CASE_FACTS}) f
    CROSS JOIN LATERAL (VALUES
      ('first_contact', f.contact_seq - f.received_seq),
      ('resolution', f.closed_seq - f.received_seq),
      ('answer', f.answered_seq - f.received_seq),
      ('reassessment', f.reassessed_seq - f.received_seq)
    ) AS g(goal, days)
    WHERE g.days IS NOT NULL
  ) d
  GROUP BY month, department_id, area_id, goal, days`;

export interface RefreshResult {
  kommuneId: string;
  asOf: IsoDate;
  rows: number;
}

/** Rebuilds one kommune's rollups, as of today (Danish time), in a transaction of its own. */
export async function refreshKommune(ctx: AppContext, kommuneId: string): Promise<RefreshResult> {
  return rebuild(ctx, kommuneId, (work) => ctx.dbh.transaction(work));
}

/** The same, in the transaction the caller holds (the demo seed: one transaction for all its steps). */
export async function refreshKommuneInPlace(ctx: AppContext, kommuneId: string): Promise<RefreshResult> {
  return rebuild(ctx, kommuneId, (work) => work(ctx.dbh.sql.bind(ctx.dbh) as SqlRunner));
}

async function rebuild(
  ctx: AppContext,
  kommuneId: string,
  inTransaction: (work: (sql: SqlRunner) => Promise<RefreshResult>) => Promise<RefreshResult>,
): Promise<RefreshResult> {
  const kommune = await getKommune(ctx, kommuneId);
  if (!kommune) throw new Error(`Unknown kommune ${kommuneId}`);
  const asOf = localDate(ctx.now());
  const [range] = await ctx.dbh.sql<{ first: string | null }>(
    `SELECT min(received_on)::text AS first FROM cases WHERE kommune_id = $1`,
    [kommuneId],
  );
  // The ordinals reach back to the earliest receipt (a month before, for safety) and a year past today.
  const from = addDays(range?.first && range.first < asOf ? range.first : asOf, -31);
  const ordinals = workingDayOrdinals(from, addDays(asOf, 366), kommune.calendar);
  return inTransaction(async (sql) => {
    await sql('DELETE FROM insight_working_days WHERE kommune_id = $1', [kommuneId]);
    await sql(
      `INSERT INTO insight_working_days (kommune_id, day, seq)
       SELECT $1, d, s FROM unnest($2::date[], $3::int[]) AS t(d, s)`,
      [kommuneId, ordinals.map((o) => o.day), ordinals.map((o) => o.seq)],
    );
    await sql('DELETE FROM insight_monthly WHERE kommune_id = $1', [kommuneId]);
    await sql('DELETE FROM insight_durations WHERE kommune_id = $1', [kommuneId]);
    await sql(INSERT_MONTHLY, [kommuneId, asOf]);
    await sql(INSERT_DURATIONS, [kommuneId, asOf]);
    const [n] = await sql<{ rows: number }>(
      'SELECT count(*)::int AS rows FROM insight_monthly WHERE kommune_id = $1',
      [kommuneId],
    );
    await sql(
      `INSERT INTO insight_refreshes (kommune_id, as_of, refreshed_at) VALUES ($1, $2, $3)
       ON CONFLICT (kommune_id) DO UPDATE SET as_of = excluded.as_of, refreshed_at = excluded.refreshed_at`,
      [kommuneId, asOf, ctx.now()],
    );
    return { kommuneId, asOf, rows: n?.rows ?? 0 };
  });
}

/** Rebuilds every kommune's rollups, one kommune per transaction (or all in the caller's, `inPlace`). */
export async function refreshAll(ctx: AppContext, inPlace = false): Promise<RefreshResult[]> {
  const kommuner = await ctx.dbh.sql<{ kommune_id: string }>(
    'SELECT kommune_id FROM kommuner ORDER BY kommune_id',
  );
  const refresh = inPlace ? refreshKommuneInPlace : refreshKommune;
  const results: RefreshResult[] = [];
  for (const k of kommuner) results.push(await refresh(ctx, k.kommune_id));
  // Every row was just replaced: fresh statistics, so the dashboard's reads are planned on what is there now
  // rather than on the counts before the rebuild (where autovacuum is off or has not come round yet).
  if (!inPlace) await ctx.dbh.sql('ANALYZE insight_monthly, insight_durations, insight_working_days');
  return results;
}
