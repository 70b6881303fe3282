// The incident register (vold, trusler og chikane): any staff member registers an incident — also in free time
// and online — and sees their own reports; the safety role sees the kommune's, with overdue follow-up marked,
// and the anonymised statistics for the safety committee.
import { type FormEvent, useCallback, useState } from 'react';
import { ErrorSummary, type SummaryItem } from '../../../../web/src/app/ErrorSummary.js';
import { RadioGroup, radioId, SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDate, formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { INCIDENT_PLACES, INCIDENT_TYPES, SEVERITIES } from '../../../core/incidents.js';
import { can, type Role } from '../../../platform/policies.js';
import { fetchIncidents, fetchStatistics, type Incident, type Person, registerIncident } from './api.js';
import { COLLEAGUE_SEARCH_ID, ColleaguePicker } from './ColleaguePicker.js';
import { FollowUpSummary } from './FollowUpSummary.js';
import { useSafetyForm } from './form.js';

export function IncidentsPage() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(t('safety.ui.incidents.title'), t('app.name'));
  const { load, reload } = useLoad(fetchIncidents);
  const actor = me
    ? {
        userId: me.id,
        kommuneId: me.kommuneId,
        role: me.role as Role,
        departmentId: me.departmentId,
        teamId: me.teamId,
      }
    : null;
  return (
    <>
      <h1 tabIndex={-1}>{t('safety.ui.incidents.title')}</h1>
      <p>{t('safety.ui.incidents.intro')}</p>
      <RegisterForm onRegistered={reload} />
      <section aria-labelledby="incident-list-heading" className="mt-8">
        <h2 id="incident-list-heading">
          {me?.role === 'safety' ? t('safety.ui.incidents.allHeading') : t('safety.ui.incidents.ownHeading')}
        </h2>
        {load.status === 'loading' && <Loading text={t('safety.ui.loading')} />}
        {load.status === 'failed' && <ErrorAlert text={load.message} />}
        {load.status === 'ready' && <IncidentTable incidents={load.data} />}
      </section>
      {actor && can(actor, 'incident.statistics') && <StatisticsSection />}
    </>
  );
}

