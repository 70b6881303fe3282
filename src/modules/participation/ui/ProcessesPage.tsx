// The kommune's participation processes for the staff who run them: drafts (not public), open and closed, each
// with its hearing's end and, once closed, the days from the end of the hearing to the feedback.
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { fetchProcesses, type Process, type Status } from './participation-api.js';

const STATUSES: readonly Status[] = ['draft', 'open', 'closed'];

export function ProcessesPage() {
  const { t } = useI18n();
  usePageTitle(t('participation.ui.list.title'), t('app.name'));
  const { load } = useLoad(fetchProcesses);
  return (
    <>
      <h1 tabIndex={-1}>{t('participation.ui.list.title')}</h1>
      <p>{t('participation.ui.list.intro')}</p>
      <p>
        <Link to="/borgerinddragelse/ny" className="button button-primary">
          {t('participation.ui.list.new')}
        </Link>
      </p>
      {load.status === 'loading' && <Loading text={t('participation.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        STATUSES.map((s) => (
          <StatusSection key={s} status={s} items={load.data.items.filter((p) => p.status === s)} />
        ))}
    </>
  );
}

function StatusSection({ status, items }: { status: Status; items: Process[] }) {
  const { t, locale } = useI18n();
  const headingId = `participation-${status}`;
  return (
    <section aria-labelledby={headingId} className="mt-7">
      <h2 id={headingId}>
        {t(`participation.ui.list.${status}`)} ({items.length})
      </h2>
      {items.length === 0 ? (
        <p>{t(`participation.ui.list.none.${status}`)}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t(`participation.ui.list.${status}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('participation.ui.field.title')}</th>
                <th scope="col">{t('participation.ui.list.hearingEnds')}</th>
                <th scope="col">{t('participation.ui.field.channels')}</th>
                <th scope="col">{t('participation.ui.list.feedback')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link to={`/borgerinddragelse/${p.id}`}>{p.title}</Link>
                  </td>
                  <td>{formatDate(p.hearingEndsOn, locale)}</td>
                  <td>{t(`participation.channels.${p.channels}`)}</td>
                  <td>
                    {p.daysToFeedback === null
                      ? t('participation.ui.list.noFeedbackYet')
                      : t('participation.ui.days', { days: p.daysToFeedback })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
