// This month's employee pulse: three questions, 1–5, answered once a month and stored without the user.
import { useCallback, useState } from 'react';
import { api, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary } from '../../../../web/src/app/ErrorSummary.js';
import { RadioGroup, radioId } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { PULSE_QUESTIONS, type PulseQuestion } from '../../../core/surveys.js';

const SCORES = ['1', '2', '3', '4', '5'] as const;
type Score = (typeof SCORES)[number];

export function PulsePage() {
  const { t } = useI18n();
  usePageTitle(t('surveys.ui.pulse.title'), t('app.name'));
  const fetchStatus = useCallback(
    () => api<{ month: string; answered: boolean }>('GET', '/pulse/status'),
    [],
  );
  const { load, reload } = useLoad(fetchStatus);
  const [values, setValues] = useState<Partial<Record<PulseQuestion, Score>>>({});
  const [errors, setErrors] = useState<Partial<Record<PulseQuestion, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const missing = Object.fromEntries(
      PULSE_QUESTIONS.filter((q) => !values[q]).map((q) => [q, t('surveys.error.score')]),
    );
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      document.getElementById('pulse-errors')?.focus();
      return;
    }
    setBusy(true);
    try {
      await api(
        'POST',
        '/pulse/answers',
        Object.fromEntries(PULSE_QUESTIONS.map((q) => [q, Number(values[q])])),
      );
      reload();
    } catch (err) {
      setFailure(refusalText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('surveys.ui.pulse.title')}</h1>
      <p>{t('surveys.ui.pulse.intro')}</p>
      <NoticeRegion>
        {load.status === 'loading' && <Loading text={t('surveys.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {failure && <ErrorAlert text={failure} />}
      {load.status === 'ready' &&
        (load.data.answered ? (
          <div className="alert alert-success">
            <div className="alert-body">
              <p className="alert-text">{t('surveys.ui.pulse.answered', { month: load.data.month })}</p>
            </div>
          </div>
        ) : (
          <form onSubmit={submit} noValidate>
            <div id="pulse-errors" tabIndex={-1}>
              <ErrorSummary
                heading={t('surveys.page.errorHeading')}
                items={Object.entries(errors).map(([q, m]) => ({
                  target: radioId(q, '1'),
                  message: m ?? '',
                }))}
              />
            </div>
            {PULSE_QUESTIONS.map((q) => (
              <RadioGroup<Score>
                key={q}
                name={q}
                legend={`${t(`surveys.ui.pulse.question.${q}`)} ${t('surveys.page.scaleHint')}`}
                options={SCORES.map((s) => ({ value: s, label: t(`surveys.score.${s}`) }))}
                value={values[q] ?? ''}
                onChange={(v) => setValues((old) => ({ ...old, [q]: v }))}
                error={errors[q]}
              />
            ))}
            <button type="submit" className="button button-primary" disabled={busy}>
              {busy ? t('surveys.ui.sending') : t('surveys.ui.pulse.submit')}
            </button>
          </form>
        ))}
    </>
  );
}
