// DKFDS form fields for every staff form. Each field has a label or a legend; its hint and error are tied to it
// with aria-describedby, and the error is prefixed ("Fejl:") for screen readers. A field is controlled when given
// `value` and `onChange` (the new value, not the event), uncontrolled otherwise (read with FormData on submit).
import type { ComponentProps, ReactNode } from 'react';
import { describedBy, errorId, Fieldset, groupClass, Hint } from '../../../src/platform/field-parts.js';
import { useI18n } from './i18n.js';

const ariaFor = (id: string, hint?: ReactNode, error?: string) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': describedBy(id, hint, error),
});

/** The id of one radio option; an error summary links to a group's first option. */
export const radioId = (name: string, value: string) => `${name}-${value}`;

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

function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  const { t } = useI18n();
  return message ? (
    <span className="form-error-message" id={errorId(id)}>
      <span className="sr-only">{t('common.errorPrefix')} </span>
      {message}
    </span>
  ) : null;
}

interface FrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Marks the label "(valgfri)" and makes the field not required. */
  optional?: boolean;
}

/** The form group around one control: label, hint, error, then the control itself. */
function Frame({ id, label, hint, error, optional, children }: FrameProps & { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={groupClass(error)}>
      <label className="form-label" htmlFor={id}>
        {label}
        {optional && <span className="weight-normal"> ({t('common.optional')})</span>}
      </label>
      <Hint id={id}>{hint}</Hint>
      <FieldError id={id} message={error} />
      {children}
    </div>
  );
}

type Native<E extends 'input' | 'textarea' | 'select'> = Omit<
  ComponentProps<E>,
  'id' | 'onChange' | 'aria-invalid' | 'aria-describedby'
> & { onChange?: (value: string) => void };

type Width = 'input-width-xs' | 'input-width-s' | 'input-width-m' | 'input-width-l';

export function TextField(props: FrameProps & Native<'input'> & { width?: Width }) {
  const { id, label, hint, error, optional, width, onChange, ...input } = props;
  return (
    <Frame id={id} label={label} hint={hint} error={error} optional={optional}>
      <input
        className={width ? `form-input ${width}` : 'form-input'}
        type="text"
        id={id}
        name={id}
        // Staff type someone else's details: the browser must not offer the employee's own.
        autoComplete="off"
        required={!optional}
        onChange={onChange && ((e) => onChange(e.target.value))}
        {...input}
        {...ariaFor(id, hint, error)}
      />
    </Frame>
  );
}

export function TextArea(props: FrameProps & Native<'textarea'>) {
  const { id, label, hint, error, optional, onChange, ...textarea } = props;
  return (
    <Frame id={id} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        className="form-input"
        id={id}
        name={id}
        rows={3}
        required={!optional}
        onChange={onChange && ((e) => onChange(e.target.value))}
        {...textarea}
        {...ariaFor(id, hint, error)}
      />
    </Frame>
  );
}

/** A select; its options (an empty first one asking the user to pick, optgroups …) are the children. */
export function SelectField(props: FrameProps & Native<'select'>) {
  const { id, label, hint, error, optional, onChange, children, ...select } = props;
  return (
    <Frame id={id} label={label} hint={hint} error={error} optional={optional}>
      <select
        className="form-select"
        id={id}
        name={id}
        required={!optional}
        onChange={onChange && ((e) => onChange(e.target.value))}
        {...select}
        {...ariaFor(id, hint, error)}
      >
        {children}
      </select>
    </Frame>
  );
}

/** Radio buttons under a legend: controlled with `value`, uncontrolled with `defaultValue`. */
export function RadioGroup<V extends string>(props: {
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value?: V | '';
  defaultValue?: V;
  onChange?: (value: V) => void;
  error?: string | undefined;
}) {
  const { name, legend, options, value, defaultValue, onChange, error } = props;
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
                checked={value === undefined ? undefined : value === o.value}
                defaultChecked={defaultValue === undefined ? undefined : defaultValue === o.value}
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

export { Fieldset };
