// One case as the caseworker works it: the loop in the order of the method (contact → conversation → agreements →
// outcome) in the main column; the citizen, the facts and the history beside it.

import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { acceptsWork } from '../../../core/workflow.js';
import type { CasePanel } from '../../../platform/ui.js';
import { STAFF_UI } from '../../ui.js';
import { fetchStaffUsers } from './case-api.js';
import { kindLabel, stateLabel } from './labels.js';
import type { CasePanelProps } from './panels.js';
import { assignToMe, fetchCase } from './queue-api.js';
import type { CaseDetail, StaffUser } from './types.js';

// The panels the modules declare (their ui/manifest.ts), by column and position. Every panel gets the same
// props (CasePanelProps, panels.tsx). Read when the page renders: the list imports this file.
const panels = (column: 'main' | 'side') =>
  (STAFF_UI.casePanels as readonly CasePanel<CasePanelProps>[]).filter((p) => p.column === column);

type Load =
  | { status: 'loading' }
  | { status: 'ready'; c: CaseDetail }
  | { status: 'failed'; message: string };

export function CasePage({ caseNumber }: { caseNumber: string }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [notice, setNotice] = useState<Notice>(null);
  const [assigning, setAssigning] = useState(false);
  const [staff, setStaff] = useState<StaffUser[] | null>([]);
  const title = t('dialogue.ui.case.title', { caseNumber });
  usePageTitle(title, t('app.name'));

  const reason = useCallback(
    (e: unknown) =>
      e instanceof ApiError && e.status === 404 ? t('dialogue.ui.case.notFound') : refusalText(t, e),
    [t],
  );

  const shown = useRef(false);
  const reload = useCallback(
    () =>
      fetchCase(caseNumber).then(
        (c) => {
          shown.current = true;
          setLoad({ status: 'ready', c });
        },
        (e: unknown) => {
          // Once the case is on screen, a failed refresh keeps it there and says so instead of blanking the page.
          if (shown.current) setNotice({ text: reason(e), error: true });
          else setLoad({ status: 'failed', message: reason(e) });
        },
      ),
    [caseNumber, reason],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    // For the contact-person choice and the names in the history; the page works without them.
    fetchStaffUsers().then(setStaff, () => setStaff(null));
  }, []);

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
  // A settled case (resolved, withdrawn, closed) is read, closed or reopened — not worked on.
  const editable = c !== null && acceptsWork(c.state);
  const props: Omit<CasePanelProps, 'c'> = { editable, myId: me?.id ?? '', staff, onChanged: reload };

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

      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('dialogue.ui.case.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}

      {c && (
        <>
          {!c.assignee && (
            <button type="button" className="button button-primary" disabled={assigning} onClick={assign}>
              {t('dialogue.ui.assignToMe')}
            </button>
          )}
          <div className="row mt-6">
            <div className="col-12 col-lg-8">
              {panels('main').map(({ key, component: Panel }) => (
                <Panel key={key} {...props} c={c} />
              ))}
            </div>
            <div className="col-12 col-lg-4">
              {panels('side').map(({ key, component: Panel }) => (
                <Panel key={key} {...props} c={c} />
              ))}
            </div>
          </div>
        </>
      )}
    </>
  );
}
