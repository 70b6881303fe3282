// The letters sent on a case, as documents for the case bundle to the appeals body (sagsakter).
import { localDate } from '../../core/calendar.js';
import type { AppContext } from '../../platform/context.js';
import type { CaseDocument, CaseRef } from '../../platform/module.js';
import { sentLetters } from './queries.js';

/** Letters come after the complaint, the decision and the conversation notes in the bundle. */
const BUNDLE_ORDER = 40;

export async function sentLetterDocuments(ctx: AppContext, ref: CaseRef): Promise<CaseDocument[]> {
  const rows = await sentLetters(ctx.db, ref.caseId);
  return rows.map((l, i) => ({
    kind: 'letter',
    title: l.title,
    date: l.sentAt ? localDate(l.sentAt) : null,
    body: l.sections.map((s) => `${s.heading}\n\n${s.body}`).join('\n\n'),
    order: BUNDLE_ORDER + i / 1000,
  }));
}
