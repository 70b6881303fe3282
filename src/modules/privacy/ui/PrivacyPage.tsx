// Data protection (databeskyttelse), for the kommune's administrator: the retention dry run with "anonymise now",
// and a citizen's access request (download) and erasure, found by a case number. Every action is audited by
// the API.
import { type FormEvent, useState } from 'react';
import { api, refusalText } from '../../../../web/src/app/api.js';
import { TextField } from '../../../../web/src/app/fields.js';
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';

interface RetentionReport {
  kommuner: { retentionYears: number; retentionMonths: number; due: number }[];
  cases: { caseNumber: string; closedAt: string; keptUntil: string }[];
  anonymised: { cases: number; citizens: number };
}

interface CitizenMatch {
  id: string;
  name: string;
  cases: number;
}

interface Erasure {
  message: string;
  cases: { caseNumber: string; outcome: string; reasonText: string | null }[];
}

const fetchRetention = () => api<RetentionReport>('GET', '/privacy/retention');

export function PrivacyPage() {
  const { t } = useI18n();
  usePageTitle(t('privacy.ui.title'), t('app.name'));
  return (
    <>
      <h1 tabIndex={-1}>{t('privacy.ui.title')}</h1>
      <RetentionSection />
      <RightsSection />
    </>
  );
}

function RetentionSection() {
  const { t, locale } = useI18n();
  const { load, reload } = useLoad(fetchRetention);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const done = await api<RetentionReport>('POST', '/privacy/retention/run');
      setNotice({ text: t('privacy.ui.retention.done', done.anonymised), error: false });
    } catch (e) {
      setNotice({ text: refusalText(t, e), error: true });
    } finally {
      setBusy(false);
      reload();
    }
  };

  const kommune = load.status === 'ready' ? load.data.kommuner[0] : undefined;
  return (
    <section aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('privacy.ui.retention.title')}</h2>
      <p>{t('privacy.ui.retention.intro')}</p>
      <NoticeRegion notice={notice}>
        {load.status === 'loading' && <Loading text={t('privacy.ui.loading')} inLiveRegion />}
      </NoticeRegion>
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && kommune && (
        <>
          <p>
            {t('privacy.ui.retention.period', {
              years: kommune.retentionYears,
              months: kommune.retentionMonths,
            })}
          </p>
          <p>
            {kommune.due === 0
              ? t('privacy.ui.retention.none')
              : t('privacy.ui.retention.due', { count: kommune.due })}
          </p>
          {load.data.cases.length > 0 && (
            <div className="table--responsive-scroll">
              <table className="table table--compact">
                <caption className="sr-only">{t('privacy.ui.retention.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('privacy.ui.retention.caseNumber')}</th>
                    <th scope="col">{t('privacy.ui.retention.closedAt')}</th>
                    <th scope="col">{t('privacy.ui.retention.keptUntil')}</th>
                  </tr>
                </thead>
                <tbody>
                  {load.data.cases.map((c) => (
                    <tr key={c.caseNumber}>
                      <td>{c.caseNumber}</td>
                      <td>{formatDateTime(c.closedAt, locale)}</td>
                      <td>{formatDateTime(c.keptUntil, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <button
            type="button"
            className="button button-primary"
            onClick={run}
            disabled={busy || kommune.due === 0}
          >
            {t('privacy.ui.retention.run')}
          </button>
        </>
      )}
    </section>
  );
}

function RightsSection() {
  const { t } = useI18n();
  const [caseNumber, setCaseNumber] = useState('');
  const [matches, setMatches] = useState<CitizenMatch[] | null>(null);
  const [erasure, setErasure] = useState<Erasure | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [error, setError] = useState<string | undefined>();

  const search = async (e: FormEvent) => {
    e.preventDefault();
    setNotice(null);
    setErasure(null);
    setError(undefined);
    try {
      setMatches(
        await api<CitizenMatch[]>('POST', '/privacy/citizens/search', { caseNumber: caseNumber.trim() }),
      );
    } catch (err) {
      setMatches(null);
      setError(refusalText(t, err));
    }
  };

  const download = async (c: CitizenMatch) => {
    setNotice(null);
    try {
      const data = await api<unknown>('GET', `/privacy/citizens/${c.id}/export`);
      const url = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = `indsigt-${c.id}.json`;
      link.click();
      URL.revokeObjectURL(url);
      setNotice({ text: t('privacy.ui.rights.exported'), error: false });
    } catch (err) {
      setNotice({ text: refusalText(t, err), error: true });
    }
  };

  const erase = async (c: CitizenMatch) => {
    setNotice(null);
    try {
      const result = await api<Erasure>('POST', `/privacy/citizens/${c.id}/erasure`);
      setErasure(result);
      setNotice({ text: result.message, error: false });
    } catch (err) {
      setNotice({ text: refusalText(t, err), error: true });
    }
  };

  return (
    <section aria-labelledby="rights-heading" className="mt-8">
      <h2 id="rights-heading">{t('privacy.ui.rights.title')}</h2>
      <p>{t('privacy.ui.rights.intro')}</p>
      <form onSubmit={search} noValidate>
        <TextField
          id="privacy-case-number"
          label={t('privacy.ui.rights.caseNumber')}
          hint={t('privacy.ui.rights.caseNumberHint')}
          error={error}
          value={caseNumber}
          onChange={setCaseNumber}
          width="input-width-m"
        />
        <button type="submit" className="button button-secondary">
          {t('privacy.ui.rights.search')}
        </button>
      </form>
      <NoticeRegion notice={notice} className="mt-5">
        {matches && matches.length === 0 && <p>{t('privacy.ui.rights.noMatch')}</p>}
      </NoticeRegion>
      {matches && matches.length > 0 && (
        <ul className="nobullet-list">
          {matches.map((c) => (
            <li key={c.id} className="mt-5">
              <strong>{c.name || t('privacy.ui.rights.anonymousName')}</strong>,{' '}
              {t('privacy.ui.rights.cases', { count: c.cases })}
              <div className="mt-3">
                <button type="button" className="button button-secondary" onClick={() => download(c)}>
                  {t('privacy.ui.rights.export')}
                </button>{' '}
                <button type="button" className="button button-secondary" onClick={() => erase(c)}>
                  {t('privacy.ui.rights.erase')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {erasure && (
        <ul>
          {erasure.cases.map((c) => (
            <li key={c.caseNumber}>
              {c.caseNumber}:{' '}
              {c.outcome === 'kept' ? t('privacy.ui.rights.kept') : t('privacy.ui.rights.anonymised')}
              {c.reasonText && <>. {c.reasonText}</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
