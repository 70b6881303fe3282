// Finding the citizen an access or erasure request is about. A search of personal data: audited.
import { recordAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/policies.js';
import { type CitizenMatch, searchCitizens } from './queries.js';

export const SEARCH_PURPOSE = 'indsigt og sletning'; // formål: answering a citizen's art. 15/17 request

export async function findCitizens(
  ctx: AppContext,
  actor: Actor,
  by: { caseNumber?: string; cprHash?: string; email?: string },
  ip: string | null,
): Promise<CitizenMatch[]> {
  const found = await searchCitizens(ctx, actor.kommuneId, by);
  // One row per citizen found, so each sees the look-up among their own; a search that finds nobody is
  // logged all the same.
  const subjects = found.length > 0 ? found.map((c) => c.id) : [null];
  for (const citizenId of subjects) {
    await recordAudit(ctx, {
      kommuneId: actor.kommuneId,
      userId: actor.userId,
      action: 'search',
      subjectType: 'citizen',
      subjectId: citizenId,
      citizenId,
      purpose: SEARCH_PURPOSE,
      ip,
    });
  }
  return found;
}
