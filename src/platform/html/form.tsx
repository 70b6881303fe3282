// DKFDS form fields for server-rendered citizen pages. Every field has a real label (or a fieldset with a legend),
// and its hint and error are tied to it with aria-describedby, so a screen reader reads them with the field.
import type { ReactNode } from 'react';
import { describedBy, errorId, Fieldset, groupClass, Hint, hintId } from '../field-parts.js';
import { iconHref, usePage } from './layout.js';

function FieldError({ id, message }: { id: string; message?: string }) {
  const { t } = usePage();
  return message ? (
    <span className="form-error-message" id={errorId(id)}>
      <span className="sr-only">{t('common.errorPrefix')} </span>
      {message}
    </span>
  ) : null;
}

function Optional({ optional }: { optional?: boolean }) {
  const { t } = usePage();
  return optional ? <span className="weight-normal"> ({t('common.optional')})</span> : null;
}

export interface SummaryItem {
  /** The id of the field (or a group's first option) the link moves to. */
  target: string;
  message: string;
}

/**
 * DKFDS error summary at the top of a form: every error once, each a link to its field. It takes focus when the
 * page loads (autofocus; the page script does the same where autofocus on a non-control is not honoured), so
 * after a refused submit a screen reader reads the errors first.
 */
export function ErrorSummary({ heading, items }: { heading: string; items: readonly SummaryItem[] }) {
  if (items.length === 0) return null;
  return (
    <div
      className="alert alert-error"
      role="alert"
      aria-labelledby="error-summary-heading"
      data-module="error-summary"
      tabIndex={-1}
      // biome-ignore lint/a11y/noAutofocus: the DKFDS error summary takes focus after a refused submit
      autoFocus
    >
      <svg className="icon-svg alert-icon" focusable="false" aria-hidden="true">
        <use href={iconHref('error')} />
      </svg>
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-heading">
          {heading}
        </h2>
        <ul className="alert-text nobullet-list">
          {items.map((i) => (
            <li key={i.target}>
              <a href={`#${i.target}`}>{i.message}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  value?: string;
  required?: boolean;
  /** Shows "(frivilligt)" after the label. */
  optional?: boolean;
}

export function TextField(
  props: FieldProps & {
    type?: 'text' | 'email' | 'tel' | 'date';
    autoComplete?: string;
    inputMode?: 'text' | 'tel' | 'email' | 'numeric';
    max?: string;
    width?: 'input-width-xs' | 'input-width-s' | 'input-width-m' | 'input-width-l';
  },
) {
  const { id, label, hint, error, value, required, optional, type = 'text', width } = props;
  return (
    <div className={groupClass(error)}>
      <label className="form-label" htmlFor={id}>
        {label}
        <Optional optional={optional} />
      </label>
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      <input
        className={`form-input${width ? ` ${width}` : ''}`}
        type={type}
        id={id}
        name={id}
        defaultValue={value}
        required={required}
        autoComplete={props.autoComplete}
        inputMode={props.inputMode}
        max={props.max}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </div>
  );
}

export function TextArea(props: FieldProps & { rows?: number }) {
  const { id, label, hint, error, value, required, optional, rows = 8 } = props;
  return (
    <div className={groupClass(error)}>
      <label className="form-label" htmlFor={id}>
        {label}
        <Optional optional={optional} />
      </label>
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      <textarea
        className="form-input"
        id={id}
        name={id}
        rows={rows}
        defaultValue={value}
        required={required}
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

/** A select whose options are grouped (optgroup), with an empty first choice that asks the citizen to pick. */
export function GroupedSelect(props: FieldProps & { placeholder: string; groups: readonly OptionGroup[] }) {
  const { id, label, hint, error, value, required, groups, placeholder } = props;
  return (
    <div className={groupClass(error)}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      <select
        className="form-select"
        id={id}
        name={id}
        defaultValue={value ?? ''}
        required={required}
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

/** The id of one radio option: the error summary links to the first. */
export const radioId = (name: string, value: string) => `${name}-${value}`;

export function RadioGroup(props: {
  name: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  value?: string;
  required?: boolean;
  options: readonly { value: string; label: string; hint?: string }[];
}) {
  const { name, legend, hint, error, value, options, required } = props;
  return (
    <div className={groupClass(error)}>
      <fieldset aria-describedby={describedBy(name, hint, error)}>
        <legend className="form-label">{legend}</legend>
        <Hint id={name}>{hint}</Hint>
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
                defaultChecked={value === o.value}
                required={required}
                aria-describedby={o.hint ? hintId(id) : undefined}
              />
              <label className="form-label" htmlFor={id}>
                {o.label}
              </label>
              <Hint id={id}>{o.hint}</Hint>
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}

export { Fieldset };
