// Import of decision volumes (afgørelser per område og måned): a CSV file or pasted text; every bad line is
// listed with its number, and nothing is imported when any line is bad.
import { useState } from 'react';
import { ApiError, api, refusalText } from '../../../../web/src/app/api.js';
import { TextArea } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';

export function DecisionsPage() {
  const { t } = useI18n();
  usePageTitle(t('surveys.ui.decisions.title'), t('app.name'));
  const [csv, setCsv] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [lines, setLines] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (file) setCsv(await file.text());
  };
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setLines([]);
    if (csv.trim() === '') {
      setNotice({ text: t('surveys.ui.decisions.required'), error: true });
      return;
    }
    setBusy(true);
    try {
      const out = await api<{ imported: number }>('POST', '/decision-volumes/import', { csv });
      setNotice({ text: t('surveys.ui.decisions.imported', { count: out.imported }), error: false });
    } catch (err) {
      if (err instanceof ApiError && err.fields) {
        setNotice(null);
        setLines(Object.values(err.fields));
        document.getElementById('import-errors')?.focus();
      } else setNotice({ text: refusalText(t, err), error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1 tabIndex={-1}>{t('surveys.ui.decisions.title')}</h1>
      <p>{t('surveys.ui.decisions.intro')}</p>
      <NoticeRegion notice={notice} className="mt-5" />
      {lines.length > 0 && (
        <div className="alert alert-error" role="alert" id="import-errors" tabIndex={-1}>
          <div className="alert-body">
            <p className="alert-heading">{t('surveys.ui.decisions.errors')}</p>
            <ul className="alert-text">
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <div className="form-group">
          <label className="form-label" htmlFor="decisions-file">
            {t('surveys.ui.decisions.file')}
          </label>
          <input
            id="decisions-file"
            className="form-file-input"
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => onFile(e.target.files?.[0])}
          />
        </div>
        <TextArea
          id="decisions-csv"
          label={t('surveys.ui.decisions.text')}
          optional
          rows={8}
          value={csv}
          onChange={setCsv}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('surveys.ui.sending') : t('surveys.ui.decisions.submit')}
        </button>
      </form>
    </>
  );
}
