// After a missed call: the ready "we tried to call you" SMS or e-mail, one click each (seed 003: keep the
// citizen informed while you try again). Shown while the last attempt is a missed call.
import { useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { sendMissedCallMessage } from '../../cases/ui/index.js';

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
            <button
              type="button"
              className="button button-secondary mr-4 mt-3"
              disabled={busy}
              onClick={() => send('sms')}
            >
              {t('dialogue.ui.contact.sendSms')}
            </button>
          ) : (
            <p className="alert-text">{t('dialogue.ui.contact.noPhone')}</p>
          )}
          {email ? (
            <button
              type="button"
              className="button button-secondary mr-4 mt-3"
              disabled={busy}
              onClick={() => send('email')}
            >
              {t('dialogue.ui.contact.sendEmail')}
            </button>
          ) : (
            <p className="alert-text">{t('dialogue.ui.contact.noEmail')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
