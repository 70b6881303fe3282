// The six phases as a step indicator: each a button, the current one marked with aria-current="step".
import { useI18n } from '../../../../web/src/app/i18n.js';
import { CONVERSATION_PHASES, type ConversationPhase } from '../../../core/conversation.js';

interface Props {
  current: ConversationPhase;
  notes: Partial<Record<ConversationPhase, string>>;
  errors: Partial<Record<ConversationPhase, string>>;
  onSelect: (phase: ConversationPhase) => void;
}

export function PhaseSteps({ current, notes, errors, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('dialogue.guide.phases')}>
      <ol className="step-indicator conversation-steps">
        {CONVERSATION_PHASES.map((phase, i) => {
          const classes = [phase === current ? 'current' : '', errors[phase] ? 'error' : ''].join(' ').trim();
          return (
            <li key={phase} className={classes || undefined}>
              <button
                type="button"
                className="step"
                aria-current={phase === current ? 'step' : undefined}
                onClick={() => onSelect(phase)}
              >
                <span className="step-number" aria-hidden="true">
                  <span>{i + 1}</span>
                </span>
                <span className="step-title">{t(`dialogue.phase.${phase}.title`)}</span>
              </button>
              {/* Outside the button, so the button's name stays the phase name. */}
              {notes[phase]?.trim() && (
                <span className="step-information">{t('dialogue.guide.hasNotes')}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
