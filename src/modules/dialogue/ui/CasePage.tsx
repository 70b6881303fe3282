// One case as the caseworker sees it before calling: facts, deadlines, the citizen's contact details, history.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { CaseFacts } from './CaseFacts.js';
import { kindLabel, stateLabel } from './labels.js';
import { assignToMe, fetchCase } from './queue-api.js';
import { Timeline } from './Timeline.js';
import type { CaseDetail } from './types.js';

type Load =
  | { status: 'loading' }
  | { status: 'ready'; c: CaseDetail }
  | { status: 'failed'; message: string };

export function CasePage({ caseNumber }: { caseNumber: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [assigning, setAssigning] = useState(false);
  const title = t('dialogue.ui.case.title', { caseNumber });
  usePageTitle(title, t('app.name'));

  const reason = useCallback(
    (e: unknown) =>
      e instanceof ApiError && e.status === 404
        ? t('dialogue.ui.case.notFound')
        : e instanceof ApiError && e.status < 500
          ? e.message
          : t('common.error'),
    [t],
  );

  const reload = useCallback(
    () =>
      fetchCase(caseNumber).then(
        (c) => setLoad({ status: 'ready', c }),
        (e: unknown) => setLoad({ status: 'failed', message: reason(e) }),
      ),
    [caseNumber, reason],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  const assign = async () => {
    setAssigning(true);
    setNotice(null);
    try {
      await assignToMe(caseNumber);
      await reload();
      setNotice({ text: t('dialogue.ui.assigned', { caseNumber }), error: false });
    } catch (e) {
      setNotice({ text: reason(e), error: true });
    } finally {
      setAssigning(false);
    }
  };

  const c = load.status === 'ready' ? load.c : null;

  return (
    <>
      <Link to="/sager" className="back-link">
        <svg className="icon-svg" aria-hidden="true" focusable="false" viewBox="0 0 24 24">
          <path d="M15.41 7.41 14 6l-6 6 6 6 1.41-1.41L10.83 12z" />
        </svg>
        {t('dialogue.ui.case.back')}
      </Link>
      <h1 tabIndex={-1}>{title}</h1>
      {c && (
        <p className="case-heading-tags">
          <span className="badge badge-info">{kindLabel(t, c.kind)}</span>
          <span className="badge">{stateLabel(t, c.state)}</span>
        </p>
      )}

      <div role="status" aria-live="polite">
        {load.status === 'loading' && <Loading text={t('dialogue.ui.case.loading')} inLiveRegion />}
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
      {load.status === 'failed' && (
        <div className="alert alert-error" role="alert">
          <p className="alert-text">{load.message}</p>
        </div>
      )}

      {c && (
        <>
          {!c.assignee && (
            <button type="button" className="button button-primary" disabled={assigning} onClick={assign}>
              {t('dialogue.ui.assignToMe')}
            </button>
          )}
          <div className="row mt-6">
            <div className="col-12 col-lg-7">
              <CaseFacts c={c} myId={me?.id ?? ''} />
            </div>
            <div className="col-12 col-lg-5">
              <h2>{t('dialogue.ui.case.timeline')}</h2>
              <Timeline entries={c.timeline} />
            </div>
          </div>
        </>
      )}
    </>
  );
}
