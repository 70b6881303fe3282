// The department's queue (sagskø): open cases by first-contact deadline, filters kept in the URL.
import { useCallback, useMemo, useState } from 'react';
import { query, refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { navigate, useLocation, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { QueueFilters } from './QueueFilters.js';
import { QueueTable } from './QueueTable.js';
import { assignToMe, fetchQueue, QUEUE_PAGE_SIZE } from './queue-api.js';
import type { QueueFilter } from './types.js';

function filterFrom(search: URLSearchParams): QueueFilter {
  return {
    area: search.get('area') ?? '',
    team: search.get('team') ?? '',
    mine: search.get('mine') === 'true',
  };
}

export function QueuePage() {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const { search } = useLocation();
  const searchKey = search.toString();
  const [assigning, setAssigning] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  usePageTitle(t('dialogue.ui.queue.title'), t('app.name'));

  const filter = useMemo(() => filterFrom(new URLSearchParams(searchKey)), [searchKey]);

  const failed = useCallback((e: unknown) => refusalText(t, e), [t]);
  const { load, update } = useLoad(useCallback(() => fetchQueue(filter), [filter]));

  // The next page is appended, so the caseworker keeps their place in the list.
  const showMore = async (offset: number) => {
    setLoadingMore(true);
    setNotice(null);
    try {
      const next = await fetchQueue(filter, offset);
      update((queue) => ({ ...next, items: [...queue.items, ...next.items] }));
    } catch (e) {
      setNotice({ text: failed(e), error: true });
    } finally {
      setLoadingMore(false);
    }
  };

  const apply = (next: QueueFilter) => {
    setNotice(null);
    navigate(`/sager${query({ area: next.area, team: next.team, mine: next.mine })}`);
  };

  const assign = async (caseNumber: string) => {
    setAssigning(caseNumber);
    setNotice(null);
    try {
      const { assignee } = await assignToMe(caseNumber);
      update((queue) => ({
        ...queue,
        items: queue.items.map((c) => (c.caseNumber === caseNumber ? { ...c, assignee } : c)),
      }));
      setNotice({ text: t('dialogue.ui.assigned', { caseNumber }), error: false });
    } catch (e) {
      setNotice({ text: failed(e), error: true });
    } finally {
      setAssigning(null);
    }
  };

  const filtered = filter.area !== '' || filter.team !== '' || filter.mine;

  return (
    <>
      <h1 tabIndex={-1}>{t('dialogue.ui.queue.title')}</h1>
      <p>{t('dialogue.ui.queue.intro')}</p>
      <QueueFilters value={filter} onApply={apply} />

      <NoticeRegion notice={notice} className="mt-5">
        {load.status === 'loading' && <Loading text={t('dialogue.ui.queue.loading')} inLiveRegion />}
        {load.status === 'ready' && (
          <p className="mb-0">
            {load.data.totalCapped
              ? t('dialogue.ui.queue.countMore', { count: load.data.total.toLocaleString(locale) })
              : load.data.total === 1
                ? t('dialogue.ui.queue.countOne')
                : t('dialogue.ui.queue.count', { count: load.data.total })}
          </p>
        )}
      </NoticeRegion>

      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.items.length === 0 ? (
          <p className="mt-5">
            {t(filtered ? 'dialogue.ui.queue.emptyFiltered' : 'dialogue.ui.queue.empty')}
          </p>
        ) : (
          <>
            <QueueTable items={load.data.items} myId={me?.id ?? ''} assigning={assigning} onAssign={assign} />
            {(load.data.items.length < load.data.total || load.data.totalCapped) && (
              <button
                type="button"
                className="button button-secondary mt-5"
                disabled={loadingMore}
                onClick={() => void showMore(load.data.items.length)}
              >
                {t('dialogue.ui.queue.more', {
                  shown: load.data.items.length.toLocaleString(locale),
                  pageSize: QUEUE_PAGE_SIZE,
                })}
              </button>
            )}
          </>
        ))}
    </>
  );
}
