// A list of messages that the admin refreshes by hand: the refresh button, the loading state and the count in
// a live region, a failure, an empty state, and the table once there is something to show.
import type { ReactNode } from 'react';
import type { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import type { Load } from '../../../../web/src/app/useLoad.js';

export function MessageList<T>(props: {
  t: ReturnType<typeof useI18n>['t'];
  load: Load<{ items: T[] }>;
  reload: () => void;
  notice?: Notice;
  /** Where its messages are: `${keys}.refresh`, `.loading`, `.countOne` and `.count` ({count}). */
  keys: string;
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  const { t, load, reload, notice, keys, empty, children } = props;
  return (
    <>
      <button type="button" className="button button-secondary" onClick={reload}>
        {t(`${keys}.refresh`)}
      </button>
      <NoticeRegion notice={notice ?? null} className="mt-5">
        {load.status === 'loading' && <Loading text={t(`${keys}.loading`)} inLiveRegion />}
        {load.status === 'ready' && load.data.items.length > 0 && (
          <p>
            {load.data.items.length === 1
              ? t(`${keys}.countOne`)
              : t(`${keys}.count`, { count: load.data.items.length })}
          </p>
        )}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (load.data.items.length === 0 ? empty : children(load.data.items))}
    </>
  );
}
