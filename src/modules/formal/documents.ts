// The formal module's own document on a case, for the case bundle: the re-assessment with its reasoning.
import { translator } from '../../i18n/index.js';
import type { AppContext } from '../../platform/context.js';
import type { CaseDocument, CaseRef } from '../../platform/module.js';
import { formalMessages } from './messages.js';
import { findTrack } from './queries.js';

const t = translator([formalMessages], 'da');

export async function formalDocuments(ctx: AppContext, ref: CaseRef): Promise<CaseDocument[]> {
  const track = await findTrack(ctx.db, ref.kommuneId, ref.caseId);
  if (!track?.reassessmentResult) return [];
  return [
    {
      kind: 'reassessment',
      title: t('formal.document.reassessment'),
      date: track.reassessedOn,
      body: t('formal.document.reassessmentBody', {
        result: t(`formal.result.${track.reassessmentResult}`),
        reasoning: track.reassessmentReasoning ?? '',
      }),
      order: 40,
    },
  ];
}
