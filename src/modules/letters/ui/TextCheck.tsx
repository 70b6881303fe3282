// Readability feedback while writing, computed in the browser with the same pure functions as the server:
// the letter's LIX with its band and counts (a warning above the kommune's limit), and for each section its
// text with the plain-language findings marked and long sentences underlined, each finding with a suggestion.
import { type ReactNode, useMemo } from 'react';
import { useI18n } from '../../../../web/src/app/i18n.js';
import { analyseText, type TextAnalysis } from '../analysis.js';
import type { LetterSettingsView } from './letters-api.js';

export function useAnalysis(text: string, settings: LetterSettingsView, legalBasis = false): TextAnalysis {
  const { t } = useI18n();
  return useMemo(() => analyseText(text, t, { ...settings, legalBasis }), [text, t, settings, legalBasis]);
}

/** The whole letter's figures. Live: a screen reader hears the LIX as it changes, not every keystroke's text. */
export function LixSummary({ analysis }: { analysis: TextAnalysis }) {
  const { t } = useI18n();
  const a = analysis;
  return (
    <section aria-labelledby="letters-check-heading" className="mb-6">
      <h2 id="letters-check-heading" className="h3">
        {t('letters.ui.check.title')}
      </h2>
      <div role="status" aria-live="polite" aria-atomic="true">
        <div className={a.aboveLimit ? 'alert alert-warning' : 'alert alert-info'}>
          <p className="alert-text" data-testid="lix-message">
            {t(a.aboveLimit ? 'letters.ui.check.aboveLimit' : 'letters.ui.check.withinLimit', {
              lix: a.lix,
              limit: a.limit,
            })}
          </p>
        </div>
      </div>
      <dl className="letters-figures">
        <Figure label={t('letters.ui.check.lix')} value={<span data-testid="lix-value">{a.lix}</span>} />
        <Figure label={t('letters.ui.check.band')} value={t(`letters.band.${a.band}`)} />
        <Figure label={t('letters.ui.check.words')} value={a.words} />
        <Figure label={t('letters.ui.check.sentences')} value={a.sentences} />
        <Figure label={t('letters.ui.check.longWords')} value={a.longWords} />
        <Figure label={t('letters.ui.check.longSentences')} value={a.longSentences.length} />
        <Figure label={t('letters.ui.check.limit')} value={a.limit} />
      </dl>
    </section>
  );
}

function Figure({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="mb-3">{value}</dd>
    </div>
  );
}

/** The text cut at every finding's and long sentence's edge, each piece knowing what covers it. */
function pieces(text: string, a: TextAnalysis) {
  const cuts = new Set([0, text.length]);
  for (const r of [...a.findings, ...a.longSentences]) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const sorted = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((x, y) => x - y);
  return sorted.slice(0, -1).map((start, i) => {
    const end = sorted[i + 1]!;
    const finding = a.findings.findIndex((f) => f.start <= start && end <= f.end);
    const long = a.longSentences.some((s) => s.start <= start && end <= s.end);
    return { start, end, text: text.slice(start, end), finding, long };
  });
}

/** One section's text with its findings marked (numbered) and its long sentences underlined, and the list. */
export function SectionCheck({ id, text, analysis }: { id: string; text: string; analysis: TextAnalysis }) {
  const { t } = useI18n();
  const parts = useMemo(() => pieces(text, analysis), [text, analysis]);
  if (text.trim() === '') return null;
  const endsLong = new Set(analysis.longSentences.map((s) => s.end));
  return (
    <details className="details mb-5" id={id}>
      <summary className="details-summary">
        {analysis.findings.length === 0
          ? t('letters.ui.check.noFindings')
          : `${t('letters.ui.check.findings')} (${analysis.findings.length})`}
      </summary>
      <div className="details-text">
        <p className="weight-semibold">{t('letters.ui.check.marked')}</p>
        <p className="letters-marked">
          {parts.map((p) => {
            const inner =
              p.finding >= 0 ? (
                <mark>
                  {p.text}
                  <sup aria-hidden="true">{p.finding + 1}</sup>
                </mark>
              ) : (
                p.text
              );
            return (
              <span key={p.start} className={p.long ? 'letters-long' : undefined}>
                {inner}
                {p.long && endsLong.has(p.end) && (
                  <span className="sr-only"> {t('letters.ui.check.longSentence')}</span>
                )}
              </span>
            );
          })}
        </p>
        {analysis.findings.length > 0 && (
          <ol>
            {analysis.findings.map((f) => (
              <li key={`${f.start}-${f.kind}`}>
                <strong>{t(`letters.ui.check.kind.${f.kind}`)}:</strong> »{f.text}« — {f.suggestion}
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
