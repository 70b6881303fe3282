// What the safety module's forms share: sending with busy state, a refusal's per-field errors shown in the error
// summary (which takes focus so a screen reader reads it), a form-wide refusal as a notice; and a group of
// choices under one legend with its hint and error.
import { type ReactNode, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import type { Notice } from '../../../../web/src/app/Notice.js';

export type FieldErrors<F extends string = string> = Partial<Record<F, string>>;

/**
 * The state of one form. `send` runs a call: its per-field refusal (mapped by `fieldOf`, e.g. the server's
 * occurredAt to the form's date field) lands in `errors` and focuses the summary; any other refusal is a notice.
 * True when the call succeeded.
 */
export function useSafetyForm<F extends string = string>(
  fieldOf: (serverField: string) => F = (f) => f as F,
) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const showErrors = (e: FieldErrors<F>) => {
    setErrors(e);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };
  const send = async (call: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setNotice(null);
    try {
      await call();
      setErrors({});
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.fields) {
        const mapped: FieldErrors<F> = {};
        for (const [k, m] of Object.entries(err.fields)) mapped[fieldOf(k)] = m;
        showErrors(mapped);
      } else setNotice({ text: refusalText(t, err), error: true });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { errors, showErrors, notice, setNotice, busy, summaryRef, send };
}

/** Several choices (checkboxes, buttons) under one legend, with the group's hint and error tied to it. */
export function ChoiceGroup(props: {
  id: string;
  legend: string;
  hint?: string;
  error: string | undefined;
  children: ReactNode;
}) {
  const { id, legend, hint, error, children } = props;
  const { t } = useI18n();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={describedBy || undefined}>
        <legend className="form-label">{legend}</legend>
        {hint && (
          <span className="form-hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
        {error && (
          <span className="form-error-message" id={`${id}-error`}>
            <span className="sr-only">{t('common.errorPrefix')} </span>
            {error}
          </span>
        )}
        {children}
      </fieldset>
    </div>
  );
}
