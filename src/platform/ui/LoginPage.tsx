// Staff login: e-mail and password against /auth/login; errors in the user's language, linked from a summary.
import { type FormEvent, useRef, useState } from 'react';
import { ApiError, api } from '../../../web/src/app/api.js';
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

function refusal(e: unknown): string {
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
        found.form = refusal(err);
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

        {messages.length > 0 && (
          <div className="alert alert-error" role="alert" tabIndex={-1} ref={summary}>
            <div className="alert-body">
              <p className="alert-heading">{t('common.login.errorSummary')}</p>
              <ul className="alert-text nobullet-list">
                {messages.map(([field, key]) => (
                  <li key={field}>{field === 'form' ? t(key) : <a href={`#${field}`}>{t(key)}</a>}</li>
                ))}
              </ul>
            </div>
          </div>
        )}

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

interface TextFieldProps {
  id: Field;
  type: 'email' | 'password';
  autoComplete: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}

function TextField({ id, type, autoComplete, label, value, onChange, error }: TextFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <span className="form-error-message" id={errorId}>
          {error}
        </span>
      )}
      <input
        className="form-input"
        id={id}
        name={id}
        type={type}
        autoComplete={autoComplete}
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
    </div>
  );
}
