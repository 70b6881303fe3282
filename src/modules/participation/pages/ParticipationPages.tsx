// The citizen pages of participation: the kommune's list of processes (open, then closed) and the page of one
// process — its room for influence first, what is decided, the phases, the results beside the contributions,
// and the form to contribute without an account.
import { localDate } from '../../../core/calendar.js';
import { formatDate } from '../../../i18n/format.js';
import { ErrorSummary, TextArea, TextField } from '../../../platform/html/form.js';
import { pageTranslator, type RequestFrame, renderPage, usePage } from '../../../platform/html/layout.js';

export interface ProcessCard {
  id: string;
  title: string;
  question: string;
  hearingEndsOn: string;
  closedOn: string | null;
  daysToFeedback: number | null;
}

export function renderProcessList(
  frame: RequestFrame,
  view: { kommuneId: string; open: ProcessCard[]; closed: ProcessCard[] },
): string {
  const t = pageTranslator(frame.locale);
  return renderPage({ ...frame, title: t('participation.list.title') }, <ProcessList view={view} />);
}

function ProcessList({ view }: { view: { kommuneId: string; open: ProcessCard[]; closed: ProcessCard[] } }) {
  const { t, locale } = usePage();
  const card = (p: ProcessCard) => (
    <li key={p.id} className="mb-5">
      <h3 className="h4">
        <a href={`/k/${view.kommuneId}/deltag/${p.id}`}>{p.title}</a>
      </h3>
      <p className="mt-0">{p.question}</p>
      <p className="mt-0">
        {p.closedOn
          ? t('participation.list.closedOn', {
              date: formatDate(p.closedOn, locale),
              days: p.daysToFeedback ?? 0,
            })
          : t('participation.list.until', { date: formatDate(p.hearingEndsOn, locale) })}
      </p>
    </li>
  );
  return (
    <>
      <h1>{t('participation.list.title')}</h1>
      <p className="font-lead">{t('participation.list.lead')}</p>
      <h2>{t('participation.list.open')}</h2>
      {view.open.length ? (
        <ul className="nobullet-list">{view.open.map(card)}</ul>
      ) : (
        <p>{t('participation.list.noneOpen')}</p>
      )}
      <h2>{t('participation.list.closed')}</h2>
      {view.closed.length ? (
        <ul className="nobullet-list">{view.closed.map(card)}</ul>
      ) : (
        <p>{t('participation.list.noneClosed')}</p>
      )}
    </>
  );
}

export interface ProcessPageView {
  kommuneId: string;
  process: {
    id: string;
    title: string;
    question: string;
    influence: string;
    decided: string;
    channels: string;
    phases: { kind: string; startsOn: string; endsOn: string }[];
    hearingEndsOn: string;
    daysToFeedback: number | null;
  };
  groups: {
    id: string;
    title: string;
    outcome: string | null;
    answer: string | null;
    askWhom: string | null;
    answerChangedAt: Date | null;
  }[];
  contributions: { id: string; text: string; groupId: string | null; hasImage: boolean }[];
  takesContributions: boolean;
  thanks: boolean;
  /** The sender's own page of the contribution just sent, linked from the thanks. */
  ownPath?: string | null;
  values: Record<string, string>;
  errors: Record<string, string>;
}

export interface OwnContributionView {
  kommuneId: string;
  process: { id: string; title: string };
  contribution: {
    status: 'pending' | 'approved' | 'rejected';
    moderationReason: string | null;
    receivedOn: string;
  };
  group: {
    title: string;
    outcome: string | null;
    answer: string | null;
    askWhom: string | null;
    answerChangedAt: Date | null;
  } | null;
}

/** A group's answer: the outcome and the answer, whom to ask, and when the answer was last changed. */
function GroupAnswer(props: {
  outcome: string;
  group: { answer: string | null; askWhom: string | null; answerChangedAt: Date | null };
}) {
  const { outcome, group: g } = props;
  const { t, locale } = usePage();
  return (
    <>
      <p>
        <strong>{t(`participation.outcome.${outcome}`)}.</strong> {g.answer}
      </p>
      {g.askWhom && <p>{t('participation.page.askWhom', { whom: g.askWhom })}</p>}
      {g.answerChangedAt && (
        <p className="font-small">
          {t('participation.page.answerChanged', {
            date: formatDate(localDate(g.answerChangedAt), locale),
          })}
        </p>
      )}
    </>
  );
}

/** The contributor's own page: the state of their contribution, the reason if not shown, and the answer. */
export function renderOwnContribution(frame: RequestFrame, view: OwnContributionView): string {
  const t = pageTranslator(frame.locale);
  const title = t('participation.own.title', { title: view.process.title });
  return renderPage({ ...frame, title }, <OwnContribution view={view} title={title} />);
}

function OwnContribution({ view, title }: { view: OwnContributionView; title: string }) {
  const { t, locale } = usePage();
  const c = view.contribution;
  const g = view.group;
  return (
    <>
      <p>
        <a href={`/k/${view.kommuneId}/deltag/${view.process.id}`}>{t('participation.own.back')}</a>
      </p>
      <h1>{title}</h1>
      <p>{t('participation.own.received', { date: formatDate(c.receivedOn, locale) })}</p>
      <p className="font-lead">
        {c.status === 'rejected'
          ? t('participation.own.rejected', { reason: c.moderationReason ?? '' })
          : t(`participation.own.${c.status}`)}
      </p>
      {g?.outcome ? (
        <>
          <h2>{t('participation.own.answer', { title: g.title })}</h2>
          <GroupAnswer outcome={g.outcome} group={g} />
        </>
      ) : (
        c.status !== 'rejected' && <p>{t('participation.own.noAnswer')}</p>
      )}
    </>
  );
}

