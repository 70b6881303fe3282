// The learning module's SQL. Raw on purpose: the same statements run on PGlite and PostgreSQL, with Danish
// full-text search (the `danish` configuration) on both.
import type { ExtraTerm } from '../../core/redaction.js';
import type { AppContext } from '../../platform/context.js';
import type { DraftBody } from './shapes.js';

type Run = AppContext['dbh']['sql'];

export interface LearningRow {
  id: string;
  kommuneId: string;
  caseId: string | null;
  departmentId: string;
  areaCode: string | null;
  areaName: string | null;
  authorId: string;
  authorName: string;
  status: string;
  title: string;
  happened: string;
  worked: string;
  differently: string;
  techniques: string[];
  rootCause: string | null;
  outcome: string | null;
  names: string[];
  kept: string[];
  added: ExtraTerm[];
  version: number;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
}

const COLUMNS = `l.id, l.kommune_id AS "kommuneId", l.case_id AS "caseId", l.department_id AS "departmentId",
  a.code AS "areaCode", a.name AS "areaName", l.author_id AS "authorId", u.name AS "authorName", l.status,
  l.title, l.happened, l.worked, l.differently, l.techniques, l.root_cause AS "rootCause", l.outcome,
  l.names, l.kept, l.added, l.version, l.created_at AS "createdAt", l.updated_at AS "updatedAt",
  l.published_at AS "publishedAt"`;
const FROM = `learning_cases l JOIN users u ON u.id = l.author_id LEFT JOIN areas a ON a.id = l.area_id`;

export async function learningCaseById(sql: Run, kommuneId: string, id: string): Promise<LearningRow | null> {
  const [row] = await sql<LearningRow>(
    `SELECT ${COLUMNS} FROM ${FROM} WHERE l.kommune_id = $1 AND l.id = $2`,
    [kommuneId, id],
  );
  return row ?? null;
}

export async function learningCaseIdForCase(sql: Run, caseId: string): Promise<string | null> {
  const [row] = await sql<{ id: string }>('SELECT id FROM learning_cases WHERE case_id = $1', [caseId]);
  return row?.id ?? null;
}

export interface NewDraft {
  kommuneId: string;
  caseId: string;
  departmentId: string;
  areaCode: string;
  authorId: string;
  title: string;
  happened: string;
  techniques: string[];
  rootCause: string | null;
  outcome: string | null;
  names: string[];
  at: Date;
}

