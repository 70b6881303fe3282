// Retention and erasure (GDPR art. 17) of learning. A draft keeps the author's texts as written, before the
// review has taken the names, numbers and addresses out, so it is personal data of the case's citizen: when the
// case is anonymised (by the retention run or an erasure), its unpublished draft goes with it. A published
// learning case holds only the reviewed, redacted texts and no names; it stays. Buddy feedback on the case's
// conversation record (the question, what worked, what to try next) speaks of that conversation: its texts are
// erased, the request itself stays (who asked whom, answered or not — the figure of feedback given).
import type { SqlRunner } from '../../adapters/db/client.js';
import { deleteDraftsOfCases, eraseFeedbackTexts } from './queries.js';

/** Deletes the unpublished drafts made from these cases; answers how many went. */
export async function eraseLearningDrafts(sql: SqlRunner, caseIds: readonly string[]): Promise<number> {
  if (caseIds.length === 0) return 0;
  return deleteDraftsOfCases(sql, caseIds);
}

/** What the module strips from the cases being anonymised: their drafts, and the texts of feedback on them. */
export async function anonymiseLearning(
  sql: SqlRunner,
  caseIds: readonly string[],
): Promise<{ drafts: number; feedback: number }> {
  if (caseIds.length === 0) return { drafts: 0, feedback: 0 };
  return {
    drafts: await deleteDraftsOfCases(sql, caseIds),
    feedback: await eraseFeedbackTexts(sql, caseIds),
  };
}
