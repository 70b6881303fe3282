// Learning cases (erfaringscases): their tags, what a draft needs before it can be published, and the review of
// its redactions. Pure: the learning module stores and searches, this decides.
import { CONVERSATION_PHASES, type ConversationPhase } from './conversation.js';
import { type ExtraTerm, findRedactions, REDACTION_KINDS, type Redaction, redact } from './redaction.js';
import { ROOT_CAUSES, type RootCause } from './workflow.js';

/** How the case ended, as the author tags it. */
export const LEARNING_OUTCOMES = [
  'resolved',
  'partly_resolved',
  'withdrawn',
  'maintained',
  'appealed',
] as const;
export type LearningOutcome = (typeof LEARNING_OUTCOMES)[number];

/** The texts of a learning case: what happened, what worked, what the author would do differently. */
export const LEARNING_FIELDS = ['title', 'happened', 'worked', 'differently'] as const;
export type LearningField = (typeof LEARNING_FIELDS)[number];
export type LearningTexts = Record<LearningField, string>;

export const LEARNING_TITLE_MAX = 200;
export const LEARNING_TEXT_MAX = 10_000;
export const LEARNING_TERMS_MAX = 100;

export interface LearningTags {
  techniques: ConversationPhase[];
  rootCause: RootCause | null;
  outcome: LearningOutcome | null;
}

export interface ReviewState {
  /** Names known from the case and the citizen record. */
  names: readonly string[];
  /** Texts the author undid (kept as written). */
  kept: readonly string[];
  /** Terms the author added. */
  added: readonly ExtraTerm[];
}

export interface FieldReview {
  field: LearningField;
  /** The field as written (the draft's text). */
  text: string;
  /** The field as it will be published. */
  redacted: string;
  redactions: (Redaction & { text: string })[];
}

/** Every field's redactions, as the review shows them and publishing applies them. */
export function reviewFields(texts: LearningTexts, review: ReviewState): FieldReview[] {
  const options = { names: review.names, keep: review.kept, terms: review.added };
  return LEARNING_FIELDS.map((field) => {
    const text = texts[field];
    const redactions = findRedactions(text, options).map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
    return { field, text, redacted: redact(text, options).text, redactions };
  });
}

/** The fields as published: each with its redactions applied. */
export function publishedTexts(texts: LearningTexts, review: ReviewState): LearningTexts {
  const out = { ...texts };
  for (const f of reviewFields(texts, review)) out[f.field] = f.redacted;
  return out;
}

/** What is missing before a draft may be published (i18n keys by field); empty when it may be. */
export function publishProblems(texts: LearningTexts, tags: LearningTags): Record<string, string> {
  const problems: Record<string, string> = {};
  if (texts.title.trim().length < 3) problems.title = 'learning.error.title';
  if (texts.happened.trim().length < 10) problems.happened = 'learning.error.happened';
  if (texts.worked.trim().length === 0 && texts.differently.trim().length === 0)
    problems.worked = 'learning.error.reflection';
  if (tags.techniques.length === 0) problems.techniques = 'learning.error.techniques';
  if (!tags.outcome) problems.outcome = 'learning.error.outcome';
  return problems;
}

/** A proposed draft from a closed case: its description and the conversation notes, phase by phase. */
export function draftFromCase(input: {
  description: string;
  notes: Partial<Record<string, string>>;
  rootCause: string | null;
  states: readonly string[];
}): {
  happened: string;
  techniques: ConversationPhase[];
  rootCause: RootCause | null;
  outcome: LearningOutcome | null;
} {
  const phases = CONVERSATION_PHASES.filter((p) => (input.notes[p] ?? '').trim() !== '');
  const happened = [input.description.trim(), ...phases.map((p) => input.notes[p]!.trim())]
    .filter((s) => s !== '')
    .join('\n\n');
  const rootCause = (ROOT_CAUSES as readonly string[]).includes(input.rootCause ?? '')
    ? (input.rootCause as RootCause)
    : null;
  const outcome: LearningOutcome | null = input.states.includes('resolved')
    ? 'resolved'
    : input.states.includes('withdrawn')
      ? 'withdrawn'
      : input.states.includes('forwarded') || input.states.includes('appeal_decided')
        ? 'appealed'
        : input.states.includes('maintained')
          ? 'maintained'
          : null;
  return { happened: happened.slice(0, LEARNING_TEXT_MAX), techniques: phases, rootCause, outcome };
}

export const isRedactionKind = (k: string): k is ExtraTerm['kind'] =>
  (REDACTION_KINDS as readonly string[]).includes(k);
