// The staff API call behind the search page.
import { api } from '../../../../web/src/app/api.js';
import type { SearchResult as ServerSearchResult } from '../search.js';

export type SearchResult = ServerSearchResult;

export const searchCases = (q: string, purpose: string) =>
  api<SearchResult>('POST', '/cases/search', { q, purpose });
