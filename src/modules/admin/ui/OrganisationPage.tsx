// Departments (forvaltninger) with the date each started working with the method, and the teams in them.
import { useState } from 'react';
import { api } from '../../../../web/src/app/api.js';
import { SelectField, TextField } from '../../../../web/src/app/fields.js';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import {
  type AdminDepartment,
  type AdminOrganisation,
  type AdminTeam,
  fetchOrganisation,
} from './admin-api.js';
import { AdminForm, fieldId, orNull } from './kit.js';

export function OrganisationPage() {
  const { t } = useI18n();
  usePageTitle(t('admin.ui.organisation.title'), t('app.name'));
  const { load, reload } = useLoad(fetchOrganisation);
  const [notice, setNotice] = useState<Notice>(null);
  /** After a change: an edit form closes and its message moves to the page; a create form says it itself. */
  const saved = (text?: string) => {
    setNotice(text ? { text, error: false } : null);
    reload();
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('admin.ui.organisation.title')}</h1>
      <p>{t('admin.ui.organisation.intro')}</p>
      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('admin.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <Departments org={load.data} onSaved={saved} />
          <Teams org={load.data} onSaved={saved} />
        </>
      )}
    </>
  );
}

function Departments({ org, onSaved }: { org: AdminOrganisation; onSaved: (text?: string) => void }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState<AdminDepartment | null>(null);
  return (
    <section aria-labelledby="departments-heading">
      <h2 id="departments-heading">{t('admin.ui.departments.title')}</h2>
      {org.departments.length === 0 ? (
        <p>{t('admin.ui.departments.empty')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t('admin.ui.departments.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.ui.field.name')}</th>
                <th scope="col">{t('admin.ui.field.methodStartedOn')}</th>
                <th scope="col">{t('admin.ui.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {org.departments.map((d) => (
                <tr key={d.id}>
                  <td>{d.name}</td>
                  <td>
                    {d.methodStartedOn
                      ? formatDate(d.methodStartedOn, locale)
                      : t('admin.ui.departments.notStarted')}
                  </td>
                  <td>
                    <button type="button" className="button button-secondary" onClick={() => setEditing(d)}>
                      {t('admin.ui.edit')}
                      <span className="sr-only"> {d.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <DepartmentForm
          key={editing.id}
          department={editing}
          onDone={(text) => {
            setEditing(null);
            onSaved(text);
          }}
        />
      ) : (
        <DepartmentForm onDone={() => onSaved()} />
      )}
    </section>
  );
}

function DepartmentForm(props: { department?: AdminDepartment; onDone: (saved?: string) => void }) {
  const { department: d, onDone } = props;
  const { t } = useI18n();
  const prefix = d ? `department-${d.id}` : 'new-department';
  const send = async (v: Record<string, string>) => {
    const body = { name: v.name, methodStartedOn: orNull(v.methodStartedOn) };
    const saved = d
      ? await api<AdminDepartment>('PATCH', `/admin/departments/${d.id}`, body)
      : await api<AdminDepartment>('POST', '/admin/departments', body);
    const text = t(d ? 'admin.ui.savedName' : 'admin.ui.createdName', { name: saved.name });
    onDone(d ? text : undefined);
    return d ? '' : text;
  };
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
  const [editing, setEditing] = useState<AdminTeam | null>(null);
  const departmentName = new Map(org.departments.map((d) => [d.id, d.name]));
  return (
    <section aria-labelledby="teams-heading" className="mt-8">
      <h2 id="teams-heading">{t('admin.ui.teams.title')}</h2>
      {org.teams.length === 0 ? (
        <p>{t('admin.ui.teams.empty')}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t('admin.ui.teams.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.ui.field.name')}</th>
                <th scope="col">{t('admin.ui.field.department')}</th>
                <th scope="col">{t('admin.ui.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {org.teams.map((tm) => (
                <tr key={tm.id}>
                  <td>{tm.name}</td>
                  <td>{departmentName.get(tm.departmentId)}</td>
                  <td>
                    <button type="button" className="button button-secondary" onClick={() => setEditing(tm)}>
                      {t('admin.ui.edit')}
                      <span className="sr-only"> {tm.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <TeamForm
          key={editing.id}
          team={editing}
          org={org}
          onDone={(text) => {
            setEditing(null);
            onSaved(text);
          }}
        />
      ) : (
        <TeamForm org={org} onDone={() => onSaved()} />
      )}
    </section>
  );
}

function TeamForm(props: { team?: AdminTeam; org: AdminOrganisation; onDone: (saved?: string) => void }) {
  const { team, org, onDone } = props;
  const { t } = useI18n();
  const prefix = team ? `team-${team.id}` : 'new-team';
  const send = async (v: Record<string, string>) => {
    const saved = team
      ? await api<AdminTeam>('PATCH', `/admin/teams/${team.id}`, { name: v.name })
      : await api<AdminTeam>('POST', '/admin/teams', { name: v.name, departmentId: v.departmentId ?? '' });
    const text = t(team ? 'admin.ui.savedName' : 'admin.ui.createdName', { name: saved.name });
    onDone(team ? text : undefined);
    return team ? '' : text;
  };
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
            <SelectField
              id={fieldId(prefix, 'departmentId')}
              label={t('admin.ui.field.department')}
              error={state.errors.departmentId}
              defaultValue=""
            >
              <option value="">{t('admin.ui.choose')}</option>
              {org.departments.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </SelectField>
          )}
        </>
      )}
    </AdminForm>
  );
}
