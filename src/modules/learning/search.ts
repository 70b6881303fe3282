// Search across the kommune's published learning cases: Danish stemming, filters by tag and area, ranked,
// with highlighted snippets. Published cases are redacted and reviewed, so a search is not a use of personal
// data and is not audited.
import type { AppContext } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import type { Actor } from '../../platform/policies.js';
import { HIT_END, HIT_START, searchLearningCases } from './queries.js';
import { areaOf, type SearchItem, type SnippetPart } from './shapes.js';

export interface LearningQuery {
  q?: string;
  technique?: string;
  rootCause?: string;
  area?: string;
  outcome?: string;
  limit?: number;
}

export type { SnippetPart };

/** ts_headline's text with its marks, as parts: the client shows `hit` parts highlighted, and escapes all. */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const piece of snippet.split(HIT_START)) {
    const end = piece.indexOf(HIT_END);
    if (end >= 0) {
      parts.push({ text: piece.slice(0, end), hit: true });
      if (end + 1 < piece.length) parts.push({ text: piece.slice(end + 1), hit: false });
    } else if (piece) parts.push({ text: piece, hit: false });
  }
  return parts;
}

export async function searchPublished(
  ctx: AppContext,
  actor: Actor,
  query: LearningQuery,
): Promise<SearchItem[]> {
  const q = query.q?.trim() || null;
  // Letters or digits are needed to search by: "!!" would otherwise find nothing without saying why.
  if (q && (q.length < 2 || !/[\p{L}\p{N}]/u.test(q)))
    throw badRequest('learning.error.q', { q: 'learning.error.q' });
  const rows = await searchLearningCases(ctx.dbh.sql.bind(ctx.dbh), actor.kommuneId, {
    q,
    technique: query.technique ?? null,
    rootCause: query.rootCause ?? null,
    area: query.area ?? null,
    outcome: query.outcome ?? null,
    limit: query.limit ?? 20,
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    area: areaOf(r),
    techniques: r.techniques,
    rootCause: r.rootCause,
    outcome: r.outcome,
    publishedAt: new Date(r.publishedAt).toISOString(),
    rank: Number(r.rank),
    snippet: snippetParts(r.snippet ?? ''),
  }));
}
