// Creating or changing a process: the title and the question, what citizens can influence and what is already
// decided and by whom (both mandatory, stated first on the public page), the phases with their dates, the
// channels, the area, the department and the staff owner. A new process is a draft: nobody outside sees it.
import { type FormEvent, useCallback, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { RadioGroup, radioId, SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { Link, navigate, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import type { ViewProps } from '../../../platform/ui.js';
import { type FieldErrors, FormErrors, refusedFields, useFormErrors } from './form.js';
import {
  type Channels,
  createProcess,
  fetchOptions,
  fetchProcess,
  type Options,
  type Phase,
  type PhaseKind,
  type Process,
  type ProcessInput,
  updateProcess,
} from './participation-api.js';

const CHANNELS: readonly Channels[] = ['online', 'meeting', 'both'];
const PHASE_KINDS: readonly PhaseKind[] = ['idea', 'hearing', 'decision', 'feedback'];
const MAX_PHASES = 8;

export function ProcessFormPage({ params }: ViewProps) {
  const { t } = useI18n();
  const id = params.id;
  const title = id ? t('participation.ui.form.editTitle') : t('participation.ui.form.newTitle');
  usePageTitle(title, t('app.name'));
  const fetcher = useCallback(
    async () => ({
      options: await fetchOptions(),
      process: id ? (await fetchProcess(id)).process : null,
    }),
    [id],
  );
  const { load } = useLoad(fetcher);
  return (
    <>
      <p>
        <Link to={id ? `/borgerinddragelse/${id}` : '/borgerinddragelse'}>
          {id ? t('participation.ui.backToProcess') : t('participation.ui.backToList')}
        </Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      {load.status === 'loading' && <Loading text={t('participation.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.process?.status === 'closed' ? (
          <p>{t('participation.error.closed')}</p>
        ) : (
          <ProcessForm options={load.data.options} process={load.data.process} />
        ))}
    </>
  );
}

const FIELDS = [
  'title',
  'question',
  'influence',
  'decided',
  'channels',
  'hearingEndsOn',
  'phases',
  'area',
  'departmentId',
  'ownerId',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Exclude<Field, 'phases'>, string>;

/** The longer texts, each with its hint: the question, what can be influenced and what is decided. */
const TEXTS = [
  ['question', 2000],
  ['influence', 4000],
  ['decided', 4000],
] as const;

const fieldId = (f: Field) =>
  f === 'channels' ? radioId('process-channels', 'online') : f === 'phases' ? 'phase-0-kind' : `process-${f}`;

function ProcessForm({ options, process }: { options: Options; process: Process | null }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [values, setValues] = useState<Values>(() => ({
    title: process?.title ?? '',
    question: process?.question ?? '',
    influence: process?.influence ?? '',
    decided: process?.decided ?? '',
    channels: process?.channels ?? '',
    hearingEndsOn: process?.hearingEndsOn ?? '',
    area: process?.area ?? '',
    departmentId: process ? (process.departmentId ?? '') : (me?.departmentId ?? ''),
    ownerId: process?.ownerId ?? me?.id ?? '',
  }));
  const [phases, setPhases] = useState<Phase[]>(
    () => process?.phases ?? [{ kind: 'hearing', startsOn: '', endsOn: '' }],
  );
  const form = useFormErrors<Field>();
  const { errors } = form;
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (f: keyof Values) => (v: string) => setValues((old) => ({ ...old, [f]: v }));
  const setPhase = (i: number, change: Partial<Phase>) =>
    setPhases((old) => old.map((p, j) => (j === i ? { ...p, ...change } : p)));

  const localErrors = () => {
    const e: FieldErrors<Field> = {};
    if (!values.title.trim()) e.title = t('participation.ui.error.title');
    if (!values.question.trim()) e.question = t('participation.ui.error.question');
    if (!values.influence.trim()) e.influence = t('participation.error.influence');
    if (!values.decided.trim()) e.decided = t('participation.error.decided');
    if (!values.channels) e.channels = t('participation.ui.error.channels');
    if (!values.hearingEndsOn) e.hearingEndsOn = t('participation.ui.error.hearingEndsOn');
    if (phases.some((p) => !p.startsOn || !p.endsOn)) e.phases = t('participation.ui.error.phaseDates');
    else if (phases.some((p) => p.endsOn < p.startsOn)) e.phases = t('participation.error.phase');
    if (!values.ownerId) e.ownerId = t('participation.error.owner');
    return e;
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setFailure(null);
    if (form.show(localErrors())) return;
    const body: ProcessInput = {
      title: values.title.trim(),
      question: values.question.trim(),
      influence: values.influence.trim(),
      decided: values.decided.trim(),
      channels: values.channels as Channels,
      phases,
      hearingEndsOn: values.hearingEndsOn,
      departmentId: values.departmentId || null,
      ownerId: values.ownerId,
      ...(values.area.trim() ? { area: values.area.trim() } : {}),
    };
    setBusy(true);
    try {
      const saved = process ? await updateProcess(process.id, body) : await createProcess(body);
      navigate(`/borgerinddragelse/${saved.id}${process ? '' : '?ny=1'}`);
    } catch (err) {
      const fields = refusedFields(err);
      if (fields) {
        const mapped: FieldErrors<Field> = {};
        for (const [k, m] of Object.entries(fields)) {
          const f = (FIELDS as readonly string[]).includes(k)
            ? (k as Field)
            : k.startsWith('phases')
              ? 'phases'
              : null;
          if (f) mapped[f] = m;
          else setFailure(m);
        }
        form.show(mapped);
      } else setFailure(refusalText(t, err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <FormErrors state={form} fields={FIELDS} target={fieldId} />
      {failure && <ErrorAlert text={failure} />}
      {!process && <p>{t('participation.ui.form.draftNote')}</p>}
      <TextField
        id="process-title"
        label={t('participation.ui.field.title')}
        value={values.title}
        onChange={set('title')}
        error={errors.title}
        maxLength={200}
      />
      {TEXTS.map(([f, maxLength]) => (
        <TextArea
          key={f}
          id={fieldId(f)}
          label={t(`participation.ui.field.${f}`)}
          hint={t(`participation.ui.hint.${f}`)}
          value={values[f]}
          onChange={set(f)}
          error={errors[f]}
          maxLength={maxLength}
        />
      ))}
      <RadioGroup
        name="process-channels"
        legend={t('participation.ui.field.channels')}
        options={CHANNELS.map((c) => ({ value: c, label: t(`participation.channels.${c}`) }))}
        value={values.channels as Channels | ''}
        onChange={set('channels')}
        error={errors.channels}
      />
      <TextField
        id="process-hearingEndsOn"
        type="date"
        label={t('participation.ui.field.hearingEndsOn')}
        hint={t('participation.ui.hint.hearingEndsOn')}
        value={values.hearingEndsOn}
        onChange={set('hearingEndsOn')}
        error={errors.hearingEndsOn}
        width="input-width-s"
      />
      <PhasesFieldset phases={phases} setPhase={setPhase} setPhases={setPhases} error={errors.phases} />
      <TextField
        id="process-area"
        label={t('participation.ui.field.area')}
        hint={t('participation.ui.hint.area')}
        value={values.area}
        onChange={set('area')}
        error={errors.area}
        optional
        maxLength={200}
      />
      <SelectField
        id="process-departmentId"
        label={t('participation.ui.field.department')}
        value={values.departmentId}
        onChange={set('departmentId')}
        error={errors.departmentId}
        optional
      >
        <option value="">{t('participation.ui.field.noDepartment')}</option>
        {options.departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="process-ownerId"
        label={t('participation.ui.field.owner')}
        value={values.ownerId}
        onChange={set('ownerId')}
        error={errors.ownerId}
      >
        <option value="">{t('participation.ui.choose')}</option>
        {options.owners.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <button type="submit" className="button button-primary mt-5" disabled={busy}>
        {process ? t('participation.ui.form.save') : t('participation.ui.form.create')}
      </button>
    </form>
  );
}

function PhasesFieldset(props: {
  phases: Phase[];
  setPhase: (i: number, change: Partial<Phase>) => void;
  setPhases: (change: (old: Phase[]) => Phase[]) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const { phases, setPhase, setPhases, error } = props;
  return (
    <fieldset className={error ? 'form-group form-error mt-6' : 'form-group mt-6'}>
      <legend className="h3">{t('participation.ui.field.phases')}</legend>
      {error && (
        <span className="form-error-message" id="phases-error">
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {error}
        </span>
      )}
      {phases.length === 0 && <p>{t('participation.ui.form.noPhases')}</p>}
      {phases.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity of their own
        <div key={i} className="mb-5">
          <SelectField
            id={`phase-${i}-kind`}
            label={t('participation.ui.field.phaseKind', { n: i + 1 })}
            value={p.kind}
            onChange={(v) => setPhase(i, { kind: v as PhaseKind })}
          >
            {PHASE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`participation.phase.${k}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`phase-${i}-startsOn`}
            type="date"
            label={t('participation.ui.field.phaseStarts', { n: i + 1 })}
            value={p.startsOn}
            onChange={(v) => setPhase(i, { startsOn: v })}
            width="input-width-s"
          />
          <TextField
            id={`phase-${i}-endsOn`}
            type="date"
            label={t('participation.ui.field.phaseEnds', { n: i + 1 })}
            value={p.endsOn}
            onChange={(v) => setPhase(i, { endsOn: v })}
            width="input-width-s"
          />
          <button
            type="button"
            className="button button-tertiary"
            onClick={() => setPhases((old) => old.filter((_, j) => j !== i))}
          >
            {t('participation.ui.form.removePhase', { n: i + 1 })}
          </button>
        </div>
      ))}
      {phases.length < MAX_PHASES && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setPhases((old) => [...old, { kind: 'hearing', startsOn: '', endsOn: '' }])}
        >
          {t('participation.ui.form.addPhase')}
        </button>
      )}
    </fieldset>
  );
}
