// From contributions to action: gather the approved contributions in themes, and publish the kommune's answer to
// each theme — adopted, adopted in part, not adopted (with why) or outside the room for influence (with whom to
// ask). Publishing the answer tells every contributor of the theme who left contact details; it is asked first.
// A published answer can be corrected until the process is closed: the earlier wording stays in the history and
// everyone told before is told of the correction.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { RadioGroup, radioId, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { OUTCOMES, type Outcome } from '../../../core/participation.js';
import { ContributionMeta, ContributionText } from './ContributionItem.js';
import { type FieldErrors, FormErrors, useFormErrors } from './form.js';
import type { Act } from './ProcessPage.js';
import { answerGroup, createGroup, type Group, type ProcessDetail } from './participation-api.js';

export function ThemesSection({ detail, act, busy }: { detail: ProcessDetail; act: Act; busy: boolean }) {
  const { t } = useI18n();
  const closed = detail.process.status === 'closed';
  return (
    <section aria-labelledby="themes-heading" className="mt-8">
      <h2 id="themes-heading">
        {t('participation.ui.themes.title')} ({detail.groups.length})
      </h2>
      <p>{t('participation.ui.themes.intro')}</p>
      {!closed && <GroupForm detail={detail} act={act} busy={busy} />}
      {detail.groups.length === 0 ? (
        <p className="mt-5">{t('participation.ui.themes.none')}</p>
      ) : (
        detail.groups.map((g) => (
          <Theme key={g.id} g={g} detail={detail} act={act} busy={busy} closed={closed} />
        ))
      )}
    </section>
  );
}

const GROUP_FIELDS = ['title', 'contributions'] as const;
type GroupField = (typeof GROUP_FIELDS)[number];

function GroupForm({ detail, act, busy }: { detail: ProcessDetail; act: Act; busy: boolean }) {
  const { t } = useI18n();
  const waiting = detail.contributions.filter((c) => c.status === 'approved' && !c.groupId);
  const [title, setTitle] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const form = useFormErrors<GroupField>();
  const { errors } = form;
  const firstBox = waiting[0] ? `group-${waiting[0].id}` : undefined;
  const submit = async (ev: FormEvent) => {
    ev.preventDefault();
    const e: FieldErrors<GroupField> = {};
    if (!title.trim()) e.title = t('participation.ui.error.themeTitle');
    const ids = chosen.filter((id) => waiting.some((c) => c.id === id));
    if (ids.length === 0) e.contributions = t('participation.ui.error.themeContributions');
    if (form.show(e)) return;
    const ok = await act(async () => {
      await createGroup(detail.process.id, { title: title.trim(), contributionIds: ids });
      return t('participation.ui.themes.created', { title: title.trim() });
    });
    if (ok) {
      setTitle('');
      setChosen([]);
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="group-heading" className="mt-5">
      <h3 id="group-heading">{t('participation.ui.themes.new')}</h3>
      {waiting.length === 0 ? (
        <p>{t('participation.ui.themes.nothingWaiting')}</p>
      ) : (
        <>
          <FormErrors
            state={form}
            fields={GROUP_FIELDS}
            target={(f) => (f === 'title' ? 'group-title' : firstBox)}
            level={4}
          />
          <TextField
            id="group-title"
            label={t('participation.ui.themes.themeTitle')}
            value={title}
            onChange={setTitle}
            error={errors.title}
            maxLength={200}
          />
          <div className={errors.contributions ? 'form-group form-error' : 'form-group'}>
            <fieldset aria-describedby={errors.contributions ? 'group-contributions-error' : undefined}>
              <legend className="form-label">{t('participation.ui.themes.choose')}</legend>
              {errors.contributions && (
                <span className="form-error-message" id="group-contributions-error">
                  <span className="sr-only">{t('common.errorPrefix')} </span>
                  {errors.contributions}
                </span>
              )}
              {waiting.map((c) => (
                <div className="form-group-checkbox" key={c.id}>
                  <input
                    className="form-checkbox"
                    type="checkbox"
                    id={`group-${c.id}`}
                    checked={chosen.includes(c.id)}
                    onChange={(e) =>
                      setChosen((old) => (e.target.checked ? [...old, c.id] : old.filter((x) => x !== c.id)))
                    }
                  />
                  <label htmlFor={`group-${c.id}`}>{c.text}</label>
                </div>
              ))}
            </fieldset>
          </div>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('participation.ui.themes.gather')}
          </button>
        </>
      )}
    </form>
  );
}

