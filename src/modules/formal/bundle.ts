// The case bundle (sagsakter) sent to the appeals body: our cover letter (følgebrev) first, then every module's
// documents on the case in bundle order, each on its own page. Made once, at forwarding, and kept as sent (the
// PDF bytes are stored): what the appeals body got must not change when a note is edited afterwards.
import type { IsoDate } from '../../core/calendar.js';
import { translator } from '../../i18n/index.js';
import type { CaseDocument } from '../../platform/module.js';
import { renderPdf } from '../../platform/pdf.js';
import { formalMessages } from './messages.js';

const t = translator([formalMessages], 'da');

export interface BundleInput {
  caseNumber: string;
  kommune: string;
  appealsBody: string;
  date: IsoDate;
  receivedOn: IsoDate;
  reassessmentDue: IsoDate | null;
  result: 'upheld' | 'partly_changed';
  reasoning: string;
  late: { deadline: IsoDate; accepted: boolean; reason: string } | null;
  documents: readonly CaseDocument[];
}

const paragraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

export function renderBundle(b: BundleInput): Promise<Buffer> {
  const cover = [
    t('formal.bundle.cover', { caseNumber: b.caseNumber, result: t(`formal.bundle.result.${b.result}`) }),
    t('formal.bundle.reasoning', { reasoning: b.reasoning }),
    ...(b.reassessmentDue
      ? [t('formal.bundle.deadline', { receivedOn: b.receivedOn, due: b.reassessmentDue })]
      : []),
    ...(b.late
      ? [
          t('formal.bundle.late', {
            deadline: b.late.deadline,
            decision: t(b.late.accepted ? 'formal.bundle.lateAccepted' : 'formal.bundle.lateRejected'),
            reason: b.late.reason,
          }),
        ]
      : []),
    t('formal.bundle.contents'),
    ...b.documents.map((d, i) => `${i + 1}. ${d.title}${d.date ? ` (${d.date})` : ''}`),
  ];
  return renderPdf({
    title: t('formal.bundle.title', { caseNumber: b.caseNumber }),
    lang: 'da-DK',
    author: b.kommune,
    meta: [
      t('formal.bundle.to', { appealsBody: b.appealsBody }),
      t('formal.bundle.from', { kommune: b.kommune }),
      t('formal.bundle.date', { date: b.date }),
    ],
    sections: [
      { heading: t('formal.bundle.coverHeading'), paragraphs: cover },
      ...b.documents.map((d) => ({
        heading: `${d.title}${d.date ? ` (${d.date})` : ''}`,
        paragraphs: paragraphs(d.body),
        newPage: true,
      })),
    ],
  });
}
