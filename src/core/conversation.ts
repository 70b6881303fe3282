// The conversation guide (samtaleguide) in mediation phases. The prompts are i18n text
// (dialogue.phase.<phase>.*); here is the order and what a saved conversation may hold.
import { ROOT_CAUSES, type RootCause } from './workflow.js';

export const CONVERSATION_PHASES = [
  'opening',
  'story',
  'clarify',
  'explain',
  'options',
  'agreement',
] as const;
export type ConversationPhase = (typeof CONVERSATION_PHASES)[number];

export const MAX_NOTE_LENGTH = 10_000;

export interface ConversationInput {
  currentPhase: string;
  notes: Record<string, unknown>;
  rootCause: string | null;
  secondaryCauses: readonly string[];
  /** Seconds of talk since the last save (the client's stopwatch); added to the total. */
  elapsedSeconds: number;
}

export type ConversationCheck =
  | {
      ok: true;
      value: {
        currentPhase: ConversationPhase;
        notes: Partial<Record<ConversationPhase, string>>;
        rootCause: RootCause | null;
        secondaryCauses: RootCause[];
        elapsedSeconds: number;
      };
    }
  | { ok: false; fields: Record<string, string> };

const isPhase = (p: string): p is ConversationPhase => (CONVERSATION_PHASES as readonly string[]).includes(p);
const isCause = (c: string): c is RootCause => (ROOT_CAUSES as readonly string[]).includes(c);

export function checkConversation(input: ConversationInput): ConversationCheck {
  const fields: Record<string, string> = {};
  if (!isPhase(input.currentPhase)) fields.currentPhase = 'dialogue.error.phase';
  const notes: Partial<Record<ConversationPhase, string>> = {};
  for (const [phase, text] of Object.entries(input.notes)) {
    if (!isPhase(phase) || typeof text !== 'string') fields[`notes.${phase}`] = 'dialogue.error.phase';
    else if (text.length > MAX_NOTE_LENGTH) fields[`notes.${phase}`] = 'dialogue.error.noteTooLong';
    else notes[phase] = text;
  }
  if (input.rootCause !== null && !isCause(input.rootCause)) fields.rootCause = 'dialogue.error.rootCause';
  const secondary = [...new Set(input.secondaryCauses)];
  if (secondary.some((c) => !isCause(c))) fields.secondaryCauses = 'dialogue.error.rootCause';
  // One primary root cause; the others are optional extras and never repeat the primary.
  else if (input.rootCause && secondary.includes(input.rootCause))
    fields.secondaryCauses = 'dialogue.error.secondarySameAsPrimary';
  if (
    !Number.isInteger(input.elapsedSeconds) ||
    input.elapsedSeconds < 0 ||
    input.elapsedSeconds > 4 * 3600
  ) {
    fields.elapsedSeconds = 'dialogue.error.elapsed';
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    value: {
      currentPhase: input.currentPhase as ConversationPhase,
      notes,
      rootCause: input.rootCause as RootCause | null,
      secondaryCauses: secondary as RootCause[],
      elapsedSeconds: input.elapsedSeconds,
    },
  };
}
