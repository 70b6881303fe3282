// The kommune's letter templates (admin): per kind and area, the title and the sections in the fixed order,
// with the readability feedback and a preview on a sample case; and the kommune's plain-language settings —
// the LIX limit and the list of officialese with plainer words.
import { type FormEvent, useMemo, useState } from 'react';
import { refusalText } from '../../../../web/src/app/api.js';
import { SelectField, TextArea, TextField } from '../../../../web/src/app/fields.js';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { Loading } from '../../../../web/src/app/Loading.js';
import { ErrorAlert, type Notice, NoticeRegion } from '../../../../web/src/app/Notice.js';
import { usePageTitle } from '../../../../web/src/app/router.js';
import { useLoad } from '../../../../web/src/app/useLoad.js';
import { formatDateLong, localDate } from '../../../core/calendar.js';
import {
  fillPlaceholders,
  LETTER_KINDS,
  type LetterKind,
  type LetterSection,
  PLACEHOLDERS,
  sectionsFor,
} from '../../../core/letters.js';
import { letterText } from '../analysis.js';
import { LetterPreview } from './ComposerPage.js';
import {
  fetchTemplates,
  type LetterSettingsView,
  saveSettings,
  saveTemplate,
  type TemplateView,
} from './letters-api.js';
import { LixSummary, SectionCheck, useAnalysis } from './TextCheck.js';
import './letters.css';

export function TemplatesPage() {
  const { t } = useI18n();
  usePageTitle(t('letters.ui.templates.title'), t('app.name'));
  const { load, reload } = useLoad(fetchTemplates);
  const [kind, setKind] = useState<LetterKind>('decision');
  const [area, setArea] = useState('');
  return (
    <>
      <h1 tabIndex={-1}>{t('letters.ui.templates.title')}</h1>
      <p>{t('letters.ui.templates.intro')}</p>
      {load.status === 'loading' && <Loading text={t('letters.ui.loading')} />}
      {load.status === 'failed' && <ErrorAlert text={load.message} />}
      {load.status === 'ready' && (
        <>
          <div className="d-flex flex-wrap">
            <div className="mr-6">
              <SelectField
                id="template-kind"
                label={t('letters.ui.templates.kind')}
                value={kind}
                onChange={(v) => setKind(v as LetterKind)}
              >
                {LETTER_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`letters.kind.${k}`)}
                  </option>
                ))}
              </SelectField>
            </div>
            <SelectField
              id="template-area"
              label={t('letters.ui.templates.area')}
              value={area}
              onChange={setArea}
            >
              <option value="">{t('letters.ui.templates.allAreas')}</option>
              {load.data.areas.map((a) => (
                <option key={a.code} value={a.code}>
                  {a.name}
                </option>
              ))}
            </SelectField>
          </div>
          <TemplateEditor
            key={`${kind}-${area}-${load.data.items.length}`}
            kind={kind}
            area={area || null}
            templates={load.data.items}
            settings={load.data.settings}
            onSaved={reload}
          />
          <SettingsForm
            key={JSON.stringify(load.data.settings)}
            settings={load.data.settings}
            onSaved={reload}
          />
        </>
      )}
    </>
  );
}

/** The template shown for a kind and area: the area's own, else the one for all areas, else empty sections. */
function startingPoint(kind: LetterKind, area: string | null, templates: readonly TemplateView[]) {
  const own = templates.find((x) => x.kind === kind && (x.area?.code ?? null) === area);
  const general = templates.find((x) => x.kind === kind && x.area === null);
  const from = own ?? general;
  const sections: LetterSection[] = sectionsFor(kind).map(
    (key) => from?.sections.find((s) => s.key === key) ?? { key, heading: '', body: '' },
  );
  return { title: from?.title ?? '', sections, inherited: !own && area !== null && general !== undefined };
}

