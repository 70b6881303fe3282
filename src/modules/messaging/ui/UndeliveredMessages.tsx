// Undelivered messages (ikke leverede beskeder), for admins: mail and SMS the outbox could not deliver, with
// why, and "Send igen" per message once the cause is fixed. A receipt or a missed-call SMS is never lost quietly.
import { useCallback, useRef, useState } from 'react';
import { api, refusalText } from '../../../../web/src/app/api.js';
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import type { Notice } from '../../../../web/src/app/Notice.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { MessageList } from './MessageList.js';

interface UndeliveredItem {
  id: string;
  channel: 'mail' | 'sms';
  recipient: string;
  template: string;
  caseNumber: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  retriesExhausted: boolean;
}

const fetchUndelivered = () => api<{ items: UndeliveredItem[] }>('GET', '/outbox/undelivered');

export function UndeliveredMessages() {
  const { t } = useI18n();
  const [notice, setNotice] = useState<Notice>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const failed = useCallback((e: unknown) => refusalText(t, e), [t]);

  const { load, reload } = useLoad(fetchUndelivered);

  const resend = async (item: UndeliveredItem) => {
    setBusyId(item.id);
    setNotice(null);
    try {
      await api('POST', `/outbox/${item.id}/resend`);
      setNotice({ text: t('messaging.undelivered.resent', { recipient: item.recipient }), error: false });
    } catch (e) {
      setNotice({ text: failed(e), error: true });
    } finally {
      setBusyId(null);
      reload();
      // The row may leave the list with its button; the notice is read from the section's start.
      heading.current?.focus();
    }
  };

  return (
    <section aria-labelledby="undelivered-heading">
      <h2 id="undelivered-heading" ref={heading} tabIndex={-1}>
        {t('messaging.undelivered.title')}
      </h2>
      <p>{t('messaging.undelivered.intro')}</p>
      <MessageList
        t={t}
        load={load}
        reload={reload}
        notice={notice}
        keys="messaging.undelivered"
        empty={
          <div className="alert alert-success">
            <p className="alert-text">{t('messaging.undelivered.empty')}</p>
          </div>
        }
      >
        {(items) => <UndeliveredTable items={items} busyId={busyId} onResend={resend} />}
      </MessageList>
    </section>
  );
}

function UndeliveredTable({
  items,
  busyId,
  onResend,
}: {
  items: UndeliveredItem[];
  busyId: string | null;
  onResend: (item: UndeliveredItem) => void;
}) {
  const { t, locale } = useI18n();
  // A template without a Danish name is shown by its code rather than not at all.
  const templateName = (code: string) => {
    const key = `messaging.undelivered.template.${code}`;
    const name = t(key);
    return name === key ? code : name;
  };
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('messaging.undelivered.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('messaging.undelivered.createdAt')}</th>
            <th scope="col">{t('messaging.mailbox.channel')}</th>
            <th scope="col">{t('messaging.mailbox.recipient')}</th>
            <th scope="col">{t('messaging.undelivered.template')}</th>
            <th scope="col">{t('messaging.undelivered.caseNumber')}</th>
            <th scope="col">{t('messaging.undelivered.attempts')}</th>
            <th scope="col">{t('messaging.undelivered.lastError')}</th>
            <th scope="col">{t('messaging.undelivered.status')}</th>
            <th scope="col">{t('messaging.undelivered.action')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <td>{formatDateTime(m.createdAt, locale)}</td>
              <td>{t(`messaging.mailbox.channel.${m.channel}`)}</td>
              <td>{m.recipient}</td>
              <td>{templateName(m.template)}</td>
              <td>{m.caseNumber ?? t('messaging.undelivered.noCase')}</td>
              <td>{m.attempts}</td>
              <td>{m.lastError ?? t('messaging.undelivered.noError')}</td>
              <td>
                {m.retriesExhausted ? (
                  <span className="badge badge-error">{t('messaging.undelivered.exhausted')}</span>
                ) : (
                  t('messaging.undelivered.retrying')
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busyId !== null}
                  onClick={() => onResend(m)}
                >
                  {t('messaging.undelivered.resend')}
                  <span className="sr-only">
                    {' '}
                    {t('messaging.undelivered.resendTo', { recipient: m.recipient })}
                  </span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
