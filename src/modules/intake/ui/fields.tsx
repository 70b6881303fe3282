// DKFDS form fields for the staff app's registration form. Uncontrolled: the browser keeps what was typed (so a
// CPR number lives only in the input, never in React state), and the form is read with FormData on submit.
// Every field has a label or a legend; hint and error are tied to it with aria-describedby.
import type { ReactNode } from 'react';
import { useI18n } from '../../../../web/src/app/i18n.js';

const hintId = (id: string) => `${id}-hint`;
const errorId = (id: string) => `${id}-error`;
const describedBy = (id: string, hint?: ReactNode, error?: string) =>
  [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean).join(' ') || undefined;
const groupClass = (error?: string) => (error ? 'form-group form-error' : 'form-group');

/** The id of one radio option; the error summary links to a group's first option. */
export const radioId = (name: string, value: string) => `${name}-${value}`;

function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <span className="form-hint" id={hintId(id)}>
      {children}
    </span>
  ) : null;
}

function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  const { t } = useI18n();
  return message ? (
    <span className="form-error-message" id={errorId(id)}>
      <span className="sr-only">{t('common.errorPrefix')} </span>
      {message}
    </span>
  ) : null;
}

function Label({ id, text, optional }: { id: string; text: string; optional?: boolean | undefined }) {
  const { t } = useI18n();
  return (
    <label className="form-label" htmlFor={id}>
      {text}
      {optional && <span className="weight-normal"> ({t('common.optional')})</span>}
    </label>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
}

export function TextField(
  props: FieldProps & {
    type?: 'text' | 'email' | 'tel' | 'date';
    inputMode?: 'text' | 'numeric' | 'tel' | 'email';
    max?: string;
    maxLength?: number;
    width?: 'input-width-xs' | 'input-width-s' | 'input-width-m' | 'input-width-l';
  },
) {
  const { id, label, hint, error, optional, type = 'text', width } = props;
  return (
    <div className={groupClass(error)}>
      <Label id={id} text={label} optional={optional} />
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      <input
        className={width ? `form-input ${width}` : 'form-input'}
        type={type}
        id={id}
        name={id}
        // Staff type someone else's details: the browser must not offer the employee's own.
        autoComplete="off"
        inputMode={props.inputMode}
        max={props.max}
        maxLength={props.maxLength}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

export function TextArea({ id, label, hint, error }: FieldProps) {
  return (
    <div className={groupClass(error)}>
      <Label id={id} text={label} />
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      <textarea
        className="form-input"
        id={id}
        name={id}
        rows={6}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

export interface OptionGroup {
  label: string;
  options: readonly { value: string; text: string }[];
}

/** A select with options grouped (optgroup) and an empty first choice asking the user to pick. */
export function GroupedSelect(props: FieldProps & { placeholder: string; groups: readonly OptionGroup[] }) {
  const { id, label, hint, error, groups, placeholder } = props;
  return (
    <div className={groupClass(error)}>
      <Label id={id} text={label} />
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      <select
        className="form-select"
        id={id}
        name={id}
        defaultValue=""
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        <option value="">{placeholder}</option>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.text}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}

export function RadioGroup(props: {
  name: string;
  legend: string;
  error?: string | undefined;
  defaultValue?: string;
  options: readonly { value: string; label: string }[];
  onChange?: (value: string) => void;
}) {
  const { name, legend, error, defaultValue, options, onChange } = props;
  return (
    <div className={groupClass(error)}>
      <fieldset aria-describedby={error ? errorId(name) : undefined}>
        <legend className="form-label">{legend}</legend>
        <FieldError id={name} message={error} />
        {options.map((o) => {
          const id = radioId(name, o.value);
          return (
            <div className="form-group-radio" key={o.value}>
              <input
                className="form-radio"
                type="radio"
                id={id}
                name={name}
                value={o.value}
                defaultChecked={defaultValue === o.value}
                onChange={onChange && (() => onChange(o.value))}
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

/** Several fields under one legend, e.g. the citizen's details, with a hint that applies to all of them. */
export function Fieldset(props: { id: string; legend: string; hint?: ReactNode; children: ReactNode }) {
  const { id, legend, hint, children } = props;
  return (
    <fieldset className="mt-7 mb-6" aria-describedby={hint ? hintId(id) : undefined}>
      <legend className="h3">{legend}</legend>
      <Hint id={id}>{hint}</Hint>
      {children}
    </fieldset>
  );
}
