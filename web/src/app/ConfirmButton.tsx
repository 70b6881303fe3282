// A button for a step that cannot be undone by accident (deactivating, deleting, publishing, closing): it asks
// first, with the question as the legend, and only the yes-button does it. Focus moves to the yes-button when
// asked, and back to the first button on "no"; the yes-button is disabled while the step runs.
import { type ReactNode, useRef, useState } from 'react';
import { useI18n } from './i18n.js';

export function ConfirmButton(props: {
  /** The first button; may carry screen-reader text naming what it acts on. */
  label: ReactNode;
  /** What the question says, e.g. "Deaktivér Mette Demo Sørensen?" */
  question: string;
  confirmLabel: string;
  /** The "no" button; "Annuller" unless given. */
  cancelLabel?: string;
  onConfirm: () => Promise<void> | void;
  disabled?: boolean;
  primary?: boolean;
}) {
  const { label, question, confirmLabel, cancelLabel, onConfirm, disabled, primary } = props;
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
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
    <fieldset className="confirm-step">
      <legend className="mb-2">{question}</legend>
      <button
        ref={yes}
        type="button"
        className="button button-primary mr-3 mb-2"
        disabled={disabled || busy}
        onClick={async () => {
          setBusy(true);
          try {
            await onConfirm();
          } finally {
            setBusy(false);
            setAsking(false);
          }
        }}
      >
        {confirmLabel}
      </button>
      <button
        type="button"
        className="button button-secondary mb-2"
        onClick={() => {
          setAsking(false);
          requestAnimationFrame(() => first.current?.focus());
        }}
      >
        {cancelLabel ?? t('common.cancel')}
      </button>
    </fieldset>
  );
}
