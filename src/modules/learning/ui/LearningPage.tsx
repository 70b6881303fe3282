// Learning (læring): search the kommune's shared learning cases (Danish words in any form, filters by phase,
// root cause and outcome), with matched words highlighted; the signed-in staff member's drafts and feedback.
import { type FormEvent, useCallback, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { SelectField, TextField } from '../../../../web/src/app/fields.js';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert } from '../../../../web/src/app/Notice.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { useSession } from '../../../../web/src/app/session.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { CONVERSATION_PHASES } from '../../../core/conversation.js';
import { LEARNING_OUTCOMES } from '../../../core/learning.js';
import { ROOT_CAUSES } from '../../../core/workflow.js';
import { can } from '../../../platform/policies.js';
import { causeLabel, outcomeLabel, phaseLabel } from './labels.js';
import { fetchDrafts, fetchFeedbackList, type SearchItem, searchLearning } from './learning-api.js';
import { Options } from './options.js';

type Found =
  | { status: 'idle' | 'searching' }
  | { status: 'ready'; items: SearchItem[] }
  | { status: 'failed'; message: string };

export function LearningPage() {
  const { t } = useI18n();
  const { me } = useSession();
  usePageTitle(t('learning.ui.title'), t('app.name'));
  const writes = !!me && can({ ...me, userId: me.id, role: me.role as never }, 'learning.write');
  return (
    <>
      <h1 tabIndex={-1}>{t('learning.ui.title')}</h1>
      <p className="font-lead">{t('learning.ui.intro')}</p>
      <SearchSection />
      {writes && <DraftsSection />}
      {writes && <FeedbackSection myId={me?.id ?? ''} />}
    </>
  );
}

function SearchSection() {
  const { t, locale } = useI18n();
  const [q, setQ] = useState('');
  const [technique, setTechnique] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [outcome, setOutcome] = useState('');
  const [found, setFound] = useState<Found>({ status: 'idle' });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFound({ status: 'searching' });
    try {
      const { items } = await searchLearning({ q: q.trim(), technique, rootCause, outcome });
      setFound({ status: 'ready', items });
    } catch (err) {
      setFound({ status: 'failed', message: refusalText(t, err) });
    }
  };

  return (
    <section aria-labelledby="learning-search-heading">
      <h2 id="learning-search-heading">{t('learning.ui.search.title')}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          id="learning-q"
          label={t('learning.ui.search.q')}
          hint={t('learning.ui.search.qHint')}
          type="search"
          width="input-width-l"
          optional
          maxLength={200}
          value={q}
          onChange={setQ}
        />
        <SelectField
          id="learning-technique"
          label={t('learning.ui.tag.technique')}
          optional
          value={technique}
          onChange={setTechnique}
        >
          <Options
            empty={t('learning.ui.search.any')}
            items={CONVERSATION_PHASES}
            label={(p) => phaseLabel(t, p)}
          />
        </SelectField>
        <SelectField
          id="learning-cause"
          label={t('learning.ui.tag.rootCause')}
          optional
          value={rootCause}
          onChange={setRootCause}
        >
          <Options empty={t('learning.ui.search.any')} items={ROOT_CAUSES} label={(c) => causeLabel(t, c)} />
        </SelectField>
        <SelectField
          id="learning-outcome"
          label={t('learning.ui.tag.outcome')}
          optional
          value={outcome}
          onChange={setOutcome}
        >
          <Options
            empty={t('learning.ui.search.any')}
            items={LEARNING_OUTCOMES}
            label={(o) => outcomeLabel(t, o)}
          />
        </SelectField>
        <button type="submit" className="button button-primary" disabled={found.status === 'searching'}>
          {t('learning.ui.search.submit')}
        </button>
      </form>
      <div role="status" aria-live="polite" className="mt-6">
        {found.status === 'searching' && <Loading text={t('learning.ui.search.searching')} inLiveRegion />}
        {found.status === 'ready' && (
          <p>
            {found.items.length === 0
              ? t('learning.ui.search.none')
              : found.items.length === 1
                ? t('learning.ui.search.countOne')
                : t('learning.ui.search.count', { count: found.items.length })}
          </p>
        )}
      </div>
      {found.status === 'failed' && <ErrorAlert text={found.message} />}
      {found.status === 'ready' && found.items.length > 0 && (
        <ol className="nobullet-list">
          {found.items.map((i) => (
            <li key={i.id} className="mb-6">
              <h3 className="h4 mb-2">
                <Link to={`/laering/${i.id}`}>{i.title}</Link>
              </h3>
              <p className="mt-0 mb-2">
                {i.snippet.map((part, n) =>
                  part.hit ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet, in order
                    <mark key={n}>{part.text}</mark>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one snippet, in order
                    <span key={n}>{part.text}</span>
                  ),
                )}
              </p>
              <p className="mt-0 font-size-sm">
                {[
                  i.area?.name,
                  ...i.techniques.map((p) => phaseLabel(t, p)),
                  i.rootCause && causeLabel(t, i.rootCause),
                  i.outcome && outcomeLabel(t, i.outcome),
                  formatDate(i.publishedAt.slice(0, 10), locale),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function DraftsSection() {
  const { t, locale } = useI18n();
  const { load } = useLoad(fetchDrafts);
  return (
    <section aria-labelledby="learning-drafts-heading" className="mt-8">
      <h2 id="learning-drafts-heading">{t('learning.ui.drafts.title')}</h2>
      {load.status === 'loading' && <Loading text={t('learning.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.items.length === 0 ? (
          <p>{t('learning.ui.drafts.none')}</p>
        ) : (
          <ul>
            {load.data.items.map((d) => (
              <li key={d.id}>
                <Link to={`/laering/${d.id}`}>{d.title || t('learning.ui.drafts.untitled')}</Link> (
                {formatDate(d.updatedAt.slice(0, 10), locale)})
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function FeedbackSection({ myId }: { myId: string }) {
  const { t } = useI18n();
  const fetcher = useCallback(fetchFeedbackList, []);
  const { load } = useLoad(fetcher);
  return (
    <section aria-labelledby="learning-feedback-heading" className="mt-8">
      <h2 id="learning-feedback-heading">{t('learning.ui.feedback.title')}</h2>
      {load.status === 'loading' && <Loading text={t('learning.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' &&
        (load.data.items.length === 0 ? (
          <p>{t('learning.ui.feedback.none')}</p>
        ) : (
          <ul>
            {load.data.items.map((f) => (
              <li key={f.id}>
                <Link to={`/laering/feedback/${f.id}`}>
                  {f.reviewer.id === myId
                    ? t('learning.ui.feedback.from', { name: f.requester.name, caseNumber: f.caseNumber })
                    : t('learning.ui.feedback.to', { name: f.reviewer.name, caseNumber: f.caseNumber })}
                </Link>{' '}
                – {t(`learning.ui.feedback.status.${f.status}`)}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