/** A new draft; null when the case already has a learning case (the unique index decides, also under a race). */
export async function insertDraft(sql: Run, d: NewDraft): Promise<string | null> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO learning_cases (kommune_id, case_id, department_id, area_id, author_id, title, happened,
       techniques, root_cause, outcome, names, created_at, updated_at)
     VALUES ($1, $2, $3, (SELECT id FROM areas WHERE kommune_id = $1 AND code = $4), $5, $6, $7,
       ARRAY(SELECT jsonb_array_elements_text($8::jsonb)), $9, $10, $11::jsonb, $12, $12)
     ON CONFLICT (case_id) DO NOTHING
     RETURNING id`,
    [
      d.kommuneId,
      d.caseId,
      d.departmentId,
      d.areaCode,
      d.authorId,
      d.title,
      d.happened,
      JSON.stringify(d.techniques),
      d.rootCause,
      d.outcome,
      JSON.stringify(d.names),
      d.at,
    ],
  );
  return row?.id ?? null;
}

/** A draft's texts, tags and review decisions, as saved (the version is checked beside them). */
export type DraftUpdate = Omit<DraftBody, 'version'>;

/** Saves a draft if it is still at `version` and a draft; the new version, or null. */
export async function updateDraft(
  sql: Run,
  id: string,
  version: number,
  u: DraftUpdate,
  at: Date,
): Promise<number | null> {
  const [row] = await sql<{ version: number }>(
    `UPDATE learning_cases SET title = $3, happened = $4, worked = $5, differently = $6,
       techniques = ARRAY(SELECT jsonb_array_elements_text($7::jsonb)), root_cause = $8, outcome = $9,
       kept = $10::jsonb, added = $11::jsonb, version = version + 1, updated_at = $12
     WHERE id = $1 AND version = $2 AND status = 'draft'
     RETURNING version`,
    [
      id,
      version,
      u.title,
      u.happened,
      u.worked,
      u.differently,
      JSON.stringify(u.techniques),
      u.rootCause,
      u.outcome,
      JSON.stringify(u.kept),
      JSON.stringify(u.added),
      at,
    ],
  );
  return row?.version ?? null;
}

/**
 * Publishes a reviewed draft at `version`: the redacted texts replace the written ones, the names and review
 * decisions are forgotten, and the search vector is built (title weighs most).
 */
export async function publishDraft(
  sql: Run,
  id: string,
  version: number,
  texts: { title: string; happened: string; worked: string; differently: string },
  at: Date,
): Promise<boolean> {
  const rows = await sql(
    `UPDATE learning_cases SET status = 'published', title = $3, happened = $4, worked = $5, differently = $6,
       names = '[]'::jsonb, kept = '[]'::jsonb, added = '[]'::jsonb, version = version + 1,
       updated_at = $7, published_at = $7,
       search = setweight(to_tsvector('danish', $3), 'A')
             || setweight(to_tsvector('danish', $4 || ' ' || $5 || ' ' || $6), 'B')
     WHERE id = $1 AND version = $2 AND status = 'draft'
     RETURNING id`,
    [id, version, texts.title, texts.happened, texts.worked, texts.differently, at],
  );
  return rows.length === 1;
}

export async function deleteDraft(sql: Run, id: string): Promise<boolean> {
  const rows = await sql(`DELETE FROM learning_cases WHERE id = $1 AND status = 'draft' RETURNING id`, [id]);
  return rows.length === 1;
}

export interface DraftListItem {
  id: string;
  title: string;
  updatedAt: Date;
}

export async function draftsOf(sql: Run, kommuneId: string, authorId: string): Promise<DraftListItem[]> {
  return sql<DraftListItem>(
    `SELECT id, title, updated_at AS "updatedAt" FROM learning_cases
      WHERE kommune_id = $1 AND author_id = $2 AND status = 'draft' ORDER BY updated_at DESC LIMIT 100`,
    [kommuneId, authorId],
  );
}

export interface SearchFilters {
  q: string | null;
  technique: string | null;
  rootCause: string | null;
  area: string | null; // area code
  outcome: string | null;
  limit: number;
}

export interface SearchRow {
  id: string;
  title: string;
  areaCode: string | null;
  areaName: string | null;
  techniques: string[];
  rootCause: string | null;
  outcome: string | null;
  publishedAt: Date;
  rank: number;
  snippet: string;
}

/** Marks around a matched word in a snippet: control characters no text can hold (PLAIN_TEXT refuses them). */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/**
 * How many matches are ranked: the newest this many. ts_rank reads every candidate's vector, so ranking all of
 * a word found in most of 100,000 cases costs 100–300 ms; the newest 1,000 matches come from the index on
 * publishing in a few. A search with fewer matches ranks them all.
 */
export const RANK_CANDIDATES = 1000;

/**
 * Published learning cases of the kommune matching the words (Danish stemming: "samtalerne" finds "samtale")
 * and the filters, best match first (ts_rank on the weighted vector, among the newest RANK_CANDIDATES matches;
 * newest first on a tie); the snippet is ts_headline over the case's texts, computed only for the page shown.
 * Without words: the newest.
 */
export const SEARCH_SQL = `
WITH candidates AS (
  SELECT l.id, l.title, l.happened, l.worked, l.differently, l.area_id, l.techniques, l.root_cause, l.outcome,
         l.published_at, l.search
    FROM learning_cases l
   WHERE l.kommune_id = $1 AND l.status = 'published'
     AND ($2::text IS NULL OR l.search @@ websearch_to_tsquery('danish', $2::text))
     AND ($3::text IS NULL OR $3::text = ANY(l.techniques))
     AND ($4::text IS NULL OR l.root_cause = $4::text)
     AND ($5::text IS NULL OR l.area_id = (SELECT id FROM areas WHERE kommune_id = $1 AND code = $5::text))
     AND ($6::text IS NULL OR l.outcome = $6::text)
   ORDER BY l.published_at DESC, l.id
   LIMIT ${RANK_CANDIDATES}
), hits AS (
  SELECT c.*,
         CASE WHEN $2::text IS NULL THEN 0 ELSE ts_rank(c.search, websearch_to_tsquery('danish', $2::text)) END AS rank
    FROM candidates c
   ORDER BY rank DESC, c.published_at DESC, c.id
   LIMIT $7
)
SELECT h.id, h.title, a.code AS "areaCode", a.name AS "areaName", h.techniques, h.root_cause AS "rootCause",
       h.outcome, h.published_at AS "publishedAt", h.rank::float8 AS rank,
       CASE WHEN $2::text IS NULL THEN left(h.happened, 240)
            ELSE ts_headline('danish', h.happened || ' ' || h.worked || ' ' || h.differently,
                   websearch_to_tsquery('danish', $2::text),
                   'StartSel="${HIT_START}", StopSel="${HIT_END}", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
       END AS snippet
  FROM hits h LEFT JOIN areas a ON a.id = h.area_id
 ORDER BY h.rank DESC, h.published_at DESC, h.id`;

export async function searchLearningCases(
  sql: Run,
  kommuneId: string,
  f: SearchFilters,
): Promise<SearchRow[]> {
  return sql<SearchRow>(SEARCH_SQL, [kommuneId, f.q, f.technique, f.rootCause, f.area, f.outcome, f.limit]);
}

// ---------------------------------------------------------------------------------------------------------------
// Retention: a case's unpublished draft goes with the case; buddy feedback on it loses its texts.

/** Deletes the unpublished drafts made from these cases; answers how many went. */
export async function deleteDraftsOfCases(sql: Run, caseIds: readonly string[]): Promise<number> {
  const rows = await sql(
    `DELETE FROM learning_cases WHERE case_id = ANY($1::uuid[]) AND status <> 'published' RETURNING id`,
    [[...caseIds]],
  );
  return rows.length;
}

/**
 * Erases the texts of the buddy feedback on these cases (the question, what worked, what to try next); the
 * request itself stays, answered or not, so the figure of feedback given is unchanged. Answers how many.
 */
export async function eraseFeedbackTexts(sql: Run, caseIds: readonly string[]): Promise<number> {
  const rows = await sql(
    `UPDATE feedback_requests SET question = '', what_worked = NULL, try_next = NULL
      WHERE case_id = ANY($1::uuid[]) RETURNING id`,
    [[...caseIds]],
  );
  return rows.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Buddy feedback (makkerskab).

export interface FeedbackRow {
  id: string;
  kommuneId: string;
  caseId: string;
  caseNumber: string;
  citizenId: string;
  requesterId: string;
  requesterName: string;
  reviewerId: string;
  reviewerName: string;
  question: string;
  status: string;
  whatWorked: string | null;
  tryNext: string | null;
  createdAt: Date;
  answeredAt: Date | null;
}

const FEEDBACK_SELECT = `SELECT f.id, f.kommune_id AS "kommuneId", f.case_id AS "caseId", c.number AS "caseNumber",
    c.citizen_id AS "citizenId", f.requester_id AS "requesterId", rq.name AS "requesterName",
    f.reviewer_id AS "reviewerId", rv.name AS "reviewerName", f.question, f.status,
    f.what_worked AS "whatWorked", f.try_next AS "tryNext", f.created_at AS "createdAt",
    f.answered_at AS "answeredAt"
  FROM feedback_requests f
  JOIN cases c ON c.id = f.case_id
  JOIN users rq ON rq.id = f.requester_id
  JOIN users rv ON rv.id = f.reviewer_id`;

/** An active caseworker or team lead of the kommune, who may be asked for feedback; null otherwise. */
export async function reviewerCandidate(sql: Run, kommuneId: string, userId: string): Promise<string | null> {
  const [row] = await sql<{ id: string }>(
    `SELECT id FROM users WHERE id = $1 AND kommune_id = $2 AND active AND role IN ('caseworker', 'team_lead')`,
    [userId, kommuneId],
  );
  return row?.id ?? null;
}

export async function hasOpenFeedbackRequest(sql: Run, caseId: string, reviewerId: string): Promise<boolean> {
  const rows = await sql(
    `SELECT id FROM feedback_requests WHERE case_id = $1 AND reviewer_id = $2 AND status = 'open'`,
    [caseId, reviewerId],
  );
  return rows.length > 0;
}

export async function insertFeedbackRequest(
  sql: Run,
  r: {
    kommuneId: string;
    caseId: string;
    requesterId: string;
    reviewerId: string;
    question: string;
    at: Date;
  },
): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO feedback_requests (kommune_id, case_id, requester_id, reviewer_id, question, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [r.kommuneId, r.caseId, r.requesterId, r.reviewerId, r.question, r.at],
  );
  return row!.id;
}

export async function feedbackById(sql: Run, kommuneId: string, id: string): Promise<FeedbackRow | null> {
  const [row] = await sql<FeedbackRow>(`${FEEDBACK_SELECT} WHERE f.kommune_id = $1 AND f.id = $2`, [
    kommuneId,
    id,
  ]);
  return row ?? null;
}

/** The requests the user sent and received, newest first. */
export async function feedbackOfUser(sql: Run, kommuneId: string, userId: string): Promise<FeedbackRow[]> {
  return sql<FeedbackRow>(
    `${FEEDBACK_SELECT} WHERE f.kommune_id = $1 AND (f.requester_id = $2 OR f.reviewer_id = $2)
      ORDER BY f.created_at DESC LIMIT 200`,
    [kommuneId, userId],
  );
}

/** Records the answer if the request is still open; false when it was answered already. */
export async function answerFeedbackRequest(
  sql: Run,
  id: string,
  answer: { whatWorked: string; tryNext: string },
  at: Date,
): Promise<boolean> {
  const rows = await sql(
    `UPDATE feedback_requests SET status = 'answered', what_worked = $2, try_next = $3, answered_at = $4
      WHERE id = $1 AND status = 'open' RETURNING id`,
    [id, answer.whatWorked, answer.tryNext, at],
  );
  return rows.length === 1;
}

/** Open requests made on or before the cutoff and not yet reminded, oldest first. */
export async function feedbackDueForReminder(sql: Run, cutoff: Date): Promise<string[]> {
  const rows = await sql<{ id: string }>(
    `SELECT id FROM feedback_requests WHERE status = 'open' AND reminded_at IS NULL AND created_at <= $1
      ORDER BY created_at LIMIT 500`,
    [cutoff],
  );
  return rows.map((r) => r.id);
}

export interface FeedbackReminder {
  kommuneId: string;
  caseId: string;
  caseNumber: string;
  requesterEmail: string;
  requesterName: string;
  reviewerEmail: string;
  reviewerName: string;
}

/** Claims the request's one reminder (null when it was answered or reminded meanwhile): who to remind. */
export async function claimFeedbackReminder(
  sql: Run,
  id: string,
  at: Date,
): Promise<FeedbackReminder | null> {
  const [row] = await sql<FeedbackReminder>(
    `UPDATE feedback_requests f SET reminded_at = $2
       FROM users rq, users rv, cases c
      WHERE f.id = $1 AND f.status = 'open' AND f.reminded_at IS NULL
        AND rq.id = f.requester_id AND rv.id = f.reviewer_id AND c.id = f.case_id
      RETURNING f.kommune_id AS "kommuneId", f.case_id AS "caseId", c.number AS "caseNumber",
                rq.email AS "requesterEmail", rq.name AS "requesterName",
                rv.email AS "reviewerEmail", rv.name AS "reviewerName"`,
    [id, at],
  );
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Figures for the effect dashboard.

export interface FigurePeriod {
  kommuneId: string;
  from: string;
  to: string; // inclusive
  departmentId: string | null;
}

/** Learning cases published in the period (of the department's, when given). */
export async function countCasesShared(sql: Run, p: FigurePeriod): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM learning_cases
      WHERE kommune_id = $1 AND status = 'published' AND ($4::uuid IS NULL OR department_id = $4)
        AND published_at >= $2::date AND published_at < $3::date + 1`,
    [p.kommuneId, p.from, p.to, p.departmentId],
  );
  return row?.n ?? 0;
}

