// Set-based bulk cases for the insight bench (`npm run bench -- --insight --bulk`): the app's seeder builds every
// case's story in Node (about 3,400 cases/s here), too slow for 5,000,000 cases on a shared machine, so this one
// lets PostgreSQL generate them: per chunk, one INSERT … SELECT over generate_series into a temporary table, then
// the citizens, the cases and their timeline events from it, in one transaction per chunk. Deterministic (the
// row's number, hashed, draws everything), synthetic (names "Testborger N", phones starting with 2, no CPR).
//
// Only what the dashboard and the public page read is shaped with care: kommune, department, area, month of
// receipt, kind, state, first-contact due and met, closing, root cause, and the three timeline events the rollups
// read (formal track opened, forwarded to the appeals body, re-assessment decided). The first-contact deadline
// here is calendar days (goal × 7/5), not working days: it only has to be a plausible date, since the rollups and
// the bare scan both read the stored column.
import type pg from 'pg';
import { ROOT_CAUSES } from '../src/core/workflow.js';
import { progressBar } from '../src/platform/progress.js';

const CHUNK = 50_000;
/** Bulk case numbers start here (7 digits), above the demo seeder's 6-digit sequence, so they never collide. */
const NUMBER_BASE = 9_000_000;

const causes = `(ARRAY[${ROOT_CAUSES.map((c) => `'${c}'`).join(',')}])`;

/** The chunk's rows, all derived from i and its hash h; $1..$2 is the chunk, $3 today (Danish date), inlined
 * by `chunkRows` (CREATE TABLE AS takes no bind parameters). */
const CHUNK_ROWS = `
CREATE TEMP TABLE bulk_chunk ON COMMIT DROP AS
WITH ar AS (
  SELECT row_number() OVER (ORDER BY a.kommune_id, a.code) - 1 AS k, a.id, a.kommune_id, a.department_id,
         a.code, a.name, a.first_contact_days AS goal,
         (SELECT t.id FROM teams t WHERE t.department_id = a.department_id ORDER BY t.name LIMIT 1) AS team_id
  FROM areas a
), n AS (SELECT count(*) AS n FROM ar),
g AS (
  SELECT i, ((i * 2654435761) % 4294967291) AS h FROM generate_series($1::bigint, $2::bigint - 1) AS i
), r AS (
  SELECT g.i, g.h, ar.id AS area_id, ar.kommune_id, ar.department_id, ar.team_id, ar.code, ar.name, ar.goal,
         (($3::date - ((g.h >> 3) % 548)::int)) AS received_on,
         ((g.h >> 3) % 548) AS age,
         ((g.h >> 13) % 100) AS u,
         ((g.h >> 20) % 100) AS v,
         ((g.h >> 17) % 100) AS w
  FROM g JOIN ar ON ar.k = g.i % (SELECT n FROM n)
), s AS (
  SELECT r.*,
    CASE WHEN v < 55 THEN 'complaint' WHEN v < 80 THEN 'grievance' ELSE 'inquiry' END AS kind,
    CASE WHEN age > 45 THEN
      CASE WHEN u < 80 THEN 'closed' WHEN u < 85 THEN 'resolved' WHEN u < 90 THEN 'appeal_decided'
           WHEN u < 95 THEN 'forwarded' ELSE 'maintained' END
    ELSE
      CASE WHEN u < 15 THEN 'received' WHEN u < 30 THEN 'contacting' WHEN u < 50 THEN 'in_dialogue'
           WHEN u < 60 THEN 'agreement' WHEN u < 70 THEN 'resolved' WHEN u < 75 THEN 'maintained'
           WHEN u < 80 THEN 'reassessment' ELSE 'closed' END
    END AS state,
    ((r.received_on + time '08:00' + make_interval(mins => ((r.h >> 7) % 480)::int))
      AT TIME ZONE 'Europe/Copenhagen') AS received_at
  FROM r
)
SELECT s.*,
  s.received_on + (s.goal * 7 / 5) AS first_contact_due,
  CASE WHEN s.state = 'received' THEN NULL
       ELSE least($3::date, s.received_on + ((s.h >> 9) % (s.goal + 4))::int) END AS first_contact_met_on,
  CASE WHEN s.state = 'closed'
       THEN least(now(), s.received_at + make_interval(days => (5 + (s.h >> 11) % 40)::int)) END AS closed_at,
  CASE WHEN s.kind <> 'inquiry' AND s.state IN ('closed', 'resolved', 'appeal_decided', 'maintained', 'forwarded')
       THEN ${causes}[1 + ((s.h >> 15) % ${ROOT_CAUSES.length})::int] END AS root_cause,
  (s.kind = 'complaint' AND (s.state IN ('maintained', 'reassessment', 'forwarded', 'appeal_decided')
     OR (s.state = 'closed' AND s.w < 12))) AS formal,
  (s.kind = 'complaint' AND (s.state IN ('forwarded', 'appeal_decided') OR (s.state = 'closed' AND s.w < 5)))
     AS sent_on,
  (s.kind = 'complaint' AND (s.state IN ('forwarded', 'appeal_decided') OR (s.state = 'closed' AND s.w < 12)))
     AS reassessed
FROM s`;

