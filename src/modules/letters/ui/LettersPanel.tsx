// The letters on the case page: each letter (draft or sent, and when), and the way to write a new one.
import { useCallback } from 'react';
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { Link } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import type { CasePanelProps } from '../../cases/ui/index.js';
import { fetchLetters } from './letters-api.js';

export function LettersPanel({ c }: CasePanelProps) {
  const { t, locale } = useI18n();
  const caseNumber = c.caseNumber;
  const events = c.timeline.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: fetched again when the case's timeline grows (a letter sent)
  const fetcher = useCallback(() => fetchLetters(caseNumber), [caseNumber, events]);
  const { load } = useLoad(fetcher);
  const path = `/cases/${encodeURIComponent(caseNumber)}/letters`;
  return (
    <section className="mb-8" aria-labelledby="letters-panel-heading">
      <h2 id="letters-panel-heading">{t('letters.ui.panel.title')}</h2>
      {load.status === 'loading' && <Loading text={t('letters.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.items.length === 0 ? (
          <p>{t('letters.ui.panel.empty')}</p>
        ) : (
          <ul className="nobullet-list">
            {load.data.items.map((l) => (
              <li key={l.number} className="mb-3">
                <Link
                  to={`${path}/${l.number}`}
                  aria-label={t('letters.ui.panel.open', { number: l.number, title: l.title })}
                >
                  {l.number}. {l.title}
                </Link>{' '}
                <span className="form-hint d-inline">
                  {l.sentAt
                    ? t('letters.ui.panel.sent', { date: formatDateTime(l.sentAt, locale) })
                    : t('letters.ui.panel.draft')}
                </span>
              </li>
            ))}
          </ul>
        ))}
      <Link to={`${path}/new`} className="button button-secondary">
        {t('letters.ui.panel.new')}
      </Link>
    </section>
  );
}