/** Buddy feedback answered in the period (asked by the department's staff, when given). */
export async function countFeedbackGiven(sql: Run, p: FigurePeriod): Promise<number> {
  const [row] = await sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM feedback_requests f JOIN users u ON u.id = f.requester_id
      WHERE f.kommune_id = $1 AND f.status = 'answered' AND ($4::uuid IS NULL OR u.department_id = $4)
        AND f.answered_at >= $2::date AND f.answered_at < $3::date + 1`,
    [p.kommuneId, p.from, p.to, p.departmentId],
  );
  return row?.n ?? 0;
}

// ---------------------------------------------------------------------------------------------------------------
// The training register: courses and their sessions, participants, buddy pairs, action plans, settings.

export interface MethodStartRow {
  departmentId: string;
  name: string;
  methodStartedOn: string | null;
}

/** Each department's start with the method (departments.method_started_on), by name. */
export async function methodStarts(sql: Run, kommuneId: string): Promise<MethodStartRow[]> {
  return sql<MethodStartRow>(
    `SELECT id AS "departmentId", name, to_char(method_started_on, 'YYYY-MM-DD') AS "methodStartedOn"
       FROM departments WHERE kommune_id = $1 ORDER BY name, id`,
    [kommuneId],
  );
}

export interface StaffRow {
  userId: string;
  name: string;
  email: string;
  departmentId: string | null;
  role: string;
  active: boolean;
  startedOn: string;
  /** The days they attended a session of one of `kinds`. */
  trainedOn: string[] | null;
}

/** The kommune's users of the roles, with the days they attended a session of the kinds. */
export async function staffWithTraining(
  sql: Run,
  kommuneId: string,
  kinds: readonly string[],
  roles: readonly string[],
): Promise<StaffRow[]> {
  return sql<StaffRow>(
    `SELECT u.id AS "userId", u.name, u.email, u.department_id AS "departmentId", u.role, u.active,
            to_char(u.created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS "startedOn",
            ARRAY(SELECT to_char(s.held_on, 'YYYY-MM-DD') FROM training_participants p
                    JOIN training_sessions s ON s.id = p.session_id
                   WHERE p.user_id = u.id AND p.attended AND s.kind = ANY($2::text[])) AS "trainedOn"
       FROM users u
      WHERE u.kommune_id = $1 AND u.role = ANY($3::text[])`,
    [kommuneId, [...kinds], [...roles]],
  );
}

/** The kommune's introduction weeks, or null when it has not set them. */
export async function introductionWeeksOf(sql: Run, kommuneId: string): Promise<number | null> {
  const [row] = await sql<{ weeks: number }>(
    'SELECT introduction_weeks AS weeks FROM training_settings WHERE kommune_id = $1',
    [kommuneId],
  );
  return row?.weeks ?? null;
}

export async function upsertIntroductionWeeks(sql: Run, kommuneId: string, weeks: number): Promise<void> {
  await sql(
    `INSERT INTO training_settings (kommune_id, introduction_weeks) VALUES ($1, $2)
     ON CONFLICT (kommune_id) DO UPDATE SET introduction_weeks = excluded.introduction_weeks`,
    [kommuneId, weeks],
  );
}

export interface CourseRow {
  id: string;
  title: string;
  description: string;
  departmentId: string | null;
}

/** The kommune's courses: the newest first. */
export async function coursesOf(sql: Run, kommuneId: string): Promise<CourseRow[]> {
  return sql<CourseRow>(
    `SELECT id, title, description, department_id AS "departmentId" FROM training_courses
      WHERE kommune_id = $1 ORDER BY created_at DESC, id LIMIT 200`,
    [kommuneId],
  );
}

export interface SessionRow {
  id: string;
  courseId: string;
  kind: string;
  title: string;
  heldOn: string;
  departmentId: string | null;
}

export async function sessionsOf(sql: Run, kommuneId: string): Promise<SessionRow[]> {
  return sql<SessionRow>(
    `SELECT id, course_id AS "courseId", kind, title, to_char(held_on, 'YYYY-MM-DD') AS "heldOn",
            department_id AS "departmentId"
       FROM training_sessions WHERE kommune_id = $1 ORDER BY held_on, id LIMIT 1000`,
    [kommuneId],
  );
}

export async function participantsOf(
  sql: Run,
  kommuneId: string,
): Promise<{ sessionId: string; userId: string; name: string; attended: boolean | null }[]> {
  return sql(
    `SELECT p.session_id AS "sessionId", p.user_id AS "userId", u.name, p.attended
       FROM training_participants p JOIN users u ON u.id = p.user_id
      WHERE p.kommune_id = $1 ORDER BY u.name`,
    [kommuneId],
  );
}

export interface PairRow {
  id: string;
  aId: string;
  aName: string;
  aDepartmentId: string | null;
  bId: string;
  bName: string;
  bDepartmentId: string | null;
}

export async function buddyPairsOf(sql: Run, kommuneId: string): Promise<PairRow[]> {
  return sql<PairRow>(
    `SELECT b.id, a.id AS "aId", a.name AS "aName", a.department_id AS "aDepartmentId",
            c.id AS "bId", c.name AS "bName", c.department_id AS "bDepartmentId"
       FROM buddy_pairs b JOIN users a ON a.id = b.user_a JOIN users c ON c.id = b.user_b
      WHERE b.kommune_id = $1 ORDER BY b.created_at DESC`,
    [kommuneId],
  );
}

export interface PlanRow {
  id: string;
  userId: string;
  name: string;
  departmentId: string | null;
  goal: string;
  followUpOn: string;
  followedUp: boolean;
}

export async function actionPlansOf(sql: Run, kommuneId: string): Promise<PlanRow[]> {
  return sql<PlanRow>(
    `SELECT p.id, p.user_id AS "userId", u.name, u.department_id AS "departmentId", p.goal,
            to_char(p.follow_up_on, 'YYYY-MM-DD') AS "followUpOn", p.followed_up_at IS NOT NULL AS "followedUp"
       FROM action_plans p JOIN users u ON u.id = p.user_id
      WHERE p.kommune_id = $1 ORDER BY p.follow_up_on, p.id LIMIT 500`,
    [kommuneId],
  );
}

/** Active staff of the kommune (anyone but citizens), by name. */
export async function activeStaffOf(
  sql: Run,
  kommuneId: string,
): Promise<{ id: string; name: string; departmentId: string | null; startedOn: string }[]> {
  return sql(
    `SELECT id, name, department_id AS "departmentId",
            to_char(created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS "startedOn"
       FROM users WHERE kommune_id = $1 AND active AND role <> 'citizen' ORDER BY name, id`,
    [kommuneId],
  );
}

/** The departments of those of the users who are active staff of the kommune. */
export async function staffDepartments(
  sql: Run,
  kommuneId: string,
  ids: readonly string[],
): Promise<{ id: string; departmentId: string | null }[]> {
  return sql(
    `SELECT id, department_id AS "departmentId" FROM users
      WHERE kommune_id = $1 AND active AND role <> 'citizen' AND id = ANY($2::uuid[])`,
    [kommuneId, [...ids]],
  );
}

export async function departmentExists(sql: Run, kommuneId: string, id: string): Promise<boolean> {
  const rows = await sql('SELECT 1 FROM departments WHERE kommune_id = $1 AND id = $2', [kommuneId, id]);
  return rows.length > 0;
}

/** A course's department (null: kommune-wide); null when the kommune has no such course. */
export async function courseDepartment(
  sql: Run,
  kommuneId: string,
  id: string,
): Promise<{ departmentId: string | null } | null> {
  const [row] = await sql<{ departmentId: string | null }>(
    'SELECT department_id AS "departmentId" FROM training_courses WHERE kommune_id = $1 AND id = $2',
    [kommuneId, id],
  );
  return row ?? null;
}

/** A session's department (its course's); null when the kommune has no such session. */
export async function sessionDepartment(
  sql: Run,
  kommuneId: string,
  id: string,
): Promise<{ departmentId: string | null } | null> {
  const [row] = await sql<{ departmentId: string | null }>(
    'SELECT department_id AS "departmentId" FROM training_sessions WHERE kommune_id = $1 AND id = $2',
    [kommuneId, id],
  );
  return row ?? null;
}

export async function insertCourse(
  sql: Run,
  c: {
    kommuneId: string;
    departmentId: string | null;
    title: string;
    description: string;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO training_courses (kommune_id, department_id, title, description, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [c.kommuneId, c.departmentId, c.title, c.description, c.createdBy, c.at],
  );
  return row!.id;
}

/** Deletes a course with its sessions (and their participants and attendance). */
export async function deleteCourseRow(sql: Run, kommuneId: string, id: string): Promise<void> {
  await sql('DELETE FROM training_courses WHERE kommune_id = $1 AND id = $2', [kommuneId, id]);
}

/** A new session of the course, in the course's department. */
export async function insertSession(
  sql: Run,
  s: {
    kommuneId: string;
    courseId: string;
    kind: string;
    title: string;
    heldOn: string;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO training_sessions (kommune_id, course_id, department_id, kind, title, held_on, created_by, created_at)
     SELECT $1, c.id, c.department_id, $3, $4, $5, $6, $7 FROM training_courses c
      WHERE c.kommune_id = $1 AND c.id = $2
     RETURNING id`,
    [s.kommuneId, s.courseId, s.kind, s.title, s.heldOn, s.createdBy, s.at],
  );
  return row!.id;
}

export async function deleteSessionRow(sql: Run, kommuneId: string, id: string): Promise<void> {
  await sql('DELETE FROM training_sessions WHERE kommune_id = $1 AND id = $2', [kommuneId, id]);
}

/** Replaces the session's participants by these (run in a transaction). */
export async function replaceParticipants(
  sql: Run,
  kommuneId: string,
  sessionId: string,
  participants: readonly { userId: string; attended: boolean | null }[],
): Promise<void> {
  await sql('DELETE FROM training_participants WHERE session_id = $1', [sessionId]);
  for (const p of participants)
    await sql(
      `INSERT INTO training_participants (session_id, user_id, kommune_id, attended) VALUES ($1, $2, $3, $4)
       ON CONFLICT (session_id, user_id) DO UPDATE SET attended = excluded.attended`,
      [sessionId, p.userId, kommuneId, p.attended],
    );
}

export async function insertBuddyPair(
  sql: Run,
  kommuneId: string,
  userA: string,
  userB: string,
  at: Date,
): Promise<string> {
  const [row] = await sql<{ id: string }>(
    'INSERT INTO buddy_pairs (kommune_id, user_a, user_b, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
    [kommuneId, userA, userB, at],
  );
  return row!.id;
}

/** The departments of a pair's two colleagues; null when the kommune has no such pair. */
export async function pairDepartments(
  sql: Run,
  kommuneId: string,
  id: string,
): Promise<{ a: string | null; b: string | null } | null> {
  const [row] = await sql<{ a: string | null; b: string | null }>(
    `SELECT a.department_id AS a, c.department_id AS b
       FROM buddy_pairs p JOIN users a ON a.id = p.user_a JOIN users c ON c.id = p.user_b
      WHERE p.kommune_id = $1 AND p.id = $2`,
    [kommuneId, id],
  );
  return row ?? null;
}

export async function deleteBuddyPairRow(sql: Run, kommuneId: string, id: string): Promise<void> {
  await sql('DELETE FROM buddy_pairs WHERE kommune_id = $1 AND id = $2', [kommuneId, id]);
}

export async function insertActionPlan(
  sql: Run,
  p: { kommuneId: string; userId: string; goal: string; followUpOn: string; at: Date },
): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO action_plans (kommune_id, user_id, goal, follow_up_on, created_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [p.kommuneId, p.userId, p.goal, p.followUpOn, p.at],
  );
  return row!.id;
}

