// Staff login: e-mail and password against /auth/login; errors in the user's language, linked from a summary.
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, api } from '../../../web/src/app/api.js';
import { ErrorSummary } from '../../../web/src/app/ErrorSummary.js';
import { TextField } from '../../../web/src/app/fields.js';
import { useI18n } from '../../../web/src/app/i18n.js';
import { homePathFor } from '../../../web/src/app/navigation.js';
import { navigate, usePageTitle } from '../../../web/src/app/router.js';
import { type Me, useSession } from '../../../web/src/app/session.js';

type Field = 'email' | 'password';
type Errors = Partial<Record<Field | 'form', string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function check(email: string, password: string): Errors {
  const errors: Errors = {};
  if (!email.trim()) errors.email = 'common.login.emailRequired';
  else if (!EMAIL.test(email.trim())) errors.email = 'common.login.emailInvalid';
  if (!password) errors.password = 'common.login.passwordRequired';
  return errors;
}

/** The message key for a refused login: a citizen account is told staff only, anything else stays vague. */
export function loginRefusal(e: unknown): string {
  if (e instanceof ApiError && e.code === 'not_staff') return 'common.login.notStaff';
  if (e instanceof ApiError && (e.status === 401 || e.status === 400)) return 'common.login.invalid';
  if (e instanceof ApiError && e.status === 429) return 'common.login.rateLimited';
  return 'common.error';
}

export function LoginPage() {
  const { t } = useI18n();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  usePageTitle(t('common.login.title'), t('app.name'));

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const found = check(email, password);
    if (Object.keys(found).length === 0) {
      setBusy(true);
      try {
        const me = await api<Me>('POST', '/auth/login', { email: email.trim(), password });
        signedIn(me);
        navigate(homePathFor(me.role));
        return;
      } catch (err) {
        found.form = loginRefusal(err);
      } finally {
        setBusy(false);
      }
    }
    setErrors(found);
    // The summary is rendered by the state change above; focus it on the next frame.
    requestAnimationFrame(() => summary.current?.focus());
  };

  const messages = Object.entries(errors) as [Field | 'form', string][];

  return (
    <div className="row">
      <div className="col-12 col-md-8 col-lg-6">
        <h1 tabIndex={-1}>{t('common.login.title')}</h1>
        <p>{t('common.login.intro')}</p>

        <ErrorSummary
          ref={summary}
          heading={t('common.login.errorSummary')}
          items={messages.map(([field, key]) => ({
            target: field === 'form' ? undefined : field,
            message: t(key),
          }))}
        />

        <form onSubmit={onSubmit} noValidate>
          <TextField
            id="email"
            type="email"
            autoComplete="username"
            label={t('common.login.email')}
            value={email}
            onChange={setEmail}
            error={errors.email && t(errors.email)}
          />
          <TextField
            id="password"
            type="password"
            autoComplete="current-password"
            label={t('common.login.password')}
            value={password}
            onChange={setPassword}
            error={errors.password && t(errors.password)}
          />
          <button type="submit" className="button button-primary mt-6" disabled={busy}>
            {t('common.login.submit')}
          </button>
          <p className="sr-only" role="status">
            {busy ? t('common.login.submitting') : ''}
          </p>
        </form>
      </div>
    </div>
  );
}