function IncidentTable({ incidents }: { incidents: Incident[] }) {
  const { t, locale } = useI18n();
  if (incidents.length === 0) return <p>{t('safety.ui.incidents.none')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('safety.ui.incidents.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('safety.ui.field.occurredAt')}</th>
            <th scope="col">{t('safety.ui.field.type')}</th>
            <th scope="col">{t('safety.ui.field.place')}</th>
            <th scope="col">{t('safety.ui.field.severity')}</th>
            <th scope="col">{t('safety.ui.incidents.followUp')}</th>
          </tr>
        </thead>
        <tbody>
          {incidents.map((i) => (
            <tr key={i.id}>
              <td>
                <Link to={`/haendelser/${i.id}`}>{formatDateTime(i.occurredAt, locale)}</Link>
              </td>
              <td>{t(`safety.ui.type.${i.type}`)}</td>
              <td>{t(`safety.ui.place.${i.place}`)}</td>
              <td>{t(`safety.ui.severity.${i.severity}`)}</td>
              <td>
                <FollowUpSummary incident={i} />
                {i.reportDeadline && (
                  <div className="mt-2">
                    {t('safety.ui.incidents.reportBy', { date: formatDate(i.reportDeadline, locale) })}
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const FIELD_ORDER = [
  'occurredOn',
  'occurredTime',
  'place',
  'type',
  'severity',
  'exposedStaffIds',
  'description',
  'deEscalation',
  'escalation',
  'injury',
  'absenceFrom',
  'absenceDays',
  'caseNumber',
] as const;
type Field = (typeof FIELD_ORDER)[number];
const fieldOfServer: Record<string, Field> = { occurredAt: 'occurredOn' };
const targetOf = (f: Field) =>
  f === 'type'
    ? radioId('incident-type', INCIDENT_TYPES[0])
    : f === 'severity'
      ? radioId('incident-severity', SEVERITIES[0])
      : f === 'exposedStaffIds'
        ? COLLEAGUE_SEARCH_ID
        : `incident-${f}`;

function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    occurredOn: '',
    occurredTime: '',
    place: '',
    type: '',
    severity: '',
    exposedStaffIds: '',
    description: '',
    deEscalation: '',
    escalation: '',
    injury: '',
    absenceFrom: '',
    absenceDays: '',
    caseNumber: '',
  }));
  const { errors, showErrors, notice, setNotice, busy, summaryRef, send } = useSafetyForm<Field>(
    (k) => fieldOfServer[k] ?? (k as Field),
  );
  const [created, setCreated] = useState<Incident | null>(null);
  const { me } = useSession();
  // The registering person is exposed unless they remove themselves (they often are the one exposed).
  const [exposed, setExposed] = useState<Person[] | null>(null);
  const chosen = exposed ?? (me ? [{ id: me.id, name: me.name }] : []);
  const set = useCallback((f: Field) => (v: string) => setValues((old) => ({ ...old, [f]: v })), []);
  /** What every text field of the form takes: its id, value, change and error. */
  const bind = (f: Field) => ({ id: `incident-${f}`, value: values[f], onChange: set(f), error: errors[f] });

  const localErrors = (): Partial<Record<Field, string>> => {
    const e: Partial<Record<Field, string>> = {};
    if (!values.occurredOn) e.occurredOn = t('safety.error.occurredAt');
    if (!values.occurredTime) e.occurredTime = t('safety.ui.error.time');
    if (!values.place) e.place = t('safety.error.place');
    if (!values.type) e.type = t('safety.error.type');
    if (!values.severity) e.severity = t('safety.error.severity');
    if (chosen.length === 0) e.exposedStaffIds = t('safety.ui.error.exposed');
    if (values.description.trim().length < 10) e.description = t('safety.error.description.short');
    if (values.absenceDays && !/^\d{1,3}$/.test(values.absenceDays))
      e.absenceDays = t('safety.error.absenceDays');
    return e;
  };

  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    setNotice(null);
    setCreated(null);
    const e = localErrors();
    if (Object.keys(e).length > 0) return showErrors(e);
    const body: Record<string, unknown> = {
      occurredAt: new Date(`${values.occurredOn}T${values.occurredTime}`).toISOString(),
      place: values.place,
      type: values.type,
      severity: values.severity,
      description: values.description.trim(),
      exposedStaffIds: chosen.map((p) => p.id),
    };
    for (const f of ['deEscalation', 'escalation', 'injury', 'absenceFrom', 'caseNumber'] as const)
      if (values[f].trim()) body[f] = values[f].trim();
    if (values.absenceDays) body.absenceDays = Number(values.absenceDays);
    await send(async () => {
      setCreated(await registerIncident(body));
      setNotice({ text: t('safety.ui.register.done'), error: false });
      onRegistered();
    });
  };

  const items: SummaryItem[] = FIELD_ORDER.filter((f) => errors[f]).map((f) => ({
    target: targetOf(f),
    message: errors[f]!,
  }));
  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">{t('safety.ui.register.title')}</h2>
      <ErrorSummary heading={t('safety.ui.register.errors')} items={items} level={3} ref={summaryRef} />
      <form onSubmit={submit} noValidate>
        <TextField
          {...bind('occurredOn')}
          type="date"
          label={t('safety.ui.field.occurredOn')}
          width="input-width-s"
        />
        <TextField
          {...bind('occurredTime')}
          type="time"
          label={t('safety.ui.field.occurredTime')}
          width="input-width-xs"
        />
        <SelectField
          {...bind('place')}
          label={t('safety.ui.field.place')}
          hint={t('safety.ui.field.placeHint')}
        >
          <option value="">{t('safety.ui.choose')}</option>
          {INCIDENT_PLACES.map((p) => (
            <option key={p} value={p}>
              {t(`safety.ui.place.${p}`)}
            </option>
          ))}
        </SelectField>
        <RadioGroup
          name="incident-type"
          legend={t('safety.ui.field.type')}
          options={INCIDENT_TYPES.map((v) => ({ value: v, label: t(`safety.ui.type.${v}`) }))}
          value={values.type as (typeof INCIDENT_TYPES)[number] | ''}
          onChange={set('type')}
          error={errors.type}
        />
        <RadioGroup
          name="incident-severity"
          legend={t('safety.ui.field.severity')}
          options={SEVERITIES.map((v) => ({ value: v, label: t(`safety.ui.severity.${v}`) }))}
          value={values.severity as (typeof SEVERITIES)[number] | ''}
          onChange={set('severity')}
          error={errors.severity}
        />
        <ColleaguePicker
          me={me ? { id: me.id, name: me.name } : null}
          chosen={chosen}
          onChange={setExposed}
          error={errors.exposedStaffIds}
        />
        <TextArea
          {...bind('description')}
          label={t('safety.ui.field.description')}
          hint={t('safety.ui.field.descriptionHint')}
          rows={4}
        />
        {(['deEscalation', 'escalation', 'injury'] as const).map((f) => (
          <TextArea key={f} {...bind(f)} label={t(`safety.ui.field.${f}`)} optional />
        ))}
        <TextField
          {...bind('absenceFrom')}
          type="date"
          label={t('safety.ui.field.absenceFrom')}
          width="input-width-s"
          optional
        />
        <TextField
          {...bind('absenceDays')}
          inputMode="numeric"
          label={t('safety.ui.field.absenceDays')}
          hint={t('safety.ui.field.absenceDaysHint')}
          width="input-width-xs"
          optional
        />
        <TextField
          {...bind('caseNumber')}
          label={t('safety.ui.field.caseNumber')}
          hint={t('safety.ui.field.caseNumberHint')}
          width="input-width-m"
          optional
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('safety.ui.register.submit')}
        </button>
      </form>
      <NoticeRegion notice={notice} className="mt-5">
        {created && (
          <p>
            <Link to={`/haendelser/${created.id}`}>{t('safety.ui.register.open')}</Link>
          </p>
        )}
      </NoticeRegion>
    </section>
  );
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

function StatisticsSection() {
  const { t } = useI18n();
  const [period] = useState(() => {
    const to = new Date();
    const from = new Date(to.getTime() - 365 * 86_400_000);
    return { from: isoDay(from), to: isoDay(to) };
  });
  const fetcher = useCallback(() => fetchStatistics(period.from, period.to), [period]);
  const { load } = useLoad(fetcher);
  const hidden = t('safety.ui.stats.hidden');
  const table = (
    caption: string,
    rows: { key: string; count: number | null }[],
    label: (k: string) => string,
  ) =>
    rows.length === 0 ? null : (
      <div className="table--responsive-scroll mt-5">
        <table className="table table--compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('safety.ui.stats.group')}</th>
              <th scope="col">{t('safety.ui.stats.count')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{label(r.key)}</td>
                <td>{r.count ?? hidden}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  return (
    <section aria-labelledby="stats-heading" className="mt-8">
      <h2 id="stats-heading">{t('safety.ui.stats.title')}</h2>
      {load.status === 'loading' && <Loading text={t('safety.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <p>{t('safety.ui.stats.intro', { min: load.data.minGroupSize })}</p>
          <p>
            {t('safety.ui.stats.total')}: {load.data.total ?? hidden}
          </p>
          {table(t('safety.ui.stats.byType'), load.data.byType, (k) => t(`safety.ui.type.${k}`))}
          {table(t('safety.ui.stats.byPlace'), load.data.byPlace, (k) => t(`safety.ui.place.${k}`))}
          {table(t('safety.ui.stats.byMonth'), load.data.byMonth, (k) => k)}
        </>
      )}
    </section>
  );
}
