// The training register (uddannelse i metoden): each department's method start and coverage (staff with citizen
// contact who are trained), new staff not introduced in time (flagged to their lead), the courses (forløb) and
// their sessions with participants and attendance, buddy pairs and action plans. A team lead keeps their own department's part, the
// administrator the whole kommune; the analyst reads.
import { useState } from 'react';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { localDate } from '../../../core/calendar.js';
import type { TrainingOverview, TrainingSessionView } from '../shapes.js';
import { sessionKindLabel } from './labels.js';
import { fetchTraining } from './learning-api.js';
import {
  Attendance,
  type Changed,
  DeleteCourse,
  DeleteSession,
  NewCourseForm,
  NewPairForm,
  NewPlanForm,
  NewSessionForm,
  PairActions,
  PlanActions,
  ScrollArea,
  WeeksForm,
} from './training-forms.js';

const pct = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);

export function TrainingPage() {
  const { t } = useI18n();
  const { load, reload } = useLoad(fetchTraining);
  const [notice, setNotice] = useState<Notice>(null);
  usePageTitle(t('learning.ui.training.title'), t('app.name'));
  const changed: Changed = (text) => {
    setNotice({ text, error: false });
    reload();
  };
  return (
    <>
      <h1 tabIndex={-1}>{t('learning.ui.training.title')}</h1>
      <NoticeRegion notice={notice} />
      {load.status === 'loading' && <Loading text={t('learning.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && <Register data={load.data} onChanged={changed} />}
    </>
  );
}

function Register({ data, onChanged }: { data: TrainingOverview; onChanged: Changed }) {
  const { t, locale } = useI18n();
  const keeper = data.keeps.kommune || data.keeps.departmentId !== null;
  const departmentName = (id: string | null) =>
    id === null
      ? t('learning.ui.training.wholeKommune')
      : (data.departments.find((d) => d.departmentId === id)?.name ?? '–');
  const today = localDate(new Date());
  return (
    <>
      <p>
        {data.keeps.kommune
          ? t('learning.ui.training.keepsKommune')
          : data.keeps.departmentId
            ? t('learning.ui.training.keepsDepartment', {
                department: departmentName(data.keeps.departmentId),
              })
            : t('learning.ui.training.readOnly')}
      </p>

      <h2>{t('learning.ui.training.coverage')}</h2>
      {data.departments.length === 0 ? (
        <p>{t('learning.ui.training.noDepartments')}</p>
      ) : (
        <ScrollArea label={t('learning.ui.training.coverage')}>
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
              {data.departments.map((d) => (
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
        </ScrollArea>
      )}

      <h2>
        {data.introductionWeeks === 1
          ? t('learning.ui.training.notIntroducedOne')
          : t('learning.ui.training.notIntroduced', { weeks: data.introductionWeeks })}
      </h2>
      {data.notIntroduced.length === 0 ? (
        <p>{t('learning.ui.training.allIntroduced')}</p>
      ) : (
        <>
          <p>{t('learning.ui.training.flaggedToLead')}</p>
          <ul>
            {data.notIntroduced.map((s) => (
              <li key={s.userId}>
                {t('learning.ui.training.overdue', {
                  name: s.name,
                  department: s.departmentId ? departmentName(s.departmentId) : '–',
                  started: formatDate(s.startedOn, locale),
                  date: formatDate(s.dueOn, locale),
                })}
              </li>
            ))}
          </ul>
        </>
      )}

      <h2>{t('learning.ui.training.courses')}</h2>
      {data.courses.length === 0 ? (
        <p>{t('learning.ui.training.noCourses')}</p>
      ) : (
        data.courses.map((c) => (
          <section key={c.id} aria-labelledby={`course-${c.id}`} className="mt-6">
            <h3 id={`course-${c.id}`}>{c.title}</h3>
            <p>
              {departmentName(c.departmentId)}
              {c.description && (
                <>
                  <br />
                  {c.description}
                </>
              )}
            </p>
            {c.sessions.length === 0 ? (
              <p>{t('learning.ui.training.noCourseSessions')}</p>
            ) : (
              c.sessions.map((s) => <Session key={s.id} session={s} data={data} onChanged={onChanged} />)
            )}
            {c.manageable && <DeleteCourse course={c} onChanged={onChanged} />}
          </section>
        ))
      )}
      {keeper && <NewCourseForm data={data} onChanged={onChanged} />}
      {keeper && <NewSessionForm data={data} onChanged={onChanged} />}

      <h2 className="mt-8">{t('learning.ui.training.pairs')}</h2>
      {data.buddyPairs.length === 0 ? (
        <p>{t('learning.ui.training.noPairs')}</p>
      ) : (
        <ul className="nobullet-list">
          {data.buddyPairs.map((p) => (
            <li key={p.id} className="mb-4">
              {t('learning.ui.training.pair', { a: p.a.name, b: p.b.name })}{' '}
              {p.manageable && <PairActions pair={p} onChanged={onChanged} />}
            </li>
          ))}
        </ul>
      )}
      {keeper && data.staff.length > 1 && <NewPairForm staff={data.staff} onChanged={onChanged} />}

      <h2 className="mt-8">{t('learning.ui.training.plans')}</h2>
      {data.actionPlans.length === 0 ? (
        <p>{t('learning.ui.training.noPlans')}</p>
      ) : (
        <ul className="nobullet-list">
          {data.actionPlans.map((p) => (
            <li key={p.id} className="mb-5">
              <strong>{p.user.name}</strong>: {p.goal}
              <br />
              {p.followedUp
                ? t('learning.ui.training.followedUp', { date: formatDate(p.followUpOn, locale) })
                : t('learning.ui.training.followUpDue', { date: formatDate(p.followUpOn, locale) })}
              {p.manageable && (
                <div className="mt-3">
                  <PlanActions plan={p} onChanged={onChanged} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {keeper && data.staff.length > 0 && (
        <NewPlanForm staff={data.staff} today={today} onChanged={onChanged} />
      )}

      {keeper && (
        <>
          <h2 className="mt-8">{t('learning.ui.training.people')}</h2>
          {data.staff.length === 0 ? (
            <p>{t('learning.ui.training.noStaff')}</p>
          ) : (
            <ScrollArea label={t('learning.ui.training.people')}>
              <table className="table table--compact">
                <caption className="sr-only">{t('learning.ui.training.people')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('learning.ui.training.name')}</th>
                    <th scope="col">{t('learning.ui.training.department')}</th>
                    <th scope="col">{t('learning.ui.training.startedOn')}</th>
                    <th scope="col">{t('learning.ui.training.trainedColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.staff.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">{u.name}</th>
                      <td>{u.departmentId ? departmentName(u.departmentId) : '–'}</td>
                      <td>{formatDate(u.startedOn, locale)}</td>
                      <td>{u.trained ? t('learning.ui.training.yes') : t('learning.ui.training.no')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollArea>
          )}
        </>
      )}
      {data.keeps.kommune && <WeeksForm weeks={data.introductionWeeks} onChanged={onChanged} />}
    </>
  );
}

/** One session of a course: its day, attendance, and — for the one who keeps it — its participants' form. */
function Session(props: { session: TrainingSessionView; data: TrainingOverview; onChanged: Changed }) {
  const { session: s, data, onChanged } = props;
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby={`session-${s.id}`} className="mt-5">
      <h4 id={`session-${s.id}`}>
        {sessionKindLabel(t, s.kind)}: {s.title}
      </h4>
      <p>
        {formatDate(s.heldOn, locale)} ·{' '}
        {t('learning.ui.training.attended', {
          count: s.participants.filter((p) => p.attended).length,
          total: s.participants.length,
        })}
      </p>
      {s.manageable ? (
        <>
          <Attendance session={s} staff={data.staff} onChanged={onChanged} />
          <DeleteSession session={s} onChanged={onChanged} />
        </>
      ) : (
        s.participants.length > 0 && (
          <ul>
            {s.participants.map((p) => (
              <li key={p.userId}>
                {p.name}: {t(`learning.ui.training.mark.${markWord(p.attended)}`)}
              </li>
            ))}
          </ul>
        )
      )}
    </section>
  );
}

const markWord = (attended: boolean | null) => (attended === null ? 'signed' : attended ? 'yes' : 'no');
