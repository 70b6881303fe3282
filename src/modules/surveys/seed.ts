// Demo data for the surveys, so the effect dashboard has something to show: decision volumes per area for the
// last twelve months, answered (and unanswered) satisfaction surveys on demo cases closed 20–180 days ago —
// with their events on the timeline — and anonymous pulse answers per team for the last six months. All
// synthetic and deterministic (scores from a hash of the ids), written set-based in the seed's transaction.
import type { AppContext } from '../../platform/context.js';

/** At most this many demo surveys, whatever the number of demo cases (the bench seeds millions). */
const MAX_DEMO_SURVEYS = 20_000;

export async function seedSurveyDemo(ctx: AppContext): Promise<void> {
  const sql = ctx.dbh.sql.bind(ctx.dbh);
  const now = ctx.now();
  // The first of the current month in Danish time, as a date.
  const month0 = `date_trunc('month', ($1::timestamptz AT TIME ZONE 'Europe/Copenhagen'))::date`;

  await sql(
    `INSERT INTO decision_volumes (kommune_id, area_id, month, decisions, imported_at)
     SELECT a.kommune_id, a.id, to_char(m, 'YYYY-MM'),
            60 + abs(hashtext(a.id::text || to_char(m, 'YYYY-MM'))) % 400, $1
       FROM areas a
      CROSS JOIN generate_series(${month0} - interval '12 months', ${month0} - interval '1 month', interval '1 month') AS m
     ON CONFLICT DO NOTHING`,
    [now],
  );

  // Surveys on closed demo cases; six in ten answered two days after they were sent.
  await sql(
    `WITH picked AS (
       SELECT c.id, c.kommune_id, c.department_id, c.area_id, c.closed_at, abs(hashtext(c.id::text)) AS h
         FROM cases c
        WHERE c.state = 'closed' AND c.closed_at IS NOT NULL
          AND c.closed_at BETWEEN $1::timestamptz - interval '180 days' AND $1::timestamptz - interval '20 days'
          AND NOT EXISTS (SELECT 1 FROM survey_requests r WHERE r.case_id = c.id)
        ORDER BY c.closed_at DESC
        LIMIT ${MAX_DEMO_SURVEYS}
     ), requests AS (
       INSERT INTO survey_requests (kommune_id, case_id, token_hash, channel, requested_at, expires_at, answered_at)
       SELECT kommune_id, id, 'demo:' || id, 'mail', closed_at + interval '10 minutes', closed_at + interval '14 days',
              CASE WHEN h % 10 < 6 THEN closed_at + interval '2 days' END
         FROM picked
       RETURNING id, case_id, requested_at, answered_at
     ), scored AS (
       SELECT r.id AS request_id, r.case_id, r.requested_at, r.answered_at, p.kommune_id, p.department_id, p.area_id,
              2 + (p.h / 7) % 4 AS heard, 2 + (p.h / 11) % 4 AS understood, 1 + (p.h / 13) % 5 AS fair,
              1 + (p.h / 17) % 5 AS overall, (p.h / 19) % 7 = 0 AS still_disagree
         FROM requests r JOIN picked p ON p.id = r.case_id
     ), answers AS (
       -- A data-modifying WITH runs to completion whether or not the main statement reads it.
       INSERT INTO survey_answers (kommune_id, request_id, case_id, department_id, area_id, answered_at, heard,
                                   understood, fair, overall, still_disagree, comment, flagged)
       SELECT kommune_id, request_id, case_id, department_id, area_id, answered_at, heard, understood, fair, overall,
              still_disagree, NULL, overall <= 2 OR still_disagree
         FROM scored WHERE answered_at IS NOT NULL
       RETURNING case_id
     )
     INSERT INTO case_events (kommune_id, case_id, type, at, public, data)
     SELECT kommune_id, case_id, 'survey_requested', requested_at, false,
            jsonb_build_object('channel', 'mail')
       FROM scored
     UNION ALL
     SELECT kommune_id, case_id, 'survey_answered', answered_at, false,
            jsonb_build_object(
              'heard', heard, 'understood', understood, 'fair', fair, 'overall', overall,
              'stillDisagree', still_disagree, 'comment', NULL, 'flagged', overall <= 2 OR still_disagree,
              'details', jsonb_build_array(jsonb_build_object('key', 'surveys.timeline.scores', 'params',
                jsonb_build_object('heard', heard, 'understood', understood, 'fair', fair, 'overall', overall))))
       FROM scored WHERE answered_at IS NOT NULL`,
    [now],
  );

  // The pulse: 3–9 answers per team and month, so some groups are shown and some are held back.
  await sql(
    `INSERT INTO pulse_answers (kommune_id, department_id, team_id, month, wellbeing, equipped, workload)
     SELECT t.kommune_id, t.department_id, t.id, to_char(m, 'YYYY-MM'),
            2 + abs(hashtext(t.id::text || m::text || i || 'w')) % 4,
            1 + abs(hashtext(t.id::text || m::text || i || 'e')) % 5,
            1 + abs(hashtext(t.id::text || m::text || i || 'l')) % 5
       FROM teams t
      CROSS JOIN generate_series(${month0} - interval '6 months', ${month0} - interval '1 month', interval '1 month') AS m
      CROSS JOIN generate_series(1, 9) AS i
      WHERE i <= 3 + abs(hashtext(t.id::text || m::text)) % 7`,
    [now],
  );
}
