// The surveys module's SQL, plain and parameterised, so it runs on PGlite and PostgreSQL alike.
import type { SqlRunner } from '../../adapters/db/client.js';

// ---------------------------------------------------------------------------------------------------------
// Citizen survey

export interface ClosedCaseToSurvey {
  case_id: string;
  kommune_id: string;
  number: string;
  email: string | null;
  phone: string | null;
  locale: string | null;
}

/**
 * Closed cases (closed between `since` and `closedBefore`, the configured delay ago) that have no survey yet, whose citizen can be reached and has not said no to
 * surveys. The locale is the one the case's first message went out in. Newest first: a citizen whose case was
 * just closed hears from us while it is fresh, and a backlog (after downtime, or the demo's closed cases) is
 * worked through behind them.
 */
export const closedCasesWithoutSurvey = (sql: SqlRunner, since: Date, closedBefore: Date, limit: number) =>
  sql<ClosedCaseToSurvey>(
    `SELECT c.id AS case_id, c.kommune_id, c.number, ci.email, ci.phone,
            (SELECT o.locale FROM outbox o WHERE o.case_id = c.id ORDER BY o.created_at LIMIT 1) AS locale
       FROM cases c JOIN citizens ci ON ci.id = c.citizen_id
      WHERE c.state = 'closed' AND c.anonymised_at IS NULL AND c.closed_at >= $1 AND c.closed_at <= $3
        AND (ci.email IS NOT NULL OR ci.phone IS NOT NULL)
        AND NOT EXISTS (SELECT 1 FROM survey_requests r WHERE r.case_id = c.id)
        AND NOT EXISTS (SELECT 1 FROM survey_opt_outs o WHERE o.citizen_id = c.citizen_id)
      ORDER BY c.closed_at DESC
      LIMIT $2`,
    [since, limit, closedBefore],
  );

/** Claims the case's one survey; no row back when a parallel run got there first. */
export const insertSurveyRequest = (
  sql: SqlRunner,
  r: {
    id: string;
    kommuneId: string;
    caseId: string;
    tokenHash: string;
    channel: string;
    locale: string;
    at: Date;
    expiresAt: Date;
  },
) =>
  sql<{ id: string }>(
    `INSERT INTO survey_requests (id, kommune_id, case_id, token_hash, channel, locale, requested_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT DO NOTHING RETURNING id`,
    [r.id, r.kommuneId, r.caseId, r.tokenHash, r.channel, r.locale, r.at, r.expiresAt],
  );

export interface ReminderCandidate {
  id: string;
  kommune_id: string;
  case_id: string;
  number: string;
  channel: string;
  locale: string;
  requested_at: Date;
  expires_at: Date;
  email: string | null;
  phone: string | null;
}

/** Open surveys sent before `sentBefore`, not reminded, with a day of validity left at `validAfter`. */
export const surveysToRemind = (sql: SqlRunner, sentBefore: Date, validAfter: Date, limit: number) =>
  sql<ReminderCandidate>(
    `SELECT r.id, r.kommune_id, r.case_id, c.number, r.channel, r.locale, r.requested_at, r.expires_at,
            ci.email, ci.phone
       FROM survey_requests r JOIN cases c ON c.id = r.case_id JOIN citizens ci ON ci.id = c.citizen_id
      WHERE r.answered_at IS NULL AND r.opted_out_at IS NULL AND r.reminded_at IS NULL
        AND r.requested_at <= $1 AND r.expires_at >= $2 AND c.anonymised_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM survey_opt_outs o WHERE o.citizen_id = c.citizen_id)
      ORDER BY r.requested_at
      LIMIT $3`,
    [sentBefore, validAfter, limit],
  );

/** The reminder is sent once: only the run that sets `reminded_at` sends it. */
export const claimReminder = (sql: SqlRunner, id: string, at: Date) =>
  sql<{ id: string }>(
    'UPDATE survey_requests SET reminded_at = $2 WHERE id = $1 AND reminded_at IS NULL RETURNING id',
    [id, at],
  );

