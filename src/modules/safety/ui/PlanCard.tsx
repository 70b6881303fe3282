// One safe-meeting plan: its measures, who is named, why, and until when it is in force; with renewing (a new
// review date and the reason it is still needed) and ending (after a confirmation) for those who may.
import { type FormEvent, useId, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { endPlan, type Plan, renewPlan } from './api.js';

const PLAN_BADGE: Record<Plan['status'], string> = {
  active: 'badge badge-success',
  review_soon: 'badge badge-warning',
  lapsed: 'badge',
  ended: 'badge',
};

export function PlanCard({
  plan,
  onChanged,
  showCase,
}: {
  plan: Plan;
  onChanged: (p: Plan) => void;
  showCase?: boolean;
}) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [mode, setMode] = useState<'view' | 'renew' | 'confirmEnd'>('view');
  const [reviewOn, setReviewOn] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const prefix = `plan-${plan.id}`;

  const renew = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setNotice(null);
    try {
      const renewed = await renewPlan(plan.id, { reviewOn, reason: reason.trim() });
      setErrors({});
      setMode('view');
      setNotice({ text: t('safety.ui.plan.renewed'), error: false });
      onChanged(renewed);
    } catch (err) {
      if (err instanceof ApiError && err.fields) {
        setErrors(err.fields);
        requestAnimationFrame(() =>
          document.getElementById(err.fields?.reviewOn ? `${prefix}-reviewOn` : `${prefix}-reason`)?.focus(),
        );
      } else setNotice({ text: refusalText(t, err), error: true });
    } finally {
      setBusy(false);
    }
  };

  const end = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const ended = await endPlan(plan.id);
      setMode('view');
      setNotice({ text: t('safety.ui.plan.endedNotice'), error: false });
      onChanged(ended);
    } catch (err) {
      setNotice({ text: refusalText(t, err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={headingId} className="mb-6">
      <h3 id={headingId}>
        {showCase && plan.caseNumber
          ? t('safety.ui.plan.headingWithCase', { name: plan.citizen.name, caseNumber: plan.caseNumber })
          : t('safety.ui.plan.heading', { name: plan.citizen.name })}{' '}
        <span className={PLAN_BADGE[plan.status]}>{t(`safety.ui.plan.status.${plan.status}`)}</span>
      </h3>
      <ul>
        {plan.measures.map((m) => (
          <li key={m}>
            {t(`safety.ui.measure.${m}`)}
            {m === 'second_staff' && plan.secondStaff && `: ${plan.secondStaff.name}`}
            {m === 'known_staff' && plan.knownStaff && `: ${plan.knownStaff.name}`}
          </li>
        ))}
      </ul>
      <p>
        <strong>{t('safety.ui.plan.reason')}:</strong> {plan.reason}
      </p>
      <p>
        {plan.activeUntil
          ? t('safety.ui.plan.activeUntil', { date: formatDate(plan.activeUntil, locale) })
          : plan.status === 'ended'
            ? t('safety.ui.plan.ended')
            : t('safety.ui.plan.lapsedOn', { date: formatDate(plan.reviewOn, locale) })}
      </p>
      <NoticeRegion notice={notice} />
      {plan.canRenew && mode === 'view' && plan.status !== 'ended' && (
        <div>
          <button type="button" className="button button-secondary" onClick={() => setMode('renew')}>
            {t('safety.ui.plan.renew')}
          </button>{' '}
          <button type="button" className="button button-tertiary" onClick={() => setMode('confirmEnd')}>
            {t('safety.ui.plan.end')}
          </button>
        </div>
      )}
      {mode === 'confirmEnd' && (
        <div className="alert alert-warning" role="alertdialog" aria-labelledby={`${prefix}-confirm`}>
          <div className="alert-body">
            <p className="alert-text" id={`${prefix}-confirm`}>
              {t('safety.ui.plan.confirmEnd', { name: plan.citizen.name })}
            </p>
            <button type="button" className="button button-primary" disabled={busy} onClick={end}>
              {t('safety.ui.plan.confirmEndYes')}
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={() => setMode('view')}>
              {t('safety.ui.cancel')}
            </button>
          </div>
        </div>
      )}
      {mode === 'renew' && (
        <form onSubmit={renew} noValidate>
          <TextField
            id={`${prefix}-reviewOn`}
            type="date"
            label={t('safety.ui.plan.reviewOn')}
            hint={t('safety.ui.plan.reviewOnHint')}
            value={reviewOn}
            onChange={setReviewOn}
            error={errors.reviewOn}
            width="input-width-s"
          />
          <TextArea
            id={`${prefix}-reason`}
            label={t('safety.ui.plan.renewReason')}
            value={reason}
            onChange={setReason}
            error={errors.reason}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('safety.ui.plan.renewSubmit')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => setMode('view')}>
            {t('safety.ui.cancel')}
          </button>
        </form>
      )}
    </section>
  );
}
