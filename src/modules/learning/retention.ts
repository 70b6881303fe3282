// Retention and erasure (GDPR art. 17) of learning cases. A draft keeps the author's texts as written, before
// the review has taken the names, numbers and addresses out, so it is personal data of the case's citizen: when
// the case is anonymised (by the retention run or an erasure), its unpublished draft goes with it. A published
// learning case holds only the reviewed, redacted texts and no names; it stays.
import type { SqlRunner } from '../../adapters/db/client.js';

/** Deletes the unpublished drafts made from these cases; answers how many went. */
export async function eraseLearningDrafts(sql: SqlRunner, caseIds: readonly string[]): Promise<number> {
  if (caseIds.length === 0) return 0;
  const rows = await sql(
    `DELETE FROM learning_cases WHERE case_id = ANY($1::uuid[]) AND status <> 'published' RETURNING id`,
    [[...caseIds]],
  );
  return rows.length;
}
