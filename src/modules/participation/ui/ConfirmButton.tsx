// A button for a step that cannot be undone (publishing, closing, rejecting, sending the answers): it asks
// first, with the question as the legend, and only the yes-button does it. Focus moves to the yes-button and
// back to the first button on cancel.
import { useRef, useState } from 'react';
import { useI18n } from '../../../../web/src/app/i18n.js';

export function ConfirmButton(props: {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  disabled?: boolean;
  primary?: boolean;
}) {
  const { label, question, confirmLabel, onConfirm, disabled, primary } = props;
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  if (!asking)
    return (
      <button
        ref={first}
        type="button"
        className={primary ? 'button button-primary' : 'button button-secondary'}
        disabled={disabled}
        onClick={() => {
          setAsking(true);
          requestAnimationFrame(() => yes.current?.focus());
        }}
      >
        {label}
      </button>
    );
  return (
    <fieldset className="mt-3 mb-3">
      <legend className="mb-3">{question}</legend>
      <button
        ref={yes}
        type="button"
        className="button button-primary mr-3 mb-3"
        disabled={disabled}
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="button button-secondary mb-3"
        onClick={() => {
          setAsking(false);
          requestAnimationFrame(() => first.current?.focus());
        }}
      >
        {t('participation.ui.cancel')}
      </button>
    </fieldset>
  );
}