export function renderProcessPage(frame: RequestFrame, view: ProcessPageView): string {
  const hasErrors = Object.keys(view.errors).length > 0;
  return renderPage({ ...frame, title: view.process.title, hasErrors }, <ProcessPage view={view} />);
}

const FIELDS = ['text', 'name', 'email', 'phone', 'image'] as const;

/** The optional image of a contribution: a file input for JPEG or PNG, its hint and error tied to it. */
function ImageField({ error }: { error?: string | undefined }) {
  const { t } = usePage();
  const describedBy = ['image-hint', error ? 'image-error' : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'form-group form-error' : 'form-group'}>
      <label className="form-label" htmlFor="image">
        {t('participation.form.image')}
        <span className="weight-normal"> ({t('common.optional')})</span>
      </label>
      <span className="form-hint" id="image-hint">
        {t('participation.form.imageHint')}
      </span>
      {error && (
        <span className="form-error-message" id="image-error">
          <span className="sr-only">{t('common.errorPrefix')} </span>
          {error}
        </span>
      )}
      <input
        type="file"
        id="image"
        name="image"
        accept="image/jpeg,image/png"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

function ProcessPage({ view }: { view: ProcessPageView }) {
  const { t, locale } = usePage();
  const p = view.process;
  const item = (c: ProcessPageView['contributions'][number]) => (
    <li key={c.id}>
      {c.text}
      {c.hasImage && (
        <>
          <br />
          <img
            className="mt-3 mb-3"
            src={`/api/v1/kommuner/${view.kommuneId}/participation/${p.id}/contributions/${c.id}/image`}
            alt={t('participation.page.imageAlt')}
            loading="lazy"
          />
        </>
      )}
    </li>
  );
  const inGroup = (id: string) => view.contributions.filter((c) => c.groupId === id);
  const ungrouped = view.contributions.filter(
    (c) => !c.groupId || !view.groups.some((g) => g.id === c.groupId),
  );
  const err = (f: string) => (view.errors[f] ? t(view.errors[f]) : undefined);
  return (
    <>
      <p>
        <a href={`/k/${view.kommuneId}/deltag`}>{t('participation.page.back')}</a>
      </p>
      <h1>{p.title}</h1>
      <h2>{t('participation.page.influence')}</h2>
      <p className="font-lead">{p.influence}</p>
      <h2>{t('participation.page.decided')}</h2>
      <p>{p.decided}</p>
      <h2>{t('participation.page.question')}</h2>
      <p>{p.question}</p>

      <h2>{t('participation.page.phases')}</h2>
      <ul>
        {p.phases.map((ph) => (
          <li key={`${ph.kind}-${ph.startsOn}`}>
            {t(`participation.phase.${ph.kind}`)}:{' '}
            {t('participation.phase.dates', {
              from: formatDate(ph.startsOn, locale),
              to: formatDate(ph.endsOn, locale),
            })}
          </li>
        ))}
        <li>{t(`participation.channels.${p.channels}`)}</li>
      </ul>
      {p.daysToFeedback !== null && (
        <p>{t('participation.page.timeToFeedback', { days: p.daysToFeedback })}</p>
      )}

      <h2>{t('participation.page.results')}</h2>
      {view.groups.length === 0 && view.contributions.length === 0 && (
        <p>{t('participation.page.noContributions')}</p>
      )}
      {view.groups.map((g) => (
        <section key={g.id} className="mb-6">
          <h3>{g.title}</h3>
          {g.outcome ? (
            <GroupAnswer outcome={g.outcome} group={g} />
          ) : (
            <p>{t('participation.page.noAnswer')}</p>
          )}
          <ul>{inGroup(g.id).map(item)}</ul>
        </section>
      ))}
      {ungrouped.length > 0 && (
        <>
          <h3>{t('participation.page.ungrouped')}</h3>
          <ul>{ungrouped.map(item)}</ul>
        </>
      )}

      <h2 id="contribute">{t('participation.page.contribute')}</h2>
      {view.thanks && (
        <div className="alert alert-success" role="status">
          <div className="alert-body">
            <p className="alert-text">{t('participation.page.thanks')}</p>
            {view.ownPath && (
              <p className="alert-text">
                <a href={view.ownPath}>{t('participation.page.follow')}</a>.{' '}
                {t('participation.page.followHint')}
              </p>
            )}
          </div>
        </div>
      )}
      {view.takesContributions ? (
        <form
          method="post"
          action={`/k/${view.kommuneId}/deltag/${p.id}`}
          encType="multipart/form-data"
          noValidate
        >
          <ErrorSummary
            heading={t('participation.form.errors')}
            items={FIELDS.filter((f) => view.errors[f]).map((f) => ({
              target: f,
              message: t(view.errors[f] as string),
            }))}
          />
          <p>{t('participation.page.contributeLead')}</p>
          <TextArea
            id="text"
            label={t('participation.form.text')}
            value={view.values.text}
            error={err('text')}
            required
          />
          <TextField
            id="name"
            label={t('participation.form.name')}
            value={view.values.name}
            error={err('name')}
            optional
            autoComplete="name"
          />
          <TextField
            id="email"
            type="email"
            label={t('participation.form.email')}
            value={view.values.email}
            error={err('email')}
            optional
            autoComplete="email"
          />
          <TextField
            id="phone"
            type="tel"
            label={t('participation.form.phone')}
            value={view.values.phone}
            error={err('phone')}
            optional
            autoComplete="tel"
            inputMode="tel"
          />
          <ImageField error={err('image')} />
          <button type="submit" className="button button-primary">
            {t('participation.form.submit')}
          </button>
        </form>
      ) : (
        <p>{t('participation.page.notTaking')}</p>
      )}
    </>
  );
}
