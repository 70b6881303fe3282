// Controlled DKFDS fields for the loop panels: a radio group and a textarea. Every field has a label or a
// legend; its hint and error are tied to it with aria-describedby, and the error is prefixed for screen readers.
import { useI18n } from '../../../../web/src/app/i18n.js';

/**
 * Moves focus to the first field with an error once it is rendered: a screen reader then reads its label and the
 * error tied to it. `ids` in the order of the form; a radio group is reached by its first option.
 */
export function focusFirstError(ids: readonly (string | false | undefined)[]): void {
  const first = ids.find(Boolean);
  if (!first) return;
  requestAnimationFrame(() => {
    const el = document.getElementById(first) ?? document.querySelector<HTMLElement>(`[name="${first}"]`);
    el?.focus();
  });
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useI18n();
  return message ? (
    <span className="form-error-message" id={id}>
      <span className="sr-only">{t('common.errorPrefix')} </span>
      {message}
    </span>
  ) : null;
}

export function Choices<V extends string>(props: {
  name: string;
  legend: string;
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange: (value: V) => void;
  error?: string | undefined;
}) {
  const { name, legend, value, options, onChange, error } = props;
  const errorId = `${name}-error`;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend className="form-label">{legend}</legend>
        <FieldError id={errorId} message={error} />
        {options.map((o) => {
          const id = `${name}-${o.value}`;
          return (
            <div className="form-group-radio" key={o.value}>
              <input
                className="form-radio"
                type="radio"
                id={id}
                name={name}
                value={o.value}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
              />
              <label className="form-label" htmlFor={id}>
                {o.label}
              </label>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export function TextArea(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  rows?: number;
  maxLength?: number;
}) {
  const { id, label, value, onChange, hint, error, required = false, rows = 3, maxLength = 2000 } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={hintId}>
          {hint}
        </span>
      )}
      <FieldError id={errorId} message={error} />
      <textarea
        className="form-input"
        id={id}
        name={id}
        rows={rows}
        maxLength={maxLength}
        required={required}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && hintId, error && errorId)}
      />
    </div>
  );
}
