// Case search (sagssøgning): any case the staff member may read, closed ones too. The purpose is asked every time,
// as the search is a use of personal data and is logged with it. Refused fields are shown at each field and in the
// error summary, which takes focus (the DKFDS pattern); the result is announced in a live region.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary, type SummaryItem } from '../../../../web/src/app/ErrorSummary.js';
import { TextField } from '../../../../web/src/app/fields.js';
import { formatDate, formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { SEARCH_PURPOSE_MAX, SEARCH_TERM_MAX } from '../../../core/search.js';
import { kindLabel, stateLabel } from './labels.js';
import { type SearchResult, searchCases } from './search-api.js';

const FIELDS = ['q', 'purpose'] as const;

type Found = { status: 'idle' } | { status: 'searching' } | { status: 'ready'; result: SearchResult };

export function SearchPage() {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const [purpose, setPurpose] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [found, setFound] = useState<Found>({ status: 'idle' });
  const [refusals, setRefusals] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  usePageTitle(t('dialogue.search.title'), t('app.name'));

  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (found.status === 'searching') return;
    setFound({ status: 'searching' });
    try {
      const result = await searchCases(q.trim(), purpose.trim());
      setErrors({});
      setFormError(null);
      setFound({ status: 'ready', result });
    } catch (err) {
      const fields = err instanceof ApiError && err.status === 400 ? (err.fields ?? {}) : {};
      setErrors(fields);
      setFormError(Object.keys(fields).length > 0 ? null : refusalText(t, err));
      setFound({ status: 'idle' });
      setRefusals((n) => n + 1);
    }
  };

  const items: SummaryItem[] = [
    ...(formError ? [{ message: formError }] : []),
    ...FIELDS.filter((f) => errors[f]).map((f) => ({ target: f, message: errors[f] ?? '' })),
  ];
  const result = found.status === 'ready' ? found.result : null;

  return (
    <>
      <h1 tabIndex={-1}>{t('dialogue.search.title')}</h1>
      <p className="font-lead">{t('dialogue.search.intro')}</p>
      <ErrorSummary ref={summary} heading={t('dialogue.search.errorHeading')} items={items} />
      <form onSubmit={submit} noValidate>
        <TextField
          id="q"
          label={t('dialogue.search.q')}
          hint={t('dialogue.search.qHint')}
          type="search"
          width="input-width-l"
          maxLength={SEARCH_TERM_MAX}
          value={q}
          onChange={setQ}
          error={errors.q}
        />
        <TextField
          id="purpose"
          label={t('dialogue.search.purpose')}
          hint={t('dialogue.search.purposeHint')}
          width="input-width-l"
          maxLength={SEARCH_PURPOSE_MAX}
          value={purpose}
          onChange={setPurpose}
          error={errors.purpose}
        />
        <button type="submit" className="button button-primary" disabled={found.status === 'searching'}>
          {t('dialogue.search.submit')}
        </button>
      </form>

      <div role="status" aria-live="polite" className="mt-6">
        {found.status === 'searching' && <Loading text={t('dialogue.search.searching')} inLiveRegion />}
        {result && (
          <>
            <h2>{t('dialogue.search.resultsHeading')}</h2>
            <p>
              {t(`dialogue.search.by.${result.by}`)}{' '}
              {result.items.length === 0
                ? t('dialogue.search.none')
                : result.items.length === 1
                  ? t('dialogue.search.countOne')
                  : t('dialogue.search.count', { count: result.items.length })}
            </p>
            {result.more && <p>{t('dialogue.search.more', { count: result.items.length })}</p>}
          </>
        )}
      </div>
      {result && result.items.length > 0 && (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption className="sr-only">{t('dialogue.search.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dialogue.ui.queue.col.caseNumber')}</th>
                <th scope="col">{t('dialogue.ui.queue.col.kind')}</th>
                <th scope="col">{t('dialogue.ui.queue.col.state')}</th>
                <th scope="col">{t('dialogue.ui.queue.col.citizen')}</th>
                <th scope="col">{t('dialogue.ui.queue.col.area')}</th>
                <th scope="col">{t('dialogue.ui.queue.col.received')}</th>
                <th scope="col">{t('dialogue.search.col.closed')}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((c) => (
                <tr key={c.caseNumber}>
                  <th scope="row">
                    <Link to={`/sager/${encodeURIComponent(c.caseNumber)}`}>{c.caseNumber}</Link>
                  </th>
                  <td>{kindLabel(t, c.kind)}</td>
                  <td>{stateLabel(t, c.state)}</td>
                  <td>{c.citizenName}</td>
                  <td>{c.area.name}</td>
                  <td>{formatDate(c.receivedOn, locale)}</td>
                  <td>{c.closedAt ? formatDateTime(c.closedAt, locale) : t('dialogue.search.notClosed')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
