// Case search (sagssøgning): any case the staff member may read — the queue's scope (caseScope), closed cases
// included — by case number, the citizen's phone, e-mail or name, or words of the description (Danish full-text
// search). A search by personal data is itself a use of it: each search is audited with the purpose the user
// gave and what they searched for, and each case it showed with the same purpose.
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { localDate } from '../../core/calendar.js';
import {
  namePrefixQuery,
  SEARCH_PURPOSE_MAX,
  SEARCH_PURPOSE_MIN,
  type SearchCriteria,
  searchCriteria,
} from '../../core/search.js';
import { type AuditEntry, recordAudits } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import type { Actor } from '../../platform/policies.js';
import { caseScope } from './case-scope.js';
import { type QueueItem, queueColumns, toQueueItem, withQueueJoins } from './queue.js';
import { cases } from './tables.js';

/** The most results one search shows; past it the page asks for a narrower search. */
export const SEARCH_LIMIT = 50;

export interface SearchHit extends QueueItem {
  closedAt: string | null;
}

export interface SearchResult {
  /** How the term was read: case number, phone, e-mail, or words (name and description). */
  by: SearchCriteria['by'];
  items: SearchHit[];
  /** More cases match than are shown. */
  more: boolean;
}

export interface SearchInput {
  q: string;
  purpose: string;
}

/** The cases matching the criteria within the kommune, as a condition on `cases`. Every branch has an index. */
function matching(kommuneId: string, c: SearchCriteria): SQL {
  switch (c.by) {
    case 'caseNumber': // cases_number
      return and(eq(cases.kommuneId, kommuneId), eq(cases.number, c.caseNumber))!;
    case 'phone': // citizens_phone, then cases_citizen
      return sql`${cases.citizenId} in (select z.id from citizens z where z.kommune_id = ${kommuneId} and z.phone = ${c.phone})`;
    case 'email': // citizens_email_lower
      return sql`${cases.citizenId} in (select z.id from citizens z where z.kommune_id = ${kommuneId} and lower(z.email) = ${c.email})`;
    case 'words': // citizens_name_search, cases_search
      return sql`${cases.id} in (
        select d.id from cases d
         where d.kommune_id = ${kommuneId}
           and to_tsvector('danish', d.description) @@ websearch_to_tsquery('danish', ${c.text})
        union
        select d.id from cases d
         where d.citizen_id in (
           select z.id from citizens z
            where z.kommune_id = ${kommuneId}
              and to_tsvector('simple', z.name) @@ to_tsquery('simple', ${namePrefixQuery(c.namePrefixes)})))`;
  }
}

/** Refuses (400, per field, in the user's language) a search without a usable term or a purpose. */
function checked(input: SearchInput): { criteria: SearchCriteria; purpose: string } {
  const criteria = searchCriteria(input.q ?? '');
  const purpose = (input.purpose ?? '').trim();
  const fields: Record<string, string> = {};
  if (!criteria) fields.q = 'dialogue.search.error.q';
  if (purpose.length < SEARCH_PURPOSE_MIN || purpose.length > SEARCH_PURPOSE_MAX) {
    fields.purpose = 'dialogue.search.error.purpose';
  }
  if (!criteria || fields.purpose) throw badRequest('dialogue.search.error.invalid', fields);
  return { criteria, purpose };
}

export async function searchCases(
  ctx: AppContext,
  actor: Actor,
  input: SearchInput,
  ip: string | null,
): Promise<SearchResult> {
  const { criteria, purpose } = checked(input);
  const rows = await withQueueJoins(
    ctx.db
      .select({ ...queueColumns, id: cases.id, citizenId: cases.citizenId, closedAt: cases.closedAt })
      .from(cases)
      .$dynamic(),
  )
    .where(and(caseScope(actor), matching(actor.kommuneId, criteria)))
    .orderBy(desc(cases.receivedAt), desc(cases.number))
    .limit(SEARCH_LIMIT + 1);
  const shown = rows.slice(0, SEARCH_LIMIT);

  // One row for the search (with its criterion), one per case it showed, so the citizen's own log has it too.
  const base = { kommuneId: actor.kommuneId, userId: actor.userId, purpose, ip } as const;
  const entries: AuditEntry[] = [
    { ...base, action: 'search', subjectType: 'case', criterion: input.q.trim() },
    ...shown.map(
      (r): AuditEntry => ({
        ...base,
        action: 'search',
        subjectType: 'case',
        subjectId: r.caseNumber,
        caseId: r.id,
        citizenId: r.citizenId,
      }),
    ),
  ];
  await recordAudits(ctx, entries);

  const today = localDate(ctx.now());
  return {
    by: criteria.by,
    items: shown.map((r) => ({ ...toQueueItem(r, today), closedAt: r.closedAt?.toISOString() ?? null })),
    more: rows.length > SEARCH_LIMIT,
  };
}
