// The DKFDS error summary (fejlopsummering): every error once, each a link that moves focus to its field.
// The form focuses the summary after a refused submit, so a screen reader reads it at once.
import { type MouseEvent, type Ref, useId } from 'react';

export interface SummaryItem {
  /** The id of the field (or a radio group's first option) the link moves to; none for a form-wide error. */
  target?: string | undefined;
  message: string;
}

/** Focus the field itself: following a fragment link alone does not focus an input in every browser. */
function focusTarget(e: MouseEvent<HTMLAnchorElement>, target: string) {
  const field = document.getElementById(target);
  if (!field) return;
  e.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

export function ErrorSummary(props: {
  heading: string;
  items: readonly SummaryItem[];
  /** The heading's level, so headings stay in order: 2 under a page's h1, 4 in a form headed by an h3. */
  level?: 2 | 3 | 4;
  ref?: Ref<HTMLDivElement>;
}) {
  const { heading, items, level = 2, ref } = props;
  const headingId = useId();
  if (items.length === 0) return null;
  const Heading = `h${level}` as const;
  return (
    <div
      className="alert alert-error"
      role="alert"
      aria-labelledby={headingId}
      data-module="error-summary"
      tabIndex={-1}
      ref={ref}
    >
      <div className="alert-body">
        <Heading className="alert-heading" id={headingId}>
          {heading}
        </Heading>
        <ul className="alert-text nobullet-list">
          {items.map((i) => (
            <li key={i.target ?? i.message}>
              {i.target ? (
                <a href={`#${i.target}`} onClick={(e) => focusTarget(e, i.target ?? '')}>
                  {i.message}
                </a>
              ) : (
                i.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
