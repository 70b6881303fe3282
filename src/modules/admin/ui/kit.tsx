// What every administration page shares: a form that sends its fields to the API and shows the server's
// per-field errors (with the DKFDS error summary, focused after a refusal), and a button that asks once more
// before it deactivates or deletes.
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary } from '../../../../web/src/app/ErrorSummary.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';

/** A form's field id: the API field name under the form's own prefix, so two forms on a page never clash. */
export const fieldId = (prefix: string, field: string) => `${prefix}-${field}`;

/** The form's values by API field name, read from the fields named `${prefix}-…`. */
export function formValues(form: HTMLFormElement, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (name.startsWith(`${prefix}-`) && typeof value === 'string')
      out[name.slice(prefix.length + 1)] = value.trim();
  }
  return out;
}

/** '' → null, for optional choices and texts. */
export const orNull = (v: string | undefined) => (v ? v : null);

export interface AdminFormState {
  errors: Record<string, string>;
  busy: boolean;
}

/**
 * A form of the administration. `send` gets the values by API field name and calls the API; on success the
 * form says what `send` returns (nothing for '') and is reset unless `keep`, on a refusal it shows every field's error.
 */
export function AdminForm(props: {
  prefix: string;
  heading: string;
  submitLabel: string;
  send: (values: Record<string, string>) => Promise<string>;
  keep?: boolean;
  onCancel?: () => void;
  children: (state: AdminFormState) => ReactNode;
}) {
  const { prefix, heading, submitLabel, send, keep, onCancel, children } = props;
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const summary = useRef<HTMLDivElement>(null);
  // After a refusal the summary is read first (the DKFDS pattern): focus it once it is on screen.
  useEffect(() => {
    if (Object.keys(errors).length > 0) summary.current?.focus();
  }, [errors]);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setNotice(null);
    try {
      const done = await send(formValues(form, prefix));
      setErrors({});
      if (!keep) form.reset();
      setNotice(done ? { text: done, error: false } : null);
    } catch (err) {
      if (err instanceof ApiError && err.fields) {
        setErrors(err.fields);
      } else {
        setErrors({});
        setNotice({ text: refusalText(t, err), error: true });
      }
    } finally {
      setBusy(false);
    }
  };

  const items = Object.entries(errors).map(([field, message]) => ({
    target: document.getElementById(fieldId(prefix, field)) ? fieldId(prefix, field) : undefined,
    message,
  }));
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${prefix}-heading`} className="mt-6">
      <h3 id={`${prefix}-heading`}>{heading}</h3>
      <ErrorSummary heading={t('admin.ui.errorSummary')} items={items} level={4} ref={summary} />
      {children({ errors, busy })}
      <div className="d-flex flex-wrap">
        <button type="submit" className="button button-primary mr-4 mt-3" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary mt-3" onClick={onCancel}>
            {t('admin.ui.cancel')}
          </button>
        )}
      </div>
      <NoticeRegion notice={notice} className="mt-4" />
    </form>
  );
}

/** A button for a step that cannot be undone by accident: it asks first, and only "Ja" does it. */
export function ConfirmButton(props: {
  label: string;
  /** What the question says, e.g. "Deaktivér Mette Demo Sørensen?" */
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void> | void;
  disabled?: boolean;
}) {
  const { label, question, confirmLabel, onConfirm, disabled } = props;
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  if (!asking)
    return (
      <button
        type="button"
        className="button button-secondary"
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
    <fieldset className="admin-confirm">
      <legend className="mb-2">{question}</legend>
      <button
        ref={yes}
        type="button"
        className="button button-primary mr-3"
        onClick={async () => {
          await onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
        {t('admin.ui.cancel')}
      </button>
    </fieldset>
  );
}
