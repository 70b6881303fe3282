// What every staff form of participation does with its errors: keep them per field, show them in one error
// summary above the form (each linking to its field) and move focus to that summary when they are shown, also
// when the server refuses the form with its own per-field errors.
import { type RefObject, useRef, useState } from 'react';
import { ApiError } from '../../../../web/src/app/api.js';
import { ErrorSummary } from '../../../../web/src/app/ErrorSummary.js';
import { useI18n } from '../../../../web/src/app/i18n.js';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

export interface FormErrorsState<F extends string> {
  errors: FieldErrors<F>;
  summaryRef: RefObject<HTMLDivElement | null>;
  /** Shows the errors (an empty set clears them) and focuses the summary; true when there were any. */
  show: (e: FieldErrors<F>) => boolean;
}

export function useFormErrors<F extends string>(): FormErrorsState<F> {
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const summaryRef = useRef<HTMLDivElement>(null);
  const show = (e: FieldErrors<F>) => {
    setErrors(e);
    const any = Object.keys(e).length > 0;
    if (any) requestAnimationFrame(() => summaryRef.current?.focus());
    return any;
  };
  return { errors, summaryRef, show };
}

/** The form's error summary: the fields in the form's order, each linking to the element `target` names. */
export function FormErrors<F extends string>(props: {
  state: FormErrorsState<F>;
  fields: readonly F[];
  target: (f: F) => string | undefined;
  level?: 2 | 3 | 4;
}) {
  const { state, fields, target, level } = props;
  const { t } = useI18n();
  return (
    <ErrorSummary
      heading={t('participation.ui.form.errors')}
      level={level}
      items={fields
        .filter((f) => state.errors[f])
        .map((f) => ({ target: target(f), message: state.errors[f] as string }))}
      ref={state.summaryRef}
    />
  );
}

/** The per-field errors the server refused a form with, if that is how it refused. */
export const refusedFields = (err: unknown): Record<string, string> | undefined =>
  err instanceof ApiError ? err.fields : undefined;
