// The letter composer (/staff/cases/{caseNumber}/letters/{n}): the letter's title and its sections in the fixed,
// reader-friendly order, with live readability feedback (LIX and band, long words counted, long sentences
// underlined, plain-language findings marked with suggestions, a warning above the kommune's limit), the nudge
// to call the citizen first when no call has reached them, a preview, the PDF, and sending with a confirmation.
// A sent letter is shown read-only.
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError, refusalText } from '../../../../web/src/app/api.js';
import { ErrorSummary } from '../../../../web/src/app/ErrorSummary.js';
import { focusFirstError, RadioGroup, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { formatDateTime } from '../../../../web/src/app/format.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { Link, usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { type LetterSection, paragraphsOf } from '../../../core/letters.js';
import { letterText } from '../analysis.js';
import {
  fetchLetter,
  type LetterWithContext,
  letterPdfUrl,
  type SendChannel,
  saveLetter,
  sendLetter,
} from './letters-api.js';
import { LixSummary, SectionCheck, useAnalysis } from './TextCheck.js';
import './letters.css';

export function ComposerPage({ caseNumber, letterNumber }: { caseNumber: string; letterNumber: number }) {
  const { t } = useI18n();
  const fetcher = useCallback(() => fetchLetter(caseNumber, letterNumber), [caseNumber, letterNumber]);
  const { load, update } = useLoad(fetcher);
  const title = t('letters.ui.compose.title', { number: letterNumber, caseNumber });
  usePageTitle(title, t('app.name'));
  return (
    <>
      <p>
        <Link to={`/sager/${encodeURIComponent(caseNumber)}`} className="back-link">
          {t('letters.ui.back', { caseNumber })}
        </Link>
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      {load.status === 'loading' && <Loading text={t('letters.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <Composer
          key={`${load.data.letter.number}-${load.data.letter.status}`}
          caseNumber={caseNumber}
          data={load.data}
          onChanged={(d) => update(() => d)}
        />
      )}
    </>
  );
}

const fieldIds = (sections: readonly LetterSection[]) => [
  'letter-title',
  ...sections.flatMap((_, i) => [`letter-section-${i}-heading`, `letter-section-${i}-body`]),
];

function Composer(props: {
  caseNumber: string;
  data: LetterWithContext;
  onChanged: (d: LetterWithContext) => void;
}) {
  const { caseNumber, data, onChanged } = props;
  const { t, locale } = useI18n();
  const { letter, settings, reachedCall, channels, email } = data;
  const sent = letter.status === 'sent';
  // Digital Post first, as the rule; e-mail is offered only when the citizen has given an address.
  const [channel, setChannel] = useState<SendChannel>(channels[0] ?? 'digital_post');
  const [title, setTitle] = useState(letter.title);
  const [sections, setSections] = useState<LetterSection[]>(letter.sections);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  // The confirmation's first button gets focus once, so the keyboard user is where the choice is.
  const focusOnMount = useCallback((b: HTMLButtonElement | null) => b?.focus(), []);
  const dirty = title !== letter.title || JSON.stringify(sections) !== JSON.stringify(letter.sections);
  const whole = useAnalysis(
    useMemo(() => letterText(title, sections), [title, sections]),
    settings,
  );

  const setSection = (i: number, change: Partial<LetterSection>) =>
    setSections((all) => all.map((s, j) => (j === i ? { ...s, ...change } : s)));

  const refused = (err: unknown) => {
    const f = err instanceof ApiError ? (err.fields ?? {}) : {};
    const mapped = Object.fromEntries(
      Object.entries(f).map(([k, m]) => [
        k === 'title'
          ? 'letter-title'
          : k === 'channel'
            ? 'letter-channel'
            : k.replace(/^sections\.(\d+)\.(\w+)$/, 'letter-section-$1-$2'),
        m,
      ]),
    );
    setFields(mapped);
    setNotice({ text: refusalText(t, err), error: true });
    if (Object.keys(mapped).length > 0) requestAnimationFrame(() => summary.current?.focus());
    else focusFirstError([]);
  };

  const save = async (): Promise<boolean> => {
    setBusy(true);
    setFields({});
    try {
      const saved = await saveLetter(caseNumber, letter.number, { title, sections });
      setNotice({ text: t('letters.ui.compose.saved'), error: false });
      onChanged(saved);
      return true;
    } catch (err) {
      refused(err);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const send = async () => {
    setConfirming(false);
    if (dirty && !(await save())) return;
    setBusy(true);
    try {
      const done = await sendLetter(caseNumber, letter.number, channel);
      onChanged(done);
    } catch (err) {
      refused(err);
    } finally {
      setBusy(false);
    }
  };

  const summaryItems = Object.entries(fields)
    .filter(([k]) => fieldIds(sections).includes(k))
    .map(([target, message]) => ({ target, message }));

  return (
    <div className="row">
      <div className="col-12 col-lg-7">
        {!reachedCall && !sent && (
          <div className="alert alert-info" data-testid="call-nudge">
            <div className="alert-body">
              <h2 className="alert-heading h4">{t('letters.ui.nudge.title')}</h2>
              <p className="alert-text">{t('letters.ui.nudge.text')}</p>
            </div>
          </div>
        )}
        {sent && letter.sentAt && (
          <div className="alert alert-success" data-testid="letter-sent">
            <p className="alert-text">
              {t('letters.ui.compose.sentReadOnly', { date: formatDateTime(letter.sentAt, locale) })}
              {letter.channel && <> {t(`letters.ui.compose.sentBy.${letter.channel}`)}</>}
            </p>
          </div>
        )}
        <NoticeRegion notice={notice} />
        <ErrorSummary heading={t('letters.ui.compose.errorHeading')} items={summaryItems} ref={summary} />
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          noValidate
        >
          <TextField
            id="letter-title"
            label={t('letters.ui.compose.letterTitle')}
            value={title}
            onChange={setTitle}
            readOnly={sent}
            maxLength={200}
            error={fields['letter-title']}
          />
          {sections.map((s, i) => (
            <SectionEditor
              key={s.key}
              index={i}
              section={s}
              readOnly={sent}
              settings={settings}
              errors={fields}
              onChange={(c) => setSection(i, c)}
            />
          ))}
          {!sent && channels.includes('email') && (
            <RadioGroup
              name="letter-channel"
              legend={t('letters.ui.compose.channel')}
              options={channels.map((ch) => ({
                value: ch,
                label: t(`letters.ui.compose.channel.${ch}`, { email: email ?? '' }),
              }))}
              value={channel}
              onChange={(v) => {
                setChannel(v);
                setConfirming(false);
              }}
              error={fields['letter-channel']}
            />
          )}
          {!sent && !channels.includes('email') && (
            <p className="form-hint">{t('letters.ui.compose.noEmail')}</p>
          )}
          {!sent && (
            <div className="d-flex flex-wrap align-items-center">
              <button type="submit" className="button button-secondary mr-4 mb-4" disabled={busy}>
                {t('letters.ui.compose.save')}
              </button>
              {!confirming && (
                <button
                  type="button"
                  className="button button-primary mb-4"
                  disabled={busy}
                  onClick={() => setConfirming(true)}
                >
                  {t(channel === 'email' ? 'letters.ui.compose.sendEmail' : 'letters.ui.compose.send')}
                </button>
              )}
            </div>
          )}
          {dirty && !sent && <p className="form-hint">{t('letters.ui.compose.unsaved')}</p>}
        </form>
        {confirming && (
          <div className="alert alert-warning" role="alertdialog" aria-labelledby="confirm-send-text">
            <p className="alert-text" id="confirm-send-text">
              {channel === 'email'
                ? t('letters.ui.compose.confirmSendEmail', { email: email ?? '' })
                : t('letters.ui.compose.confirmSend')}
            </p>
            <div className="d-flex flex-wrap">
              <button
                type="button"
                className="button button-primary mr-4 mt-3"
                onClick={() => void send()}
                ref={focusOnMount}
              >
                {t('letters.ui.compose.confirmYes')}
              </button>
              <button
                type="button"
                className="button button-secondary mt-3"
                onClick={() => setConfirming(false)}
              >
                {t('letters.ui.compose.confirmNo')}
              </button>
            </div>
          </div>
        )}
        <p className="mt-5">
          <a href={letterPdfUrl(caseNumber, letter.number)} target="_blank" rel="noopener">
            {t('letters.ui.compose.pdf')}
          </a>
        </p>
        {!sent && <p className="form-hint">{t('letters.ui.compose.pdfHint')}</p>}
      </div>
      <div className="col-12 col-lg-5">
        <LixSummary analysis={whole} />
        <section aria-labelledby="letters-preview-heading">
          <h2 id="letters-preview-heading" className="h3">
            {t('letters.ui.preview.title')}
          </h2>
          <LetterPreview title={title} sections={sections} />
        </section>
      </div>
    </div>
  );
}

function SectionEditor(props: {
  index: number;
  section: LetterSection;
  readOnly: boolean;
  settings: LetterWithContext['settings'];
  errors: Record<string, string>;
  onChange: (c: Partial<LetterSection>) => void;
}) {
  const { index: i, section: s, readOnly, settings, errors, onChange } = props;
  const { t } = useI18n();
  const analysis = useAnalysis(s.body, settings, s.key === 'legal_basis');
  return (
    <fieldset className="mb-6" data-section={s.key}>
      <legend className="h3">{t(`letters.section.${s.key}`)}</legend>
      <TextField
        id={`letter-section-${i}-heading`}
        label={t('letters.ui.compose.heading')}
        value={s.heading}
        readOnly={readOnly}
        maxLength={200}
        onChange={(heading) => onChange({ heading })}
        error={errors[`letter-section-${i}-heading`]}
      />
      <TextArea
        id={`letter-section-${i}-body`}
        label={t('letters.ui.compose.body')}
        hint={t('letters.ui.compose.bodyHint')}
        value={s.body}
        readOnly={readOnly}
        rows={Math.min(14, Math.max(4, s.body.split('\n').length + 1))}
        maxLength={20000}
        onChange={(body) => onChange({ body })}
        error={errors[`letter-section-${i}-body`]}
      />
      <SectionCheck id={`letter-section-${i}-check`} text={s.body} analysis={analysis} />
    </fieldset>
  );
}

/** The letter as the citizen reads it: the same title, headings and paragraphs as the PDF. */
export function LetterPreview({ title, sections }: { title: string; sections: readonly LetterSection[] }) {
  return (
    <article className="letters-preview" lang="da">
      <h3 className="h2">{title}</h3>
      {sections.map((s) => (
        <div key={s.key}>
          <h4>{s.heading}</h4>
          {paragraphsOf(s.body).map((p, i) => (
            // Paragraphs have no identity of their own; their place in the section is theirs.
            // biome-ignore lint/suspicious/noArrayIndexKey: the paragraphs of a text, in order
            <p key={`${s.key}-${i}`}>{p}</p>
          ))}
        </div>
      ))}
    </article>
  );
}