function TemplateEditor(props: {
  kind: LetterKind;
  area: string | null;
  templates: readonly TemplateView[];
  settings: LetterSettingsView;
  onSaved: () => void;
}) {
  const { kind, area, templates, settings, onSaved } = props;
  const { t } = useI18n();
  const start = useMemo(() => startingPoint(kind, area, templates), [kind, area, templates]);
  const [title, setTitle] = useState(start.title);
  const [sections, setSections] = useState(start.sections);
  const [notice, setNotice] = useState<Notice>(null);
  const today = localDate(new Date());
  // The sample case the preview is filled from (synthetic).
  const sample = useMemo(
    () => ({
      citizenName: t('letters.sample.name'),
      caseNumber: '259-2026-000123',
      receivedOn: formatDateLong(today, 'da'),
      decisionDate: formatDateLong(today, 'da'),
      decisionReference: 'HJ-2026-0042',
      area: t('letters.sample.area'),
      kommune: t('letters.sample.kommune'),
      today: formatDateLong(today, 'da'),
      caseworker: t('letters.sample.caseworker'),
      reason: t('letters.sample.reason'),
      expectedOn: formatDateLong(today, 'da'),
    }),
    [t, today],
  );
  const filled = useMemo(
    () => ({
      title: fillPlaceholders(title, sample),
      sections: sections.map((s) => ({ ...s, body: fillPlaceholders(s.body, sample) })),
    }),
    [title, sections, sample],
  );
  const whole = useAnalysis(letterText(filled.title, filled.sections), settings);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await saveTemplate(kind, { area, title, sections });
      setNotice({ text: t('letters.ui.templates.saved'), error: false });
      onSaved();
    } catch (err) {
      setNotice({ text: refusalText(t, err), error: true });
    }
  };

  return (
    <div className="row mt-5">
      <form className="col-12 col-lg-7" onSubmit={(e) => void submit(e)} noValidate>
        {start.inherited && <p className="form-hint">{t('letters.ui.templates.fromDefault')}</p>}
        <p className="form-hint">
          {t('letters.ui.templates.placeholders', { names: PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ') })}
        </p>
        <TextField
          id="template-title"
          label={t('letters.ui.compose.letterTitle')}
          value={title}
          onChange={setTitle}
        />
        {sections.map((s, i) => (
          <TemplateSection
            key={s.key}
            index={i}
            section={s}
            sampleBody={filled.sections[i]!.body}
            settings={settings}
            onChange={(c) => setSections((all) => all.map((x, j) => (j === i ? { ...x, ...c } : x)))}
          />
        ))}
        <NoticeRegion notice={notice} />
        <button type="submit" className="button button-primary mt-4">
          {t('letters.ui.templates.save')}
        </button>
      </form>
      <div className="col-12 col-lg-5">
        <LixSummary analysis={whole} />
        <section aria-labelledby="template-preview-heading">
          <h2 id="template-preview-heading" className="h3">
            {t('letters.ui.templates.preview')}
          </h2>
          <LetterPreview title={filled.title} sections={filled.sections} />
        </section>
      </div>
    </div>
  );
}

function TemplateSection(props: {
  index: number;
  section: LetterSection;
  sampleBody: string;
  settings: LetterSettingsView;
  onChange: (c: Partial<LetterSection>) => void;
}) {
  const { index: i, section: s, sampleBody, settings, onChange } = props;
  const { t } = useI18n();
  const analysis = useAnalysis(sampleBody, settings, s.key === 'legal_basis');
  return (
    <fieldset className="mb-6">
      <legend className="h3">{t(`letters.section.${s.key}`)}</legend>
      <TextField
        id={`template-section-${i}-heading`}
        label={t('letters.ui.compose.heading')}
        value={s.heading}
        onChange={(heading) => onChange({ heading })}
      />
      <TextArea
        id={`template-section-${i}-body`}
        label={t('letters.ui.compose.body')}
        hint={t('letters.ui.compose.bodyHint')}
        value={s.body}
        rows={6}
        onChange={(body) => onChange({ body })}
      />
      <SectionCheck id={`template-section-${i}-check`} text={sampleBody} analysis={analysis} />
    </fieldset>
  );
}

/** "phrase = suggestion", one a line. */
const toLines = (s: LetterSettingsView) =>
  s.officialese.map((o) => `${o.phrase} = ${o.suggestion}`).join('\n');
const fromLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const at = l.indexOf('=');
      return at < 0
        ? { phrase: l, suggestion: '' }
        : { phrase: l.slice(0, at).trim(), suggestion: l.slice(at + 1).trim() };
    });

function SettingsForm({ settings, onSaved }: { settings: LetterSettingsView; onSaved: () => void }) {
  const { t } = useI18n();
  const [limit, setLimit] = useState(String(settings.lixLimit));
  const [lines, setLines] = useState(toLines(settings));
  const [notice, setNotice] = useState<Notice>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await saveSettings({ lixLimit: Number.parseInt(limit, 10) || 0, officialese: fromLines(lines) });
      setNotice({ text: t('letters.ui.settings.saved'), error: false });
      onSaved();
    } catch (err) {
      setNotice({ text: refusalText(t, err), error: true });
    }
  };
  return (
    <section aria-labelledby="letter-settings-heading" className="mt-8">
      <h2 id="letter-settings-heading">{t('letters.ui.settings.title')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <TextField
          id="letter-settings-limit"
          label={t('letters.ui.settings.lixLimit')}
          hint={t('letters.ui.settings.lixLimitHint')}
          inputMode="numeric"
          width="input-width-xs"
          value={limit}
          onChange={setLimit}
        />
        <TextArea
          id="letter-settings-officialese"
          label={t('letters.ui.settings.officialese')}
          hint={t('letters.ui.settings.officialeseHint')}
          rows={10}
          value={lines}
          onChange={setLines}
        />
        <NoticeRegion notice={notice} />
        <button type="submit" className="button button-primary mt-4">
          {t('letters.ui.settings.save')}
        </button>
      </form>
    </section>
  );
}
