// The contact directory: per department, or per area where it differs, the phone number and its phone hours,
// e-mail and address. Citizens see it on the kommune's home page; the missed-call message names the number.
import { useState } from 'react';
import { api, refusalText } from '../../../../web/src/app/api.js';
import { SelectField, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import {
  type AdminContact,
  type AdminOrganisation,
  fetchContacts,
  fetchOrganisation,
  namesById,
} from './admin-api.js';
import { AdminForm, type AdminFormState, ConfirmButton, fieldId, orNull } from './kit.js';

const fetchAll = () => Promise.all([fetchContacts(), fetchOrganisation()]);

export function ContactsPage() {
  const { t } = useI18n();
  usePageTitle(t('admin.ui.contacts.title'), t('app.name'));
  const { load, reload } = useLoad(fetchAll);
  const [notice, setNotice] = useState<Notice>(null);
  const [editing, setEditing] = useState<AdminContact | null>(null);
  const changed = (text?: string, error = false) => {
    setNotice(text ? { text, error } : null);
    reload();
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('admin.ui.contacts.title')}</h1>
      <p>{t('admin.ui.contacts.intro')}</p>
      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('admin.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <ContactsTable
            contacts={load.data[0].items}
            org={load.data[1]}
            onEdit={setEditing}
            onChanged={changed}
          />
          {editing ? (
            <ContactForm
              key={editing.id}
              contact={editing}
              org={load.data[1]}
              onDone={(text) => {
                setEditing(null);
                changed(text);
              }}
            />
          ) : (
            <ContactForm org={load.data[1]} onDone={() => changed()} />
          )}
        </>
      )}
    </>
  );
}

function useTargetName(org: AdminOrganisation) {
  const departments = namesById(org.departments);
  const areas = namesById(org.areas);
  return (c: AdminContact) =>
    (c.areaId ? areas.get(c.areaId) : c.departmentId ? departments.get(c.departmentId) : '') ?? '';
}

function ContactsTable(props: {
  contacts: AdminContact[];
  org: AdminOrganisation;
  onEdit: (c: AdminContact) => void;
  onChanged: (text?: string, error?: boolean) => void;
}) {
  const { contacts, org, onEdit, onChanged } = props;
  const { t } = useI18n();
  const targetName = useTargetName(org);
  const remove = async (c: AdminContact) => {
    try {
      await api('DELETE', `/admin/contacts/${c.id}`);
      onChanged(t('admin.ui.contacts.removed', { name: targetName(c) }));
    } catch (e) {
      onChanged(refusalText(t, e), true);
    }
  };
  if (contacts.length === 0) return <p>{t('admin.ui.contacts.empty')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption className="sr-only">{t('admin.ui.contacts.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.ui.contacts.for')}</th>
            <th scope="col">{t('admin.ui.field.phone')}</th>
            <th scope="col">{t('admin.ui.field.openingHours')}</th>
            <th scope="col">{t('admin.ui.field.email')}</th>
            <th scope="col">{t('admin.ui.field.address')}</th>
            <th scope="col">{t('admin.ui.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((c) => (
            <tr key={c.id}>
              <td>
                {targetName(c)}
                <br />
                <span className="form-hint">
                  {t(c.areaId ? 'admin.ui.contacts.area' : 'admin.ui.contacts.department')}
                </span>
              </td>
              <td>{c.phone ?? t('admin.ui.none')}</td>
              <td>{c.openingHours ?? t('admin.ui.none')}</td>
              <td className="break-word">{c.email ?? t('admin.ui.none')}</td>
              <td>{c.address ?? t('admin.ui.none')}</td>
              <td>
                <button type="button" className="button button-secondary mr-3 mb-2" onClick={() => onEdit(c)}>
                  {t('admin.ui.edit')}
                  <span className="sr-only"> {targetName(c)}</span>
                </button>
                <ConfirmButton
                  label={t('admin.ui.remove')}
                  question={t('admin.ui.contacts.confirmRemove', { name: targetName(c) })}
                  confirmLabel={t('admin.ui.contacts.confirmRemoveYes')}
                  onConfirm={() => remove(c)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DetailFields({
  prefix,
  contact: c,
  state,
}: {
  prefix: string;
  contact?: AdminContact;
  state: AdminFormState;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id={fieldId(prefix, 'phone')}
        type="tel"
        label={t('admin.ui.field.phone')}
        hint={t('admin.ui.contacts.phoneHint')}
        optional
        width="input-width-s"
        defaultValue={c?.phone ?? ''}
        error={state.errors.phone}
      />
      <TextField
        id={fieldId(prefix, 'openingHours')}
        label={t('admin.ui.field.openingHours')}
        hint={t('admin.ui.contacts.hoursHint')}
        optional
        defaultValue={c?.openingHours ?? ''}
        error={state.errors.openingHours}
      />
      <TextField
        id={fieldId(prefix, 'email')}
        type="email"
        label={t('admin.ui.field.email')}
        optional
        defaultValue={c?.email ?? ''}
        error={state.errors.email}
      />
      <TextField
        id={fieldId(prefix, 'address')}
        label={t('admin.ui.field.address')}
        optional
        defaultValue={c?.address ?? ''}
        error={state.errors.address}
      />
    </>
  );
}

function ContactForm(props: {
  contact?: AdminContact;
  org: AdminOrganisation;
  onDone: (saved?: string) => void;
}) {
  const { contact: c, org, onDone } = props;
  const { t } = useI18n();
  const targetName = useTargetName(org);
  const prefix = c ? `contact-${c.id}` : 'new-contact';
  const send = async (v: Record<string, string>) => {
    const details = {
      phone: orNull(v.phone),
      openingHours: orNull(v.openingHours),
      email: orNull(v.email),
      address: orNull(v.address),
    };
    if (c) {
      await api('PUT', `/admin/contacts/${c.id}`, details);
      onDone(t('admin.ui.savedName', { name: targetName(c) }));
      return '';
    }
    // One select for both kinds of target: 'department:<id>' or 'area:<id>'.
    const [kind, id] = (v.target ?? '').split(':');
    await api('POST', '/admin/contacts', {
      departmentId: kind === 'department' ? id : null,
      areaId: kind === 'area' ? id : null,
      ...details,
    });
    onDone();
    return t('admin.ui.contacts.created');
  };
  return (
    <AdminForm
      prefix={prefix}
      heading={
        c ? t('admin.ui.contacts.editHeading', { name: targetName(c) }) : t('admin.ui.contacts.create')
      }
      submitLabel={c ? t('admin.ui.save') : t('admin.ui.contacts.createSubmit')}
      send={send}
      keep={!!c}
      onCancel={c ? () => onDone() : undefined}
    >
      {(state) => (
        <>
          {!c && (
            <SelectField
              id={fieldId(prefix, 'target')}
              label={t('admin.ui.contacts.for')}
              hint={t('admin.ui.contacts.forHint')}
              error={state.errors.departmentId ?? state.errors.areaId}
              defaultValue=""
            >
              <option value="">{t('admin.ui.choose')}</option>
              <optgroup label={t('admin.ui.contacts.departments')}>
                {org.departments.map((d) => (
                  <option key={d.id} value={`department:${d.id}`}>
                    {d.name}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t('admin.ui.contacts.areas')}>
                {org.areas.map((a) => (
                  <option key={a.id} value={`area:${a.id}`}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            </SelectField>
          )}
          <DetailFields prefix={prefix} contact={c} state={state} />
        </>
      )}
    </AdminForm>
  );
}
