// The conversation for someone who may read but not edit it: notes per phase, causes, talk time.
import { useI18n } from '../../../../web/src/app/i18n.js';
import { CONVERSATION_PHASES } from '../../../core/conversation.js';
import type { ConversationView } from '../conversation.js';
import { draftFrom, formatDuration, isoDuration } from './conversation-logic.js';

export function ConversationReadOnly({ conversation }: { conversation: ConversationView | null }) {
  const { t } = useI18n();
  if (!conversation) return <p>{t('dialogue.guide.notStarted')}</p>;
  const draft = draftFrom(conversation);
  return (
    <>
      <p className="form-hint">{t('dialogue.guide.readOnly')}</p>
      <dl className="case-facts">
        <div>
          <dt>{t('dialogue.guide.total')}</dt>
          <dd>
            <time dateTime={isoDuration(conversation.durationSeconds)}>
              {formatDuration(conversation.durationSeconds)}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('dialogue.guide.primaryCause')}</dt>
          <dd>
            {draft.rootCause ? t(`dialogue.guide.cause.${draft.rootCause}`) : t('dialogue.guide.noCause')}
          </dd>
        </div>
        {draft.secondaryCauses.length > 0 && (
          <div>
            <dt>{t('dialogue.guide.secondaryCauses')}</dt>
            <dd>{draft.secondaryCauses.map((c) => t(`dialogue.guide.cause.${c}`)).join(', ')}</dd>
          </div>
        )}
      </dl>
      {CONVERSATION_PHASES.map((phase) => (
        <section key={phase}>
          <h3>{t(`dialogue.phase.${phase}.title`)}</h3>
          <p className="pre-line">{draft.notes[phase]?.trim() || t('dialogue.guide.noNotes')}</p>
        </section>
      ))}
    </>
  );
}
