// One process for the staff who run it: what it states (the room for influence first), its actions — change,
// publish, close, export — and the work between: moderating the contributions, registering those from meetings,
// gathering them in themes and publishing the answer to each theme, which tells its contributors. Closing is
// refused until nothing is missing; the page lists what is, each item named.
import { useCallback, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { ConfirmButton } from '../../../../web/src/app/ConfirmButton.js';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { Link, useLocation, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import type { Missing } from '../../../core/participation.js';
import type { ViewProps } from '../../../platform/ui.js';
import { ContributionsSection } from './ContributionsSection.js';
import {
  closeProcess,
  exportHref,
  fetchOptions,
  fetchProcess,
  type Options,
  openProcess,
  type ProcessDetail,
} from './participation-api.js';
import { ThemesSection } from './ThemesSection.js';

/** Runs one step of the page: its answer is announced, and the process is fetched again either way. */
export type Act = (step: () => Promise<string | undefined>) => Promise<boolean>;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export function ProcessPage({ params }: ViewProps) {
  const { t } = useI18n();
  const id = params.id ?? '';
  const fetcher = useCallback(
    async () => ({ detail: await fetchProcess(id), options: await fetchOptions() }),
    [id],
  );
  const { load, reload } = useLoad(fetcher);
  usePageTitle(
    load.status === 'ready' ? load.data.detail.process.title : t('participation.ui.list.title'),
    t('app.name'),
  );
  return (
    <>
      <p>
        <Link to="/borgerinddragelse">{t('participation.ui.backToList')}</Link>
      </p>
      {load.status === 'loading' && <Loading text={t('participation.ui.loading')} />}
      {load.status === 'failed' && (
        <>
          <h1 tabIndex={-1}>{t('participation.ui.list.title')}</h1>
          <ErrorAlert text={load.message} />
        </>
      )}
      {load.status === 'ready' && (
        <Process detail={load.data.detail} options={load.data.options} reload={reload} />
      )}
    </>
  );
}

function Process({
  detail,
  options,
  reload,
}: {
  detail: ProcessDetail;
  options: Options;
  reload: () => void;
}) {
  const { t } = useI18n();
  const { me } = useSession();
  const { search } = useLocation();
  const p = detail.process;
  const [notice, setNotice] = useState<Notice>(
    search.get('ny') ? { text: t('participation.ui.created'), error: false } : null,
  );
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const act: Act = async (step) => {
    setBusy(true);
    setNotice(null);
    setRefusal(null);
    try {
      const done = await step();
      if (done) setNotice({ text: done, error: false });
      return true;
    } catch (err) {
      setNotice({ text: refusalText(t, err), error: true });
      return false;
    } finally {
      setBusy(false);
      reload();
    }
  };
  const close = async () => {
    setBusy(true);
    setNotice(null);
    try {
      await closeProcess(p.id);
      setRefusal(null);
      setNotice({ text: t('participation.ui.closed'), error: false });
    } catch (err) {
      // The 409's list is the page's own list of what is missing, fetched again below.
      setRefusal(refusalText(t, err));
    } finally {
      setBusy(false);
      reload();
    }
  };
  const closed = p.status === 'closed';
  const publicHref = me ? `/k/${me.kommuneId}/deltag/${p.id}` : null;
  return (
    <>
      <h1 tabIndex={-1}>{p.title}</h1>
      <p>
        <span className={`badge ${p.status === 'open' ? 'badge-success' : 'badge-info'}`}>
          {t(`participation.ui.status.${p.status}`)}
        </span>
      </p>
      <NoticeRegion notice={notice} className="mb-5" />
      <Overview detail={detail} options={options} />

      <section aria-labelledby="actions-heading" className="mt-7">
        <h2 id="actions-heading">{t('participation.ui.actions')}</h2>
        <ul className="nobullet-list">
          {!closed && (
            <li className="mb-3">
              <Link to={`/borgerinddragelse/${p.id}/rediger`}>{t('participation.ui.edit')}</Link>
            </li>
          )}
          {p.status !== 'draft' && publicHref && (
            <li className="mb-3">
              <a href={publicHref}>{t('participation.ui.publicPage')}</a>
            </li>
          )}
          <li className="mb-3">
            <a href={exportHref(p.id)} download>
              {t('participation.ui.export')}
            </a>
          </li>
        </ul>
        {p.status === 'draft' && (
          <ConfirmButton
            primary
            label={t('participation.ui.publish')}
            question={t('participation.ui.publishQuestion')}
            confirmLabel={t('participation.ui.publishYes')}
            disabled={busy}
            onConfirm={async () => {
              await act(async () => {
                await openProcess(p.id);
                return t('participation.ui.published');
              });
            }}
          />
        )}
      </section>

      {p.status !== 'draft' && (
        <>
          <ContributionsSection detail={detail} act={act} busy={busy} />
          <ThemesSection detail={detail} act={act} busy={busy} />
        </>
      )}

      {p.status === 'open' && (
        <section aria-labelledby="closing-heading" className="mt-8">
          <h2 id="closing-heading">{t('participation.ui.closing.title')}</h2>
          <p>{t('participation.ui.closing.intro')}</p>
          {refusal && (
            <div className="alert alert-error" role="alert">
              <div className="alert-body">
                <p className="alert-heading">{refusal}</p>
                <MissingList detail={detail} />
              </div>
            </div>
          )}
          {!refusal &&
            (detail.missing.length === 0 ? (
              <p>{t('participation.ui.closing.ready')}</p>
            ) : (
              <>
                <h3>{t('participation.ui.closing.missing', { count: detail.missing.length })}</h3>
                <MissingList detail={detail} />
              </>
            ))}
          <ConfirmButton
            label={t('participation.ui.close')}
            question={t('participation.ui.closeQuestion')}
            confirmLabel={t('participation.ui.closeYes')}
            disabled={busy}
            onConfirm={close}
          />
        </section>
      )}
    </>
  );
}

function Overview({ detail, options }: { detail: ProcessDetail; options: Options }) {
  const { t, locale } = useI18n();
  const p = detail.process;
  const department = options.departments.find((d) => d.id === p.departmentId)?.name;
  const owner = options.owners.find((o) => o.id === p.ownerId)?.name;
  const now = today();
  const feedback =
    p.daysToFeedback !== null
      ? t('participation.ui.feedback.closed', { days: p.daysToFeedback })
      : now > p.hearingEndsOn
        ? t('participation.ui.feedback.waiting', { days: daysBetween(p.hearingEndsOn, now) })
        : t('participation.ui.feedback.running', { date: formatDate(p.hearingEndsOn, locale) });
  return (
    <section aria-labelledby="overview-heading">
      <h2 id="overview-heading">{t('participation.ui.overview')}</h2>
      <dl>
        <dt>{t('participation.ui.field.influence')}</dt>
        <dd>{p.influence}</dd>
        <dt>{t('participation.ui.field.decided')}</dt>
        <dd>{p.decided}</dd>
        <dt>{t('participation.ui.field.question')}</dt>
        <dd>{p.question}</dd>
        <dt>{t('participation.ui.field.phases')}</dt>
        <dd>
          {p.phases.length === 0 ? (
            t('participation.ui.form.noPhases')
          ) : (
            <ul className="mt-0">
              {p.phases.map((ph) => (
                <li key={`${ph.kind}-${ph.startsOn}-${ph.endsOn}`}>
                  {t(`participation.phase.${ph.kind}`)}:{' '}
                  {t('participation.phase.dates', {
                    from: formatDate(ph.startsOn, locale),
                    to: formatDate(ph.endsOn, locale),
                  })}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('participation.ui.field.channels')}</dt>
        <dd>{t(`participation.channels.${p.channels}`)}</dd>
        <dt>{t('participation.ui.field.area')}</dt>
        <dd>{p.area ?? t('participation.ui.none')}</dd>
        <dt>{t('participation.ui.field.department')}</dt>
        <dd>{department ?? t('participation.ui.field.noDepartment')}</dd>
        <dt>{t('participation.ui.field.owner')}</dt>
        <dd>{owner ?? t('participation.ui.none')}</dd>
        <dt>{t('participation.ui.feedback.label')}</dt>
        <dd>{feedback}</dd>
      </dl>
    </section>
  );
}

/** What stands between the process and its closing, each item named so it can be found on the page. */
function MissingList({ detail }: { detail: ProcessDetail }) {
  const { t } = useI18n();
  const excerpt = (id: string) => {
    const text = detail.contributions.find((c) => c.id === id)?.text ?? '';
    return text.length > 60 ? `${text.slice(0, 60)} …` : text;
  };
  const line = (m: Missing) =>
    m.kind === 'group_unanswered'
      ? t('participation.ui.missing.group_unanswered', { title: m.title })
      : t(`participation.ui.missing.${m.kind}`, { text: excerpt(m.id) });
  return (
    <ul className="alert-text">
      {detail.missing.map((m) => (
        <li key={`${m.kind}-${m.id}`}>{line(m)}</li>
      ))}
    </ul>
  );
}