export interface SurveyRequestRow {
  id: string;
  kommune_id: string;
  case_id: string;
  citizen_id: string;
  department_id: string;
  area_id: string;
  number: string;
  requested_at: Date;
  expires_at: Date;
  reminded_at: Date | null;
  answered_at: Date | null;
  opted_out_at: Date | null;
}

export const surveyByTokenHash = async (sql: SqlRunner, tokenHash: string, forUpdate = false) =>
  (
    await sql<SurveyRequestRow>(
      `SELECT r.id, r.kommune_id, r.case_id, c.citizen_id, c.department_id, c.area_id, c.number,
              r.requested_at, r.expires_at, r.reminded_at, r.answered_at, r.opted_out_at
         FROM survey_requests r JOIN cases c ON c.id = r.case_id
        WHERE r.token_hash = $1${forUpdate ? ' FOR UPDATE OF r' : ''}`,
      [tokenHash],
    )
  )[0] ?? null;

export const markAnswered = (sql: SqlRunner, id: string, at: Date) =>
  sql<{ id: string }>(
    `UPDATE survey_requests SET answered_at = $2
      WHERE id = $1 AND answered_at IS NULL AND opted_out_at IS NULL AND expires_at > $2 RETURNING id`,
    [id, at],
  );

export const insertAnswer = (
  sql: SqlRunner,
  a: {
    kommuneId: string;
    requestId: string;
    caseId: string;
    departmentId: string;
    areaId: string;
    at: Date;
    heard: number;
    understood: number;
    fair: number;
    overall: number;
    stillDisagree: boolean;
    comment: string | null;
    flagged: boolean;
  },
) =>
  sql<{ id: string }>(
    `INSERT INTO survey_answers (kommune_id, request_id, case_id, department_id, area_id, answered_at,
                                 heard, understood, fair, overall, still_disagree, comment, flagged)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
    [
      a.kommuneId,
      a.requestId,
      a.caseId,
      a.departmentId,
      a.areaId,
      a.at,
      a.heard,
      a.understood,
      a.fair,
      a.overall,
      a.stillDisagree,
      a.comment,
      a.flagged,
    ],
  );

export const markOptedOut = (sql: SqlRunner, id: string, at: Date) =>
  sql<{ id: string }>(
    'UPDATE survey_requests SET opted_out_at = $2 WHERE id = $1 AND opted_out_at IS NULL RETURNING id',
    [id, at],
  );

export const insertOptOut = (sql: SqlRunner, kommuneId: string, citizenId: string, at: Date) =>
  sql('INSERT INTO survey_opt_outs (kommune_id, citizen_id, at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
    kommuneId,
    citizenId,
    at,
  ]);

export interface FlagRow {
  id: string;
  case_id: string;
  number: string;
  state: string;
  department_id: string;
  answered_at: Date;
  heard: number;
  understood: number;
  fair: number;
  overall: number;
  still_disagree: boolean;
  comment: string | null;
}

/** The unhappy answers not yet dealt with, newest first, in one department. */
export const openFlags = (sql: SqlRunner, kommuneId: string, departmentId: string) =>
  sql<FlagRow>(
    `SELECT a.id, a.case_id, c.number, c.state, a.department_id, a.answered_at, a.heard, a.understood, a.fair,
            a.overall, a.still_disagree, a.comment
       FROM survey_answers a JOIN cases c ON c.id = a.case_id
      WHERE a.kommune_id = $1 AND a.department_id = $2 AND a.flagged AND a.flag_resolved_at IS NULL
      ORDER BY a.answered_at DESC
      LIMIT 500`,
    [kommuneId, departmentId],
  );

export const flagById = async (sql: SqlRunner, kommuneId: string, id: string) =>
  (
    await sql<FlagRow & { flag_resolved_at: Date | null }>(
      `SELECT a.id, a.case_id, c.number, c.state, a.department_id, a.answered_at, a.heard, a.understood,
              a.fair, a.overall, a.still_disagree, a.comment, a.flag_resolved_at
         FROM survey_answers a JOIN cases c ON c.id = a.case_id
        WHERE a.kommune_id = $1 AND a.id = $2 AND a.flagged`,
      [kommuneId, id],
    )
  )[0] ?? null;

export const resolveFlag = (sql: SqlRunner, id: string, resolution: string, by: string, at: Date) =>
  sql<{ id: string }>(
    `UPDATE survey_answers SET flag_resolution = $2, flag_resolved_by = $3, flag_resolved_at = $4
      WHERE id = $1 AND flag_resolved_at IS NULL RETURNING id`,
    [id, resolution, by, at],
  );

export interface SatisfactionRow {
  answers: number;
  heard_sum: number;
  understood_sum: number;
  fair_sum: number;
  overall_sum: number;
  heard_agree: number;
  understood_agree: number;
  fair_agree: number;
  overall_agree: number;
  still_disagree: number;
}

export interface SatisfactionScope {
  kommuneId: string;
  departmentId?: string | null;
  areaId?: string | null;
  from: string; // IsoDate, inclusive
  to: string; // IsoDate, inclusive
}

/** Survey answers given in the period (Danish dates), summed per question: totals and how many agreed (4–5). */
export const satisfactionTotals = async (sql: SqlRunner, s: SatisfactionScope) =>
  (
    await sql<SatisfactionRow>(
      `SELECT count(*)::int AS answers,
              coalesce(sum(heard), 0)::int AS heard_sum, coalesce(sum(understood), 0)::int AS understood_sum,
              coalesce(sum(fair), 0)::int AS fair_sum, coalesce(sum(overall), 0)::int AS overall_sum,
              count(*) FILTER (WHERE heard >= 4)::int AS heard_agree,
              count(*) FILTER (WHERE understood >= 4)::int AS understood_agree,
              count(*) FILTER (WHERE fair >= 4)::int AS fair_agree,
              count(*) FILTER (WHERE overall >= 4)::int AS overall_agree,
              count(*) FILTER (WHERE still_disagree)::int AS still_disagree
         FROM survey_answers
        WHERE kommune_id = $1 AND ($4::uuid IS NULL OR department_id = $4) AND ($5::uuid IS NULL OR area_id = $5)
          AND (answered_at AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN $2::date AND $3::date`,
      [s.kommuneId, s.from, s.to, s.departmentId ?? null, s.areaId ?? null],
    )
  )[0]!;

/** Surveys sent in the period and how many of them were answered. */
export const responseTotals = async (sql: SqlRunner, s: SatisfactionScope) =>
  (
    await sql<{ sent: number; answered: number }>(
      `SELECT count(*)::int AS sent, count(r.answered_at)::int AS answered
         FROM survey_requests r JOIN cases c ON c.id = r.case_id
        WHERE r.kommune_id = $1 AND ($4::uuid IS NULL OR c.department_id = $4)
          AND ($5::uuid IS NULL OR c.area_id = $5)
          AND (r.requested_at AT TIME ZONE 'Europe/Copenhagen')::date BETWEEN $2::date AND $3::date`,
      [s.kommuneId, s.from, s.to, s.departmentId ?? null, s.areaId ?? null],
    )
  )[0]!;

// ---------------------------------------------------------------------------------------------------------
// Pulse

export const hasAnsweredPulse = async (sql: SqlRunner, userId: string, month: string) =>
  (await sql('SELECT 1 FROM pulse_participation WHERE user_id = $1 AND month = $2', [userId, month])).length >
  0;

/** Records that the user has answered this month; no row back when they already had. */
export const insertParticipation = (sql: SqlRunner, kommuneId: string, userId: string, month: string) =>
  sql<{ month: string }>(
    `INSERT INTO pulse_participation (kommune_id, user_id, month) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING month`,
    [kommuneId, userId, month],
  );

export const insertPulseAnswer = (
  sql: SqlRunner,
  a: {
    kommuneId: string;
    departmentId: string;
    teamId: string | null;
    month: string;
    wellbeing: number;
    equipped: number;
    workload: number;
  },
) =>
  sql(
    `INSERT INTO pulse_answers (kommune_id, department_id, team_id, month, wellbeing, equipped, workload)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [a.kommuneId, a.departmentId, a.teamId, a.month, a.wellbeing, a.equipped, a.workload],
  );

export interface PulseGroupRow {
  month: string;
  department_id: string;
  team_id: string | null;
  n: number;
  wellbeing_sum: number;
  equipped_sum: number;
  workload_sum: number;
  wellbeing_agree: number;
  equipped_agree: number;
  workload_agree: number;
}

/** All of a kommune's pulse answers in the months, summed per month, department and team. */
export const pulseGroups = (sql: SqlRunner, kommuneId: string, from: string, to: string) =>
  sql<PulseGroupRow>(
    `SELECT month, department_id, team_id, count(*)::int AS n,
            sum(wellbeing)::int AS wellbeing_sum, sum(equipped)::int AS equipped_sum,
            sum(workload)::int AS workload_sum,
            count(*) FILTER (WHERE wellbeing >= 4)::int AS wellbeing_agree,
            count(*) FILTER (WHERE equipped >= 4)::int AS equipped_agree,
            count(*) FILTER (WHERE workload >= 4)::int AS workload_agree
       FROM pulse_answers
      WHERE kommune_id = $1 AND month BETWEEN $2 AND $3
      GROUP BY month, department_id, team_id`,
    [kommuneId, from, to],
  );

/** The kommune's departments and teams by name, for labelling the pulse groups (no people in them). */
export const orgUnits = (sql: SqlRunner, kommuneId: string) =>
  sql<{ kind: 'department' | 'team'; id: string; name: string; department_id: string | null }>(
    `SELECT 'department' AS kind, id, name, NULL::uuid AS department_id FROM departments WHERE kommune_id = $1
     UNION ALL
     SELECT 'team', id, name, department_id FROM teams WHERE kommune_id = $1
     ORDER BY name`,
    [kommuneId],
  );

// ---------------------------------------------------------------------------------------------------------
// Decision volumes

export const areaCodes = (sql: SqlRunner, kommuneId: string) =>
  sql<{ id: string; code: string }>('SELECT id, code FROM areas WHERE kommune_id = $1', [kommuneId]);

export const upsertDecisionVolume = (
  sql: SqlRunner,
  v: { kommuneId: string; areaId: string; month: string; decisions: number; at: Date },
) =>
  sql(
    `INSERT INTO decision_volumes (kommune_id, area_id, month, decisions, imported_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (kommune_id, area_id, month) DO UPDATE SET decisions = EXCLUDED.decisions,
                                                          imported_at = EXCLUDED.imported_at`,
    [v.kommuneId, v.areaId, v.month, v.decisions, v.at],
  );

export interface DecisionVolumeRow {
  area_id: string;
  area: string;
  department_id: string;
  month: string;
  decisions: number;
  complaints: number;
}

/**
 * Decisions per area and month in the months, with the complaints (klager) received in the same area and
 * month (Danish dates), so complaints per 1,000 decisions are counted on the same cells.
 */
export const decisionVolumes = (
  sql: SqlRunner,
  s: { kommuneId: string; from: string; to: string; departmentId?: string | null; areaId?: string | null },
) =>
  sql<DecisionVolumeRow>(
    `SELECT v.area_id, a.code AS area, a.department_id, v.month, v.decisions,
            (SELECT count(*)::int FROM cases c
              WHERE c.kommune_id = v.kommune_id AND c.area_id = v.area_id AND c.kind = 'complaint'
                AND c.received_on >= (v.month || '-01')::date
                AND c.received_on < (v.month || '-01')::date + interval '1 month') AS complaints
       FROM decision_volumes v JOIN areas a ON a.id = v.area_id
      WHERE v.kommune_id = $1 AND v.month BETWEEN $2 AND $3
        AND ($4::uuid IS NULL OR a.department_id = $4) AND ($5::uuid IS NULL OR v.area_id = $5)
      ORDER BY v.month, a.code`,
    [s.kommuneId, s.from, s.to, s.departmentId ?? null, s.areaId ?? null],
  );
