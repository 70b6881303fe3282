// One learning case. A draft is its author's review: the texts and tags, every redaction found in each field
// (undo one, or add one by hand), and publishing only after the author confirms the review. A published case
// is read by the kommune's staff.
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary, type SummaryItem } from '../../../../web/src/app/ErrorSummary.js';
import { Fieldset, RadioGroup, SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDate } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { Link, navigate, usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { CONVERSATION_PHASES } from '../../../core/conversation.js';
import { LEARNING_OUTCOMES } from '../../../core/learning.js';
import { ROOT_CAUSES } from '../../../core/workflow.js';
import type { ViewProps } from '../../../platform/ui.js';
import { draftBodyOf } from '../shapes.js';
import { causeLabel, fieldLabel, kindLabel, outcomeLabel, phaseLabel } from './labels.js';
import {
  type DraftBody,
  discardDraft,
  fetchLearningCase,
  type LearningCase,
  publishDraft,
  type RedactionKind,
  saveDraft,
} from './learning-api.js';
import { Options } from './options.js';

const KINDS: RedactionKind[] = ['name', 'cpr', 'phone', 'email', 'address', 'caseNumber', 'birthDate'];

export function LearningCasePage({ params }: ViewProps) {
  const { t } = useI18n();
  const id = params.id ?? '';
  const fetcher = useCallback(() => fetchLearningCase(id), [id]);
  const { load, update } = useLoad(fetcher);
  usePageTitle(
    load.status === 'ready' && load.data.title ? load.data.title : t('learning.ui.case.title'),
    t('app.name'),
  );
  return (
    <>
      <p>
        <Link to="/laering">{t('learning.ui.back')}</Link>
      </p>
      {load.status === 'loading' && <Loading text={t('learning.ui.loading')} />}
      {load.status === 'failed' && (
        <>
          <h1 tabIndex={-1}>{t('learning.ui.case.title')}</h1>
          <ErrorAlert text={load.message} />
        </>
      )}
      {load.status === 'ready' &&
        (load.data.status === 'draft' ? (
          <Draft draft={load.data} onSaved={(d) => update(() => d)} />
        ) : (
          <Published c={load.data} />
        ))}
    </>
  );
}

function Published({ c }: { c: LearningCase }) {
  const { t, locale } = useI18n();
  return (
    <article>
      <h1 tabIndex={-1}>{c.title}</h1>
      <p className="font-lead">
        {[
          c.area?.name,
          c.rootCause && causeLabel(t, c.rootCause),
          c.outcome && outcomeLabel(t, c.outcome),
          c.publishedAt &&
            t('learning.ui.case.published', { date: formatDate(c.publishedAt.slice(0, 10), locale) }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p>
        {t('learning.ui.tag.technique')}: {c.techniques.map((p) => phaseLabel(t, p)).join(', ')}
      </p>
      {(['happened', 'worked', 'differently'] as const).map((f) =>
        c[f].trim() ? (
          <section key={f}>
            <h2>{fieldLabel(t, f)}</h2>
            <p className="pre-wrap" style={{ whiteSpace: 'pre-wrap' }}>
              {c[f]}
            </p>
          </section>
        ) : null,
      )}
    </article>
  );
}

function Draft({ draft, onSaved }: { draft: LearningCase; onSaved: (d: LearningCase) => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<DraftBody>(() => draftBodyOf(draft));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [reviewed, setReviewed] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [newTerm, setNewTerm] = useState('');
  const [newKind, setNewKind] = useState<RedactionKind>('name');
  const [refusals, setRefusals] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusals > 0) summary.current?.focus();
  }, [refusals]);
  const set = <K extends keyof DraftBody>(key: K, value: DraftBody[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const dirty = JSON.stringify(form) !== JSON.stringify(draftBodyOf(draft));

  const refused = (e: unknown) => {
    const fields = e instanceof ApiError && e.status === 400 ? (e.fields ?? {}) : {};
    setErrors(fields);
    setFormError(refusalText(t, e));
    setRefusals((n) => n + 1);
  };

  /** Saves the form (with a changed review), and shows the new review. */
  const save = async (body: DraftBody, message = t('learning.ui.draft.saved')) => {
    setBusy(true);
    setNotice(null);
    try {
      const saved = await saveDraft(draft.id, body);
      setForm(draftBodyOf(saved));
      setErrors({});
      setFormError(null);
      setReviewed(false);
      onSaved(saved);
      setNotice({ text: message, error: false });
      return saved;
    } catch (e) {
      refused(e);
      return null;
    } finally {
      setBusy(false);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await save(form);
  };

  const undo = (text: string) =>
    save({ ...form, kept: [...form.kept, text] }, t('learning.ui.review.undone', { text }));
  const redo = (text: string) =>
    save({ ...form, kept: form.kept.filter((k) => k !== text) }, t('learning.ui.review.redone', { text }));
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const text = newTerm.trim();
    if (text.length < 2) {
      setErrors({ 'added-term': t('learning.error.term') });
      setFormError(t('learning.error.term'));
      setRefusals((n) => n + 1);
      return;
    }
    if (
      await save(
        { ...form, added: [...form.added, { text, kind: newKind }] },
        t('learning.ui.review.added', { text }),
      )
    )
      setNewTerm('');
  };
  const removeAdded = (text: string) => save({ ...form, added: form.added.filter((a) => a.text !== text) });

  const share = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const published = await publishDraft(draft.id, draft.version);
      onSaved(published);
    } catch (e) {
      refused(e);
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    setBusy(true);
    try {
      await discardDraft(draft.id);
      navigate('/laering');
    } catch (e) {
      refused(e);
      setBusy(false);
    }
  };

  const items: SummaryItem[] = [
    ...(formError && Object.keys(errors).length === 0 ? [{ message: formError }] : []),
    ...Object.entries(errors).map(([field, message]) => ({ target: `draft-${field}`, message })),
  ];
  const redactionCount = (draft.review?.fields ?? []).reduce((n, f) => n + f.redactions.length, 0);

  return (
    <>
      <h1 tabIndex={-1}>{t('learning.ui.draft.title')}</h1>
      <p className="font-lead">{t('learning.ui.draft.intro')}</p>
      <ErrorSummary ref={summary} heading={t('learning.ui.errorHeading')} items={items} />
      <NoticeRegion notice={notice} />

      <form onSubmit={submit} noValidate>
        <TextField
          id="draft-title"
          label={fieldLabel(t, 'title')}
          width="input-width-l"
          maxLength={200}
          value={form.title}
          onChange={(v) => set('title', v)}
          error={errors.title}
        />
        <TextArea
          id="draft-happened"
          label={fieldLabel(t, 'happened')}
          rows={8}
          value={form.happened}
          onChange={(v) => set('happened', v)}
          error={errors.happened}
        />
        <TextArea
          id="draft-worked"
          label={fieldLabel(t, 'worked')}
          optional
          rows={4}
          value={form.worked}
          onChange={(v) => set('worked', v)}
          error={errors.worked}
        />
        <TextArea
          id="draft-differently"
          label={fieldLabel(t, 'differently')}
          optional
          rows={4}
          value={form.differently}
          onChange={(v) => set('differently', v)}
          error={errors.differently}
        />
        <Fieldset
          id="draft-techniques"
          legend={t('learning.ui.tag.technique')}
          hint={t('learning.ui.tag.techniqueHint')}
        >
          {CONVERSATION_PHASES.map((p, i) => (
            <div className="form-group-checkbox" key={p}>
              <input
                className="form-checkbox"
                type="checkbox"
                id={i === 0 ? 'draft-techniques' : `draft-technique-${p}`}
                checked={form.techniques.includes(p)}
                onChange={(e) =>
                  set(
                    'techniques',
                    e.target.checked ? [...form.techniques, p] : form.techniques.filter((x) => x !== p),
                  )
                }
              />
              <label className="form-label" htmlFor={i === 0 ? 'draft-techniques' : `draft-technique-${p}`}>
                {phaseLabel(t, p)}
              </label>
            </div>
          ))}
        </Fieldset>
        <SelectField
          id="draft-rootCause"
          label={t('learning.ui.tag.rootCause')}
          optional
          value={form.rootCause ?? ''}
          onChange={(v) => set('rootCause', v || null)}
          error={errors.rootCause}
        >
          <Options empty={t('learning.ui.tag.none')} items={ROOT_CAUSES} label={(c) => causeLabel(t, c)} />
        </SelectField>
        <RadioGroup
          name="draft-outcome"
          legend={t('learning.ui.tag.outcome')}
          options={LEARNING_OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(t, o) }))}
          value={form.outcome ?? ''}
          onChange={(v) => set('outcome', v)}
          error={errors.outcome}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('learning.ui.draft.save')}
        </button>
      </form>

      <section aria-labelledby="review-heading" className="mt-8">
        <h2 id="review-heading">{t('learning.ui.review.title')}</h2>
        <p>{t('learning.ui.review.intro', { count: redactionCount })}</p>
        {dirty && <p className="alert alert-warning">{t('learning.ui.review.unsaved')}</p>}
        {(draft.review?.fields ?? []).map((f) => (
          <div key={f.field} className="mb-6">
            <h3>{fieldLabel(t, f.field)}</h3>
            <p style={{ whiteSpace: 'pre-wrap' }} data-testid={`redacted-${f.field}`}>
              {f.redacted || t('learning.ui.review.empty')}
            </p>
            {f.redactions.length === 0 ? (
              <p>{t('learning.ui.review.noneFound')}</p>
            ) : (
              <div className="table--responsive-scroll">
                <table className="table table--compact">
                  <caption className="sr-only">
                    {t('learning.ui.review.caption', { field: fieldLabel(t, f.field) })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('learning.ui.review.kind')}</th>
                      <th scope="col">{t('learning.ui.review.text')}</th>
                      <th scope="col">{t('learning.ui.review.action')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {f.redactions.map((r) => (
                      <tr key={`${r.start}-${r.end}`}>
                        <td>{kindLabel(t, r.kind)}</td>
                        <td>{r.text}</td>
                        <td>
                          <button
                            type="button"
                            className="button button-tertiary"
                            disabled={busy}
                            onClick={() => undo(r.text)}
                            aria-label={t('learning.ui.review.undoLabel', { text: r.text })}
                          >
                            {t('learning.ui.review.undo')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        ))}
        {form.kept.length > 0 && (
          <>
            <h3>{t('learning.ui.review.keptTitle')}</h3>
            <ul>
              {form.kept.map((k) => (
                <li key={k}>
                  {k}{' '}
                  <button
                    type="button"
                    className="button button-tertiary"
                    disabled={busy}
                    onClick={() => redo(k)}
                  >
                    {t('learning.ui.review.redo')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {form.added.length > 0 && (
          <>
            <h3>{t('learning.ui.review.addedTitle')}</h3>
            <ul>
              {form.added.map((a) => (
                <li key={a.text}>
                  {a.text} ({kindLabel(t, a.kind)}){' '}
                  <button
                    type="button"
                    className="button button-tertiary"
                    disabled={busy}
                    onClick={() => removeAdded(a.text)}
                  >
                    {t('learning.ui.review.remove')}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <form onSubmit={add} noValidate>
          <h3>{t('learning.ui.review.addTitle')}</h3>
          <TextField
            id="draft-added-term"
            label={t('learning.ui.review.term')}
            hint={t('learning.ui.review.termHint')}
            width="input-width-m"
            maxLength={200}
            value={newTerm}
            onChange={setNewTerm}
            error={errors['added-term']}
          />
          <SelectField
            id="draft-added-kind"
            label={t('learning.ui.review.kind')}
            value={newKind}
            onChange={(v) => setNewKind(v as RedactionKind)}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(t, k)}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('learning.ui.review.add')}
          </button>
        </form>
      </section>

      <section aria-labelledby="publish-heading" className="mt-8">
        <h2 id="publish-heading">{t('learning.ui.publish.title')}</h2>
        <p>{t('learning.ui.publish.intro')}</p>
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id="draft-reviewed"
            checked={reviewed}
            disabled={dirty}
            onChange={(e) => setReviewed(e.target.checked)}
          />
          <label className="form-label" htmlFor="draft-reviewed">
            {t('learning.ui.publish.confirm')}
          </label>
        </div>
        <button
          type="button"
          className="button button-primary"
          disabled={busy || !reviewed || dirty}
          onClick={share}
        >
          {t('learning.ui.publish.submit')}
        </button>
      </section>

      <section aria-labelledby="discard-heading" className="mt-8">
        <h2 id="discard-heading">{t('learning.ui.discard.title')}</h2>
        {confirmDiscard ? (
          <div className="alert alert-warning" role="alert">
            <p className="alert-text">{t('learning.ui.discard.sure')}</p>
            <button type="button" className="button button-secondary" onClick={discard} disabled={busy}>
              {t('learning.ui.discard.yes')}
            </button>{' '}
            <button type="button" className="button button-tertiary" onClick={() => setConfirmDiscard(false)}>
              {t('learning.ui.discard.no')}
            </button>
          </div>
        ) : (
          <button type="button" className="button button-tertiary" onClick={() => setConfirmDiscard(true)}>
            {t('learning.ui.discard.submit')}
          </button>
        )}
      </section>
    </>
  );
}
