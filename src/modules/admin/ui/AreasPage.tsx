// Areas (fagområder): name, code, KLE number (one of KL's main groups), department, and the service goals in
// working days — first contact (the call-back date a new case gets), resolution and a written answer.
import { useState } from 'react';
import { api } from '../../../../web/src/app/api.js';
import { RadioGroup, SelectField, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import {
  type AdminArea,
  type AdminOrganisation,
  asInteger,
  fetchOrganisation,
  namesById,
} from './admin-api.js';
import { AdminForm, fieldId } from './kit.js';

export function AreasPage() {
  const { t } = useI18n();
  usePageTitle(t('admin.ui.areas.title'), t('app.name'));
  const { load, reload } = useLoad(fetchOrganisation);
  const [notice, setNotice] = useState<Notice>(null);
  const [editing, setEditing] = useState<AdminArea | null>(null);
  const saved = (text?: string) => {
    setNotice(text ? { text, error: false } : null);
    reload();
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('admin.ui.areas.title')}</h1>
      <p>{t('admin.ui.areas.intro')}</p>
      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('admin.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <AreasTable org={load.data} onEdit={setEditing} />
          {editing ? (
            <AreaForm
              key={editing.id}
              area={editing}
              org={load.data}
              onDone={(text) => {
                setEditing(null);
                saved(text);
              }}
            />
          ) : (
            <AreaForm org={load.data} onDone={() => saved()} />
          )}
        </>
      )}
    </>
  );
}

function AreasTable({ org, onEdit }: { org: AdminOrganisation; onEdit: (a: AdminArea) => void }) {
  const { t } = useI18n();
  const departments = namesById(org.departments);
  if (org.areas.length === 0) return <p>{t('admin.ui.areas.empty')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('admin.ui.areas.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.ui.field.name')}</th>
            <th scope="col">{t('admin.ui.field.kleNumber')}</th>
            <th scope="col">{t('admin.ui.field.department')}</th>
            <th scope="col">{t('admin.ui.areas.goals')}</th>
            <th scope="col">{t('admin.ui.areas.public')}</th>
            <th scope="col">{t('admin.ui.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {org.areas.map((a) => (
            <tr key={a.id}>
              <td>
                {a.name}
                <br />
                <span className="form-hint">{a.code}</span>
              </td>
              <td>{a.kleNumber}</td>
              <td>{departments.get(a.departmentId)}</td>
              <td>
                {t('admin.ui.areas.goalsShort', {
                  contact: a.firstContactDays,
                  answer: a.answerDays,
                  resolution: a.resolutionDays,
                })}
              </td>
              <td>{t(a.public ? 'admin.ui.yes' : 'admin.ui.no')}</td>
              <td>
                <button type="button" className="button button-secondary" onClick={() => onEdit(a)}>
                  {t('admin.ui.edit')}
                  <span className="sr-only"> {a.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AreaForm(props: { area?: AdminArea; org: AdminOrganisation; onDone: (saved?: string) => void }) {
  const { area: a, org, onDone } = props;
  const { t } = useI18n();
  const prefix = a ? `area-${a.id}` : 'new-area';
  const send = async (v: Record<string, string>) => {
    const body = {
      code: v.code,
      name: v.name,
      kleNumber: v.kleNumber,
      departmentId: v.departmentId,
      firstContactDays: asInteger(v.firstContactDays),
      resolutionDays: asInteger(v.resolutionDays),
      answerDays: asInteger(v.answerDays),
      public: v.public !== 'no',
    };
    const saved = a
      ? await api<AdminArea>('PATCH', `/admin/areas/${a.id}`, body)
      : await api<AdminArea>('POST', '/admin/areas', body);
    const text = t(a ? 'admin.ui.savedName' : 'admin.ui.createdName', { name: saved.name });
    onDone(a ? text : undefined);
    return a ? '' : text;
  };
  const days = (
    field: 'firstContactDays' | 'resolutionDays' | 'answerDays',
    errors: Record<string, string>,
  ) => (
    <TextField
      id={fieldId(prefix, field)}
      type="number"
      inputMode="numeric"
      min={1}
      label={t(`admin.ui.field.${field}`)}
      hint={t('admin.ui.areas.daysHint')}
      width="input-width-xs"
      defaultValue={a ? String(a[field]) : field === 'firstContactDays' ? '2' : ''}
      error={errors[field]}
    />
  );
  return (
    <AdminForm
      prefix={prefix}
      heading={a ? t('admin.ui.areas.editHeading', { name: a.name }) : t('admin.ui.areas.create')}
      submitLabel={a ? t('admin.ui.save') : t('admin.ui.areas.createSubmit')}
      send={send}
      keep={!!a}
      onCancel={a ? () => onDone() : undefined}
    >
      {(state) => (
        <>
          <TextField
            id={fieldId(prefix, 'name')}
            label={t('admin.ui.field.name')}
            defaultValue={a?.name}
            error={state.errors.name}
          />
          <TextField
            id={fieldId(prefix, 'code')}
            label={t('admin.ui.field.code')}
            hint={t('admin.ui.areas.codeHint')}
            width="input-width-m"
            defaultValue={a?.code}
            error={state.errors.code}
          />
          <TextField
            id={fieldId(prefix, 'kleNumber')}
            label={t('admin.ui.field.kleNumber')}
            hint={t('admin.ui.areas.kleHint')}
            width="input-width-s"
            list="kle-main-groups"
            defaultValue={a?.kleNumber}
            error={state.errors.kleNumber}
          />
          <datalist id="kle-main-groups">
            {Object.entries(org.kleMainGroups).map(([code, name]) => (
              <option key={code} value={`${code}.00.00`}>
                {`${code} ${name}`}
              </option>
            ))}
          </datalist>
          <SelectField
            id={fieldId(prefix, 'departmentId')}
            label={t('admin.ui.field.department')}
            defaultValue={a?.departmentId ?? ''}
            error={state.errors.departmentId}
          >
            <option value="">{t('admin.ui.choose')}</option>
            {org.departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </SelectField>
          <fieldset className="mt-6">
            <legend className="h4">{t('admin.ui.areas.goalsLegend')}</legend>
            {days('firstContactDays', state.errors)}
            {days('answerDays', state.errors)}
            {days('resolutionDays', state.errors)}
          </fieldset>
          <RadioGroup
            name={fieldId(prefix, 'public')}
            legend={t('admin.ui.areas.publicLegend')}
            defaultValue={a && !a.public ? 'no' : 'yes'}
            error={state.errors.public}
            options={[
              { value: 'yes', label: t('admin.ui.areas.publicYes') },
              { value: 'no', label: t('admin.ui.areas.publicNo') },
            ]}
          />
        </>
      )}
    </AdminForm>
  );
}
