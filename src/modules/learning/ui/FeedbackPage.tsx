// One buddy feedback request (makkerskab): the question and the conversation record (redacted), and the
// structured answer — given by the named colleague, seen by the two of them only.
import { type FormEvent, useCallback, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { TextArea } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import type { ViewProps } from '../../../platform/ui.js';
import { phaseLabel } from './labels.js';
import { answerFeedback, fetchFeedback } from './learning-api.js';

export function FeedbackPage({ params }: ViewProps) {
  const { t } = useI18n();
  const { me } = useSession();
  const id = params.id ?? '';
  const fetcher = useCallback(() => fetchFeedback(id), [id]);
  const { load, reload } = useLoad(fetcher);
  const [whatWorked, setWhatWorked] = useState('');
  const [tryNext, setTryNext] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  usePageTitle(t('learning.ui.feedback.pageTitle'), t('app.name'));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await answerFeedback(id, whatWorked.trim(), tryNext.trim());
      setErrors({});
      setNotice({ text: t('learning.ui.feedback.answered'), error: false });
      reload();
    } catch (err) {
      setErrors(err instanceof ApiError ? (err.fields ?? {}) : {});
      setNotice({ text: refusalText(t, err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>
        <Link to="/laering">{t('learning.ui.back')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('learning.ui.feedback.pageTitle')}</h1>
      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('learning.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <p>
            {t('learning.ui.feedback.between', {
              requester: load.data.requester.name,
              reviewer: load.data.reviewer.name,
              caseNumber: load.data.caseNumber,
            })}
          </p>
          {load.data.question && (
            <>
              <h2>{t('learning.ui.feedback.question')}</h2>
              <p>{load.data.question}</p>
            </>
          )}
          <h2>{t('learning.ui.feedback.record')}</h2>
          {load.data.record.length === 0 ? (
            <p>{t('learning.ui.feedback.noRecord')}</p>
          ) : (
            load.data.record.map((r) => (
              <section key={r.phase}>
                <h3>{phaseLabel(t, r.phase)}</h3>
                <p style={{ whiteSpace: 'pre-wrap' }}>{r.text}</p>
              </section>
            ))
          )}
          <h2>{t('learning.ui.feedback.answer')}</h2>
          {load.data.answer ? (
            <dl>
              <dt>{t('learning.ui.feedback.whatWorked')}</dt>
              <dd>{load.data.answer.whatWorked}</dd>
              <dt>{t('learning.ui.feedback.tryNext')}</dt>
              <dd>{load.data.answer.tryNext}</dd>
            </dl>
          ) : me?.id === load.data.reviewer.id ? (
            <form onSubmit={submit} noValidate>
              <TextArea
                id="whatWorked"
                label={t('learning.ui.feedback.whatWorked')}
                maxLength={4000}
                value={whatWorked}
                onChange={setWhatWorked}
                error={errors.whatWorked}
              />
              <TextArea
                id="tryNext"
                label={t('learning.ui.feedback.tryNext')}
                maxLength={4000}
                value={tryNext}
                onChange={setTryNext}
                error={errors.tryNext}
              />
              <button type="submit" className="button button-primary" disabled={busy}>
                {t('learning.ui.feedback.send')}
              </button>
            </form>
          ) : (
            <p>{t('learning.ui.feedback.waiting')}</p>
          )}
        </>
      )}
    </>
  );
}
