// The development Digital Post outbox: exactly what would have been sent — recipient (CPR masked), subject,
// the case, and the PDF as sent. For the administrator, until the real transport is connected.
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { fetchOutbox, outboxPdfUrl } from './letters-api.js';

export function OutboxPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('letters.ui.outbox.title'), t('app.name'));
  const { load } = useLoad(fetchOutbox);
  return (
    <>
      <h1 tabIndex={-1}>{t('letters.ui.outbox.title')}</h1>
      <p>{t('letters.ui.outbox.intro')}</p>
      {load.status === 'loading' && <Loading text={t('letters.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.items.length === 0 ? (
          <p>{t('letters.ui.outbox.empty')}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--zebra">
              <thead>
                <tr>
                  <th scope="col">{t('letters.ui.outbox.at')}</th>
                  <th scope="col">{t('letters.ui.outbox.recipient')}</th>
                  <th scope="col">{t('letters.ui.outbox.subject')}</th>
                  <th scope="col">{t('letters.ui.outbox.case')}</th>
                  <th scope="col">{t('letters.ui.outbox.pdf')}</th>
                </tr>
              </thead>
              <tbody>
                {load.data.items.map((i) => (
                  <tr key={i.id}>
                    <td>{formatDateTime(i.at, locale)}</td>
                    <td>
                      {i.recipientName}
                      {i.recipientCprMasked ? ` (${i.recipientCprMasked})` : ''}
                    </td>
                    <td>{i.subject}</td>
                    <td>
                      {i.caseNumber} / {i.letterNumber}
                    </td>
                    <td>
                      <a href={outboxPdfUrl(i.id)} target="_blank" rel="noopener">
                        {t('letters.ui.outbox.open', { kb: Math.max(1, Math.round(i.pdfBytes / 1024)) })}
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </>
  );
}
