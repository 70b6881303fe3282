// One safe-meeting plan: its measures, who is named, why, and until when it is in force; with renewing (a new
// review date and the reason it is still needed) and ending (after a confirmation) for those who may.
import { type FormEvent, useId, useState } from 'react';
import { ConfirmButton } from '../../../../web/src/app/ConfirmButton.js';
import { ErrorSummary, type SummaryItem } from '../../../../web/src/app/ErrorSummary.js';
import { TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDate, formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { NoticeRegion } from '../../../../web/src/app/Notice.js';
import { endPlan, type Plan, renewPlan } from './api.js';
import { useSafetyForm } from './form.js';

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
  const [renewing, setRenewing] = useState(false);
  const [reviewOn, setReviewOn] = useState('');
  const [reason, setReason] = useState('');
  const { errors, notice, setNotice, busy, summaryRef, send } = useSafetyForm<'reviewOn' | 'reason'>();
  const prefix = `plan-${plan.id}`;

  const renew = (e: FormEvent) => {
    e.preventDefault();
    void send(async () => {
      const renewed = await renewPlan(plan.id, { reviewOn, reason: reason.trim() });
      setRenewing(false);
      setNotice({ text: t('safety.ui.plan.renewed'), error: false });
      onChanged(renewed);
    });
  };

  const end = async () => {
    await send(async () => {
      const ended = await endPlan(plan.id);
      setNotice({ text: t('safety.ui.plan.endedNotice'), error: false });
      onChanged(ended);
    });
  };
  const items: SummaryItem[] = (['reviewOn', 'reason'] as const)
    .filter((f) => errors[f])
    .map((f) => ({ target: `${prefix}-${f}`, message: errors[f]! }));

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
        {plan.booking
          ? t('safety.ui.plan.forBooking', {
              time: formatDateTime(plan.booking.startsAt, locale),
              service: plan.booking.serviceName,
              place: plan.booking.place,
            })
          : t('safety.ui.plan.forCase')}
      </p>
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
      {plan.canRenew && !renewing && plan.status !== 'ended' && (
        <div className="d-flex flex-wrap">
          <button
            type="button"
            className="button button-secondary mr-3 mb-2"
            onClick={() => setRenewing(true)}
          >
            {t('safety.ui.plan.renew')}
          </button>
          <ConfirmButton
            label={t('safety.ui.plan.end')}
            question={t('safety.ui.plan.confirmEnd', { name: plan.citizen.name })}
            confirmLabel={t('safety.ui.plan.confirmEndYes')}
            cancelLabel={t('safety.ui.cancel')}
            onConfirm={end}
            disabled={busy}
          />
        </div>
      )}
      {renewing && (
        <form onSubmit={renew} noValidate>
          <ErrorSummary heading={t('safety.ui.register.errors')} items={items} level={4} ref={summaryRef} />
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
          <button type="button" className="button button-secondary" onClick={() => setRenewing(false)}>
            {t('safety.ui.cancel')}
          </button>
        </form>
      )}
    </section>
  );
}
