// The case's own documents for the case bundle (sagsakter): the complaint as the citizen wrote it, and the
// decision complained about as far as we know it. Danish: the bundle goes to a Danish appeals body.
import { and, eq } from 'drizzle-orm';
import { translator } from '../../i18n/index.js';
import type { AppContext } from '../../platform/context.js';
import type { CaseDocument, CaseRef } from '../../platform/module.js';
import { caseDocumentMessages } from './documents-messages.js';
import { cases } from './tables.js';

const t = translator([caseDocumentMessages], 'da');

/** Bundle order: the decision first (what is appealed), then the complaint. */
export async function caseOwnDocuments(ctx: AppContext, ref: CaseRef): Promise<CaseDocument[]> {
  const [c] = await ctx.db
    .select({
      number: cases.number,
      kind: cases.kind,
      description: cases.description,
      receivedOn: cases.receivedOn,
      decisionDate: cases.decisionDate,
      decisionReference: cases.decisionReference,
    })
    .from(cases)
    .where(and(eq(cases.kommuneId, ref.kommuneId), eq(cases.id, ref.caseId)))
    .limit(1);
  if (!c) return [];
  const decisionLines = [
    ...(c.decisionDate ? [t('cases.document.decisionDate', { date: c.decisionDate })] : []),
    ...(c.decisionReference
      ? [t('cases.document.decisionReference', { reference: c.decisionReference })]
      : []),
  ];
  const documents: CaseDocument[] = [
    {
      kind: 'complaint',
      title: t('cases.document.complaint'),
      date: c.receivedOn,
      body: `${t('cases.document.complaintBody', { receivedOn: c.receivedOn, caseNumber: c.number })}\n\n${c.description}`,
      order: 20,
    },
  ];
  if (c.kind === 'complaint') {
    documents.unshift({
      kind: 'decision',
      title: t('cases.document.decision'),
      date: c.decisionDate,
      body: decisionLines.length > 0 ? decisionLines.join('\n\n') : t('cases.document.decisionUnknown'),
      order: 10,
    });
  }
  return documents;
}
