import { api, refusalText } from '../../../../web/src/app/api.js';
import { ConfirmButton } from '../../../../web/src/app/ConfirmButton.js';
import { TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type AdminSettings, asInteger, fetchSettings } from './admin-api.js';
import { AdminForm, AdminPage, fieldId } from './kit.js';

export function KommunePage() {
  return (
    <AdminPage titleKey="admin.ui.kommune.title" introKey="admin.ui.kommune.intro" fetcher={fetchSettings}>
      {(settings, changed, reload) => (
        <>
          <ClosingDays settings={settings} onChanged={changed} onAdded={reload} />
          <SettingsForm settings={settings} onSaved={reload} />
        </>
      )}
    </AdminPage>
  );
}

function ClosingDays(props: {
  settings: AdminSettings;
  onChanged: (text: string, error: boolean) => void;
  onAdded: () => void;
}) {
  const { settings, onChanged, onAdded } = props;
  const { t, locale } = useI18n();
  const remove = async (date: string) => {
    try {
      await api('DELETE', `/admin/closing-days/${date}`);
      onChanged(t('admin.ui.closingDays.removed', { date: formatDate(date, locale) }), false);
    } catch (e) {
      onChanged(refusalText(t, e), true);
    }
  };
  const prefix = 'closing-day';
  const add = async (v: Record<string, string>) => {
    await api('POST', '/admin/closing-days', { date: v.date ?? '' });
    onAdded();
    return t('admin.ui.closingDays.added', { date: v.date ? formatDate(v.date, locale) : '' });
  };
  return (
    <section aria-labelledby="closing-days-heading">
      <h2 id="closing-days-heading">{t('admin.ui.closingDays.title')}</h2>
      <p>{t('admin.ui.closingDays.intro')}</p>
      {settings.closedDates.length === 0 ? (
        <p>{t('admin.ui.closingDays.empty')}</p>
      ) : (
        <ul className="nobullet-list">
          {settings.closedDates.map((d) => (
            <li key={d} className="d-flex flex-wrap align-items-center mb-3">
              <span className="mr-4">{formatDate(d, locale)}</span>
              <ConfirmButton
                label={t('admin.ui.closingDays.remove', { date: formatDate(d, locale) })}
                question={t('admin.ui.closingDays.confirmRemove', { date: formatDate(d, locale) })}
                confirmLabel={t('admin.ui.closingDays.confirmRemoveYes')}
                onConfirm={() => remove(d)}
              />
            </li>
          ))}
        </ul>
      )}
      <AdminForm
        prefix={prefix}
        heading={t('admin.ui.closingDays.add')}
        submitLabel={t('admin.ui.closingDays.addSubmit')}
        send={add}
      >
        {(state) => (
          <TextField
            id={fieldId(prefix, 'date')}
            type="date"
            label={t('admin.ui.field.date')}
            width="input-width-s"
            error={state.errors.date}
          />
        )}
      </AdminForm>
    </section>
  );
}

function SettingsForm({ settings: s, onSaved }: { settings: AdminSettings; onSaved: () => void }) {
  const { t } = useI18n();
  const prefix = 'settings';
  const send = async (v: Record<string, string>) => {
    await api('PUT', '/admin/settings', {
      name: v.name,
      accessibilityUrl: v.accessibilityUrl,
      closedMonthDays: (v.closedMonthDays ?? '')
        .split(/[\s,]+/)
        .map((x) => x.trim())
        .filter(Boolean),
      delayNoticeDays: asInteger(v.delayNoticeDays),
      retentionYears: asInteger(v.retentionYears),
      retentionMonths: asInteger(v.retentionMonths),
    });
    onSaved();
    return t('admin.ui.saved');
  };
  return (
    <section aria-labelledby="settings-section-heading" className="mt-8">
      <h2 id="settings-section-heading">{t('admin.ui.kommune.settings')}</h2>
      <AdminForm
        prefix={prefix}
        heading={t('admin.ui.kommune.settingsForm')}
        submitLabel={t('admin.ui.save')}
        send={send}
        keep
      >
        {(state) => (
          <>
            <TextField
              id={fieldId(prefix, 'name')}
              label={t('admin.ui.field.kommuneName')}
              defaultValue={s.name}
              error={state.errors.name}
            />
            <TextField
              id={fieldId(prefix, 'accessibilityUrl')}
              type="url"
              label={t('admin.ui.field.accessibilityUrl')}
              defaultValue={s.accessibilityUrl}
              error={state.errors.accessibilityUrl}
            />
            <TextArea
              id={fieldId(prefix, 'closedMonthDays')}
              label={t('admin.ui.field.closedMonthDays')}
              hint={t('admin.ui.kommune.monthDaysHint')}
              defaultValue={s.closedMonthDays.join('\n')}
              optional
              error={state.errors.closedMonthDays}
            />
            <TextField
              id={fieldId(prefix, 'delayNoticeDays')}
              type="number"
              inputMode="numeric"
              label={t('admin.ui.field.delayNoticeDays')}
              hint={t('admin.ui.kommune.delayHint')}
              width="input-width-xs"
              defaultValue={String(s.delayNoticeDays)}
              error={state.errors.delayNoticeDays}
            />
            <fieldset className="mt-6">
              <legend className="h4">{t('admin.ui.kommune.retentionLegend')}</legend>
              <p className="form-hint">{t('admin.ui.kommune.retentionHint')}</p>
              <TextField
                id={fieldId(prefix, 'retentionYears')}
                type="number"
                inputMode="numeric"
                label={t('admin.ui.field.retentionYears')}
                width="input-width-xs"
                defaultValue={String(s.retentionYears)}
                error={state.errors.retentionYears}
              />
              <TextField
                id={fieldId(prefix, 'retentionMonths')}
                type="number"
                inputMode="numeric"
                label={t('admin.ui.field.retentionMonths')}
                width="input-width-xs"
                defaultValue={String(s.retentionMonths)}
                error={state.errors.retentionMonths}
              />
            </fieldset>
          </>
        )}
      </AdminForm>
    </section>
  );
}