const INSERT_CITIZENS = `
INSERT INTO citizens (id, kommune_id, name, email, phone, created_at)
SELECT ('a' || lpad(to_hex(i), 31, '0'))::uuid, kommune_id, 'Testborger ' || i,
       'borger' || i || '@eksempel.invalid', '2' || lpad((i % 10000000)::text, 7, '0'), received_at
FROM bulk_chunk`;

const INSERT_CASES = `
INSERT INTO cases (id, kommune_id, number, kind, state, channel, area_id, department_id, team_id, citizen_id,
  description, decision_date, decision_reference, preferred_contact_time, received_at, received_on,
  first_contact_due, first_contact_met_on, reassessment_due, root_cause, tracking_token_hash, closed_at,
  created_at, updated_at)
SELECT ('c' || lpad(to_hex(i), 31, '0'))::uuid, kommune_id,
       kommune_id || '-' || extract(year FROM received_on)::int || '-' || (${NUMBER_BASE} + i),
       kind, state, (ARRAY['web','phone','desk','mail','api'])[1 + (h % 5)::int], area_id, department_id, team_id,
       ('a' || lpad(to_hex(i), 31, '0'))::uuid,
       CASE kind WHEN 'complaint' THEN 'Jeg er uenig i afgørelsen om ' || lower(name) || ' og vil gerne have den forklaret.'
                 WHEN 'grievance' THEN 'Jeg vil gerne klage over sagsbehandlingen på ' || lower(name) || '.'
                 ELSE 'Jeg har et spørgsmål om ' || lower(name) || '.' END,
       CASE WHEN kind = 'complaint' THEN received_on - (3 + (h % 25))::int END,
       CASE WHEN kind = 'complaint' THEN upper(left(code, 3)) || '-' || extract(year FROM received_on)::int || '-' || lpad((h % 9999 + 1)::text, 4, '0') END,
       'any', received_at, received_on, first_contact_due, first_contact_met_on,
       CASE WHEN formal THEN received_on + 40 END, root_cause, 'bench-' || i, closed_at,
       received_at, coalesce(closed_at, received_at)
FROM bulk_chunk`;

const INSERT_EVENTS = `
INSERT INTO case_events (id, kommune_id, case_id, type, at, public, data)
SELECT (e.prefix || lpad(to_hex(b.i), 31, '0'))::uuid, b.kommune_id, ('c' || lpad(to_hex(b.i), 31, '0'))::uuid,
       e.type, least(now(), b.received_at + make_interval(days => e.after)), e.type = 'case_received', e.data::jsonb
FROM bulk_chunk b
CROSS JOIN LATERAL (VALUES
  ('e', 'case_received', 0, '{"channel":"web"}', true),
  ('f', 'formal_track_opened', 6, '{}', b.formal),
  ('d', 'reassessment_decided', 20, '{"result":"upheld"}', b.reassessed),
  ('b', 'forwarded_to_appeals_body', 25, '{}', b.sent_on)
) AS e(prefix, type, after, data, present)
WHERE e.present`;

function chunkRows(from: number, to: number, today: string): string {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || !/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new Error('bulk seed: bad chunk bounds or date');
  return CHUNK_ROWS.replaceAll('$1::bigint', `${from}::bigint`)
    .replaceAll('$2::bigint', `${to}::bigint`)
    .replaceAll('$3::date', `'${today}'::date`);
}

/** Adds `total` bulk cases (numbered from `first`) to a database the demo organisation is already seeded into. */
export async function seedBulkCases(
  client: pg.Client,
  total: number,
  today: string,
  first = 1,
): Promise<void> {
  progressBar(0, total);
  for (let start = 0; start < total; start += CHUNK) {
    const end = Math.min(start + CHUNK, total);
    await client.query('BEGIN');
    try {
      await client.query(chunkRows(first + start, first + end, today));
      await client.query(INSERT_CITIZENS);
      await client.query(INSERT_CASES);
      await client.query(INSERT_EVENTS);
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
    progressBar(end, total);
  }
  process.stdout.write('\n');
  await client.query('ANALYZE citizens, cases, case_events');
}
