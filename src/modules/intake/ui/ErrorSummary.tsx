// The DKFDS error summary (fejlopsummering): every error once, each a link that moves focus to its field.
// The parent focuses the summary after a refused submit, so a screen reader reads it at once.
import type { MouseEvent, Ref } from 'react';

export interface SummaryItem {
  /** The id of the field (or a radio group's first option) the link moves to; none for a form-wide error. */
  target?: string;
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
  ref?: Ref<HTMLDivElement>;
}) {
  const { heading, items, ref } = props;
  if (items.length === 0) return null;
  return (
    <div
      className="alert alert-error"
      role="alert"
      aria-labelledby="error-summary-heading"
      data-module="error-summary"
      tabIndex={-1}
      ref={ref}
    >
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-heading">
          {heading}
        </h2>
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
