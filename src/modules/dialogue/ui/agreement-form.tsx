// Add an agreement: what, who is responsible (the citizen or a staff member of the department), due date.
// Checked here first, in Danish, with an error summary linking to each field; the server's refusals
// land on the same fields.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary } from '../../../../web/src/app/ErrorSummary.js';
import { SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
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
        showErrors({ fields: {}, other: [refusalText(t, err)], translated: true });
      }
    } finally {
      setBusy(false);
    }
  };

  const summaryItems = [
    ...AGREEMENT_FIELDS.filter((f) => errors.fields[f]).map((f) => ({
      target: fieldId(f),
      message: text(errors.fields[f] ?? ''),
    })),
    ...errors.other.map((message) => ({ message })),
  ];
  const fieldError = (f: AgreementField) => errors.fields[f] && text(errors.fields[f]);

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('dialogue.agreement.new')}</h3>
      <ErrorSummary
        ref={summary}
        heading={t('dialogue.agreement.errorSummary')}
        items={summaryItems}
        level={4}
      />

      <TextArea
        id={fieldId('what')}
        label={t('dialogue.agreement.what')}
        hint={t('dialogue.agreement.whatHint')}
        error={fieldError('what')}
        maxLength={2000}
        value={draft.what}
        onChange={(v) => set('what', v)}
      />

      <SelectField
        id={fieldId('owner')}
        label={t('dialogue.agreement.owner')}
        hint={staffFailed && t('dialogue.agreement.staffFailed')}
        error={fieldError('owner')}
        value={draft.owner}
        onChange={(v) => set('owner', v)}
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
      </SelectField>

      <TextField
        id={fieldId('dueOn')}
        type="date"
        label={t('dialogue.agreement.due')}
        hint={t('dialogue.agreement.dueHint')}
        error={fieldError('dueOn')}
        min={today}
        value={draft.dueOn}
        onChange={(v) => set('dueOn', v)}
      />

      <button type="submit" className="button button-primary" disabled={busy}>
        {t('dialogue.agreement.add')}
      </button>
      <p className="sr-only" role="status">
        {busy ? t('dialogue.agreement.adding') : ''}
      </p>
    </form>
  );
}
