// Users (brugere): the kommune's staff with role, department and team; create one with an initial password,
// change role and placement, set a new password, deactivate (asked first) or reactivate.
import { useCallback, useState } from 'react';
import { api, refusalText } from '../../../../web/src/app/api.js';
import { ConfirmButton } from '../../../../web/src/app/ConfirmButton.js';
import { SelectField, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { useSession } from '../../../../web/src/app/session.js';
import { STAFF_ROLES } from '../roles.js';
import {
  type AdminOrganisation,
  type AdminUser,
  fetchOrganisation,
  fetchUsers,
  namesById,
} from './admin-api.js';
import { AdminForm, type AdminFormState, AdminPage, fieldId, orNull } from './kit.js';

const fetchAll = () => Promise.all([fetchUsers(), fetchOrganisation()]);

export function UsersPage() {
  return (
    <AdminPage titleKey="admin.ui.users.title" introKey="admin.ui.users.intro" fetcher={fetchAll}>
      {([users, org], changed, reload) => (
        <Users users={users.items} org={org} onChanged={changed} reload={reload} />
      )}
    </AdminPage>
  );
}

function Users(props: {
  users: AdminUser[];
  org: AdminOrganisation;
  onChanged: (text?: string, error?: boolean) => void;
  reload: () => void;
}) {
  const { users, org, onChanged, reload } = props;
  const { t } = useI18n();
  const [editing, setEditing] = useState<string | null>(null);
  const user = editing ? users.find((u) => u.id === editing) : undefined;
  return (
    <>
      <UsersTable users={users} org={org} onEdit={setEditing} onChanged={onChanged} />
      {user && (
        <EditUser
          key={user.id}
          user={user}
          org={org}
          onDone={(saved) => {
            setEditing(null);
            if (saved) onChanged(saved);
            else reload();
          }}
        />
      )}
      <h2 className="mt-8">{t('admin.ui.users.create')}</h2>
      <CreateUser org={org} onCreated={reload} />
    </>
  );
}

function UsersTable(props: {
  users: AdminUser[];
  org: AdminOrganisation;
  onEdit: (id: string) => void;
  onChanged: (text: string, error: boolean) => void;
}) {
  const { users, org, onEdit, onChanged } = props;
  const { t } = useI18n();
  const { me } = useSession();
  const departments = namesById(org.departments);
  const teams = namesById(org.teams);

  const setActive = async (u: AdminUser, active: boolean) => {
    try {
      await api('POST', `/admin/users/${u.id}/${active ? 'activate' : 'deactivate'}`);
      onChanged(
        t(active ? 'admin.ui.users.activated' : 'admin.ui.users.deactivated', { name: u.name }),
        false,
      );
    } catch (e) {
      onChanged(refusalText(t, e), true);
    }
  };

  if (users.length === 0) return <p>{t('admin.ui.users.empty')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('admin.ui.users.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.ui.field.name')}</th>
            <th scope="col">{t('admin.ui.field.email')}</th>
            <th scope="col">{t('admin.ui.field.role')}</th>
            <th scope="col">{t('admin.ui.field.department')}</th>
            <th scope="col">{t('admin.ui.field.team')}</th>
            <th scope="col">{t('admin.ui.users.status')}</th>
            <th scope="col">{t('admin.ui.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td className="break-word">{u.email}</td>
              <td>{t(`common.role.${u.role}`)}</td>
              <td>{(u.departmentId && departments.get(u.departmentId)) || t('admin.ui.none')}</td>
              <td>{(u.teamId && teams.get(u.teamId)) || t('admin.ui.none')}</td>
              <td>
                {u.active ? (
                  t('admin.ui.users.active')
                ) : (
                  <span className="badge badge-warning">{t('admin.ui.users.inactive')}</span>
                )}
              </td>
              <td>
                <button
                  type="button"
                  className="button button-secondary mr-3 mb-2"
                  onClick={() => onEdit(u.id)}
                >
                  {t('admin.ui.edit')}
                  <span className="sr-only"> {u.name}</span>
                </button>
                {u.active ? (
                  u.id !== me?.id && (
                    <ConfirmButton
                      label={t('admin.ui.users.deactivate')}
                      question={t('admin.ui.users.confirmDeactivate', { name: u.name })}
                      confirmLabel={t('admin.ui.users.confirmDeactivateYes')}
                      onConfirm={() => setActive(u, false)}
                    />
                  )
                ) : (
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => setActive(u, true)}
                  >
                    {t('admin.ui.users.activate')}
                    <span className="sr-only"> {u.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Role, department and team: the same fields when creating and changing a user. */
function PlacementFields(props: {
  prefix: string;
  org: AdminOrganisation;
  state: AdminFormState;
  user?: AdminUser;
}) {
  const { prefix, org, state, user } = props;
  const { t } = useI18n();
  const departments = namesById(org.departments);
  return (
    <>
      <SelectField
        id={fieldId(prefix, 'role')}
        label={t('admin.ui.field.role')}
        error={state.errors.role}
        defaultValue={user?.role ?? ''}
      >
        <option value="">{t('admin.ui.choose')}</option>
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`common.role.${r}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={fieldId(prefix, 'departmentId')}
        label={t('admin.ui.field.department')}
        hint={t('admin.ui.users.departmentHint')}
        optional
        error={state.errors.departmentId}
        defaultValue={user?.departmentId ?? ''}
      >
        <option value="">{t('admin.ui.none')}</option>
        {org.departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={fieldId(prefix, 'teamId')}
        label={t('admin.ui.field.team')}
        hint={t('admin.ui.users.teamHint')}
        optional
        error={state.errors.teamId}
        defaultValue={user?.teamId ?? ''}
      >
        <option value="">{t('admin.ui.none')}</option>
        {org.departments.map((d) => (
          <optgroup key={d.id} label={departments.get(d.id) ?? ''}>
            {org.teams
              .filter((tm) => tm.departmentId === d.id)
              .map((tm) => (
                <option key={tm.id} value={tm.id}>
                  {tm.name}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
    </>
  );
}

function CreateUser({ org, onCreated }: { org: AdminOrganisation; onCreated: () => void }) {
  const { t } = useI18n();
  const prefix = 'new-user';
  const send = useCallback(
    async (v: Record<string, string>) => {
      const user = await api<AdminUser>('POST', '/admin/users', {
        name: v.name,
        email: v.email,
        role: v.role,
        departmentId: orNull(v.departmentId),
        teamId: orNull(v.teamId),
        password: v.password,
      });
      onCreated();
      return t('admin.ui.users.created', { name: user.name });
    },
    [onCreated, t],
  );
  return (
    <AdminForm
      prefix={prefix}
      heading={t('admin.ui.users.createHeading')}
      submitLabel={t('admin.ui.users.createSubmit')}
      send={send}
    >
      {(state) => (
        <>
          <TextField
            id={fieldId(prefix, 'name')}
            label={t('admin.ui.field.name')}
            error={state.errors.name}
          />
          <TextField
            id={fieldId(prefix, 'email')}
            type="email"
            label={t('admin.ui.field.email')}
            hint={t('admin.ui.users.emailHint')}
            error={state.errors.email}
          />
          <PlacementFields prefix={prefix} org={org} state={state} />
          <TextField
            id={fieldId(prefix, 'password')}
            type="password"
            autoComplete="new-password"
            label={t('admin.ui.field.password')}
            hint={t('admin.ui.users.passwordHint')}
            error={state.errors.password}
          />
        </>
      )}
    </AdminForm>
  );
}

function EditUser(props: { user: AdminUser; org: AdminOrganisation; onDone: (saved?: string) => void }) {
  const { user, org, onDone } = props;
  const { t } = useI18n();
  const prefix = `user-${user.id}`;
  const send = async (v: Record<string, string>) => {
    await api('PATCH', `/admin/users/${user.id}`, {
      name: v.name,
      role: v.role,
      departmentId: orNull(v.departmentId),
      teamId: orNull(v.teamId),
    });
    onDone(t('admin.ui.savedName', { name: v.name || user.name }));
    return '';
  };
  const setPassword = async (v: Record<string, string>) => {
    await api('PUT', `/admin/users/${user.id}/password`, { password: v.password });
    return t('admin.ui.users.passwordSet', { name: user.name });
  };
  return (
    <section aria-labelledby={`${prefix}-heading`} className="mt-6">
      <AdminForm
        prefix={prefix}
        heading={t('admin.ui.users.editHeading', { name: user.name })}
        submitLabel={t('admin.ui.save')}
        send={send}
        keep
        onCancel={() => onDone()}
      >
        {(state) => (
          <>
            <TextField
              id={fieldId(prefix, 'name')}
              label={t('admin.ui.field.name')}
              defaultValue={user.name}
              error={state.errors.name}
            />
            <PlacementFields prefix={prefix} org={org} state={state} user={user} />
          </>
        )}
      </AdminForm>
      <AdminForm
        prefix={`${prefix}-pw`}
        heading={t('admin.ui.users.passwordHeading', { name: user.name })}
        submitLabel={t('admin.ui.users.passwordSubmit')}
        send={setPassword}
      >
        {(state) => (
          <TextField
            id={fieldId(`${prefix}-pw`, 'password')}
            type="password"
            autoComplete="new-password"
            label={t('admin.ui.field.newPassword')}
            hint={t('admin.ui.users.passwordSetHint')}
            error={state.errors.password}
          />
        )}
      </AdminForm>
    </section>
  );
}
