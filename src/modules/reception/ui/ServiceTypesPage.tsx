// The front desk's administration (ydelser og åbningstider): the kommune's service types with their waiting
// goal and opening days; create one, edit one (what to bring, goal, desks or rooms, capacity, hours per
// weekday), and deactivate one after a confirmation. The server checks every field and answers per field.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, api, refusalText } from '../../../../web/src/app/api.js';
import { ConfirmButton } from '../../../../web/src/app/ConfirmButton.js';
import { ErrorSummary } from '../../../../web/src/app/ErrorSummary.js';
import { RadioGroup, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';

export interface AdminServiceType {
  id: string;
  code: string;
  name: string;
  nameEn: string;
  bring: string;
  bringEn: string;
  ticketPrefix: string;
  durationMinutes: number;
  places: string[];
  capacity: number;
  hours: { weekday: number; opens: string; closes: string }[];
  reminderHours: number;
  waitGoalMinutes: number;
  bookableOnline: boolean;
  active: boolean;
}

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const fetchTypes = () => api<AdminServiceType[]>('GET', '/reception/service-types');
const id = (prefix: string, field: string) => `${prefix}-${field}`;
/** A whole number as typed, or the text itself so the server refuses it with the field's message. */
const asInteger = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : (v ?? ''));

export function ServiceTypesPage() {
  const { t } = useI18n();
  usePageTitle(t('reception.ui.admin.title'), t('app.name'));
  const { load, reload } = useLoad(fetchTypes);
  const [notice, setNotice] = useState<Notice>(null);
  const [editing, setEditing] = useState<AdminServiceType | null>(null);
  const done = (text: string) => {
    setNotice({ text, error: false });
    reload();
  };
  return (
    <>
      <h1 tabIndex={-1}>{t('reception.ui.admin.title')}</h1>
      <p>{t('reception.ui.admin.intro')}</p>
      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('reception.ui.admin.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <TypesTable types={load.data} onEdit={setEditing} onChanged={done} onRefused={setNotice} />
          {editing ? (
            <TypeForm
              key={editing.id}
              type={editing}
              onDone={(text) => {
                setEditing(null);
                if (text) done(text);
              }}
            />
          ) : (
            <TypeForm key="new" onDone={(text) => text && done(text)} />
          )}
        </>
      )}
    </>
  );
}

