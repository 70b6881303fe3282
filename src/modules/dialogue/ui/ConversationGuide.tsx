// The conversation guide (samtaleguide): the six mediation phases with prompts and notes, autosaved,
// resumable mid-call, with a call timer and the root cause of the complaint.
import { useId, useRef } from 'react';
import { TextArea } from '../../../../web/src/app/fields.js';
import { formatDateTime, formatTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { CONVERSATION_PHASES, type ConversationPhase, MAX_NOTE_LENGTH } from '../../../core/conversation.js';
import type { ConversationView } from '../conversation.js';
import { type SaveStatus, useConversationAutosave } from './conversation-autosave.js';
import { RootCauseFields } from './conversation-causes.js';
import { phaseIndex, promptKeys, stepPhase, toggleSecondary, withPrimary } from './conversation-logic.js';
import { ConversationReadOnly } from './conversation-readonly.js';
import { PhaseSteps } from './conversation-steps.js';
import { CallTimer } from './conversation-timer.js';
import './conversation-guide.css';

export interface ConversationGuideProps {
  caseNumber: string;
  /** The saved conversation from the case answer, or null before the first save. Read on mount only. */
  initial: ConversationView | null;
  /** False when the user may not edit (not their case, or the case is closed). */
  editable: boolean;
  /** Called after a save that changes the rest of the page (first save, end of call, new root cause). */
  onSaved: () => void;
}

export function ConversationGuide({ caseNumber, initial, editable, onSaved }: ConversationGuideProps) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="conversation-guide" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dialogue.guide.title')}</h2>
      {editable ? (
        <GuideEditor caseNumber={caseNumber} initial={initial} onSaved={onSaved} />
      ) : (
        <ConversationReadOnly conversation={initial} />
      )}
    </section>
  );
}

function GuideEditor({ caseNumber, initial, onSaved }: Omit<ConversationGuideProps, 'editable'>) {
  const { t, locale } = useI18n();
  const id = useId();
  const g = useConversationAutosave({ caseNumber, initial, onSaved });
  const heading = useRef<HTMLHeadingElement>(null);
  const phase = g.draft.phase;
  const previous = stepPhase(phase, -1);
  const next = stepPhase(phase, 1);
  const noteError = g.noteErrors[phase];

  const goTo = (target: ConversationPhase, focusHeading: boolean) => {
    if (target !== phase) g.change({ ...g.draft, phase: target }, 'now');
    // After "Næste fase" the button may be gone; the new phase's heading is where reading continues.
    if (focusHeading) requestAnimationFrame(() => heading.current?.focus());
  };

  return (
    <>
      <p>{t('dialogue.guide.intro')}</p>
      <div className="conversation-toolbar">
        <CallTimer
          running={g.running}
          totalSeconds={g.totalSeconds}
          onStart={g.startClock}
          onPause={g.pauseClock}
        />
        {g.endedAt ? (
          <p className="m-0">{t('dialogue.guide.ended', { time: formatDateTime(g.endedAt, locale) })}</p>
        ) : (
          <button type="button" className="button button-secondary" onClick={() => void g.endConversation()}>
            {t('dialogue.guide.end')}
          </button>
        )}
        <SaveState status={g.status} />
      </div>
      <SaveProblem
        status={g.status}
        otherErrors={g.otherErrors}
        onRetry={g.retry}
        onLoadLatest={g.loadLatest}
      />

      <PhaseSteps
        current={phase}
        notes={g.draft.notes}
        errors={g.noteErrors}
        onSelect={(p) => goTo(p, false)}
      />

      <div className="conversation-phase">
        <p className="step-subheading">
          {t('dialogue.guide.stepOf', { n: phaseIndex(phase) + 1, total: CONVERSATION_PHASES.length })}
        </p>
        <h3 className="mt-2" tabIndex={-1} ref={heading}>
          {t(`dialogue.phase.${phase}.title`)}
        </h3>
        <p>{t(`dialogue.phase.${phase}.purpose`)}</p>
        <ul aria-label={t('dialogue.guide.prompts')}>
          {promptKeys(phase).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
        <TextArea
          id={`${id}-notes`}
          label={t('dialogue.guide.notes')}
          hint={t('dialogue.guide.notesHint')}
          error={noteError}
          required={false}
          rows={8}
          maxLength={MAX_NOTE_LENGTH}
          value={g.draft.notes[phase] ?? ''}
          onChange={(text) => g.change({ ...g.draft, notes: { ...g.draft.notes, [phase]: text } }, 'later')}
          onBlur={g.flush}
        />
        <div className="conversation-phase-nav">
          {previous && (
            <button type="button" className="button button-secondary" onClick={() => goTo(previous, true)}>
              {t('dialogue.guide.previous')}
            </button>
          )}
          {next && (
            <button type="button" className="button button-primary" onClick={() => goTo(next, true)}>
              {t('dialogue.guide.next')}
            </button>
          )}
        </div>
      </div>

      <RootCauseFields
        idPrefix={id}
        primary={g.draft.rootCause}
        secondary={g.draft.secondaryCauses}
        onPrimary={(cause) => g.change(withPrimary(g.draft, cause), 'now')}
        onSecondary={(cause, on) => g.change(toggleSecondary(g.draft, cause, on), 'now')}
      />
    </>
  );
}

/** "Gemmer …" / "Gemt kl. 10.42", announced politely; "not saved yet" is for the eye only. */
function SaveState({ status }: { status: SaveStatus }) {
  const { t, locale } = useI18n();
  return (
    <p className="conversation-save-state m-0">
      <span role="status">
        {status.kind === 'saving' && t('dialogue.guide.saving')}
        {status.kind === 'saved' && t('dialogue.guide.savedAt', { time: formatTime(status.at, locale) })}
      </span>
      {status.kind === 'dirty' && <span aria-hidden="true">{t('dialogue.guide.unsaved')}</span>}
    </p>
  );
}

interface ProblemProps {
  status: SaveStatus;
  otherErrors: readonly string[];
  onRetry: () => void;
  onLoadLatest: () => Promise<void>;
}

/** A failed save or a newer save from another window, announced at once. */
function SaveProblem({ status, otherErrors, onRetry, onLoadLatest }: ProblemProps) {
  const { t } = useI18n();
  if (status.kind !== 'failed' && status.kind !== 'conflict') return null;
  const text =
    status.kind === 'conflict'
      ? status.loadFailed
        ? t('dialogue.guide.loadFailed')
        : status.message
      : status.invalid
        ? t('dialogue.guide.fixErrors')
        : (status.message ?? t('dialogue.guide.saveFailed'));
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-text">{text}</p>
        {otherErrors.length > 0 && (
          <ul className="alert-text">
            {otherErrors.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        )}
        {status.kind === 'conflict' ? (
          <button type="button" className="button button-secondary mt-3" onClick={() => void onLoadLatest()}>
            {t('dialogue.guide.loadLatest')}
          </button>
        ) : (
          <button type="button" className="button button-secondary mt-3" onClick={onRetry}>
            {t('dialogue.guide.retry')}
          </button>
        )}
      </div>
    </div>
  );
}
