// The contact directory: per department, or per area where it differs, the phone number and its phone hours,
// e-mail and address. Citizens see it on the kommune's home page; the missed-call message names the number.
import { api, refusalText } from '../../../../web/src/app/api.js';
import { ConfirmButton } from '../../../../web/src/app/ConfirmButton.js';
import { SelectField, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import {
  type AdminContact,
  type AdminOrganisation,
  fetchContacts,
  fetchOrganisation,
  namesById,
} from './admin-api.js';
import { AdminForm, type AdminFormState, AdminPage, EditableTable, fieldId, orNull } from './kit.js';

const fetchAll = () => Promise.all([fetchContacts(), fetchOrganisation()]);

export function ContactsPage() {
  return (
    <AdminPage titleKey="admin.ui.contacts.title" introKey="admin.ui.contacts.intro" fetcher={fetchAll}>
      {([contacts, org], changed) => (
        <ContactsTable contacts={contacts.items} org={org} onChanged={changed} />
      )}
    </AdminPage>
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
  onChanged: (text?: string, error?: boolean) => void;
}) {
  const { contacts, org, onChanged } = props;
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
  const orNone = (v: string | null) => v ?? t('admin.ui.none');
  return (
    <EditableTable<AdminContact>
      caption={t('admin.ui.contacts.title')}
      empty={t('admin.ui.contacts.empty')}
      rows={contacts}
      rowName={targetName}
      columns={[
        {
          header: t('admin.ui.contacts.for'),
          cell: (c) => (
            <>
              {targetName(c)}
              <br />
              <span className="form-hint">
                {t(c.areaId ? 'admin.ui.contacts.area' : 'admin.ui.contacts.department')}
              </span>
            </>
          ),
        },
        { header: t('admin.ui.field.phone'), cell: (c) => orNone(c.phone) },
        { header: t('admin.ui.field.openingHours'), cell: (c) => orNone(c.openingHours) },
        { header: t('admin.ui.field.email'), cell: (c) => orNone(c.email), className: 'break-word' },
        { header: t('admin.ui.field.address'), cell: (c) => orNone(c.address) },
      ]}
      actions={(c) => (
        <ConfirmButton
          label={t('admin.ui.remove')}
          question={t('admin.ui.contacts.confirmRemove', { name: targetName(c) })}
          confirmLabel={t('admin.ui.contacts.confirmRemoveYes')}
          onConfirm={() => remove(c)}
        />
      )}
      form={(c, onDone) => <ContactForm contact={c} org={org} onDone={onDone} />}
      onSaved={onChanged}
    />
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
