// One case as the caseworker works it: the loop in the order of the method (contact → conversation → agreements →
// outcome) in the main column; the citizen, the facts and the history beside it.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { acceptsAgreementUpdates, acceptsWork } from '../../../core/workflow.js';
import { AgreementsPanel } from './AgreementsPanel.js';
import { CaseFacts } from './CaseFacts.js';
import { CitizenPanel } from './CitizenPanel.js';
import { ContactPanel } from './ContactPanel.js';
import { ConversationGuide } from './ConversationGuide.js';
import { fetchStaffUsers } from './case-api.js';
import { kindLabel, stateLabel } from './labels.js';
import { OutcomePanel } from './OutcomePanel.js';
import { assignToMe, fetchCase } from './queue-api.js';
import { Timeline } from './Timeline.js';
import type { CaseDetail, StaffUser } from './types.js';

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
  const names = useMemo(() => new Map((staff ?? []).map((u) => [u.id, u.name])), [staff]);
  const agreementTexts = useMemo(
    () => new Map((load.status === 'ready' ? load.c.agreements : []).map((a) => [a.id, a.what])),
    [load],
  );

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
              <ContactPanel c={c} editable={editable} onChanged={reload} />
              <div className="mb-8">
                <ConversationGuide
                  key={c.caseNumber}
                  caseNumber={c.caseNumber}
                  initial={c.conversation}
                  editable={editable}
                  onSaved={() => void reload()}
                />
              </div>
              <div className="mb-8">
                <AgreementsPanel
                  caseNumber={c.caseNumber}
                  agreements={c.agreements}
                  departmentId={c.department.id}
                  canAdd={editable}
                  canComplete={acceptsAgreementUpdates(c.state)}
                  onChanged={() => void reload()}
                />
              </div>
              <OutcomePanel c={c} onChanged={reload} />
            </div>
            <div className="col-12 col-lg-4">
              <CitizenPanel c={c} staff={staff} onChanged={reload} />
              <CaseFacts c={c} myId={me?.id ?? ''} />
              <h2>{t('dialogue.ui.case.timeline')}</h2>
              <Timeline entries={c.timeline} names={names} agreements={agreementTexts} />
            </div>
          </div>
        </>
      )}
    </>
  );
}
