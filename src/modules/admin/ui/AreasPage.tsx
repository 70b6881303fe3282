// Areas (fagområder): name, code, KLE number (one of KL's main groups), department, and the service goals in
// working days — first contact (the call-back date a new case gets), resolution and a written answer.
import { RadioGroup, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import {
  type AdminArea,
  type AdminOrganisation,
  asInteger,
  fetchOrganisation,
  namesById,
} from './admin-api.js';
import { AdminForm, AdminPage, DepartmentSelect, EditableTable, fieldId, saveNamed } from './kit.js';

export function AreasPage() {
  return (
    <AdminPage titleKey="admin.ui.areas.title" introKey="admin.ui.areas.intro" fetcher={fetchOrganisation}>
      {(org, changed) => <AreasTable org={org} onSaved={changed} />}
    </AdminPage>
  );
}

function AreasTable({ org, onSaved }: { org: AdminOrganisation; onSaved: (text?: string) => void }) {
  const { t } = useI18n();
  const departments = namesById(org.departments);
  return (
    <EditableTable<AdminArea>
      caption={t('admin.ui.areas.title')}
      empty={t('admin.ui.areas.empty')}
      rows={org.areas}
      rowName={(a) => a.name}
      columns={[
        {
          header: t('admin.ui.field.name'),
          cell: (a) => (
            <>
              {a.name}
              <br />
              <span className="form-hint">{a.code}</span>
            </>
          ),
        },
        { header: t('admin.ui.field.kleNumber'), cell: (a) => a.kleNumber },
        { header: t('admin.ui.field.department'), cell: (a) => departments.get(a.departmentId) },
        {
          header: t('admin.ui.areas.goals'),
          cell: (a) =>
            t('admin.ui.areas.goalsShort', {
              contact: a.firstContactDays,
              answer: a.answerDays,
              resolution: a.resolutionDays,
            }),
        },
        { header: t('admin.ui.areas.public'), cell: (a) => t(a.public ? 'admin.ui.yes' : 'admin.ui.no') },
      ]}
      form={(a, onDone) => <AreaForm area={a} org={org} onDone={onDone} />}
      onSaved={onSaved}
    />
  );
}

function AreaForm(props: { area?: AdminArea; org: AdminOrganisation; onDone: (saved?: string) => void }) {
  const { area: a, org, onDone } = props;
  const { t } = useI18n();
  const prefix = a ? `area-${a.id}` : 'new-area';
  const send = (v: Record<string, string>) => {
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
    return saveNamed(t, '/admin/areas', a?.id, body, onDone);
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
          <DepartmentSelect
            id={fieldId(prefix, 'departmentId')}
            departments={org.departments}
            defaultValue={a?.departmentId}
            error={state.errors.departmentId}
          />
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
