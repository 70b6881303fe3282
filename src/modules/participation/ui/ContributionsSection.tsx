// The contributions of a process: those waiting for moderation (approve, or reject with a reason the contributor
// sees and is told), the form to register a contribution heard at a meeting, and the rejected ones with their
// reasons.
import { type FormEvent, useState } from 'react';
import { TextArea, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { ContributionMeta, ContributionText } from './ContributionItem.js';
import { type FieldErrors, FormErrors, refusedFields, useFormErrors } from './form.js';
import type { Act } from './ProcessPage.js';
import {
  type Contribution,
  moderate,
  type ProcessDetail,
  registerContribution,
} from './participation-api.js';

export function ContributionsSection({
  detail,
  act,
  busy,
}: {
  detail: ProcessDetail;
  act: Act;
  busy: boolean;
}) {
  const { t } = useI18n();
  const pending = detail.contributions.filter((c) => c.status === 'pending');
  const rejected = detail.contributions.filter((c) => c.status === 'rejected');
  const closed = detail.process.status === 'closed';
  return (
    <section aria-labelledby="moderation-heading" className="mt-8">
      <h2 id="moderation-heading">
        {t('participation.ui.moderation.title')} ({pending.length})
      </h2>
      {pending.length === 0 ? (
        <p>{t('participation.ui.moderation.none')}</p>
      ) : (
        <ul className="nobullet-list">
          {pending.map((c) => (
            <PendingItem key={c.id} c={c} processId={detail.process.id} act={act} busy={busy} />
          ))}
        </ul>
      )}
      {!closed && <RegisterForm processId={detail.process.id} act={act} busy={busy} />}
      {rejected.length > 0 && (
        <>
          <h3 className="mt-7">
            {t('participation.ui.rejected.title')} ({rejected.length})
          </h3>
          <ul className="nobullet-list">
            {rejected.map((c) => (
              <li key={c.id} className="mb-5">
                <ContributionText c={c} processId={detail.process.id} />
                <p className="mt-2 mb-0">
                  {t('participation.ui.rejected.reason', { reason: c.moderationReason ?? '' })}
                </p>
                <ContributionMeta c={c} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function PendingItem(props: { c: Contribution; processId: string; act: Act; busy: boolean }) {
  const { c, processId, act, busy } = props;
  const { t } = useI18n();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reasonId = `reason-${c.id}`;
  const reject = async (ev: FormEvent) => {
    ev.preventDefault();
    if (!reason.trim()) {
      setError(t('participation.error.reason'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setError(undefined);
    await act(async () => {
      await moderate(processId, c.id, { decision: 'rejected', reason: reason.trim() });
      return t('participation.ui.moderation.rejected');
    });
  };
  return (
    <li className="mb-6">
      <ContributionText c={c} processId={processId} />
      <ContributionMeta c={c} />
      {!rejecting ? (
        <div className="mt-3">
          <button
            type="button"
            className="button button-primary mr-3 mb-3"
            disabled={busy}
            onClick={() =>
              act(async () => {
                await moderate(processId, c.id, { decision: 'approved' });
                return t('participation.ui.moderation.approved');
              })
            }
          >
            {t('participation.ui.moderation.approve')}
            <span className="sr-only">: {c.text.slice(0, 40)}</span>
          </button>
          <button
            type="button"
            className="button button-secondary mb-3"
            disabled={busy}
            onClick={() => {
              setRejecting(true);
              requestAnimationFrame(() => document.getElementById(reasonId)?.focus());
            }}
          >
            {t('participation.ui.moderation.reject')}
            <span className="sr-only">: {c.text.slice(0, 40)}</span>
          </button>
        </div>
      ) : (
        <form onSubmit={reject} noValidate className="mt-3">
          <TextArea
            id={reasonId}
            label={t('participation.ui.moderation.reason')}
            hint={t('participation.ui.moderation.reasonHint')}
            value={reason}
            onChange={setReason}
            error={error}
            maxLength={1000}
          />
          <button type="submit" className="button button-primary mr-3 mb-3" disabled={busy}>
            {t('participation.ui.moderation.rejectYes')}
          </button>
          <button type="button" className="button button-secondary mb-3" onClick={() => setRejecting(false)}>
            {t('participation.ui.cancel')}
          </button>
        </form>
      )}
    </li>
  );
}

const REGISTER_FIELDS = ['text', 'name', 'email', 'phone'] as const;
type RegisterField = (typeof REGISTER_FIELDS)[number];
const PHONE = /^(\+45|0045)?[ -]*[2-9]([ -]*[0-9]){7}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
/** The optional contact fields: how each is typed and how wide it is. */
const CONTACT_FIELDS = [
  { f: 'name', type: 'text', maxLength: 200 },
  { f: 'email', type: 'email' },
  { f: 'phone', type: 'tel', width: 'input-width-s' },
] as const;

function RegisterForm({ processId, act, busy }: { processId: string; act: Act; busy: boolean }) {
  const { t } = useI18n();
  const empty = { text: '', name: '', email: '', phone: '' };
  const [values, setValues] = useState<Record<RegisterField, string>>(empty);
  const form = useFormErrors<RegisterField>();
  const { errors } = form;
  const set = (f: RegisterField) => (v: string) => setValues((old) => ({ ...old, [f]: v }));
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const e: FieldErrors<RegisterField> = {};
    if (values.text.trim().length < 3) e.text = t('participation.ui.error.text');
    if (values.email.trim() && !EMAIL.test(values.email.trim())) e.email = t('participation.error.email');
    if (values.phone.trim() && !PHONE.test(values.phone.trim())) e.phone = t('participation.error.phone');
    if (form.show(e)) return;
    const body: { text: string; name?: string; email?: string; phone?: string } = {
      text: values.text.trim(),
    };
    for (const { f } of CONTACT_FIELDS) if (values[f].trim()) body[f] = values[f].trim();
    let fields: Record<string, string> | undefined;
    const ok = await act(async () => {
      try {
        await registerContribution(processId, body);
      } catch (err) {
        fields = refusedFields(err);
        throw err;
      }
      return t('participation.ui.register.done');
    });
    if (ok) {
      setValues(empty);
      form.show({});
    } else if (fields) form.show(fields as FieldErrors<RegisterField>);
  };
  return (
    <form onSubmit={submit} noValidate className="mt-7" aria-labelledby="register-heading">
      <h3 id="register-heading">{t('participation.ui.register.title')}</h3>
      <p>{t('participation.ui.register.intro')}</p>
      <FormErrors state={form} fields={REGISTER_FIELDS} target={(f) => `register-${f}`} level={4} />
      <TextArea
        id="register-text"
        label={t('participation.ui.register.text')}
        value={values.text}
        onChange={set('text')}
        error={errors.text}
        maxLength={5000}
      />
      {CONTACT_FIELDS.map((c) => (
        <TextField
          key={c.f}
          id={`register-${c.f}`}
          type={c.type}
          label={t(`participation.ui.register.${c.f}`)}
          value={values[c.f]}
          onChange={set(c.f)}
          error={errors[c.f]}
          optional
          {...('maxLength' in c ? { maxLength: c.maxLength } : {})}
          {...('width' in c ? { width: c.width } : {})}
        />
      ))}
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t('participation.ui.register.submit')}
      </button>
    </form>
  );
}
