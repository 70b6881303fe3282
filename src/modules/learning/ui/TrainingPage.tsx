// The training register (uddannelse i metoden): each department's method start and coverage (staff with citizen
// contact who are trained), the sessions with attendance, and new staff not introduced in time.

import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { sessionKindLabel } from './labels.js';
import { fetchTraining } from './learning-api.js';

export function TrainingPage() {
  const { t, locale } = useI18n();
  const { load } = useLoad(fetchTraining);
  usePageTitle(t('learning.ui.training.title'), t('app.name'));
  const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);
  return (
    <>
      <h1 tabIndex={-1}>{t('learning.ui.training.title')}</h1>
      {load.status === 'loading' && <Loading text={t('learning.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <h2>{t('learning.ui.training.coverage')}</h2>
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption className="sr-only">{t('learning.ui.training.coverage')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('learning.ui.training.department')}</th>
                  <th scope="col">{t('learning.ui.training.methodStart')}</th>
                  <th scope="col">{t('learning.ui.training.staff')}</th>
                  <th scope="col">{t('learning.ui.training.trained')}</th>
                  <th scope="col">{t('learning.ui.training.share')}</th>
                </tr>
              </thead>
              <tbody>
                {load.data.departments.map((d) => (
                  <tr key={d.departmentId}>
                    <th scope="row">{d.name}</th>
                    <td>
                      {d.methodStartedOn
                        ? formatDate(d.methodStartedOn, locale)
                        : t('learning.ui.training.notStarted')}
                    </td>
                    <td>{d.coverage.staff}</td>
                    <td>{d.coverage.trained}</td>
                    <td>{pct(d.coverage.share)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('learning.ui.training.notIntroduced', { weeks: load.data.introductionWeeks })}</h2>
          {load.data.notIntroduced.length === 0 ? (
            <p>{t('learning.ui.training.allIntroduced')}</p>
          ) : (
            <ul>
              {load.data.notIntroduced.map((s) => (
                <li key={s.userId}>
                  {t('learning.ui.training.overdue', { name: s.name, date: formatDate(s.dueOn, locale) })}
                </li>
              ))}
            </ul>
          )}
          <h2>{t('learning.ui.training.sessions')}</h2>
          {load.data.sessions.length === 0 ? (
            <p>{t('learning.ui.training.noSessions')}</p>
          ) : (
            <ul>
              {load.data.sessions.map((s) => (
                <li key={s.id}>
                  {formatDate(s.heldOn, locale)}: {sessionKindLabel(t, s.kind)} – {s.title} (
                  {t('learning.ui.training.attended', {
                    count: s.participants.filter((p) => p.attended).length,
                    total: s.participants.length,
                  })}
                  )
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
