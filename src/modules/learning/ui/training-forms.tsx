// The training register's forms: a new course (and deleting one), a new session of a course, a session's participants and attendance, buddy pairs, action
// plans and the introduction weeks. Each checks its fields first (Danish messages, an error summary that takes
// focus), then sends; the server's refusal is shown the same way. Deleting asks first.
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { ConfirmButton } from '../../../../web/src/app/ConfirmButton.js';
import { ErrorSummary } from '../../../../web/src/app/ErrorSummary.js';
import { SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { SESSION_KINDS } from '../../../core/training.js';
import type { KeepableStaff, TrainingCourseView, TrainingOverview, TrainingSessionView } from '../shapes.js';
import { sessionKindLabel } from './labels.js';
import {
  createActionPlan,
  createBuddyPair,
  createCourse,
  createSession,
  deleteActionPlan,
  deleteBuddyPair,
  deleteCourse,
  deleteSession,
  followUpActionPlan,
  setIntroductionWeeks,
  setParticipants,
} from './learning-api.js';
import { Options } from './options.js';

/** Tells the page what changed (announced), so it fetches the register again. */
export type Changed = (message: string) => void;

const DATE = /^(19|20)\d{2}-\d{2}-\d{2}$/;
const validDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`));

/** A form's errors by field id, the summary that takes focus on each refusal, and a busy flag. */
function useFormErrors() {
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [refusals, setRefusals] = useState(0);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);
  const refuse = (fields: Record<string, string>, message?: string) => {
    setErrors(fields);
    setFormError(Object.keys(fields).length === 0 ? (message ?? null) : null);
    setRefusals((n) => n + 1);
  };
  /** Runs the request; a refusal's field errors land on the fields named in `fieldIds` (server → form id). */
  const send = async (run: () => Promise<unknown>, fieldIds: Record<string, string>): Promise<boolean> => {
    setBusy(true);
    try {
      await run();
      setErrors({});
      setFormError(null);
      return true;
    } catch (e) {
      const fields = e instanceof ApiError && e.status === 400 ? (e.fields ?? {}) : {};
      const mapped = Object.fromEntries(Object.entries(fields).map(([k, v]) => [fieldIds[k] ?? k, v]));
      refuse(mapped, refusalText(t, e));
      return false;
    } finally {
      setBusy(false);
    }
  };
  /**
   * The form's submit: `check` finds the errors by field id first, and only a form without them is sent;
   * `saved` runs once the server took it.
   */
  const onSubmit =
    (
      check: () => Record<string, string>,
      run: () => Promise<unknown>,
      fieldIds: Record<string, string>,
      saved: () => void,
    ) =>
    async (e: FormEvent) => {
      e.preventDefault();
      const found = check();
      if (Object.keys(found).length > 0) return refuse(found);
      if (await send(run, fieldIds)) saved();
    };
  const items = [
    ...Object.entries(errors).map(([target, message]) => ({ target, message })),
    ...(formError ? [{ message: formError }] : []),
  ];
  const summaryView = (
    <ErrorSummary ref={summary} level={4} heading={t('learning.ui.errorHeading')} items={items} />
  );
  return { errors, onSubmit, busy, summaryView };
}

type FormState = ReturnType<typeof useFormErrors>;

/** A form of the register: its error summary first, then the fields, then the one submit button. */
function SubmitForm(props: {
  f: FormState;
  onSubmit: (e: FormEvent) => void;
  submitLabel: string;
  primary?: boolean;
  label?: string;
  children: ReactNode;
}) {
  const { f, onSubmit, submitLabel, primary, label, children } = props;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      {f.summaryView}
      {children}
      <button
        type="submit"
        className={`button ${primary ? 'button-primary' : 'button-secondary'}`}
        disabled={f.busy}
      >
        {submitLabel}
      </button>
    </form>
  );
}

/** A step on a row outside a form (delete, follow up): once done the page is told; a refusal is shown at once. */
function useStep(onChanged: Changed) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const attempt = async (run: () => Promise<unknown>, done: string) => {
    try {
      await run();
      onChanged(done);
    } catch (e) {
      setError(refusalText(t, e));
    }
  };
  const alert = error && (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-text">{error}</p>
      </div>
    </div>
  );
  return { attempt, alert };
}

/** Deleting a row, asked first ("keep" is the no); a refusal is shown above the button. */
function ConfirmDelete(props: {
  label: string;
  question: string;
  confirmLabel: string;
  run: () => Promise<unknown>;
  done: string;
  onChanged: Changed;
}) {
  const { t } = useI18n();
  const step = useStep(props.onChanged);
  return (
    <>
      {step.alert}
      <ConfirmButton
        label={props.label}
        question={props.question}
        confirmLabel={props.confirmLabel}
        cancelLabel={t('learning.ui.training.keep')}
        onConfirm={() => step.attempt(props.run, props.done)}
      />
    </>
  );
}

/** A table that scrolls sideways on a narrow screen; the keyboard scrolls it once it has focus. */
export function ScrollArea({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls must take focus to be scrolled by keyboard (WCAG 2.1.1)
    <section className="table--responsive-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

function StaffOptions({ staff }: { staff: readonly KeepableStaff[] }) {
  const { t } = useI18n();
  return (
    <Options
      empty={t('learning.ui.training.choosePerson')}
      items={staff}
      value={(u) => u.id}
      label={(u) => u.name}
    />
  );
}

function FormSection(props: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id} className="mt-6">
      <h3 id={props.id}>{props.heading}</h3>
      {props.children}
    </section>
  );
}

export function NewCourseForm({ data, onChanged }: { data: TrainingOverview; onChanged: Changed }) {
  const { t } = useI18n();
  const f = useFormErrors();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [department, setDepartment] = useState(data.keeps.kommune ? '' : (data.keeps.departmentId ?? ''));
  const departments = data.departments.filter(
    (d) => data.keeps.kommune || d.departmentId === data.keeps.departmentId,
  );

  const submit = f.onSubmit(
    () => {
      const errors: Record<string, string> = {};
      if (title.trim().length < 2 || title.trim().length > 200)
        errors['course-title'] = t('learning.ui.training.error.courseTitle');
      if (description.trim().length > 2000)
        errors['course-description'] = t('learning.error.courseDescription');
      if (!data.keeps.kommune && !department) errors['course-department'] = t('learning.error.department');
      return errors;
    },
    () =>
      createCourse({
        title: title.trim(),
        description: description.trim(),
        departmentId: department || null,
      }),
    { title: 'course-title', description: 'course-description', departmentId: 'course-department' },
    () => {
      setTitle('');
      setDescription('');
      onChanged(t('learning.ui.training.courseCreated', { title: title.trim() }));
    },
  );

  return (
    <FormSection id="new-course-heading" heading={t('learning.ui.training.newCourse')}>
      <SubmitForm f={f} onSubmit={submit} submitLabel={t('learning.ui.training.createCourse')} primary>
        <TextField
          id="course-title"
          label={t('learning.ui.training.courseTitle')}
          hint={t('learning.ui.training.courseTitleHint')}
          maxLength={200}
          value={title}
          onChange={setTitle}
          error={f.errors['course-title']}
        />
        <SelectField
          id="course-department"
          label={t('learning.ui.training.department')}
          hint={data.keeps.kommune ? undefined : t('learning.ui.training.ownCourseHint')}
          value={department}
          onChange={setDepartment}
          error={f.errors['course-department']}
        >
          <Options
            empty={data.keeps.kommune ? t('learning.ui.training.wholeKommune') : undefined}
            items={departments}
            value={(d) => d.departmentId}
            label={(d) => d.name}
          />
        </SelectField>
        <TextArea
          id="course-description"
          label={t('learning.ui.training.courseDescription')}
          hint={t('learning.ui.training.courseDescriptionHint')}
          optional
          maxLength={2000}
          value={description}
          onChange={setDescription}
          error={f.errors['course-description']}
        />
      </SubmitForm>
    </FormSection>
  );
}

export function DeleteCourse({ course, onChanged }: { course: TrainingCourseView; onChanged: Changed }) {
  const { t } = useI18n();
  return (
    <ConfirmDelete
      label={t('learning.ui.training.deleteCourse')}
      question={t('learning.ui.training.deleteCourseSure', { title: course.title })}
      confirmLabel={t('learning.ui.training.deleteCourseYes')}
      run={() => deleteCourse(course.id)}
      done={t('learning.ui.training.courseDeleted', { title: course.title })}
      onChanged={onChanged}
    />
  );
}

/** A new session of one of the courses the caller keeps. */
export function NewSessionForm({ data, onChanged }: { data: TrainingOverview; onChanged: Changed }) {
  const { t } = useI18n();
  const f = useFormErrors();
  const courses = data.courses.filter((c) => c.manageable);
  const [course, setCourse] = useState(courses.length === 1 ? courses[0]!.id : '');
  const [kind, setKind] = useState('');
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState('');

  const submit = f.onSubmit(
    () => {
      const errors: Record<string, string> = {};
      if (!courses.some((c) => c.id === course))
        errors['session-course'] = t('learning.ui.training.error.course');
      if (!kind) errors['session-kind'] = t('learning.error.kind');
      if (title.trim().length < 2 || title.trim().length > 200)
        errors['session-title'] = t('learning.error.sessionTitle');
      if (!validDate(heldOn)) errors['session-date'] = t('learning.ui.training.error.heldOn');
      return errors;
    },
    () => createSession({ courseId: course, kind, title: title.trim(), heldOn }),
    { courseId: 'session-course', kind: 'session-kind', title: 'session-title', heldOn: 'session-date' },
    () => {
      setTitle('');
      setHeldOn('');
      setKind('');
      onChanged(t('learning.ui.training.sessionCreated', { title: title.trim() }));
    },
  );

  return (
    <FormSection id="new-session-heading" heading={t('learning.ui.training.newSession')}>
      {courses.length === 0 ? (
        <p>{t('learning.ui.training.courseFirst')}</p>
      ) : (
        <SubmitForm f={f} onSubmit={submit} submitLabel={t('learning.ui.training.createSession')} primary>
          <SelectField
            id="session-course"
            label={t('learning.ui.training.course')}
            value={course}
            onChange={setCourse}
            error={f.errors['session-course']}
          >
            <Options
              empty={t('learning.ui.training.chooseCourse')}
              items={courses}
              value={(c) => c.id}
              label={(c) => c.title}
            />
          </SelectField>
          <SelectField
            id="session-kind"
            label={t('learning.ui.training.kind')}
            value={kind}
            onChange={setKind}
            error={f.errors['session-kind']}
          >
            <Options
              empty={t('learning.ui.training.chooseKind')}
              items={SESSION_KINDS}
              label={(k) => sessionKindLabel(t, k)}
            />
          </SelectField>
          <TextField
            id="session-title"
            label={t('learning.ui.training.sessionTitle')}
            hint={t('learning.ui.training.sessionTitleHint')}
            maxLength={200}
            value={title}
            onChange={setTitle}
            error={f.errors['session-title']}
          />
          <TextField
            id="session-date"
            type="date"
            width="input-width-s"
            label={t('learning.ui.training.heldOn')}
            value={heldOn}
            onChange={setHeldOn}
            error={f.errors['session-date']}
          />
        </SubmitForm>
      )}
    </FormSection>
  );
}

type Mark = '' | 'signed' | 'yes' | 'no';
const markOf = (attended: boolean | null): Mark => (attended === null ? 'signed' : attended ? 'yes' : 'no');
const attendedOf = (m: Exclude<Mark, ''>): boolean | null => (m === 'signed' ? null : m === 'yes');

/** A session's participants and attendance: one choice per colleague, saved as the whole list. */
export function Attendance(props: {
  session: TrainingSessionView;
  staff: readonly KeepableStaff[];
  onChanged: Changed;
}) {
  const { session, staff, onChanged } = props;
  const { t } = useI18n();
  const f = useFormErrors();
  const [marks, setMarks] = useState<Record<string, Mark>>({});
  // The register as fetched (again) is what the choices start from.
  useEffect(
    () => setMarks(Object.fromEntries(session.participants.map((p) => [p.userId, markOf(p.attended)]))),
    [session],
  );
  const people = [
    ...staff.map((u) => ({ id: u.id, name: u.name })),
    ...session.participants
      .filter((p) => !staff.some((u) => u.id === p.userId))
      .map((p) => ({ id: p.userId, name: p.name })),
  ];
  const participants = () =>
    Object.entries(marks)
      .filter((entry): entry is [string, Exclude<Mark, ''>] => entry[1] !== '')
      .map(([userId, m]) => ({ userId, attended: attendedOf(m) }));
  const save = f.onSubmit(
    () => ({}),
    () => setParticipants(session.id, participants()),
    {},
    () => onChanged(t('learning.ui.training.attendanceSaved', { title: session.title })),
  );
  if (people.length === 0) return <p>{t('learning.ui.training.noStaff')}</p>;
  const label = t('learning.ui.training.attendanceFor', { title: session.title });
  return (
    <SubmitForm f={f} onSubmit={save} submitLabel={t('learning.ui.training.saveAttendance')} label={label}>
      <ScrollArea label={label}>
        <table className="table table--compact">
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('learning.ui.training.name')}</th>
              <th scope="col">{t('learning.ui.training.attendance')}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => {
              const id = `attendance-${session.id}-${p.id}`;
              return (
                <tr key={p.id}>
                  <th scope="row">
                    <label htmlFor={id}>{p.name}</label>
                  </th>
                  <td>
                    <select
                      className="form-select"
                      id={id}
                      value={marks[p.id] ?? ''}
                      onChange={(e) => setMarks((m) => ({ ...m, [p.id]: e.target.value as Mark }))}
                    >
                      <option value="">{t('learning.ui.training.mark.none')}</option>
                      <option value="signed">{t('learning.ui.training.mark.signed')}</option>
                      <option value="yes">{t('learning.ui.training.mark.yes')}</option>
                      <option value="no">{t('learning.ui.training.mark.no')}</option>
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollArea>
    </SubmitForm>
  );
}

export function DeleteSession({ session, onChanged }: { session: TrainingSessionView; onChanged: Changed }) {
  const { t } = useI18n();
  return (
    <ConfirmDelete
      label={t('learning.ui.training.deleteSession')}
      question={t('learning.ui.training.deleteSessionSure', { title: session.title })}
      confirmLabel={t('learning.ui.training.deleteSessionYes')}
      run={() => deleteSession(session.id)}
      done={t('learning.ui.training.sessionDeleted', { title: session.title })}
      onChanged={onChanged}
    />
  );
}

export function NewPairForm({ staff, onChanged }: { staff: readonly KeepableStaff[]; onChanged: Changed }) {
  const { t } = useI18n();
  const f = useFormErrors();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const submit = f.onSubmit(
    () => {
      const errors: Record<string, string> = {};
      if (!a) errors['pair-a'] = t('learning.ui.training.error.person');
      if (!b) errors['pair-b'] = t('learning.ui.training.error.person');
      else if (a === b) errors['pair-b'] = t('learning.error.pair');
      return errors;
    },
    () => createBuddyPair(a, b),
    { userA: 'pair-a', userB: 'pair-b' },
    () => {
      setA('');
      setB('');
      onChanged(t('learning.ui.training.pairCreated'));
    },
  );
  return (
    <FormSection id="new-pair-heading" heading={t('learning.ui.training.newPair')}>
      <SubmitForm f={f} onSubmit={submit} submitLabel={t('learning.ui.training.createPair')}>
        <SelectField
          id="pair-a"
          label={t('learning.ui.training.buddyA')}
          value={a}
          onChange={setA}
          error={f.errors['pair-a']}
        >
          <StaffOptions staff={staff} />
        </SelectField>
        <SelectField
          id="pair-b"
          label={t('learning.ui.training.buddyB')}
          value={b}
          onChange={setB}
          error={f.errors['pair-b']}
        >
          <StaffOptions staff={staff} />
        </SelectField>
      </SubmitForm>
    </FormSection>
  );
}

export function PairActions({
  pair,
  onChanged,
}: {
  pair: TrainingOverview['buddyPairs'][number];
  onChanged: Changed;
}) {
  const { t } = useI18n();
  const names = { a: pair.a.name, b: pair.b.name };
  return (
    <ConfirmButton
      label={t('learning.ui.training.endPair')}
      question={t('learning.ui.training.endPairSure', names)}
      confirmLabel={t('learning.ui.training.endPairYes')}
      cancelLabel={t('learning.ui.training.keep')}
      onConfirm={async () => {
        await deleteBuddyPair(pair.id);
        onChanged(t('learning.ui.training.pairEnded', names));
      }}
    />
  );
}

export function NewPlanForm(props: { staff: readonly KeepableStaff[]; today: string; onChanged: Changed }) {
  const { staff, today, onChanged } = props;
  const { t } = useI18n();
  const f = useFormErrors();
  const [userId, setUserId] = useState('');
  const [goal, setGoal] = useState('');
  const [followUpOn, setFollowUpOn] = useState('');
  const submit = f.onSubmit(
    () => {
      const errors: Record<string, string> = {};
      if (!userId) errors['plan-user'] = t('learning.ui.training.error.person');
      if (goal.trim().length < 3 || goal.trim().length > 2000) errors['plan-goal'] = t('learning.error.goal');
      if (!validDate(followUpOn) || followUpOn < today) errors['plan-date'] = t('learning.error.followUpOn');
      return errors;
    },
    () => createActionPlan({ userId, goal: goal.trim(), followUpOn }),
    { userId: 'plan-user', goal: 'plan-goal', followUpOn: 'plan-date' },
    () => {
      setUserId('');
      setGoal('');
      setFollowUpOn('');
      onChanged(t('learning.ui.training.planCreated'));
    },
  );
  return (
    <FormSection id="new-plan-heading" heading={t('learning.ui.training.newPlan')}>
      <SubmitForm f={f} onSubmit={submit} submitLabel={t('learning.ui.training.createPlan')}>
        <SelectField
          id="plan-user"
          label={t('learning.ui.training.planHolder')}
          value={userId}
          onChange={setUserId}
          error={f.errors['plan-user']}
        >
          <StaffOptions staff={staff} />
        </SelectField>
        <TextArea
          id="plan-goal"
          label={t('learning.ui.training.goal')}
          hint={t('learning.ui.training.goalHint')}
          maxLength={2000}
          value={goal}
          onChange={setGoal}
          error={f.errors['plan-goal']}
        />
        <TextField
          id="plan-date"
          type="date"
          width="input-width-s"
          label={t('learning.ui.training.followUpOn')}
          hint={t('learning.ui.training.followUpHint')}
          min={today}
          value={followUpOn}
          onChange={setFollowUpOn}
          error={f.errors['plan-date']}
        />
      </SubmitForm>
    </FormSection>
  );
}

export function PlanActions({
  plan,
  onChanged,
}: {
  plan: TrainingOverview['actionPlans'][number];
  onChanged: Changed;
}) {
  const { t, locale } = useI18n();
  const step = useStep(onChanged);
  const [busy, setBusy] = useState(false);
  const words = { name: plan.user.name, date: formatDate(plan.followUpOn, locale) };
  return (
    <>
      {step.alert}
      {!plan.followedUp && (
        <button
          type="button"
          className="button button-secondary mr-4"
          disabled={busy}
          aria-label={t('learning.ui.training.followUpLabel', words)}
          onClick={async () => {
            setBusy(true);
            await step.attempt(
              () => followUpActionPlan(plan.id),
              t('learning.ui.training.followedUpDone', words),
            );
            setBusy(false);
          }}
        >
          {t('learning.ui.training.followUp')}
        </button>
      )}
      <ConfirmButton
        label={t('learning.ui.training.deletePlan')}
        question={t('learning.ui.training.deletePlanSure', words)}
        confirmLabel={t('learning.ui.training.deletePlanYes')}
        cancelLabel={t('learning.ui.training.keep')}
        onConfirm={() =>
          step.attempt(() => deleteActionPlan(plan.id), t('learning.ui.training.planDeleted', words))
        }
      />
    </>
  );
}

export function WeeksForm({ weeks, onChanged }: { weeks: number; onChanged: Changed }) {
  const { t } = useI18n();
  const f = useFormErrors();
  const [value, setValue] = useState(String(weeks));
  const n = Number(value);
  const submit = f.onSubmit(
    (): Record<string, string> =>
      !/^\d+$/.test(value.trim()) || n < 1 || n > 52 ? { 'intro-weeks': t('learning.error.weeks') } : {},
    () => setIntroductionWeeks(n),
    { introductionWeeks: 'intro-weeks' },
    () =>
      onChanged(
        n === 1
          ? t('learning.ui.training.weeksSavedOne')
          : t('learning.ui.training.weeksSaved', { weeks: n }),
      ),
  );
  return (
    <FormSection id="weeks-heading" heading={t('learning.ui.training.weeksTitle')}>
      <SubmitForm f={f} onSubmit={submit} submitLabel={t('learning.ui.training.saveWeeks')}>
        <TextField
          id="intro-weeks"
          inputMode="numeric"
          width="input-width-xs"
          label={t('learning.ui.training.weeks')}
          hint={t('learning.ui.training.weeksHint')}
          value={value}
          onChange={setValue}
          error={f.errors['intro-weeks']}
        />
      </SubmitForm>
    </FormSection>
  );
}
