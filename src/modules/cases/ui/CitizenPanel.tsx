// The citizen before every contact (seeds 002, 004): how to reach them, what support they need, and the
// primary contact person (primær kontaktperson) who follows all their cases — both changeable here.
import { type FormEvent, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { SelectField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { setPrimaryContact } from './case-api.js';
import { Fact } from './Fact.js';
import { contactTimeLabel } from './labels.js';
import { SupportNeedsForm } from './SupportNeedsForm.js';
import { supportNeedLines } from './support-needs.js';
import type { CaseDetail, StaffUser } from './types.js';
import './citizen-panel.css';

/** '+4520304050' → '+45 20 30 40 50', the way Danish numbers are read aloud and dialled. */
const readablePhone = (phone: string) =>
  phone.replace(/^\+45(\d{2})(\d{2})(\d{2})(\d{2})$/, '+45 $1 $2 $3 $4');

interface Props {
  c: CaseDetail;
  /** Caseworkers and team leads to choose from; null when the list could not be loaded. */
  staff: StaffUser[] | null;
  onChanged: () => Promise<void>;
}

export function CitizenPanel({ c, staff, onChanged }: Props) {
  const { t } = useI18n();
  const { citizen } = c;
  const notGiven = t('dialogue.ui.case.notGiven');
  const needs = supportNeedLines(t, citizen.supportNeeds ?? {});
  const [editing, setEditing] = useState(false);
  const [editingNeeds, setEditingNeeds] = useState(false);
  const [choice, setChoice] = useState(citizen.primaryContact?.id ?? '');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  const startEditing = () => {
    setChoice(citizen.primaryContact?.id ?? '');
    setNotice(null);
    setEditing(true);
  };

  const needsSaved = async () => {
    await onChanged();
    setEditingNeeds(false);
    setNotice({ text: t('dialogue.ui.needs.saved'), error: false });
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await setPrimaryContact(citizen.id, choice || null);
      await onChanged();
      setEditing(false);
      setNotice({ text: t('dialogue.ui.citizen.saved'), error: false });
    } catch (err) {
      setNotice({ text: refusalText(t, err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="mb-8" aria-labelledby="citizen-title">
      <h2 id="citizen-title">{t('dialogue.ui.citizen.title')}</h2>
      <dl className="case-facts">
        <Fact label={t('dialogue.ui.case.name')}>{citizen.name}</Fact>
        <Fact label={t('dialogue.ui.case.phone')}>
          {citizen.phone ? (
            <a href={`tel:${citizen.phone.replace(/\s/g, '')}`}>{readablePhone(citizen.phone)}</a>
          ) : (
            notGiven
          )}
        </Fact>
        <Fact label={t('dialogue.ui.case.email')}>
          {citizen.email ? (
            <a className="citizen-email" href={`mailto:${citizen.email}`}>
              {citizen.email}
            </a>
          ) : (
            notGiven
          )}
        </Fact>
        {citizen.cprMasked && <Fact label={t('dialogue.ui.citizen.cpr')}>{citizen.cprMasked}</Fact>}
        <Fact label={t('dialogue.ui.case.preferredContactTime')}>
          {c.preferredContactTime ? contactTimeLabel(t, c.preferredContactTime) : notGiven}
        </Fact>
        <Fact label={t('dialogue.ui.citizen.supportNeeds')}>
          {needs.length === 0 ? (
            t('dialogue.ui.citizen.noSupportNeeds')
          ) : (
            <ul className="mt-0 mb-0">
              {needs.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact label={t('dialogue.ui.citizen.primaryContact')}>
          {citizen.primaryContact?.name ?? t('dialogue.ui.citizen.noPrimaryContact')}
        </Fact>
      </dl>

      <NoticeRegion notice={notice} />
      {!editingNeeds && !editing && (
        <button
          type="button"
          className="button button-secondary mr-4 mb-4"
          onClick={() => {
            setNotice(null);
            setEditingNeeds(true);
          }}
        >
          {t('dialogue.ui.needs.edit')}
        </button>
      )}
      {editingNeeds && (
        <SupportNeedsForm
          citizenId={citizen.id}
          needs={citizen.supportNeeds ?? {}}
          onSaved={needsSaved}
          onCancel={() => setEditingNeeds(false)}
        />
      )}
      {!editing && !editingNeeds && (
        <button type="button" className="button button-secondary" onClick={startEditing}>
          {t('dialogue.ui.citizen.change')}
        </button>
      )}
      {editing && (
        <form onSubmit={save}>
          {staff === null ? (
            <p>{t('dialogue.ui.citizen.staffUnavailable')}</p>
          ) : (
            <SelectField
              id="primary-contact"
              name="primaryContact"
              label={t('dialogue.ui.citizen.primaryContact')}
              hint={t('dialogue.ui.citizen.primaryContactHint')}
              required={false}
              value={choice}
              onChange={setChoice}
            >
              <option value="">{t('dialogue.ui.citizen.noPrimaryContact')}</option>
              {staff.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </SelectField>
          )}
          <div className="d-flex flex-wrap">
            {staff !== null && (
              <button type="submit" className="button button-primary mr-4" disabled={busy}>
                {t('dialogue.ui.citizen.save')}
              </button>
            )}
            <button type="button" className="button button-secondary" onClick={() => setEditing(false)}>
              {t('dialogue.ui.citizen.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
