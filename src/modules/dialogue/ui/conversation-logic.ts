// The conversation guide's pure parts: moving between phases, what a save sends, and the call timer.
// No React and no clock of its own: `now` (milliseconds) is passed in, so the unit tests can drive it.
import { CONVERSATION_PHASES, type ConversationPhase } from '../../../core/conversation.js';
import { ROOT_CAUSES, type RootCause } from '../../../core/workflow.js';
import type { ConversationView } from '../conversation.js';

/** How many prompts each phase has in the message set (dialogue.phase.<phase>.prompt1 …). */
export const PHASE_PROMPTS: Readonly<Record<ConversationPhase, number>> = {
  opening: 4,
  story: 4,
  clarify: 4,
  explain: 4,
  options: 3,
  agreement: 3,
};

/** The server refuses more than four hours of talk in one save. */
export const MAX_ELAPSED_SECONDS = 4 * 3600;

export const promptKeys = (phase: ConversationPhase): string[] =>
  Array.from({ length: PHASE_PROMPTS[phase] }, (_, i) => `dialogue.phase.${phase}.prompt${i + 1}`);

export const isPhase = (p: string): p is ConversationPhase =>
  (CONVERSATION_PHASES as readonly string[]).includes(p);

const isCause = (c: string | null): c is RootCause =>
  c !== null && (ROOT_CAUSES as readonly string[]).includes(c);

export const phaseIndex = (phase: ConversationPhase): number => CONVERSATION_PHASES.indexOf(phase);

/** The phase one step away, or null at either end. */
export function stepPhase(phase: ConversationPhase, step: 1 | -1): ConversationPhase | null {
  return CONVERSATION_PHASES[phaseIndex(phase) + step] ?? null;
}

/** What the guide edits; the rest of ConversationView is the server's. */
export interface GuideDraft {
  phase: ConversationPhase;
  notes: Partial<Record<ConversationPhase, string>>;
  rootCause: RootCause | null;
  secondaryCauses: RootCause[];
}

/** Resume where the last save left off; unknown codes from a newer server are dropped, not sent back. */
export function draftFrom(initial: ConversationView | null): GuideDraft {
  if (!initial) return { phase: 'opening', notes: {}, rootCause: null, secondaryCauses: [] };
  const notes: GuideDraft['notes'] = {};
  for (const [phase, text] of Object.entries(initial.notes)) if (isPhase(phase)) notes[phase] = text;
  const rootCause = isCause(initial.rootCause) ? initial.rootCause : null;
  return {
    phase: isPhase(initial.currentPhase) ? initial.currentPhase : 'opening',
    notes,
    rootCause,
    secondaryCauses: initial.secondaryCauses.filter(isCause).filter((c) => c !== rootCause),
  };
}

/** A new primary cause is never also a secondary one (the server refuses that). */
export function withPrimary(draft: GuideDraft, rootCause: RootCause | null): GuideDraft {
  return { ...draft, rootCause, secondaryCauses: draft.secondaryCauses.filter((c) => c !== rootCause) };
}

/** Tick or untick a secondary cause, keeping the list in the order of ROOT_CAUSES. */
export function toggleSecondary(draft: GuideDraft, cause: RootCause, on: boolean): GuideDraft {
  const set = new Set(draft.secondaryCauses);
  if (on && cause !== draft.rootCause) set.add(cause);
  else set.delete(cause);
  return { ...draft, secondaryCauses: ROOT_CAUSES.filter((c) => set.has(c)) };
}

export interface SaveBody {
  currentPhase: ConversationPhase;
  notes: Partial<Record<ConversationPhase, string>>;
  rootCause: RootCause | null;
  secondaryCauses: RootCause[];
  elapsedSeconds: number;
  version?: number;
  end?: boolean;
}

/** The PUT body: the whole draft, the talk time since the last save, and the version last seen. */
export function saveBody(
  draft: GuideDraft,
  elapsedSeconds: number,
  version: number | null,
  end = false,
): SaveBody {
  return {
    currentPhase: draft.phase,
    notes: draft.notes,
    rootCause: draft.rootCause,
    secondaryCauses: draft.secondaryCauses,
    elapsedSeconds,
    ...(version === null ? {} : { version }),
    ...(end ? { end: true } : {}),
  };
}

/**
 * The call timer (stopwatch). It holds only the talk time not yet sent: each save takes the whole
 * seconds and the server adds them to the total; a failed save gives them back.
 */
export interface Timer {
  unsentMs: number;
  /** When the running stretch began, or null when paused. */
  runningSince: number | null;
}

export const stoppedTimer: Timer = { unsentMs: 0, runningSince: null };

export const startTimer = (t: Timer, now: number): Timer =>
  t.runningSince === null ? { ...t, runningSince: now } : t;

export const pauseTimer = (t: Timer, now: number): Timer =>
  t.runningSince === null ? t : { unsentMs: unsentMs(t, now), runningSince: null };

export const unsentMs = (t: Timer, now: number): number =>
  t.unsentMs + (t.runningSince === null ? 0 : Math.max(0, now - t.runningSince));

/** Take the whole unsent seconds for a save; the fraction stays, and a running timer keeps running. */
export function takeSeconds(t: Timer, now: number): { seconds: number; timer: Timer } {
  const ms = unsentMs(t, now);
  const seconds = Math.min(Math.floor(ms / 1000), MAX_ELAPSED_SECONDS);
  return {
    seconds,
    timer: { unsentMs: ms - seconds * 1000, runningSince: t.runningSince === null ? null : now },
  };
}

/** A save failed: its seconds are still unsent. */
export const giveBack = (t: Timer, seconds: number): Timer => ({
  ...t,
  unsentMs: t.unsentMs + seconds * 1000,
});

/** 75 → '1:15', 3725 → '1:02:05'. */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** The same as an ISO 8601 duration for <time dateTime>. */
export function isoDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  return `PT${Math.floor(s / 3600)}H${Math.floor((s % 3600) / 60)}M${s % 60}S`;
}

/**
 * The server's per-field refusals, split into the note of each phase and the rest.
 * Field names are `notes.<phase>`, `rootCause`, `secondaryCauses`, `currentPhase`, `elapsedSeconds`.
 */
export function splitFieldErrors(fields: Record<string, string> | undefined): {
  notes: Partial<Record<ConversationPhase, string>>;
  other: string[];
} {
  const notes: Partial<Record<ConversationPhase, string>> = {};
  const other: string[] = [];
  for (const [field, message] of Object.entries(fields ?? {})) {
    const phase = field.startsWith('notes.') ? field.slice('notes.'.length) : '';
    if (isPhase(phase)) notes[phase] = message;
    else other.push(message);
  }
  return { notes, other };
}
