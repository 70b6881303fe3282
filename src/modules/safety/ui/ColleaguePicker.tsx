// Naming the staff exposed in an incident: the people chosen are listed, each with a remove button, and
// colleagues of the kommune are found by a part of their name and added. Only buttons and one search field, so
// it works with the keyboard alone; the results and each change are announced in a live region.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { type Person, searchColleagues } from './api.js';
import { ChoiceGroup } from './form.js';

/** The id of the search field: the error summary links here. */
export const COLLEAGUE_SEARCH_ID = 'incident-exposed-search';
const TYPING_PAUSE_MS = 250;

type Found = { query: string; people: Person[] } | { query: string; failed: string } | null;

export function ColleaguePicker(props: {
  me: Person | null;
  chosen: readonly Person[];
  onChange: (chosen: Person[]) => void;
  error: string | undefined;
}) {
  const { me, chosen, onChange, error } = props;
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found>(null);
  const [status, setStatus] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const latest = useRef('');

  const search = async (q: string) => {
    latest.current = q;
    if (!q) {
      setFound(null);
      return;
    }
    try {
      const people = await searchColleagues(q);
      if (latest.current === q) setFound({ query: q, people });
    } catch (e) {
      if (latest.current === q) setFound({ query: q, failed: refusalText(t, e) });
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new search only when the typed text changes
  useEffect(() => {
    const q = query.trim();
    const timer = setTimeout(() => void search(q), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);

  const isChosen = (id: string) => chosen.some((p) => p.id === id);
  const nameOf = (p: Person) => (p.id === me?.id ? t('safety.ui.field.exposedMe', { name: p.name }) : p.name);
  const add = (p: Person) => {
    onChange([...chosen.filter((x) => x.id !== p.id), p]);
    setStatus(t('safety.ui.exposed.added', { name: p.name }));
    searchRef.current?.focus();
  };
  const remove = (p: Person) => {
    onChange(chosen.filter((x) => x.id !== p.id));
    setStatus(t('safety.ui.exposed.removed', { name: p.name }));
    searchRef.current?.focus();
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Enter searches at once instead of sending the whole form.
    if (e.key === 'Enter') {
      e.preventDefault();
      void search(query.trim());
    }
  };

  const results = found && 'people' in found ? found.people.filter((p) => !isChosen(p.id)) : [];
  const resultText = !found
    ? ''
    : 'failed' in found
      ? found.failed
      : found.people.length === 0
        ? t('safety.ui.exposed.noneFound', { query: found.query })
        : t('safety.ui.exposed.found', { count: found.people.length });

  return (
    <ChoiceGroup
      id="incident-exposed"
      legend={t('safety.ui.field.exposed')}
      hint={t('safety.ui.field.exposedHint')}
      error={error}
    >
      <h3 className="h5 mt-3 mb-2" id="incident-exposed-chosen">
        {t('safety.ui.exposed.chosen')}
      </h3>
      {chosen.length === 0 ? (
        <p className="mt-0">{t('safety.ui.exposed.nobody')}</p>
      ) : (
        <ul className="nobullet-list mt-0" aria-labelledby="incident-exposed-chosen">
          {chosen.map((p) => (
            <li key={p.id} className="d-flex flex-wrap align-items-center mb-2">
              <span className="mr-3">{nameOf(p)}</span>
              <button
                type="button"
                className="button button-tertiary"
                aria-label={t('safety.ui.exposed.remove', { name: p.name })}
                onClick={() => remove(p)}
              >
                {t('safety.ui.exposed.removeShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {me && !isChosen(me.id) && (
        <button type="button" className="button button-secondary mb-3" onClick={() => add(me)}>
          {t('safety.ui.exposed.addMe')}
        </button>
      )}
      <div className="form-group mt-3">
        <label className="form-label" htmlFor={COLLEAGUE_SEARCH_ID}>
          {t('safety.ui.exposed.search')}
        </label>
        <span className="form-hint" id={`${COLLEAGUE_SEARCH_ID}-hint`}>
          {t('safety.ui.exposed.searchHint')}
        </span>
        <input
          className="form-input input-width-m"
          type="search"
          id={COLLEAGUE_SEARCH_ID}
          ref={searchRef}
          autoComplete="off"
          maxLength={100}
          aria-describedby={`${COLLEAGUE_SEARCH_ID}-hint`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKey}
        />
      </div>
      <p className="form-hint mt-2" role="status">
        {status ? `${status} ` : ''}
        {resultText}
      </p>
      {results.length > 0 && (
        <ul className="nobullet-list mt-0" aria-label={t('safety.ui.exposed.results')}>
          {results.map((p) => (
            <li key={p.id} className="d-flex flex-wrap align-items-center mb-2">
              <span className="mr-3">{nameOf(p)}</span>
              <button
                type="button"
                className="button button-secondary"
                aria-label={t('safety.ui.exposed.add', { name: p.name })}
                onClick={() => add(p)}
              >
                {t('safety.ui.exposed.addShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </ChoiceGroup>
  );
}
