// The learning module's panel on the case page: on a closed case, make a learning case of it in one click; on a
// case with conversation notes, ask a named colleague for feedback on them (makkerskab).
import { type FormEvent, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { SelectField, TextArea } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { navigate } from '../../../../web/src/app/router.js';
import type { CasePanel } from '../../../platform/ui.js';
import type { CasePanelProps } from '../../cases/ui/index.js';
import { askFeedback, makeLearningCase } from './learning-api.js';
import { Options } from './options.js';

function LearningPanel({ c, myId, staff }: CasePanelProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const [reviewer, setReviewer] = useState('');
  const [question, setQuestion] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const hasNotes = Object.values(c.conversation?.notes ?? {}).some((n) => n.trim() !== '');
  if (c.state !== 'closed' && !hasNotes) return null;

  const share = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const draft = await makeLearningCase(c.caseNumber);
      navigate(`/laering/${draft.id}`);
    } catch (e) {
      setNotice({ text: refusalText(t, e), error: true });
      setBusy(false);
    }
  };

  const ask = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setNotice(null);
    try {
      await askFeedback(c.caseNumber, reviewer, question.trim());
      setErrors({});
      setQuestion('');
      setNotice({ text: t('learning.ui.panel.asked'), error: false });
    } catch (err) {
      setErrors(err instanceof ApiError ? (err.fields ?? {}) : {});
      setNotice({ text: refusalText(t, err), error: true });
    } finally {
      setBusy(false);
    }
  };

  const colleagues = (staff ?? []).filter((u) => u.id !== myId);
  return (
    <section aria-labelledby="learning-panel-heading">
      <h2 id="learning-panel-heading">{t('learning.ui.panel.title')}</h2>
      <NoticeRegion notice={notice} />
      {c.state === 'closed' && (
        <>
          <p>{t('learning.ui.panel.shareIntro')}</p>
          <button type="button" className="button button-secondary" onClick={share} disabled={busy}>
            {t('learning.ui.panel.share')}
          </button>
        </>
      )}
      {hasNotes && colleagues.length > 0 && (
        <form onSubmit={ask} noValidate className="mt-6">
          <h3>{t('learning.ui.panel.askTitle')}</h3>
          <SelectField
            id="feedback-reviewer"
            label={t('learning.ui.panel.reviewer')}
            value={reviewer}
            onChange={setReviewer}
            error={errors.reviewerId}
          >
            <Options
              empty={t('learning.ui.panel.chooseReviewer')}
              items={colleagues}
              value={(u) => u.id}
              label={(u) => u.name}
            />
          </SelectField>
          <TextArea
            id="feedback-question"
            label={t('learning.ui.panel.question')}
            optional
            maxLength={2000}
            value={question}
            onChange={setQuestion}
            error={errors.question}
          />
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('learning.ui.panel.ask')}
          </button>
        </form>
      )}
    </section>
  );
}

export const learningPanels: CasePanel<CasePanelProps>[] = [
  { key: 'learning.share', column: 'side', position: 50, component: LearningPanel },
];