/** The department of an action plan's holder; null when the kommune has no such plan. */
export async function planDepartment(
  sql: Run,
  kommuneId: string,
  id: string,
): Promise<{ departmentId: string | null } | null> {
  const [row] = await sql<{ departmentId: string | null }>(
    `SELECT u.department_id AS "departmentId" FROM action_plans p JOIN users u ON u.id = p.user_id
      WHERE p.kommune_id = $1 AND p.id = $2`,
    [kommuneId, id],
  );
  return row ?? null;
}

export async function deleteActionPlanRow(sql: Run, kommuneId: string, id: string): Promise<void> {
  await sql('DELETE FROM action_plans WHERE kommune_id = $1 AND id = $2', [kommuneId, id]);
}

export async function markFollowedUp(sql: Run, kommuneId: string, id: string, at: Date): Promise<void> {
  await sql(
    'UPDATE action_plans SET followed_up_at = coalesce(followed_up_at, $3) WHERE kommune_id = $1 AND id = $2',
    [kommuneId, id, at],
  );
}

export async function allKommuneIds(sql: Run): Promise<string[]> {
  const rows = await sql<{ kommuneId: string }>('SELECT kommune_id AS "kommuneId" FROM kommuner');
  return rows.map((r) => r.kommuneId);
}

/** Claims the one flag of a staff member not introduced in time; false when they were flagged before. */
export async function claimIntroductionFlag(
  sql: Run,
  f: { userId: string; kommuneId: string; leadId: string | null; at: Date },
): Promise<boolean> {
  const rows = await sql(
    `INSERT INTO introduction_flags (user_id, kommune_id, lead_id, flagged_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
    [f.userId, f.kommuneId, f.leadId, f.at],
  );
  return rows.length === 1;
}

/** Action plans not followed up nor reminded, due for follow-up by the day after `today`. */
export async function actionPlansDueForReminder(sql: Run, today: string): Promise<string[]> {
  const rows = await sql<{ id: string }>(
    `SELECT id FROM action_plans
      WHERE followed_up_at IS NULL AND reminded_at IS NULL AND follow_up_on <= $1::date + 1`,
    [today],
  );
  return rows.map((r) => r.id);
}

/** Claims an action plan's one reminder (null when it was reminded meanwhile): its holder and due day. */
export async function claimActionPlanReminder(
  sql: Run,
  id: string,
  at: Date,
): Promise<{ kommuneId: string; email: string; name: string; dueOn: string } | null> {
  const [row] = await sql<{ kommuneId: string; email: string; name: string; dueOn: string }>(
    `UPDATE action_plans a SET reminded_at = $2 FROM users u
      WHERE a.id = $1 AND a.reminded_at IS NULL AND u.id = a.user_id
      RETURNING a.kommune_id AS "kommuneId", u.email, u.name, to_char(a.follow_up_on, 'YYYY-MM-DD') AS "dueOn"`,
    [id, at],
  );
  return row ?? null;
}

// ---------------------------------------------------------------------------------------------------------------
// Demo data.

/** The staff of a department by role (for the demo register), oldest account first. */
export async function departmentStaff(
  sql: Run,
  kommuneId: string,
): Promise<{ id: string; role: string; departmentId: string | null }[]> {
  return sql(
    `SELECT id, role, department_id AS "departmentId" FROM users
      WHERE kommune_id = $1 AND active AND role IN ('caseworker', 'team_lead') ORDER BY created_at, email`,
    [kommuneId],
  );
}

/** A learning case published as it stands (its texts already without personal data), searchable. */
export async function insertPublishedLearningCase(
  sql: Run,
  l: {
    kommuneId: string;
    departmentId: string;
    authorId: string;
    title: string;
    happened: string;
    worked: string;
    differently: string;
    techniques: string[];
    rootCause: string;
    outcome: string;
    at: Date;
  },
): Promise<void> {
  await sql(
    `INSERT INTO learning_cases (kommune_id, department_id, area_id, author_id, status, title, happened, worked,
       differently, techniques, root_cause, outcome, created_at, updated_at, published_at, search)
     VALUES ($1, $2, (SELECT id FROM areas WHERE kommune_id = $1 ORDER BY code LIMIT 1), $3, 'published', $4, $5,
       $6, $7, ARRAY(SELECT jsonb_array_elements_text($8::jsonb)), $9, $10, $11, $11, $11,
       setweight(to_tsvector('danish', $4), 'A') || setweight(to_tsvector('danish', $5 || ' ' || $6 || ' ' || $7), 'B'))`,
    [
      l.kommuneId,
      l.departmentId,
      l.authorId,
      l.title,
      l.happened,
      l.worked,
      l.differently,
      JSON.stringify(l.techniques),
      l.rootCause,
      l.outcome,
      l.at,
    ],
  );
}
