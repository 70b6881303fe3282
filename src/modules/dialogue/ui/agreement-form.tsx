// Add an agreement: what, who is responsible (the citizen or a staff member of the department), due date.
// Checked here first, in Danish, with an error summary linking to each field; the server's refusals
// land on the same fields.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { fetchDepartmentStaff, postAgreement, type StaffOption } from './agreement-api.js';
import {
  AGREEMENT_FIELDS,
  type AgreementDraft,
  type AgreementErrors,
  type AgreementField,
  agreementBody,
  checkAgreement,
  emptyAgreement,
  serverErrors,
} from './agreement-logic.js';

interface Props {
  caseNumber: string;
  departmentId: string;
  today: string;
  onAdded: () => void;
}

export function AgreementForm({ caseNumber, departmentId, today, onAdded }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<AgreementDraft>(emptyAgreement);
  // Keys (from the checks) or the server's texts; `translated` tells which.
  const [errors, setErrors] = useState<{ fields: AgreementErrors; other: string[]; translated: boolean }>({
    fields: {},
    other: [],
    translated: false,
  });
  const [busy, setBusy] = useState(false);
  const [staff, setStaff] = useState<StaffOption[]>([]);
  const [staffFailed, setStaffFailed] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const fieldId = (f: AgreementField) => `${id}-${f}`;

  useEffect(() => {
    let live = true;
    fetchDepartmentStaff(departmentId).then(
      (list) => live && setStaff(list),
      () => live && setStaffFailed(true),
    );
    return () => {
      live = false;
    };
  }, [departmentId]);

  const text = (message: string) => (errors.translated ? message : t(message));
  const set = (field: AgreementField, value: string) => setDraft((d) => ({ ...d, [field]: value }));

  const showErrors = (next: typeof errors) => {
    setErrors(next);
    // The summary is rendered by the state change above; focus it on the next frame.
    requestAnimationFrame(() => summary.current?.focus());
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = checkAgreement(draft, today);
    if (Object.keys(found).length > 0) return showErrors({ fields: found, other: [], translated: false });
    setBusy(true);
    try {
      await postAgreement(caseNumber, agreementBody(draft));
      setDraft(emptyAgreement);
      setErrors({ fields: {}, other: [], translated: false });
      onAdded();
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.fields) {
        showErrors({ ...serverErrors(err.fields), translated: true });
      } else {
        const message = err instanceof ApiError && err.status < 500 ? err.message : t('common.error');
        showErrors({ fields: {}, other: [message], translated: true });
      }
    } finally {
      setBusy(false);
    }
  };

  const listed = AGREEMENT_FIELDS.filter((f) => errors.fields[f]);
  const describedBy = (f: AgreementField, hint: boolean) =>
    [errors.fields[f] ? `${fieldId(f)}-error` : '', hint ? `${fieldId(f)}-hint` : ''].join(' ').trim() ||
    undefined;
  const groupClass = (f: AgreementField) => (errors.fields[f] ? 'form-group form-error' : 'form-group');
  const fieldError = (f: AgreementField) =>
    errors.fields[f] && (
      <span className="form-error-message" id={`${fieldId(f)}-error`}>
        {text(errors.fields[f])}
      </span>
    );

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('dialogue.agreement.new')}</h3>
      {(listed.length > 0 || errors.other.length > 0) && (
        <div className="alert alert-error" role="alert" tabIndex={-1} ref={summary}>
          <div className="alert-body">
            <p className="alert-heading">{t('dialogue.agreement.errorSummary')}</p>
            <ul className="alert-text nobullet-list">
              {listed.map((f) => (
                <li key={f}>
                  <a href={`#${fieldId(f)}`}>{text(errors.fields[f] ?? '')}</a>
                </li>
              ))}
              {errors.other.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </div>
        </div>
      )}

      <div className={groupClass('what')}>
        <label className="form-label" htmlFor={fieldId('what')}>
          {t('dialogue.agreement.what')}
        </label>
        <span className="form-hint" id={`${fieldId('what')}-hint`}>
          {t('dialogue.agreement.whatHint')}
        </span>
        {fieldError('what')}
        <textarea
          className="form-input"
          id={fieldId('what')}
          rows={3}
          maxLength={2000}
          required
          value={draft.what}
          onChange={(e) => set('what', e.target.value)}
          aria-invalid={errors.fields.what ? true : undefined}
          aria-describedby={describedBy('what', true)}
        />
      </div>

      <div className={groupClass('owner')}>
        <label className="form-label" htmlFor={fieldId('owner')}>
          {t('dialogue.agreement.owner')}
        </label>
        {staffFailed && (
          <span className="form-hint" id={`${fieldId('owner')}-hint`}>
            {t('dialogue.agreement.staffFailed')}
          </span>
        )}
        {fieldError('owner')}
        <select
          className="form-select"
          id={fieldId('owner')}
          required
          value={draft.owner}
          onChange={(e) => set('owner', e.target.value)}
          aria-invalid={errors.fields.owner ? true : undefined}
          aria-describedby={describedBy('owner', staffFailed)}
        >
          <option value="">{t('dialogue.agreement.chooseOwner')}</option>
          <option value="citizen">{t('dialogue.agreement.citizen')}</option>
          {staff.length > 0 && (
            <optgroup label={t('dialogue.agreement.staffGroup')}>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>

      <div className={groupClass('dueOn')}>
        <label className="form-label" htmlFor={fieldId('dueOn')}>
          {t('dialogue.agreement.due')}
        </label>
        <span className="form-hint" id={`${fieldId('dueOn')}-hint`}>
          {t('dialogue.agreement.dueHint')}
        </span>
        {fieldError('dueOn')}
        <input
          className="form-input"
          type="date"
          id={fieldId('dueOn')}
          required
          min={today}
          value={draft.dueOn}
          onChange={(e) => set('dueOn', e.target.value)}
          aria-invalid={errors.fields.dueOn ? true : undefined}
          aria-describedby={describedBy('dueOn', true)}
        />
      </div>

      <button type="submit" className="button button-primary" disabled={busy}>
        {t('dialogue.agreement.add')}
      </button>
      <p className="sr-only" role="status">
        {busy ? t('dialogue.agreement.adding') : ''}
      </p>
    </form>
  );
}
