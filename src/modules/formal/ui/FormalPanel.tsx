// The formal track on the case page: its deadlines (with the delay-letter prompt), the decision on a late
// complaint, the re-assessment, the forwarding with the case bundle, the appeals body's result, and aktindsigt.
import { type FormEvent, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary, type SummaryItem } from '../../../../web/src/app/ErrorSummary.js';
import { focusFirstError, radioId, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { type CasePanelProps, DeadlineBadge, Fact } from '../../cases/ui/index.js';
import { BundleChoice } from './BundleChoice.js';
import {
  answerAccessRequest,
  type Deadlines,
  decideLate,
  type Formal,
  forward,
  reassess,
  recordAppealResult,
  registerAccessRequest,
} from './formal-api.js';
import { StepForm } from './StepForm.js';

const REASSESSMENT = ['upheld', 'partly_changed', 'changed'] as const;
const APPEAL = ['upheld', 'changed', 'annulled', 'sent_back', 'dismissed'] as const;

type Errors = Record<string, string>;

export function FormalPanel({ c, onChanged }: CasePanelProps) {
  const { t, locale } = useI18n();
  const extra = c as unknown as { deadlines?: Deadlines | null; formal?: Formal | null };
  const deadlines = extra.deadlines ?? null;
  const formal = extra.formal ?? null;
  const [notice, setNotice] = useState<Notice>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<(typeof REASSESSMENT)[number] | ''>('');
  const [reasoning, setReasoning] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [appealBody, setAppealBody] = useState<string | null>(null);
  const [appealResult, setAppealResult] = useState<(typeof APPEAL)[number] | ''>('');
  const [decidedOn, setDecidedOn] = useState('');
  const [late, setLate] = useState<'accept' | 'reject' | ''>('');
  const [lateReason, setLateReason] = useState('');
  const [letterUrl, setLetterUrl] = useState<string | null>(null);

  if (!deadlines || !formal) return null;
  const date = (d: string | null) => (d ? formatDate(d, locale) : '');
  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({
    target: field,
    message,
  }));

  const run = async (action: () => Promise<string>, fieldOf: Record<string, string>) => {
    setBusy(true);
    setNotice(null);
    try {
      const text = await action();
      setErrors({});
      setNotice({ text, error: false });
      await onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.fields) {
        const mapped = Object.fromEntries(
          Object.entries(err.fields).map(([k, v]) => [fieldOf[k] ?? k, v] as const),
        );
        setErrors(mapped);
        focusFirstError(Object.keys(mapped));
      }
      setNotice({ text: refusalText(t, err), error: true });
    } finally {
      setBusy(false);
    }
  };

  const submitReassessment = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!result) errs[radioId('formal-result', 'upheld')] = t('formal.ui.reassessment.chooseResult');
    if (!reasoning.trim()) errs['formal-reasoning'] = t('formal.error.reasoning');
    if (Object.keys(errs).length > 0) {
      setErrors(errs);
      focusFirstError(Object.keys(errs));
      return;
    }
    if (result === 'changed' && !confirming) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    void run(
      async () => {
        const r = await reassess(c.caseNumber, { result: result as string, reasoning });
        setLetterUrl(r.letterUrl);
        return t('formal.ui.reassessment.recorded', { result: t(`formal.result.${result}`) });
      },
      { reasoning: 'formal-reasoning', result: radioId('formal-result', 'upheld') },
    );
  };

  const submitForwarding = (e: FormEvent) => {
    e.preventDefault();
    const body = appealBody ?? formal.appealsBody;
    void run(
      async () => {
        const r = await forward(c.caseNumber, body);
        return t('formal.ui.forward.done', { appealsBody: body, date: date(r.forwardedOn) });
      },
      { appealBody: 'formal-appeals-body' },
    );
  };

  const submitAppeal = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!appealResult) errs[radioId('formal-appeal', 'upheld')] = t('formal.ui.appeal.chooseResult');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(decidedOn)) errs['formal-decided-on'] = t('formal.ui.appeal.chooseDate');
    if (Object.keys(errs).length > 0) {
      setErrors(errs);
      focusFirstError(Object.keys(errs));
      return;
    }
    void run(
      async () => {
        await recordAppealResult(c.caseNumber, { result: appealResult as string, decidedOn });
        return t('formal.ui.appeal.recorded', {
          result: t(`dialogue.ui.appealResult.${appealResult}`),
          date: date(decidedOn),
        });
      },
      { decidedOn: 'formal-decided-on', result: radioId('formal-appeal', 'upheld') },
    );
  };

  const submitLate = (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!late) errs[radioId('formal-late', 'accept')] = t('formal.ui.late.choose');
    if (!lateReason.trim()) errs['formal-late-reason'] = t('formal.error.reason');
    if (Object.keys(errs).length > 0) {
      setErrors(errs);
      focusFirstError(Object.keys(errs));
      return;
    }
    void run(
      async () => {
        await decideLate(c.caseNumber, { accepted: late === 'accept', reason: lateReason });
        return t(late === 'accept' ? 'formal.ui.late.decided.accepted' : 'formal.ui.late.decided.rejected', {
          reason: lateReason,
        });
      },
      { reason: 'formal-late-reason' },
    );
  };

  return (
    <section className="mb-8" aria-labelledby="formal-title">
      <h2 id="formal-title">{t('formal.ui.title')}</h2>
      <NoticeRegion notice={notice} />
      <ErrorSummary heading={t('formal.ui.errorHeading')} items={summary} level={3} />

      <h3>{t('formal.ui.deadlines')}</h3>
      <dl>
        <Fact label={t('formal.ui.complaintDeadline')}>
          {deadlines.complaintDeadline ? (
            <time dateTime={deadlines.complaintDeadline}>{date(deadlines.complaintDeadline)}</time>
          ) : (
            t('formal.ui.complaintDeadlineNotStarted')
          )}
        </Fact>
        {deadlines.reassessmentDue && (
          <Fact label={t('formal.ui.reassessmentDue')}>
            <time dateTime={deadlines.reassessmentDue}>{date(deadlines.reassessmentDue)}</time>{' '}
            {deadlines.reassessmentStatus && (
              <DeadlineBadge status={deadlines.reassessmentStatus} metOn={null} />
            )}
          </Fact>
        )}
      </dl>
      {deadlines.delayLetterPrompt && (
        <div className="alert alert-warning">
          <div className="alert-body">
            <p className="alert-heading">{t('formal.ui.delay.title')}</p>
            <p className="alert-text">
              {t('formal.ui.delay.text')} <a href={deadlines.delayLetterUrl}>{t('formal.ui.delay.link')}</a>
            </p>
          </div>
        </div>
      )}

      {formal.lateDecision && (
        <p>
          {t(
            formal.lateDecision.accepted
              ? 'formal.ui.late.decided.accepted'
              : 'formal.ui.late.decided.rejected',
            {
              reason: formal.lateDecision.reason,
            },
          )}
        </p>
      )}
      {formal.allowed.lateDecision && (
        <StepForm
          titleId="formal-late-title"
          intro={
            <div className="alert alert-warning">
              <div className="alert-body">
                <h3 className="alert-heading" id="formal-late-title">
                  {t('formal.ui.late.title')}
                </h3>
                <p className="alert-text">{t('formal.ui.late.text')}</p>
              </div>
            </div>
          }
          className="mb-6"
          name="formal-late"
          legend={t('formal.ui.late.title')}
          value={late}
          options={[
            { value: 'accept' as const, label: t('formal.ui.late.accept') },
            { value: 'reject' as const, label: t('formal.ui.late.reject') },
          ]}
          onChange={setLate}
          error={errors[radioId('formal-late', 'accept')]}
          busy={busy}
          busyLabel={t('formal.ui.saving')}
          submitLabel={t('formal.ui.late.save')}
          onSubmit={submitLate}
        >
          <TextArea
            id="formal-late-reason"
            label={t('formal.ui.late.reason')}
            value={lateReason}
            onChange={setLateReason}
            error={errors['formal-late-reason']}
            maxLength={4000}
          />
        </StepForm>
      )}

      {formal.round > 1 && <p>{t('formal.ui.round', { round: formal.round })}</p>}
      {formal.reassessment && (
        <>
          <h3>{t('formal.ui.reassessment.title')}</h3>
          <p>
            {t('formal.ui.reassessment.recorded', {
              result: t(`formal.result.${formal.reassessment.result}`),
            })}{' '}
            {formal.reassessment.reasoning}
          </p>
          {(formal.reassessmentLetterUrl ?? letterUrl) && (
            <p>
              <a href={formal.reassessmentLetterUrl ?? letterUrl ?? ''}>
                {t('formal.ui.reassessment.letter')}
              </a>
            </p>
          )}
        </>
      )}
      {formal.allowed.reassessment && (
        <StepForm
          titleId="formal-reassessment-title"
          title={t('formal.ui.reassessment.title')}
          name="formal-result"
          legend={t('formal.ui.reassessment.result')}
          value={result}
          options={REASSESSMENT.map((r) => ({ value: r, label: t(`dialogue.ui.reassessmentResult.${r}`) }))}
          onChange={(v) => {
            setResult(v);
            setConfirming(false);
          }}
          error={errors[radioId('formal-result', 'upheld')]}
          below={
            confirming && (
              <div className="alert alert-warning" role="alert">
                <p className="alert-text">{t('formal.ui.reassessment.confirmChanged')}</p>
              </div>
            )
          }
          busy={busy}
          busyLabel={t('formal.ui.saving')}
          submitLabel={confirming ? t('formal.ui.reassessment.confirm') : t('formal.ui.reassessment.save')}
          secondary={
            confirming && (
              <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
                {t('formal.ui.reassessment.cancel')}
              </button>
            )
          }
          onSubmit={submitReassessment}
        >
          <TextArea
            id="formal-reasoning"
            label={t('formal.ui.reassessment.reasoning')}
            hint={t('formal.ui.reassessment.reasoningHint')}
            value={reasoning}
            onChange={setReasoning}
            error={errors['formal-reasoning']}
            maxLength={10000}
          />
        </StepForm>
      )}

      {formal.forwarding && (
        <>
          <h3>{t('formal.ui.forward.title')}</h3>
          <p>
            {t('formal.ui.forward.done', {
              appealsBody: formal.forwarding.appealsBody,
              date: date(formal.forwarding.forwardedOn),
            })}{' '}
            <a href={formal.forwarding.bundleUrl}>{t('formal.ui.forward.bundle')}</a>
          </p>
        </>
      )}
      {formal.bundles.length > 1 && (
        <>
          <h3>{t('formal.ui.bundles.title')}</h3>
          <ul data-testid="formal-bundles">
            {formal.bundles.map((b) => (
              <li key={b.version}>
                <a href={b.url}>
                  {t('formal.ui.bundles.item', {
                    version: b.version,
                    appealsBody: b.appealsBody,
                    date: date(b.forwardedOn),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {(formal.allowed.reassessment || formal.allowed.forwarding) && (
        <BundleChoice
          caseNumber={c.caseNumber}
          inBundle={c.conversation ? c.conversation.inBundle : null}
          disabled={busy}
          onChanged={onChanged}
        />
      )}
      {formal.allowed.forwarding && (
        <form onSubmit={submitForwarding} noValidate aria-labelledby="formal-forward-title">
          <h3 id="formal-forward-title">{t('formal.ui.forward.title')}</h3>
          <TextField
            id="formal-appeals-body"
            label={t('formal.ui.forward.body')}
            hint={t('formal.ui.forward.bodyHint')}
            value={appealBody ?? formal.appealsBody}
            onChange={setAppealBody}
            error={errors['formal-appeals-body']}
            width="input-width-l"
            maxLength={200}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('formal.ui.saving') : t('formal.ui.forward.submit')}
          </button>
        </form>
      )}

      {formal.appeal && (
        <>
          <h3>{t('formal.ui.appeal.title')}</h3>
          <p>
            {t('formal.ui.appeal.recorded', {
              result: t(`dialogue.ui.appealResult.${formal.appeal.result}`),
              date: date(formal.appeal.decidedOn),
            })}
          </p>
        </>
      )}
      {formal.allowed.appealResult && (
        <StepForm
          titleId="formal-appeal-title"
          title={t('formal.ui.appeal.title')}
          name="formal-appeal"
          legend={t('formal.ui.appeal.result')}
          value={appealResult}
          options={APPEAL.map((r) => ({ value: r, label: t(`dialogue.ui.appealResult.${r}`) }))}
          onChange={setAppealResult}
          error={errors[radioId('formal-appeal', 'upheld')]}
          busy={busy}
          busyLabel={t('formal.ui.saving')}
          submitLabel={t('formal.ui.appeal.submit')}
          onSubmit={submitAppeal}
        >
          <TextField
            id="formal-decided-on"
            type="date"
            label={t('formal.ui.appeal.decidedOn')}
            hint={t('formal.ui.appeal.decidedOnHint')}
            value={decidedOn}
            onChange={setDecidedOn}
            error={errors['formal-decided-on']}
            width="input-width-s"
          />
        </StepForm>
      )}

      <h3>{t('formal.ui.access.title')}</h3>
      {deadlines.accessRequests.length === 0 ? (
        <p>{t('formal.ui.access.none')}</p>
      ) : (
        <ul className="nobullet-list">
          {deadlines.accessRequests.map((r) => (
            <li key={r.id} className="mb-4">
              {r.answeredOn
                ? t('formal.ui.access.answered', { date: date(r.answeredOn) })
                : t('formal.ui.access.due', { date: date(r.dueOn) })}{' '}
              <DeadlineBadge status={r.status} metOn={r.answeredOn} />
              {r.delayLetterPrompt && (
                <>
                  {' '}
                  <a href={deadlines.delayLetterUrl}>{t('formal.ui.delay.link')}</a>
                </>
              )}
              {!r.answeredOn && (
                <button
                  type="button"
                  className="button button-tertiary ml-4"
                  disabled={busy}
                  onClick={() =>
                    void run(async () => {
                      await answerAccessRequest(c.caseNumber, r.id);
                      return t('formal.ui.access.answered', { date: '' });
                    }, {})
                  }
                >
                  {t('formal.ui.access.markAnswered')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            const r = await registerAccessRequest(c.caseNumber);
            return t('formal.ui.access.due', { date: date(r.dueOn) });
          }, {})
        }
      >
        {t('formal.ui.access.register')}
      </button>
    </section>
  );
}
