// The readability check of a text, as the writer is shown it — on the server (POST /api/v1/text/lix) and live in
// the composer alike: LIX with its band, the long sentences and the plain-language findings, each finding with
// a suggestion in the writer's language.
import { aboveLimit, type LixBand, lix } from '../../core/lix.js';
import { type Finding, type OfficialesePhrase, plainLanguageFindings } from '../../core/plain-language.js';
import type { Translate } from '../../i18n/index.js';

export interface TextAnalysis {
  lix: number;
  band: LixBand;
  words: number;
  sentences: number;
  longWords: number;
  longSentences: { start: number; end: number; words: number }[];
  findings: { kind: Finding['kind']; start: number; end: number; text: string; suggestion?: string }[];
  limit: number;
  aboveLimit: boolean;
}

export interface AnalysisOptions {
  officialese: readonly OfficialesePhrase[];
  lixLimit: number;
  /** The text is the legal-basis section (§ references belong there). */
  legalBasis?: boolean;
}

/** The sentence a finding's suggestion is shown in. */
export function suggestionText(t: Translate, f: Pick<Finding, 'kind' | 'suggestion'>): string {
  const word = f.suggestion;
  switch (f.kind) {
    case 'passive':
      return word ? t('letters.suggest.passive', { word }) : t('letters.suggest.passiveNoWord');
    case 'nominalisation':
      return word ? t('letters.suggest.nominalisation', { word }) : t('letters.suggest.nominalisationNoWord');
    case 'officialese':
      return word ? t('letters.suggest.officialese', { word }) : t('letters.suggest.officialeseOmit');
    case 'paragraph':
      return t('letters.suggest.paragraph');
  }
}

export function analyseText(text: string, t: Translate, options: AnalysisOptions): TextAnalysis {
  const r = lix(text);
  const findings = plainLanguageFindings(text, {
    officialese: options.officialese,
    legalBasis: options.legalBasis ?? false,
  });
  return {
    ...r,
    findings: findings.map((f) => ({
      kind: f.kind,
      start: f.start,
      end: f.end,
      text: f.text,
      suggestion: suggestionText(t, f),
    })),
    limit: options.lixLimit,
    aboveLimit: aboveLimit(r, options.lixLimit),
  };
}

/** A whole letter's text for its LIX: the title and each section's heading and body, one per line. */
export const letterText = (title: string, sections: readonly { heading: string; body: string }[]) =>
  [title, ...sections.flatMap((s) => [s.heading, s.body])].join('\n');
