// A panel's feedback: success is announced politely, an error at once (role=alert).
import { ApiError } from '../../../../web/src/app/api.js';
import type { Translate } from '../../../i18n/index.js';

export type Notice = { text: string; error: boolean } | null;

export function PanelNotice({ notice }: { notice: Notice }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {notice && !notice.error && (
          <div className="alert alert-success">
            <p className="alert-text">{notice.text}</p>
          </div>
        )}
      </div>
      {notice?.error && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{notice.text}</p>
        </div>
      )}
    </>
  );
}

/** The server's message for a refusal (already in the user's language); a generic one for a failure. */
export function refusalText(t: Translate, e: unknown): string {
  return e instanceof ApiError && e.status < 500 ? e.message : t('common.error');
}
