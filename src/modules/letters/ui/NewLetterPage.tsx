// A new letter on a case (/staff/cases/{caseNumber}/letters/new?kind=…): choose the kind — a delay letter
// (fristbrev) also asks for the reason and the new expected date — and a draft is made from the kommune's
// template with the case's facts filled in; the composer opens on it.
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary } from '../../../../web/src/app/ErrorSummary.js';
import { focusFirstError, SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { Link, navigate, useLocation, usePageTitle } from '../../../../web/src/app/router.js';
import { LETTER_KINDS, type LetterKind } from '../../../core/letters.js';
import { createLetter } from './letters-api.js';

const isKind = (k: string | null): k is LetterKind => (LETTER_KINDS as readonly string[]).includes(k ?? '');

export function NewLetterPage({ caseNumber }: { caseNumber: string }) {
  const { t } = useI18n();
  const { search } = useLocation();
  const asked = search.get('kind');
  const [kind, setKind] = useState<LetterKind>(isKind(asked) ? asked : 'general');
  const [reason, setReason] = useState('');
  const [expectedOn, setExpectedOn] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  usePageTitle(t('letters.ui.new.title'), t('app.name'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const body = kind === 'delay' ? { kind, reason, ...(expectedOn ? { expectedOn } : {}) } : { kind };
      const { letter } = await createLetter(caseNumber, body);
      navigate(`/cases/${encodeURIComponent(caseNumber)}/letters/${letter.number}`, { replace: true });
    } catch (err) {
      const f = err instanceof ApiError ? (err.fields ?? {}) : {};
      setFields(f);
      if (Object.keys(f).length === 0) setError(refusalText(t, err));
      else focusFirstError(['reason', 'expectedOn'].filter((k) => f[k]).map((k) => `new-letter-${k}`));
      setBusy(false);
    }
  };

  const items = Object.entries(fields).map(([k, message]) => ({ target: `new-letter-${k}`, message }));
  return (
    <>
      <p>
        <Link to={`/sager/${encodeURIComponent(caseNumber)}`} className="back-link">
          {t('letters.ui.back', { caseNumber })}
        </Link>
      </p>
      <h1 tabIndex={-1}>{t('letters.ui.new.title')}</h1>
      <p>{t('letters.ui.new.intro')}</p>
      <ErrorSummary heading={t('letters.ui.compose.errorHeading')} items={items} ref={summary} />
      {error && <ErrorAlert text={error} />}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          id="new-letter-kind"
          label={t('letters.ui.new.kind')}
          value={kind}
          onChange={(v) => isKind(v) && setKind(v)}
        >
          {LETTER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`letters.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        {kind === 'delay' && (
          <>
            <TextArea
              id="new-letter-reason"
              label={t('letters.ui.new.reason')}
              hint={t('letters.ui.new.reasonHint')}
              value={reason}
              onChange={setReason}
              maxLength={500}
              error={fields.reason}
            />
            <TextField
              id="new-letter-expectedOn"
              type="date"
              label={t('letters.ui.new.expectedOn')}
              value={expectedOn}
              onChange={setExpectedOn}
              width="input-width-s"
              error={fields.expectedOn}
            />
          </>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('letters.ui.new.creating') : t('letters.ui.new.create')}
        </button>
      </form>
    </>
  );
}
