// The citizen's support needs (seeds 002, 004), edited on the citizen panel: interpreter and language, companion
// (bisidder), reading or hearing difficulties, preferred channel and time of day, a note. The server checks
// (a language with an interpreter) and answers per field; the change is audited and put on the case history.
import { type FormEvent, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { focusFirstError, SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { CONTACT_CHANNELS } from '../../../core/contact.js';
import type { SupportNeeds } from '../../citizens/index.js';
import { setSupportNeeds } from './case-api.js';
import { attemptChannelLabel } from './labels.js';

type Flag = 'interpreter' | 'companion' | 'readingDifficulties' | 'hearingDifficulties';
const FIELD_ORDER = ['language', 'preferredChannel', 'preferredTime', 'note'];

interface Props {
  citizenId: string;
  needs: SupportNeeds;
  onSaved: () => Promise<void>;
  onCancel: () => void;
}

function Checkbox({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="form-group-checkbox">
      <input
        className="form-checkbox"
        type="checkbox"
        id={id}
        name={id}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
    </div>
  );
}

export function SupportNeedsForm({ citizenId, needs, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<SupportNeeds>(needs);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof SupportNeeds>(key: K, value: SupportNeeds[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const flag = (key: Flag) => (
    <Checkbox
      id={`needs-${key}`}
      label={t(`dialogue.ui.needs.${key}`)}
      checked={draft[key] === true}
      onChange={(v) => set(key, v)}
    />
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      await setSupportNeeds(citizenId, {
        interpreter: draft.interpreter === true,
        ...(draft.interpreter && draft.language?.trim() ? { language: draft.language.trim() } : {}),
        companion: draft.companion === true,
        readingDifficulties: draft.readingDifficulties === true,
        hearingDifficulties: draft.hearingDifficulties === true,
        ...(draft.preferredChannel ? { preferredChannel: draft.preferredChannel } : {}),
        ...(draft.preferredTime?.trim() ? { preferredTime: draft.preferredTime.trim() } : {}),
        ...(draft.note?.trim() ? { note: draft.note.trim() } : {}),
      });
      setErrors({});
      await onSaved();
    } catch (err) {
      const fields = err instanceof ApiError && err.status === 400 ? (err.fields ?? {}) : {};
      setErrors(fields);
      if (Object.keys(fields).length > 0) {
        focusFirstError(FIELD_ORDER.filter((f) => fields[f]).map((f) => `needs-${f}`));
      } else setFailure(refusalText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="needs-legend">
      <fieldset className="mb-5">
        <legend className="h4" id="needs-legend">
          {t('dialogue.ui.needs.legend')}
        </legend>
        <p className="form-hint">{t('dialogue.ui.needs.hint')}</p>
        {flag('interpreter')}
        {draft.interpreter && (
          <TextField
            id="needs-language"
            label={t('dialogue.ui.needs.language')}
            maxLength={100}
            value={draft.language ?? ''}
            onChange={(v) => set('language', v)}
            error={errors.language}
          />
        )}
        {flag('companion')}
        {flag('readingDifficulties')}
        {flag('hearingDifficulties')}
        <SelectField
          id="needs-preferredChannel"
          label={t('dialogue.ui.needs.preferredChannel')}
          optional
          value={draft.preferredChannel ?? ''}
          onChange={(v) => set('preferredChannel', (v || undefined) as SupportNeeds['preferredChannel'])}
          error={errors.preferredChannel}
        >
          <option value="">{t('dialogue.ui.needs.noChannel')}</option>
          {CONTACT_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {attemptChannelLabel(t, c)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="needs-preferredTime"
          label={t('dialogue.ui.needs.preferredTime')}
          hint={t('dialogue.ui.needs.preferredTimeHint')}
          optional
          maxLength={200}
          value={draft.preferredTime ?? ''}
          onChange={(v) => set('preferredTime', v)}
          error={errors.preferredTime}
        />
        <TextArea
          id="needs-note"
          label={t('dialogue.ui.needs.note')}
          optional
          maxLength={2000}
          value={draft.note ?? ''}
          onChange={(v) => set('note', v)}
          error={errors.note}
        />
      </fieldset>
      {failure && <ErrorAlert text={failure} />}
      <div className="d-flex flex-wrap">
        <button type="submit" className="button button-primary mr-4" disabled={busy}>
          {t('dialogue.ui.needs.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('dialogue.ui.citizen.cancel')}
        </button>
      </div>
    </form>
  );
}
