// After a missed call: the ready "we tried to call you" SMS or e-mail, one click each (seed 003: keep the
// citizen informed while you try again). Shown while the last attempt is a missed call, with the text exactly
// as the citizen will get it (the number and phone hours come from the contact directory).
import { useEffect, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { sendMissedCallMessage } from '../../cases/ui/index.js';
import { previewMissedCallMessage } from './missed-call-api.js';

interface Props {
  caseNumber: string;
  phone: string | null;
  email: string | null;
  onSent: (message: string) => void;
  onFailed: (message: string) => void;
}

export function MissedCallOffer({ caseNumber, phone, email, onSent, onFailed }: Props) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const sms = usePreview(caseNumber, 'sms', phone !== null);
  const mail = usePreview(caseNumber, 'email', email !== null);

  const send = async (channel: 'sms' | 'email') => {
    setBusy(true);
    try {
      await sendMissedCallMessage(caseNumber, channel);
      onSent(t(channel === 'sms' ? 'dialogue.ui.contact.smsSent' : 'dialogue.ui.contact.emailSent'));
    } catch (e) {
      onFailed(refusalText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="alert alert-info" aria-labelledby="missed-call-title">
      <div className="alert-body">
        <h3 className="alert-heading" id="missed-call-title">
          {t('dialogue.ui.contact.missedTitle')}
        </h3>
        <p className="alert-text">{t('dialogue.ui.contact.missedText')}</p>
        <div className="d-flex flex-wrap">
          {phone ? (
            <div className="mr-4 mt-3">
              <Preview heading={t('dialogue.ui.contact.preview.sms')} preview={sms} />
              <button
                type="button"
                className="button button-secondary mt-3"
                disabled={busy}
                onClick={() => send('sms')}
              >
                {t('dialogue.ui.contact.sendSms')}
              </button>
            </div>
          ) : (
            <p className="alert-text">{t('dialogue.ui.contact.noPhone')}</p>
          )}
          {email ? (
            <div className="mr-4 mt-3">
              <Preview heading={t('dialogue.ui.contact.preview.email')} preview={mail} />
              <button
                type="button"
                className="button button-secondary mt-3"
                disabled={busy}
                onClick={() => send('email')}
              >
                {t('dialogue.ui.contact.sendEmail')}
              </button>
            </div>
          ) : (
            <p className="alert-text">{t('dialogue.ui.contact.noEmail')}</p>
          )}
        </div>
      </div>
    </section>
  );
}

type PreviewState = { subject: string | null; text: string } | 'loading' | 'failed';

function usePreview(caseNumber: string, channel: 'sms' | 'email', wanted: boolean): PreviewState {
  const [state, setState] = useState<PreviewState>('loading');
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    previewMissedCallMessage(caseNumber, channel).then(
      (p) => live && setState(p),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [caseNumber, channel, wanted]);
  return state;
}

/** The message as the citizen will read it; nothing when it could not be fetched (sending still works). */
function Preview({ heading, preview }: { heading: string; preview: PreviewState }) {
  const { t } = useI18n();
  if (preview === 'failed') return null;
  return (
    <figure className="missed-call-preview">
      <figcaption className="weight-semibold">{heading}</figcaption>
      {preview === 'loading' ? (
        <p className="alert-text">{t('dialogue.ui.contact.preview.loading')}</p>
      ) : (
        <>
          {preview.subject && (
            <p className="alert-text">
              {t('dialogue.ui.contact.preview.subject')}: {preview.subject}
            </p>
          )}
          <p className="alert-text missed-call-preview-text">{preview.text}</p>
        </>
      )}
    </figure>
  );
}