function Theme(props: { g: Group; detail: ProcessDetail; act: Act; busy: boolean; closed: boolean }) {
  const { g, detail, act, busy, closed } = props;
  const { t, locale } = useI18n();
  const members = detail.contributions.filter((c) => c.groupId === g.id);
  const headingId = `theme-${g.id}`;
  return (
    <section aria-labelledby={headingId} className="mt-7">
      <h3 id={headingId}>{g.title}</h3>
      {g.answeredAt && g.outcome ? (
        <div className="alert alert-info">
          <div className="alert-body">
            <p className="alert-text">
              <strong>{t(`participation.outcome.${g.outcome}`)}.</strong> {g.answer}
            </p>
            {g.askWhom && (
              <p className="alert-text">{t('participation.page.askWhom', { whom: g.askWhom })}</p>
            )}
            <p className="alert-text font-small">
              {t('participation.ui.answer.publishedAt', { when: formatDateTime(g.answeredAt, locale) })}
              {g.answerChangedAt && (
                <>
                  {' · '}
                  {t('participation.ui.answer.changedAt', {
                    when: formatDateTime(g.answerChangedAt, locale),
                  })}
                </>
              )}
            </p>
          </div>
        </div>
      ) : (
        <p>{t('participation.ui.answer.none')}</p>
      )}
      {g.revisions.length > 0 && (
        <details className="details mt-3">
          <summary className="details-summary">
            {t('participation.ui.answer.history', { count: g.revisions.length })}
          </summary>
          <div className="details-text">
            <ol>
              {g.revisions.map((r) => (
                <li key={r.replacedAt} className="mb-3">
                  <strong>{t(`participation.outcome.${r.outcome}`)}.</strong> {r.answer}
                  {r.askWhom && <> {t('participation.page.askWhom', { whom: r.askWhom })}</>}
                  <br />
                  <span className="font-small">
                    {t('participation.ui.answer.historyItem', {
                      from: formatDateTime(r.publishedAt, locale),
                      to: formatDateTime(r.replacedAt, locale),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          </div>
        </details>
      )}
      <h4>{t('participation.ui.themes.contributions', { count: members.length })}</h4>
      {members.length === 0 ? (
        <p>{t('participation.ui.themes.empty')}</p>
      ) : (
        <ul>
          {members.map((c) => (
            <li key={c.id} className="mb-4">
              <ContributionText c={c} processId={detail.process.id} />
              <ContributionMeta c={c} />
            </li>
          ))}
        </ul>
      )}
      {!closed && !g.answeredAt && <AnswerForm g={g} detail={detail} act={act} busy={busy} />}
      {!closed && g.answeredAt && <Correction g={g} detail={detail} act={act} busy={busy} />}
    </section>
  );
}

/** "Correct the answer": opens the answer form filled with the published answer; closes again when saved. */
function Correction(props: { g: Group; detail: ProcessDetail; act: Act; busy: boolean }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  if (!open)
    return (
      <button
        ref={opener}
        type="button"
        className="button button-secondary mt-3"
        aria-describedby={`theme-${props.g.id}`}
        onClick={() => setOpen(true)}
      >
        {t('participation.ui.answer.correct')}
      </button>
    );
  return <AnswerForm {...props} correcting onDone={close} />;
}

const ANSWER_FIELDS = ['outcome', 'text', 'askWhom'] as const;
type AnswerField = (typeof ANSWER_FIELDS)[number];

function AnswerForm(props: {
  g: Group;
  detail: ProcessDetail;
  act: Act;
  busy: boolean;
  /** Correcting a published answer: filled with it, and everyone told before is told again. */
  correcting?: boolean;
  onDone?: () => void;
}) {
  const { g, detail, act, busy, correcting = false, onDone } = props;
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | ''>(correcting && g.outcome ? g.outcome : '');
  const [text, setText] = useState(correcting ? (g.answer ?? '') : '');
  const [askWhom, setAskWhom] = useState(correcting ? (g.askWhom ?? '') : '');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The correction form opens in place of its button: the keyboard goes on from its heading.
  useEffect(() => {
    if (correcting) headingRef.current?.focus();
  }, [correcting]);
  const form = useFormErrors<AnswerField>();
  const { errors } = form;
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const reachable = detail.contributions.filter(
    (c) => c.groupId === g.id && (c.email || c.phone) && (correcting || !c.notifiedAt),
  ).length;
  const id = (f: string) => `answer-${g.id}-${f}`;
  const check = (ev: FormEvent) => {
    ev.preventDefault();
    const e: FieldErrors<AnswerField> = {};
    if (!outcome) e.outcome = t('participation.ui.error.outcome');
    if (!text.trim()) e.text = t('participation.error.answer');
    if (outcome === 'outside' && !askWhom.trim()) e.askWhom = t('participation.error.askWhom');
    if (form.show(e)) return;
    setAsking(true);
    requestAnimationFrame(() => yesRef.current?.focus());
  };
  const publish = async () => {
    const ok = await act(async () => {
      const r = await answerGroup(detail.process.id, g.id, {
        outcome: outcome as Outcome,
        text: text.trim(),
        ...(outcome === 'outside' ? { askWhom: askWhom.trim() } : {}),
      });
      if (!correcting) return t('participation.ui.answer.done', { count: r.notified });
      return r.corrected
        ? t('participation.ui.answer.corrected', { count: r.notified })
        : t('participation.ui.answer.unchanged');
    });
    if (!ok) setAsking(false);
    else onDone?.();
  };
  const hint: Record<Outcome, string> = {
    adopted: t('participation.ui.answer.hint.adopted'),
    partly: t('participation.ui.answer.hint.partly'),
    not_adopted: t('participation.ui.answer.hint.not_adopted'),
    outside: t('participation.ui.answer.hint.outside'),
  };
  return (
    <form onSubmit={check} noValidate aria-labelledby={id('heading')} className="mt-5">
      <h4 id={id('heading')} ref={headingRef} tabIndex={-1}>
        {t(correcting ? 'participation.ui.answer.correctTitle' : 'participation.ui.answer.title', {
          title: g.title,
        })}
      </h4>
      {correcting && <p>{t('participation.ui.answer.correctHint')}</p>}
      <FormErrors
        state={form}
        fields={ANSWER_FIELDS}
        target={(f) => (f === 'outcome' ? radioId(id('outcome'), OUTCOMES[0]) : id(f))}
        level={4}
      />
      <RadioGroup
        name={id('outcome')}
        legend={t('participation.ui.answer.outcome')}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`participation.outcome.${o}`) }))}
        value={outcome}
        onChange={(v) => {
          setOutcome(v);
          setAsking(false);
        }}
        error={errors.outcome}
      />
      <TextArea
        id={id('text')}
        label={t('participation.ui.answer.text')}
        hint={outcome ? hint[outcome] : t('participation.ui.answer.hint.none')}
        value={text}
        onChange={(v) => {
          setText(v);
          setAsking(false);
        }}
        error={errors.text}
        maxLength={4000}
        rows={4}
      />
      {outcome === 'outside' && (
        <TextField
          id={id('askWhom')}
          label={t('participation.ui.answer.askWhom')}
          hint={t('participation.ui.answer.askWhomHint')}
          value={askWhom}
          onChange={setAskWhom}
          error={errors.askWhom}
          maxLength={500}
        />
      )}
      {!asking ? (
        <>
          <button type="submit" className="button button-primary mr-3" disabled={busy}>
            {t(correcting ? 'participation.ui.answer.saveCorrection' : 'participation.ui.answer.publish')}
          </button>
          {correcting && (
            <button type="button" className="button button-secondary" onClick={onDone}>
              {t('participation.ui.cancel')}
            </button>
          )}
        </>
      ) : (
        <fieldset className="mt-3">
          <legend className="mb-3">
            {t(correcting ? 'participation.ui.answer.correctQuestion' : 'participation.ui.answer.question', {
              count: reachable,
            })}
          </legend>
          <button
            ref={yesRef}
            type="button"
            className="button button-primary mr-3 mb-3"
            disabled={busy}
            onClick={publish}
          >
            {t(correcting ? 'participation.ui.answer.correctYes' : 'participation.ui.answer.publishYes')}
          </button>
          <button type="button" className="button button-secondary mb-3" onClick={() => setAsking(false)}>
            {t('participation.ui.cancel')}
          </button>
        </fieldset>
      )}
    </form>
  );
}
