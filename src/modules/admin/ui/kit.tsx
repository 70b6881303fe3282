// What every administration page shares: the page frame (heading, intro, loading, failure, the page's notice),
// a table of entities with an edit button per row and the form below it, a form that sends its fields to the
// API and shows the server's per-field errors (with the DKFDS error summary, focused after a refusal).
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, api, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary } from '../../../../web/src/app/ErrorSummary.js';
import { SelectField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { type Load, useLoad } from '../../../../web/src/app/useLoad.js';

type Translate = ReturnType<typeof useI18n>['t'];

/**
 * An administration page: its heading and intro, the loading and failure states, and the page once its data
 * is in. `children` gets the data and `changed`, which shows a message on the page (or clears it) and reloads.
 */
export function AdminPage<T>(props: {
  titleKey: string;
  introKey: string;
  fetcher: () => Promise<T>;
  children: (data: T, changed: (text?: string, error?: boolean) => void, reload: () => void) => ReactNode;
}) {
  const { titleKey, introKey, fetcher, children } = props;
  const { t } = useI18n();
  usePageTitle(t(titleKey), t('app.name'));
  const { load, reload } = useLoad(fetcher);
  const [notice, setNotice] = useState<Notice>(null);
  const changed = (text?: string, error = false) => {
    setNotice(text ? { text, error } : null);
    reload();
  };
  return (
    <>
      <h1 tabIndex={-1}>{t(titleKey)}</h1>
      <p>{t(introKey)}</p>
      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('admin.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      <Loaded load={load}>{(data) => children(data, changed, reload)}</Loaded>
    </>
  );
}

function Loaded<T>({ load, children }: { load: Load<T>; children: (data: T) => ReactNode }) {
  if (load.status === 'failed') return <ErrorAlert text={load.message} />;
  return load.status === 'ready' ? children(load.data) : null;
}

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  className?: string;
}

/**
 * The entities of one kind as a table, an edit button on each row (and any further `actions`), and below it
 * the form: editing the chosen row, or creating a new one. After an edit the form closes and `onSaved` gets
 * its message for the page; a create form keeps saying its own.
 */
export function EditableTable<T extends { id: string }>(props: {
  caption: string;
  empty: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowName: (row: T) => string;
  actions?: (row: T) => ReactNode;
  form: (row: T | undefined, onDone: (text?: string) => void) => ReactNode;
  onSaved: (text?: string) => void;
}) {
  const { caption, empty, columns, rows, rowName, actions, form, onSaved } = props;
  const { t } = useI18n();
  const [editing, setEditing] = useState<T | null>(null);
  const current = editing && rows.find((r) => r.id === editing.id);
  return (
    <>
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{caption}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
                <th scope="col">{t('admin.ui.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  {columns.map((c) => (
                    <td key={c.header} className={c.className}>
                      {c.cell(row)}
                    </td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className={`button button-secondary${actions ? ' mr-3 mb-2' : ''}`}
                      onClick={() => setEditing(row)}
                    >
                      {t('admin.ui.edit')}
                      <span className="sr-only"> {rowName(row)}</span>
                    </button>
                    {actions?.(row)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current ? (
        <div key={current.id}>
          {form(current, (text) => {
            setEditing(null);
            onSaved(text);
          })}
        </div>
      ) : (
        form(undefined, () => onSaved())
      )}
    </>
  );
}

/**
 * Saves a named entity: PATCH `${path}/${id}` when editing, POST `path` when creating. Returns what the create
 * form says ('' after an edit, whose message goes to `onDone` for the page).
 */
export async function saveNamed(
  t: Translate,
  path: string,
  id: string | undefined,
  body: unknown,
  onDone: (text?: string) => void,
): Promise<string> {
  const saved = id
    ? await api<{ name: string }>('PATCH', `${path}/${id}`, body)
    : await api<{ name: string }>('POST', path, body);
  const text = t(id ? 'admin.ui.savedName' : 'admin.ui.createdName', { name: saved.name });
  onDone(id ? text : undefined);
  return id ? '' : text;
}

/** A choice of one of the kommune's departments. */
export function DepartmentSelect(props: {
  id: string;
  departments: readonly { id: string; name: string }[];
  defaultValue?: string;
  error?: string;
}) {
  const { t } = useI18n();
  return (
    <SelectField
      id={props.id}
      label={t('admin.ui.field.department')}
      defaultValue={props.defaultValue ?? ''}
      error={props.error}
    >
      <option value="">{t('admin.ui.choose')}</option>
      {props.departments.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </SelectField>
  );
}

/** A form's field id: the API field name under the form's own prefix, so two forms on a page never clash. */
export const fieldId = (prefix: string, field: string) => `${prefix}-${field}`;

/** The form's values by API field name, read from the fields named `${prefix}-…`. */
export function formValues(form: HTMLFormElement, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) {
    if (name.startsWith(`${prefix}-`) && typeof value === 'string')
      out[name.slice(prefix.length + 1)] = value.trim();
  }
  return out;
}

/** '' → null, for optional choices and texts. */
export const orNull = (v: string | undefined) => (v ? v : null);

export interface AdminFormState {
  errors: Record<string, string>;
  busy: boolean;
}

/**
 * A form of the administration. `send` gets the values by API field name and calls the API; on success the
 * form says what `send` returns (nothing for '') and is reset unless `keep`, on a refusal it shows every field's error.
 */
export function AdminForm(props: {
  prefix: string;
  heading: string;
  submitLabel: string;
  send: (values: Record<string, string>) => Promise<string>;
  keep?: boolean;
  onCancel?: () => void;
  children: (state: AdminFormState) => ReactNode;
}) {
  const { prefix, heading, submitLabel, send, keep, onCancel, children } = props;
  const { t } = useI18n();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const summary = useRef<HTMLDivElement>(null);
  // After a refusal the summary is read first (the DKFDS pattern): focus it once it is on screen.
  useEffect(() => {
    if (Object.keys(errors).length > 0) summary.current?.focus();
  }, [errors]);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    setBusy(true);
    setNotice(null);
    try {
      const done = await send(formValues(form, prefix));
      setErrors({});
      if (!keep) form.reset();
      setNotice(done ? { text: done, error: false } : null);
    } catch (err) {
      if (err instanceof ApiError && err.fields) {
        setErrors(err.fields);
      } else {
        setErrors({});
        setNotice({ text: refusalText(t, err), error: true });
      }
    } finally {
      setBusy(false);
    }
  };

  const items = Object.entries(errors).map(([field, message]) => ({
    target: document.getElementById(fieldId(prefix, field)) ? fieldId(prefix, field) : undefined,
    message,
  }));
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${prefix}-heading`} className="mt-6">
      <h3 id={`${prefix}-heading`}>{heading}</h3>
      <ErrorSummary heading={t('admin.ui.errorSummary')} items={items} level={4} ref={summary} />
      {children({ errors, busy })}
      <div className="d-flex flex-wrap">
        <button type="submit" className="button button-primary mr-4 mt-3" disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button-secondary mt-3" onClick={onCancel}>
            {t('admin.ui.cancel')}
          </button>
        )}
      </div>
      <NoticeRegion notice={notice} className="mt-4" />
    </form>
  );
}
