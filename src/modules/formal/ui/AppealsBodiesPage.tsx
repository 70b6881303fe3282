// The kommune administrator's page: which appeals body (klageinstans) each area's complaints go to. An area
// without a choice uses Ankestyrelsen.
import { type FormEvent, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { type AppealsBodyRow, fetchAppealsBodies, saveAppealsBody } from './formal-api.js';

export function AppealsBodiesPage() {
  const { t } = useI18n();
  usePageTitle(t('formal.ui.bodies.title'), t('app.name'));
  const { load, reload } = useLoad(fetchAppealsBodies);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  const save = async (row: AppealsBodyRow, name: string | null) => {
    setBusy(true);
    setNotice(null);
    try {
      await saveAppealsBody(row.areaCode, name);
      setNotice({ text: t('formal.ui.bodies.saved', { area: row.areaName }), error: false });
      reload();
    } catch (e) {
      setNotice({ text: refusalText(t, e), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('formal.ui.bodies.title')}</h1>
      <p>{t('formal.ui.bodies.intro')}</p>
      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('formal.ui.saving')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && load.data.length === 0 && <p>{t('formal.ui.bodies.empty')}</p>}
      {load.status === 'ready' &&
        load.data.map((row) => <BodyForm key={row.areaCode} row={row} busy={busy} onSave={save} />)}
    </>
  );
}

function BodyForm(props: {
  row: AppealsBodyRow;
  busy: boolean;
  onSave: (row: AppealsBodyRow, name: string | null) => Promise<void>;
}) {
  const { row, busy, onSave } = props;
  const { t } = useI18n();
  const [name, setName] = useState(row.appealsBody ?? '');
  const id = `appeals-body-${row.areaCode}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onSave(row, name.trim() ? name.trim() : null);
  };
  return (
    <form onSubmit={submit} noValidate className="mb-6" aria-labelledby={`${id}-heading`}>
      <h2 className="h3" id={`${id}-heading`}>
        {row.areaName}
      </h2>
      <div className="form-group">
        <label className="form-label" htmlFor={id}>
          {t('formal.ui.bodies.nameFor', { area: row.areaName })}
        </label>
        <span className="form-hint" id={`${id}-hint`}>
          {row.appealsBody ?? t('formal.ui.bodies.default')}
        </span>
        <input
          className="form-input input-width-l"
          id={id}
          name={id}
          type="text"
          maxLength={200}
          value={name}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="d-flex flex-wrap">
        <button type="submit" className="button button-primary mr-4" disabled={busy}>
          {t('formal.ui.bodies.save')}
        </button>
        {row.appealsBody && (
          <button
            type="button"
            className="button button-secondary"
            disabled={busy}
            onClick={() => {
              setName('');
              void onSave(row, null);
            }}
          >
            {t('formal.ui.bodies.reset')}
          </button>
        )}
      </div>
    </form>
  );
}