function TypesTable(props: {
  types: AdminServiceType[];
  onEdit: (t: AdminServiceType) => void;
  onChanged: (text: string) => void;
  onRefused: (n: Notice) => void;
}) {
  const { types, onEdit, onChanged, onRefused } = props;
  const { t, locale } = useI18n();
  const nameOf = (s: AdminServiceType) => (locale === 'en' ? s.nameEn : s.name);
  const toggle = async (s: AdminServiceType, active: boolean) => {
    try {
      await api('POST', `/reception/service-types/${s.id}/${active ? 'activate' : 'deactivate'}`);
      onChanged(
        t(active ? 'reception.ui.admin.activated' : 'reception.ui.admin.deactivated', { name: nameOf(s) }),
      );
    } catch (err) {
      onRefused({ text: refusalText(t, err), error: true });
    }
  };
  if (types.length === 0) return <p>{t('reception.ui.admin.empty')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('reception.ui.admin.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reception.ui.admin.field.name')}</th>
            <th scope="col">{t('reception.ui.admin.field.waitGoal')}</th>
            <th scope="col">{t('reception.ui.admin.hours')}</th>
            <th scope="col">{t('reception.ui.admin.field.places')}</th>
            <th scope="col">{t('reception.ui.admin.status')}</th>
            <th scope="col">{t('reception.ui.admin.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {types.map((s) => (
            <tr key={s.id}>
              <td>
                {nameOf(s)}
                <br />
                <span className="form-hint">{s.code}</span>
              </td>
              <td>{t('reception.ui.admin.goalShort', { minutes: s.waitGoalMinutes })}</td>
              <td>
                {s.hours.map((h) => (
                  <span key={h.weekday} className="d-block">
                    {`${t(`reception.ui.weekday.${h.weekday}`)} ${h.opens}–${h.closes}`}
                  </span>
                ))}
              </td>
              <td>{`${s.places.join(', ')} (${s.capacity})`}</td>
              <td>{t(s.active ? 'reception.ui.admin.active' : 'reception.ui.admin.inactive')}</td>
              <td>
                <button type="button" className="button button-secondary mr-3 mb-2" onClick={() => onEdit(s)}>
                  {t('reception.ui.admin.edit')}
                  <span className="sr-only"> {nameOf(s)}</span>
                </button>
                {!s.active ? (
                  <button
                    type="button"
                    className="button button-secondary mb-2"
                    onClick={() => toggle(s, true)}
                  >
                    {t('reception.ui.admin.activate')}
                    <span className="sr-only"> {nameOf(s)}</span>
                  </button>
                ) : (
                  <ConfirmButton
                    label={
                      <>
                        {t('reception.ui.admin.deactivate')}
                        <span className="sr-only"> {nameOf(s)}</span>
                      </>
                    }
                    question={t('reception.ui.admin.deactivateQuestion', { name: nameOf(s) })}
                    confirmLabel={t('reception.ui.admin.deactivateYes')}
                    cancelLabel={t('reception.ui.admin.cancel')}
                    onConfirm={() => toggle(s, false)}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TypeForm({ type: s, onDone }: { type?: AdminServiceType; onDone: (saved?: string) => void }) {
  const { t } = useI18n();
  const prefix = s ? `type-${s.id}` : 'new-type';
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (Object.keys(errors).length > 0) summary.current?.focus();
  }, [errors]);
  const hoursOf = (weekday: number) => s?.hours.find((h) => h.weekday === weekday);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const v = (field: string) => {
      const value = new FormData(form).get(id(prefix, field));
      return typeof value === 'string' ? value.trim() : '';
    };
    const body = {
      ...(s ? {} : { code: v('code') }),
      name: v('name'),
      nameEn: v('nameEn'),
      bring: v('bring'),
      bringEn: v('bringEn'),
      ticketPrefix: v('ticketPrefix').toUpperCase(),
      durationMinutes: asInteger(v('durationMinutes')),
      places: v('places')
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean),
      capacity: asInteger(v('capacity')),
      reminderHours: asInteger(v('reminderHours')),
      waitGoalMinutes: asInteger(v('waitGoalMinutes')),
      bookableOnline: v('bookableOnline') !== 'no',
      hours: WEEKDAYS.map((weekday) => ({
        weekday,
        opens: v(`hours-${weekday}`),
        closes: v(`closes-${weekday}`),
      })).filter((h) => h.opens || h.closes),
    };
    setBusy(true);
    setNotice(null);
    try {
      const saved = s
        ? await api<AdminServiceType>('PUT', `/reception/service-types/${s.id}`, body)
        : await api<AdminServiceType>('POST', '/reception/service-types', body);
      setErrors({});
      const text = t(s ? 'reception.ui.admin.saved' : 'reception.ui.admin.created', { name: saved.name });
      if (!s) form.reset();
      onDone(text);
    } catch (err) {
      if (err instanceof ApiError && err.fields) setErrors(err.fields);
      else {
        setErrors({});
        setNotice({ text: refusalText(t, err), error: true });
      }
    } finally {
      setBusy(false);
    }
  };

  const items = Object.entries(errors).map(([field, message]) => ({
    target: document.getElementById(id(prefix, field)) ? id(prefix, field) : undefined,
    message,
  }));
  const number = (field: string, label: string, value: number | undefined, fallback: string) => (
    <TextField
      id={id(prefix, field)}
      type="text"
      inputMode="numeric"
      label={t(label)}
      width="input-width-xs"
      defaultValue={value === undefined ? fallback : String(value)}
      error={errors[field]}
    />
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${prefix}-heading`} className="mt-7">
      <h2 id={`${prefix}-heading`}>
        {s ? t('reception.ui.admin.editHeading', { name: s.name }) : t('reception.ui.admin.create')}
      </h2>
      <ErrorSummary heading={t('reception.ui.admin.errorSummary')} items={items} level={3} ref={summary} />
      {!s && (
        <TextField
          id={id(prefix, 'code')}
          label={t('reception.ui.admin.field.code')}
          hint={t('reception.ui.admin.field.codeHint')}
          width="input-width-m"
          error={errors.code}
        />
      )}
      <TextField
        id={id(prefix, 'name')}
        label={t('reception.ui.admin.field.name')}
        defaultValue={s?.name}
        error={errors.name}
      />
      <TextField
        id={id(prefix, 'nameEn')}
        label={t('reception.ui.admin.field.nameEn')}
        defaultValue={s?.nameEn}
        error={errors.nameEn}
      />
      <TextArea
        id={id(prefix, 'bring')}
        label={t('reception.ui.admin.field.bring')}
        hint={t('reception.ui.admin.field.bringHint')}
        optional
        defaultValue={s?.bring}
        error={errors.bring}
      />
      <TextArea
        id={id(prefix, 'bringEn')}
        label={t('reception.ui.admin.field.bringEn')}
        optional
        defaultValue={s?.bringEn}
        error={errors.bringEn}
      />
      <TextField
        id={id(prefix, 'ticketPrefix')}
        label={t('reception.ui.admin.field.ticketPrefix')}
        width="input-width-xs"
        maxLength={1}
        defaultValue={s?.ticketPrefix ?? 'A'}
        error={errors.ticketPrefix}
      />
      {number('durationMinutes', 'reception.ui.admin.field.duration', s?.durationMinutes, '15')}
      {number('waitGoalMinutes', 'reception.ui.admin.field.waitGoal', s?.waitGoalMinutes, '15')}
      {number('reminderHours', 'reception.ui.admin.field.reminder', s?.reminderHours, '24')}
      <TextArea
        id={id(prefix, 'places')}
        label={t('reception.ui.admin.field.places')}
        hint={t('reception.ui.admin.field.placesHint')}
        defaultValue={s?.places.join('\n')}
        error={errors.places}
      />
      {number('capacity', 'reception.ui.admin.field.capacity', s?.capacity, '1')}
      <fieldset className="mt-6" aria-describedby={`${prefix}-hours-hint`}>
        <legend className="h3">{t('reception.ui.admin.hours')}</legend>
        <span className="form-hint" id={`${prefix}-hours-hint`}>
          {t('reception.ui.admin.hoursHint')}
        </span>
        {errors.hours && (
          <p className="form-error-message" id={id(prefix, 'hours')} tabIndex={-1}>
            {errors.hours}
          </p>
        )}
        {WEEKDAYS.map((weekday) => {
          const day = t(`reception.ui.weekday.${weekday}`);
          const h = s ? hoursOf(weekday) : weekday <= 5 ? { opens: '09:00', closes: '15:00' } : undefined;
          return (
            <div key={weekday} className="d-flex flex-wrap">
              <div className="mr-5">
                <TextField
                  id={id(prefix, `hours-${weekday}`)}
                  label={t('reception.ui.admin.opens', { day })}
                  width="input-width-xs"
                  optional
                  placeholder="09:00"
                  defaultValue={h?.opens ?? ''}
                  error={errors[`hours-${weekday}`]}
                />
              </div>
              <TextField
                id={id(prefix, `closes-${weekday}`)}
                label={t('reception.ui.admin.closes', { day })}
                width="input-width-xs"
                optional
                placeholder="15:00"
                defaultValue={h?.closes ?? ''}
              />
            </div>
          );
        })}
      </fieldset>
      <RadioGroup
        name={id(prefix, 'bookableOnline')}
        legend={t('reception.ui.admin.field.bookable')}
        defaultValue={s && !s.bookableOnline ? 'no' : 'yes'}
        options={[
          { value: 'yes', label: t('reception.ui.admin.yes') },
          { value: 'no', label: t('reception.ui.admin.no') },
        ]}
      />
      <div className="d-flex flex-wrap">
        <button type="submit" className="button button-primary mr-4 mt-3" disabled={busy}>
          {s ? t('reception.ui.admin.save') : t('reception.ui.admin.createSubmit')}
        </button>
        {s && (
          <button type="button" className="button button-secondary mt-3" onClick={() => onDone()}>
            {t('reception.ui.admin.cancel')}
          </button>
        )}
      </div>
      <NoticeRegion notice={notice} className="mt-4" />
    </form>
  );
}
