// One step of the formal track as a form: a heading (or an intro holding it), a choice of result, the step's own
// fields (reasoning, a date) and the submit button — the shape the late-complaint decision, the re-assessment
// and the appeals body's result share on the formal track panel.
import type { FormEvent, ReactNode } from 'react';
import { RadioGroup } from '../../../../web/src/app/fields.js';

export interface StepFormProps<V extends string> {
  /** Id of the heading the form is labelled by. */
  titleId: string;
  /** The heading (h3), unless `intro` is given: then the intro holds the heading with `titleId`. */
  title?: string;
  intro?: ReactNode;
  /** The result to choose. */
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V | '';
  onChange: (value: V) => void;
  error: string | undefined;
  /** The step's own fields, after the choice. */
  children: ReactNode;
  /** Shown between the fields and the buttons, e.g. a confirmation. */
  below?: ReactNode;
  busy: boolean;
  busyLabel: string;
  submitLabel: string;
  /** A second button beside the submit button, e.g. cancel. */
  secondary?: ReactNode;
  className?: string;
  onSubmit: (e: FormEvent) => void;
}

export function StepForm<V extends string>(p: StepFormProps<V>) {
  return (
    <form onSubmit={p.onSubmit} noValidate aria-labelledby={p.titleId} className={p.className}>
      {p.intro ?? <h3 id={p.titleId}>{p.title}</h3>}
      <RadioGroup
        name={p.name}
        legend={p.legend}
        value={p.value}
        options={p.options}
        onChange={p.onChange}
        error={p.error}
      />
      {p.children}
      {p.below}
      <div className="d-flex flex-wrap">
        <button
          type="submit"
          className={`button button-primary${p.secondary ? ' mr-4' : ''}`}
          disabled={p.busy}
        >
          {p.busy ? p.busyLabel : p.submitLabel}
        </button>
        {p.secondary}
      </div>
    </form>
  );
}
