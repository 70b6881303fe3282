// Logging one contact attempt (kontaktforsøg): channel, the results that fit it, an optional note — and, when a
// complaint would be answered first by letter, why (the method says call first; the core decides when to ask).
import { type FormEvent, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { focusFirstError, RadioGroup, TextArea } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import {
  CONTACT_CHANNELS,
  CONTACT_RESULTS,
  type ContactChannel,
  type ContactResult,
  isValidAttempt,
  needsLetterReason,
} from '../../../core/contact.js';
import type { CaseKind } from '../../../core/workflow.js';
import type { AttemptOutcome } from '../../cases/ui/index.js';
import { attemptChannelLabel, attemptResultLabel, logAttempt } from '../../cases/ui/index.js';

const resultsFor = (channel: ContactChannel) => CONTACT_RESULTS.filter((r) => isValidAttempt(channel, r));

interface Props {
  caseNumber: string;
  kind: CaseKind;
  priorAttempts: number;
  onLogged: (outcome: AttemptOutcome) => void;
  onFailed: (message: string) => void;
}

type Errors = { result?: string; letterReason?: string };

export function AttemptForm({ caseNumber, kind, priorAttempts, onLogged, onFailed }: Props) {
  const { t } = useI18n();
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [result, setResult] = useState<ContactResult | ''>('');
  const [note, setNote] = useState('');
  const [letterReason, setLetterReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const askWhyLetter = needsLetterReason(kind, priorAttempts, channel);

  const chooseChannel = (next: ContactChannel) => {
    setChannel(next);
    // A written message has one result; a call must be chosen deliberately.
    const fitting = resultsFor(next);
    setResult(fitting.length === 1 ? (fitting[0] ?? '') : '');
    setErrors({});
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    if (!result) found.result = t('dialogue.refusal.result_required');
    if (askWhyLetter && !letterReason.trim())
      found.letterReason = t('dialogue.ui.contact.letterReasonRequired');
    setErrors(found);
    focusFirstError([found.result && 'attempt-result', found.letterReason && 'attempt-letter-reason']);
    if (!result || Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const outcome = await logAttempt(caseNumber, {
        channel,
        result,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(askWhyLetter ? { letterReason: letterReason.trim() } : {}),
      });
      setNote('');
      setLetterReason('');
      setResult(channel === 'phone' ? '' : result);
      onLogged(outcome);
    } catch (err) {
      if (err instanceof ApiError && err.fields) {
        setErrors(err.fields);
        focusFirstError([
          err.fields.result && 'attempt-result',
          err.fields.letterReason && 'attempt-letter-reason',
        ]);
      }
      onFailed(refusalText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="attempt-form-title">
      <h3 id="attempt-form-title">{t('dialogue.ui.contact.log')}</h3>
      <RadioGroup
        name="attempt-channel"
        legend={t('dialogue.ui.contact.channel')}
        value={channel}
        options={CONTACT_CHANNELS.map((c) => ({ value: c, label: attemptChannelLabel(t, c) }))}
        onChange={chooseChannel}
      />
      <RadioGroup
        name="attempt-result"
        legend={t('dialogue.ui.contact.result')}
        value={result}
        options={resultsFor(channel).map((r) => ({ value: r, label: attemptResultLabel(t, r) }))}
        onChange={setResult}
        error={errors.result}
      />
      {askWhyLetter && (
        <TextArea
          id="attempt-letter-reason"
          label={t('dialogue.ui.contact.letterReason')}
          hint={t('dialogue.ui.contact.letterReasonHint')}
          value={letterReason}
          onChange={setLetterReason}
          error={errors.letterReason}
          maxLength={2000}
        />
      )}
      <TextArea
        id="attempt-note"
        label={t('dialogue.ui.contact.note')}
        value={note}
        onChange={setNote}
        maxLength={2000}
        // Its label already says "(valgfri)".
        required={false}
      />
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('dialogue.ui.contact.saving') : t('dialogue.ui.contact.submit')}
      </button>
    </form>
  );
}
