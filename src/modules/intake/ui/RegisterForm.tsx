// The registration form's fields, in the order the summary lists them. The decision fields appear for a
// klage only (the server asks for the decision date then).
import { type FormEvent, useState } from 'react';
import { Fieldset, RadioGroup, SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { CASE_KINDS } from '../../../core/workflow.js';
import { CONTACT_TIMES } from '../contact-times.js';
import type { StaffArea } from './register-api.js';

const CHANNELS = ['phone', 'desk', 'mail'] as const;

/** Areas grouped under their department (forvaltning), departments in alphabetical order. */
function areaGroups(areas: readonly StaffArea[]) {
  const byDepartment = new Map<string, { value: string; text: string }[]>();
  for (const a of areas) {
    const list = byDepartment.get(a.department) ?? [];
    list.push({ value: a.code, text: a.name });
    byDepartment.set(a.department, list);
  }
  return [...byDepartment.entries()]
    .sort(([x], [y]) => x.localeCompare(y, 'da'))
    .map(([label, options]) => ({ label, options }));
}

interface Props {
  areas: readonly StaffArea[];
  /** Field → the server's message, in the user's language. */
  errors: Readonly<Record<string, string>>;
  today: string;
  busy: boolean;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
}

export function RegisterForm({ areas, errors, today, busy, onSubmit }: Props) {
  const { t } = useI18n();
  const [kind, setKind] = useState('');

  return (
    <form onSubmit={onSubmit} noValidate>
      <RadioGroup
        name="channel"
        legend={t('intake.ui.channel.legend')}
        defaultValue="phone"
        error={errors.channel}
        options={CHANNELS.map((c) => ({ value: c, label: t(`intake.ui.channel.${c}`) }))}
      />
      <RadioGroup
        name="kind"
        legend={t('intake.ui.kind.legend')}
        error={errors.kind}
        onChange={setKind}
        options={CASE_KINDS.map((k) => ({ value: k, label: t(`intake.kind.${k}`) }))}
      />
      <SelectField
        id="area"
        label={t('intake.area.label')}
        hint={t('intake.ui.area.hint')}
        error={errors.area}
        defaultValue=""
      >
        <option value="">{t('intake.area.placeholder')}</option>
        {areaGroups(areas).map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.text}
              </option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      {kind === 'complaint' && (
        <Fieldset id="decision" legend={t('intake.ui.decision.legend')} hint={t('intake.ui.decision.hint')}>
          <TextField
            id="decisionDate"
            type="date"
            label={t('intake.decisionDate.label')}
            max={today}
            error={errors.decisionDate}
            width="input-width-s"
          />
          <TextField
            id="decisionReference"
            label={t('intake.decisionReference.label')}
            error={errors.decisionReference}
            maxLength={100}
            optional
            width="input-width-m"
          />
        </Fieldset>
      )}
      <TextArea
        id="description"
        label={t('intake.ui.description.label')}
        hint={t('intake.ui.description.hint')}
        error={errors.description}
        rows={6}
      />
      <Fieldset id="citizen" legend={t('intake.ui.citizen.legend')} hint={t('intake.ui.contact.hint')}>
        <TextField id="name" label={t('intake.ui.name.label')} error={errors.name} />
        <TextField
          id="phone"
          type="tel"
          label={t('intake.phone.label')}
          error={errors.phone}
          optional
          width="input-width-s"
        />
        <TextField id="email" type="email" label={t('intake.email.label')} error={errors.email} optional />
        <TextField
          id="cpr"
          inputMode="numeric"
          label={t('intake.ui.cpr.label')}
          hint={t('intake.ui.cpr.hint')}
          error={errors.cpr}
          maxLength={11}
          optional
          width="input-width-s"
        />
      </Fieldset>
      <RadioGroup
        name="preferredContactTime"
        legend={t('intake.ui.time.legend')}
        defaultValue="any"
        error={errors.preferredContactTime}
        options={CONTACT_TIMES.map((c) => ({ value: c, label: t(`intake.time.${c}`) }))}
      />
      <button type="submit" className="button button-primary mt-6" disabled={busy}>
        {t('intake.ui.register.submit')}
      </button>
      <p className="sr-only" role="status">
        {busy ? t('intake.ui.register.submitting') : ''}
      </p>
    </form>
  );
}
