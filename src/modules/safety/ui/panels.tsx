// The safety module's panel on the case page: the safe-meeting plans on the case that the staff member may see,
// and making a new one (measures, reason, review date, the staff it names).
import { type FormEvent, useCallback, useState } from 'react';
import { ErrorSummary, type SummaryItem } from '../../../../web/src/app/ErrorSummary.js';
import { SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { SAFETY_MEASURES, type SafetyMeasure } from '../../../core/incidents.js';
import type { CasePanel } from '../../../platform/ui.js';
import type { CasePanelProps } from '../../cases/ui/index.js';
import { createPlan, fetchCaseBookings, fetchCasePlans } from './api.js';
import { ChoiceGroup, useSafetyForm } from './form.js';
import { PlanCard } from './PlanCard.js';

function SafetyPlansPanel({ c, staff }: CasePanelProps) {
  const { t } = useI18n();
  const fetcher = useCallback(() => fetchCasePlans(c.caseNumber), [c.caseNumber]);
  const { load, reload } = useLoad(fetcher);
  const [adding, setAdding] = useState(false);
  return (
    <section aria-labelledby="safety-plans-heading" className="mb-8">
      <h2 id="safety-plans-heading">{t('safety.ui.panel.title')}</h2>
      {load.status === 'loading' && <Loading text={t('safety.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          {load.data.length === 0 && <p>{t('safety.ui.panel.none')}</p>}
          {load.data.map((p) => (
            <PlanCard key={p.id} plan={p} onChanged={reload} />
          ))}
        </>
      )}
      {adding ? (
        <NewPlanForm
          caseNumber={c.caseNumber}
          staff={staff ?? []}
          onDone={() => {
            setAdding(false);
            reload();
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
          {t('safety.ui.panel.add')}
        </button>
      )}
    </section>
  );
}

function NewPlanForm(props: {
  caseNumber: string;
  staff: { id: string; name: string }[];
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, locale } = useI18n();
  const bookingsFetcher = useCallback(() => fetchCaseBookings(props.caseNumber), [props.caseNumber]);
  const bookings = useLoad(bookingsFetcher).load;
  const [bookingId, setBookingId] = useState('');
  const [measures, setMeasures] = useState<SafetyMeasure[]>([]);
  const [reason, setReason] = useState('');
  const [reviewOn, setReviewOn] = useState('');
  const [secondStaffId, setSecond] = useState('');
  const [knownStaffId, setKnown] = useState('');
  const { errors, showErrors, notice, setNotice, busy, summaryRef, send } = useSafetyForm();

  const toggle = (m: SafetyMeasure) =>
    setMeasures((old) => (old.includes(m) ? old.filter((x) => x !== m) : [...old, m]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    const local: Record<string, string> = {};
    if (measures.length === 0) local.measures = t('safety.error.measures');
    if (reason.trim().length < 10) local.reason = t('safety.error.reason');
    if (Object.keys(local).length > 0) return showErrors(local);
    const made = await send(() =>
      createPlan(props.caseNumber, {
        measures,
        reason: reason.trim(),
        ...(reviewOn ? { reviewOn } : {}),
        ...(secondStaffId ? { secondStaffId } : {}),
        ...(knownStaffId ? { knownStaffId } : {}),
        ...(bookingId ? { bookingId } : {}),
      }),
    );
    if (made) props.onDone();
  };

  const targets: Record<string, string> = {
    measures: `plan-measure-${SAFETY_MEASURES[0]}`,
    reason: 'plan-reason',
    reviewOn: 'plan-reviewOn',
    secondStaffId: 'plan-secondStaff',
    knownStaffId: 'plan-knownStaff',
    bookingId: 'plan-booking',
  };
  const items: SummaryItem[] = Object.entries(errors).map(([k, message]) => ({
    target: targets[k],
    message: message ?? '',
  }));
  const staffOptions = (
    <>
      <option value="">{t('safety.ui.panel.nobody')}</option>
      {props.staff.map((u) => (
        <option key={u.id} value={u.id}>
          {u.name}
        </option>
      ))}
    </>
  );
  return (
    <form onSubmit={submit} noValidate className="mt-5">
      <h3>{t('safety.ui.panel.newTitle')}</h3>
      <ErrorSummary heading={t('safety.ui.register.errors')} items={items} level={4} ref={summaryRef} />
      <SelectField
        id="plan-booking"
        label={t('safety.ui.panel.booking')}
        hint={t('safety.ui.panel.bookingHint')}
        value={bookingId}
        onChange={setBookingId}
        error={errors.bookingId}
      >
        <option value="">{t('safety.ui.panel.bookingGeneral')}</option>
        {bookings.status === 'ready' &&
          bookings.data.map((b) => (
            <option key={b.id} value={b.id}>
              {t('safety.ui.panel.bookingOption', {
                time: formatDateTime(b.startsAt, locale),
                service: b.serviceName,
                place: b.place,
              })}
            </option>
          ))}
      </SelectField>
      <ChoiceGroup id="plan-measures" legend={t('safety.ui.panel.measures')} error={errors.measures}>
        <ul className="nobullet-list">
          {SAFETY_MEASURES.map((m) => (
            <li key={m}>
              <input
                className="form-checkbox"
                type="checkbox"
                id={`plan-measure-${m}`}
                checked={measures.includes(m)}
                onChange={() => toggle(m)}
              />
              <label htmlFor={`plan-measure-${m}`}>{t(`safety.ui.measure.${m}`)}</label>
            </li>
          ))}
        </ul>
      </ChoiceGroup>
      <SelectField
        id="plan-secondStaff"
        label={t('safety.ui.panel.secondStaff')}
        value={secondStaffId}
        onChange={setSecond}
        error={errors.secondStaffId}
        optional
      >
        {staffOptions}
      </SelectField>
      <SelectField
        id="plan-knownStaff"
        label={t('safety.ui.panel.knownStaff')}
        value={knownStaffId}
        onChange={setKnown}
        error={errors.knownStaffId}
        optional
      >
        {staffOptions}
      </SelectField>
      <TextArea
        id="plan-reason"
        label={t('safety.ui.plan.reason')}
        hint={t('safety.ui.panel.reasonHint')}
        value={reason}
        onChange={setReason}
        error={errors.reason}
      />
      <TextField
        id="plan-reviewOn"
        type="date"
        label={t('safety.ui.plan.reviewOn')}
        hint={t('safety.ui.panel.reviewOnHint')}
        value={reviewOn}
        onChange={setReviewOn}
        error={errors.reviewOn}
        width="input-width-s"
        optional
      />
      <NoticeRegion notice={notice} />
      <button type="submit" className="button button-primary" disabled={busy}>
        {t('safety.ui.panel.save')}
      </button>{' '}
      <button type="button" className="button button-secondary" onClick={props.onCancel}>
        {t('safety.ui.cancel')}
      </button>
    </form>
  );
}

export const safetyPanels: CasePanel<CasePanelProps>[] = [
  { key: 'safety.plans', column: 'side', position: 15, component: SafetyPlansPanel },
];
