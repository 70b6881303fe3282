// Departments (forvaltninger) with the date each started working with the method, and the teams in them.
import { TextField } from '../../../../web/src/app/fields.js';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import {
  type AdminDepartment,
  type AdminOrganisation,
  type AdminTeam,
  fetchOrganisation,
  namesById,
} from './admin-api.js';
import { AdminForm, AdminPage, DepartmentSelect, EditableTable, fieldId, orNull, saveNamed } from './kit.js';

export function OrganisationPage() {
  return (
    <AdminPage
      titleKey="admin.ui.organisation.title"
      introKey="admin.ui.organisation.intro"
      fetcher={fetchOrganisation}
    >
      {(org, changed) => (
        <>
          <Departments org={org} onSaved={changed} />
          <Teams org={org} onSaved={changed} />
        </>
      )}
    </AdminPage>
  );
}

function Departments({ org, onSaved }: { org: AdminOrganisation; onSaved: (text?: string) => void }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="departments-heading">
      <h2 id="departments-heading">{t('admin.ui.departments.title')}</h2>
      <EditableTable<AdminDepartment>
        caption={t('admin.ui.departments.title')}
        empty={t('admin.ui.departments.empty')}
        rows={org.departments}
        rowName={(d) => d.name}
        columns={[
          { header: t('admin.ui.field.name'), cell: (d) => d.name },
          {
            header: t('admin.ui.field.methodStartedOn'),
            cell: (d) =>
              d.methodStartedOn
                ? formatDate(d.methodStartedOn, locale)
                : t('admin.ui.departments.notStarted'),
          },
        ]}
        form={(d, onDone) => <DepartmentForm department={d} onDone={onDone} />}
        onSaved={onSaved}
      />
    </section>
  );
}

function DepartmentForm(props: { department?: AdminDepartment; onDone: (saved?: string) => void }) {
  const { department: d, onDone } = props;
  const { t } = useI18n();
  const prefix = d ? `department-${d.id}` : 'new-department';
  const send = (v: Record<string, string>) =>
    saveNamed(
      t,
      '/admin/departments',
      d?.id,
      { name: v.name, methodStartedOn: orNull(v.methodStartedOn) },
      onDone,
    );
  return (
    <AdminForm
      prefix={prefix}
      heading={d ? t('admin.ui.departments.editHeading', { name: d.name }) : t('admin.ui.departments.create')}
      submitLabel={d ? t('admin.ui.save') : t('admin.ui.departments.createSubmit')}
      send={send}
      keep={!!d}
      onCancel={d ? () => onDone() : undefined}
    >
      {(state) => (
        <>
          <TextField
            id={fieldId(prefix, 'name')}
            label={t('admin.ui.field.name')}
            defaultValue={d?.name}
            error={state.errors.name}
          />
          <TextField
            id={fieldId(prefix, 'methodStartedOn')}
            type="date"
            label={t('admin.ui.field.methodStartedOn')}
            hint={t('admin.ui.departments.methodHint')}
            optional
            width="input-width-s"
            defaultValue={d?.methodStartedOn ?? ''}
            error={state.errors.methodStartedOn}
          />
        </>
      )}
    </AdminForm>
  );
}

function Teams({ org, onSaved }: { org: AdminOrganisation; onSaved: (text?: string) => void }) {
  const { t } = useI18n();
  const departmentName = namesById(org.departments);
  return (
    <section aria-labelledby="teams-heading" className="mt-8">
      <h2 id="teams-heading">{t('admin.ui.teams.title')}</h2>
      <EditableTable<AdminTeam>
        caption={t('admin.ui.teams.title')}
        empty={t('admin.ui.teams.empty')}
        rows={org.teams}
        rowName={(tm) => tm.name}
        columns={[
          { header: t('admin.ui.field.name'), cell: (tm) => tm.name },
          { header: t('admin.ui.field.department'), cell: (tm) => departmentName.get(tm.departmentId) },
        ]}
        form={(tm, onDone) => <TeamForm team={tm} org={org} onDone={onDone} />}
        onSaved={onSaved}
      />
    </section>
  );
}

function TeamForm(props: { team?: AdminTeam; org: AdminOrganisation; onDone: (saved?: string) => void }) {
  const { team, org, onDone } = props;
  const { t } = useI18n();
  const prefix = team ? `team-${team.id}` : 'new-team';
  // A team stays in the department it was made in; only its name can change.
  const send = (v: Record<string, string>) =>
    saveNamed(
      t,
      '/admin/teams',
      team?.id,
      team ? { name: v.name } : { name: v.name, departmentId: v.departmentId ?? '' },
      onDone,
    );
  return (
    <AdminForm
      prefix={prefix}
      heading={team ? t('admin.ui.teams.editHeading', { name: team.name }) : t('admin.ui.teams.create')}
      submitLabel={team ? t('admin.ui.save') : t('admin.ui.teams.createSubmit')}
      send={send}
      keep={!!team}
      onCancel={team ? () => onDone() : undefined}
    >
      {(state) => (
        <>
          <TextField
            id={fieldId(prefix, 'name')}
            label={t('admin.ui.field.name')}
            defaultValue={team?.name}
            error={state.errors.name}
          />
          {!team && (
            <DepartmentSelect
              id={fieldId(prefix, 'departmentId')}
              departments={org.departments}
              error={state.errors.departmentId}
            />
          )}
        </>
      )}
    </AdminForm>
  );
}
