// Agreements (aftaler) made with the citizen: what, who owns it, by when; add, mark kept or cancel.
// New agreements are made while the dialogue runs; open ones can be marked kept or cancelled until the case is
// closed, also after it is resolved. The owner is reminded the working day before the due date (server job); the
// case cannot close with open agreements unless a reason is given (the outcome panel says so).
import { useId, useRef, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import type { AgreementView } from '../agreements.js';
import { closeAgreement } from './agreement-api.js';
import { AgreementForm } from './agreement-form.js';
import { todayInDenmark } from './agreement-logic.js';
import { AgreementTable } from './agreement-table.js';
import './agreement-panel.css';

export interface AgreementsPanelProps {
  caseNumber: string;
  agreements: AgreementView[];
  /** The case's department: its caseworkers and team leads may own an agreement (GET /api/v1/staff/users?department=). */
  departmentId: string;
  /** New agreements: while the dialogue runs (core `acceptsWork`). */
  canAdd: boolean;
  /** Marking open ones kept or cancelled: until the case is closed (core `acceptsAgreementUpdates`). */
  canComplete: boolean;
  /** Called after each successful change; the page reloads the case (and so this list). */
  onChanged: () => void;
}

export function AgreementsPanel({
  caseNumber,
  agreements,
  departmentId,
  canAdd,
  canComplete,
  onChanged,
}: AgreementsPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const today = todayInDenmark(new Date());

  const close = async (a: AgreementView, status: 'kept' | 'cancelled') => {
    if (busyId) return;
    setBusyId(a.id);
    setNotice(null);
    try {
      await closeAgreement(caseNumber, a.id, status);
      setNotice({
        text: t(status === 'kept' ? 'dialogue.agreement.keptNotice' : 'dialogue.agreement.cancelledNotice'),
        error: false,
      });
      onChanged();
    } catch (e) {
      setNotice({ text: refusalText(t, e), error: true });
    } finally {
      setBusyId(null);
      // The row's buttons go away with the change; reading goes on from the panel's heading.
      requestAnimationFrame(() => heading.current?.focus());
    }
  };

  const added = () => {
    setNotice({ text: t('dialogue.agreement.addedNotice'), error: false });
    onChanged();
  };

  return (
    <section className="agreements-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} tabIndex={-1} ref={heading}>
        {t('dialogue.agreement.title')}
      </h2>
      <p>{t('dialogue.agreement.intro')}</p>
      <NoticeRegion notice={notice} />
      {agreements.length === 0 ? (
        <p>{t('dialogue.agreement.empty')}</p>
      ) : (
        <AgreementTable agreements={agreements} today={today} editable={canComplete} onClose={close} />
      )}
      {canAdd && (
        <AgreementForm caseNumber={caseNumber} departmentId={departmentId} today={today} onAdded={added} />
      )}
    </section>
  );
}
