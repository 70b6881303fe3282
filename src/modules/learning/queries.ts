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
