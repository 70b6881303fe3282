// Feedback on a page or panel (DKFDS alerts): a success is announced politely, an error at once (role=alert).
import type { ReactNode } from 'react';

export type Notice = { text: string; error: boolean } | null;

/** An error message read out as soon as it appears. */
export function ErrorAlert({ text }: { text: string }) {
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-text">{text}</p>
    </div>
  );
}

/**
 * The polite live region with the success message, and the error after it. `children` are announced in the same
 * region, before the message (a loading spinner, a count), so a page has one live region, not several.
 */
export function NoticeRegion({
  notice = null,
  className,
  children,
}: {
  notice?: Notice;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <div role="status" aria-live="polite" className={className}>
        {children}
        {notice && !notice.error && (
          <div className="alert alert-success">
            <p className="alert-text">{notice.text}</p>
          </div>
        )}
      </div>
      {notice?.error && <ErrorAlert text={notice.text} />}
    </>
  );
}
