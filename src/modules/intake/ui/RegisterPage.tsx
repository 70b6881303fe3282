// Registration of a complaint received by phone, at the desk or by letter (registrér henvendelse). The server
// validates and answers with a message per field; they are shown at each field and in a summary that takes focus.
// The CPR number is read from the form only at submit, sent once, and cleared with the form: never in state,
// the URL or storage.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary, type SummaryItem } from '../../../../web/src/app/ErrorSummary.js';
import { radioId } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { localDate } from '../../../core/calendar.js';
import { RegisteredNotice } from './RegisteredNotice.js';
import { RegisterForm } from './RegisterForm.js';
import { fetchStaffAreas, type Registered, registerCase, type StaffArea } from './register-api.js';

// The order of the form's fields, and where the summary's link for each one lands.
const FIELD_TARGETS: readonly [field: string, target: string][] = [
  ['channel', radioId('channel', 'phone')],
  ['kind', radioId('kind', 'complaint')],
  ['area', 'area'],
  ['decisionDate', 'decisionDate'],
  ['decisionReference', 'decisionReference'],
  ['description', 'description'],
  ['name', 'name'],
  ['phone', 'phone'],
  ['email', 'email'],
  ['cpr', 'cpr'],
  ['preferredContactTime', radioId('preferredContactTime', 'any')],
];

type Areas = { status: 'loading' } | { status: 'ready'; areas: StaffArea[] } | { status: 'failed' };

/** The filled-in fields as strings; empty optional fields are left out. */
function bodyOf(form: HTMLFormElement): Record<string, string> {
  const body: Record<string, string> = {};
  for (const [k, v] of new FormData(form)) {
    if (typeof v === 'string' && v.trim() !== '') body[k] = v.trim();
  }
  return body;
}

export function RegisterPage() {
  const { t } = useI18n();
  const [areas, setAreas] = useState<Areas>({ status: 'loading' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<Registered | null>(null);
  const [busy, setBusy] = useState(false);
  // Bumped after a registration: a fresh, empty form (kind and the decision fields included).
  const [formKey, setFormKey] = useState(0);
  // Counts refused submits: each one moves focus to the summary once it is rendered.
  const [refusals, setRefusals] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const notice = useRef<HTMLDivElement>(null);
  usePageTitle(t('intake.ui.register.title'), t('app.name'));

  useEffect(() => {
    let live = true;
    fetchStaffAreas().then(
      (list) => live && setAreas({ status: 'ready', areas: list }),
      () => live && setAreas({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);

  useEffect(() => {
    if (done) notice.current?.focus();
  }, [done]);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setDone(null);
    try {
      const registered = await registerCase(bodyOf(e.currentTarget));
      setErrors({});
      setFormError(null);
      setDone(registered);
      setFormKey((k) => k + 1);
    } catch (err) {
      const fields = err instanceof ApiError && err.status === 400 ? (err.fields ?? {}) : {};
      setErrors(fields);
      setFormError(Object.keys(fields).length > 0 ? null : refusalText(t, err));
      setRefusals((n) => n + 1);
    } finally {
      setBusy(false);
    }
  };

  const items: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...FIELD_TARGETS.filter(([f]) => errors[f]).map(([f, target]) => ({ target, message: errors[f] ?? '' })),
  ];

  return (
    <div className="row">
      <div className="col-12 col-lg-8">
        <h1 tabIndex={-1}>{t('intake.ui.register.title')}</h1>
        <p className="font-lead">{t('intake.ui.register.intro')}</p>
        <ErrorSummary ref={summary} heading={t('intake.ui.register.errorSummary')} items={items} />
        <div aria-live="polite">{done && <RegisteredNotice ref={notice} registered={done} />}</div>

        {areas.status === 'loading' && <Loading text={t('intake.ui.register.loadingAreas')} />}
        {areas.status === 'failed' && <ErrorAlert text={t('common.error')} />}
        {areas.status === 'ready' && (
          <RegisterForm
            key={formKey}
            areas={areas.areas}
            errors={errors}
            today={localDate(new Date())}
            busy={busy}
            onSubmit={onSubmit}
          />
        )}
      </div>
    </div>
  );
}
