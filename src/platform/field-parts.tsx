// The parts of a DKFDS form field that the server-rendered citizen forms and the staff app's forms share: the
// ids that tie a hint and an error to their control (aria-describedby), the hint itself, the form group's
// class, and a fieldset of several fields under one legend. Pure markup, no hooks: both renderers use it.
import type { ReactNode } from 'react';

export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

/** The ids a control is described by: its hint and its error, where it has them. */
export const describedBy = (id: string, hint?: ReactNode, error?: string): string | undefined =>
  [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean).join(' ') || undefined;

export const groupClass = (error?: string, extra = '') => `form-group${error ? ' form-error' : ''}${extra}`;

export function Hint({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <span className="form-hint" id={hintId(id)}>
      {children}
    </span>
  ) : null;
}

/** Several fields under one legend, e.g. "how can we contact you", with a hint that applies to all of them. */
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
