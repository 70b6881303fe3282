// The dev mailbox (testpostkasse), for admins: first the messages that could not be delivered, then the mail and
// SMS caught because no SMTP server or SMS gateway is configured, newest first, each body folded away in a
// <details> so the list stays scannable.
import { api } from '../../../../web/src/app/api.js';
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { MessageList } from './MessageList.js';
import { UndeliveredMessages } from './UndeliveredMessages.js';

interface MailboxItem {
  id: string;
  channel: 'mail' | 'sms';
  recipient: string;
  subject: string | null;
  body: string;
  attachments: { filename: string; contentType: string; size: number; sha256: string; url: string }[];
  createdAt: string;
}

const fetchMailbox = () => api<{ items: MailboxItem[] }>('GET', '/dev-mailbox');

export function MailboxPage() {
  const { t } = useI18n();
  usePageTitle(t('messaging.mailbox.title'), t('app.name'));

  const { load, reload } = useLoad(fetchMailbox);

  return (
    <>
      <h1 tabIndex={-1}>{t('messaging.mailbox.title')}</h1>
      <UndeliveredMessages />
      <h2 className="mt-8">{t('messaging.mailbox.caught')}</h2>
      <p>{t('messaging.mailbox.intro')}</p>
      <MessageList
        t={t}
        load={load}
        reload={reload}
        keys="messaging.ui"
        empty={
          <div className="alert alert-info">
            <div className="alert-body">
              <p className="alert-heading">{t('messaging.mailbox.empty')}</p>
              <p className="alert-text">{t('messaging.ui.emptyHow')}</p>
            </div>
          </div>
        }
      >
        {(items) => <MailboxTable items={items} />}
      </MessageList>
    </>
  );
}

function MailboxTable({ items }: { items: MailboxItem[] }) {
  const { t, locale } = useI18n();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('messaging.ui.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('messaging.mailbox.createdAt')}</th>
            <th scope="col">{t('messaging.mailbox.channel')}</th>
            <th scope="col">{t('messaging.mailbox.recipient')}</th>
            <th scope="col">{t('messaging.mailbox.subject')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => (
            <tr key={m.id}>
              <td>{formatDateTime(m.createdAt, locale)}</td>
              <td>{t(`messaging.mailbox.channel.${m.channel}`)}</td>
              <td>{m.recipient}</td>
              <td>
                <details className="details">
                  <summary className="details-summary">
                    <span className="details-summary-text">{m.subject ?? t('messaging.ui.noSubject')}</span>
                  </summary>
                  <div className="details-text pre-line">{m.body}</div>
                </details>
                {m.attachments.length > 0 && (
                  <>
                    <p className="mt-3 mb-0">{t('messaging.mailbox.attachments')}</p>
                    <ul className="mt-0">
                      {m.attachments.map((a) => (
                        <li key={a.url}>
                          <a href={a.url}>
                            {t('messaging.mailbox.attachment', {
                              filename: a.filename,
                              size: Math.max(1, Math.round(a.size / 1024)),
                            })}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
