// The team lead's unhappy survey answers: each with the scores and comment, and two decisions — reopen the
// case, or follow it up without reopening — each with a reason and a confirmation before it is made.
import { useState } from 'react';
import { api, refusalText } from '../../../../web/src/app/api.js';
import { TextArea } from '../../../../web/src/app/fields.js';
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';

interface Flag {
  id: string;
  caseNumber: string;
  caseState: string;
  answeredAt: string;
  heard: number;
  understood: number;
  fair: number;
  overall: number;
  stillDisagree: boolean;
  comment: string | null;
}

const fetchFlags = () => api<{ items: Flag[] }>('GET', '/survey-flags');

export function FlagsPage() {
  const { t } = useI18n();
  usePageTitle(t('surveys.ui.flags.title'), t('app.name'));
  const { load, reload } = useLoad(fetchFlags);
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <>
      <h1 tabIndex={-1}>{t('surveys.ui.flags.title')}</h1>
      <p>{t('surveys.ui.flags.intro')}</p>
      <NoticeRegion notice={notice} className="mt-5">
        {load.status === 'loading' && <Loading text={t('surveys.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.items.length === 0 ? (
          <div className="alert alert-info">
            <div className="alert-body">
              <p className="alert-text">{t('surveys.ui.flags.empty')}</p>
            </div>
          </div>
        ) : (
          <ul className="nobullet-list">
            {load.data.items.map((f) => (
              <FlagItem
                key={f.id}
                flag={f}
                onDone={(text) => {
                  setNotice({ text, error: false });
                  reload();
                }}
              />
            ))}
          </ul>
        ))}
    </>
  );
}

function FlagItem({ flag, onDone }: { flag: Flag; onDone: (text: string) => void }) {
  const { t, locale } = useI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState<'reopen' | 'dismiss' | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonId = `reason-${flag.id}`;

  const ask = (what: 'reopen' | 'dismiss') => {
    if (reason.trim().length < 3) {
      setError(t('surveys.error.reason'));
      document.getElementById(reasonId)?.focus();
      return;
    }
    setError(undefined);
    setConfirming(what);
  };
  const run = async () => {
    if (!confirming) return;
    setBusy(true);
    try {
      await api('POST', `/survey-flags/${flag.id}/${confirming}`, { reason });
      onDone(
        t(confirming === 'reopen' ? 'surveys.ui.flags.reopened' : 'surveys.ui.flags.dismissed', {
          caseNumber: flag.caseNumber,
        }),
      );
    } catch (e) {
      setError(refusalText(t, e));
      setConfirming(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="mb-7">
      <h2 className="h3">
        <a href={`/staff/sager/${flag.caseNumber}`}>
          {t('surveys.ui.flags.case')} {flag.caseNumber}
        </a>
      </h2>
      <p className="mt-0 mb-2">
        {t('surveys.ui.flags.answeredAt')}:{' '}
        <time dateTime={flag.answeredAt}>{formatDateTime(flag.answeredAt, locale)}</time>
      </p>
      <p className="mt-0 mb-2">
        {t('surveys.ui.flags.scoreLine', {
          heard: flag.heard,
          understood: flag.understood,
          fair: flag.fair,
          overall: flag.overall,
        })}
      </p>
      {flag.stillDisagree && (
        <p className="mt-0 mb-2 weight-semibold">{t('surveys.ui.flags.stillDisagree')}</p>
      )}
      {flag.comment && (
        <p className="mt-0 mb-2 pre-line">
          {t('surveys.ui.flags.comment')}: {flag.comment}
        </p>
      )}
      <TextArea
        id={reasonId}
        label={t('surveys.ui.flags.reason')}
        hint={t('surveys.ui.flags.reasonHint')}
        value={reason}
        onChange={setReason}
        error={error}
      />
      {confirming ? (
        <div className="alert alert-warning" role="alertdialog" aria-labelledby={`confirm-${flag.id}`}>
          <div className="alert-body">
            <p className="alert-text" id={`confirm-${flag.id}`}>
              {t(
                confirming === 'reopen'
                  ? 'surveys.ui.flags.confirmReopen'
                  : 'surveys.ui.flags.confirmDismiss',
                {
                  caseNumber: flag.caseNumber,
                },
              )}
            </p>
            <button type="button" className="button button-primary" onClick={run} disabled={busy}>
              {busy ? t('surveys.ui.sending') : t('surveys.ui.flags.confirm')}
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
              {t('surveys.ui.flags.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button type="button" className="button button-primary" onClick={() => ask('reopen')}>
            {t('surveys.ui.flags.reopen')}
          </button>{' '}
          <button type="button" className="button button-secondary" onClick={() => ask('dismiss')}>
            {t('surveys.ui.flags.dismiss')}
          </button>
        </p>
      )}
    </li>
  );
}
