// The guide's state and its autosave: debounced while typing, at once on a phase change, a blur, a cause,
// a paused timer and on leaving. One save at a time; a change during a save is sent right after it.
// The server's `version` stops a stale window from overwriting a newer save: on 409 autosave stops until
// the user loads the latest version.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../../web/src/app/api.js';
import type { ConversationPhase } from '../../../core/conversation.js';
import type { ConversationView } from '../conversation.js';
import { fetchConversation, putConversation } from './conversation-api.js';
import {
  draftFrom,
  type GuideDraft,
  giveBack,
  pauseTimer,
  saveBody,
  splitFieldErrors,
  startTimer,
  stoppedTimer,
  type Timer,
  takeSeconds,
  unsentMs,
} from './conversation-logic.js';

export const AUTOSAVE_DELAY_MS = 1500;

/** `message` is the server's text where it has one; otherwise the component shows its own. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string | null; invalid: boolean }
  | { kind: 'conflict'; message: string; loadFailed: boolean };

interface Options {
  caseNumber: string;
  initial: ConversationView | null;
  onSaved: () => void;
}

export function useConversationAutosave({ caseNumber, initial, onSaved }: Options) {
  const [draft, setDraftState] = useState<GuideDraft>(() => draftFrom(initial));
  const [timer, setTimerState] = useState<Timer>(stoppedTimer);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [savedSeconds, setSavedSeconds] = useState(initial?.durationSeconds ?? 0);
  const [endedAt, setEndedAt] = useState<string | null>(initial?.endedAt ?? null);
  const [noteErrors, setNoteErrors] = useState<Partial<Record<ConversationPhase, string>>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const [now, setNow] = useState(() => Date.now());

  // Refs hold what the next save sends, so a save started by a timeout sees the latest text.
  const draftRef = useRef(draft);
  const timerRef = useRef(timer);
  const versionRef = useRef<number | null>(initial?.version ?? null);
  const dirtyRef = useRef(false);
  const busyRef = useRef(false);
  const againRef = useRef<{ end: boolean } | null>(null);
  const conflictRef = useRef(false);
  const mountedRef = useRef(true);
  const debounceRef = useRef<number | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  const savedCauseRef = useRef<string | null>(initial?.rootCause ?? null);
  useEffect(() => {
    onSavedRef.current = onSaved;
  }, [onSaved]);

  const setDraft = useCallback((next: GuideDraft) => {
    draftRef.current = next;
    setDraftState(next);
  }, []);
  const setTimer = useCallback((next: Timer) => {
    timerRef.current = next;
    setTimerState(next);
  }, []);

  const save = useCallback(
    async (end = false): Promise<void> => {
      window.clearTimeout(debounceRef.current);
      if (conflictRef.current) return;
      if (busyRef.current) {
        againRef.current = { end: end || (againRef.current?.end ?? false) };
        return;
      }
      busyRef.current = true;
      const at = Date.now();
      // Ending the call stops the clock; its last seconds go with this save.
      const taken = takeSeconds(end ? pauseTimer(timerRef.current, at) : timerRef.current, at);
      setTimer(taken.timer);
      dirtyRef.current = false;
      if (mountedRef.current) setStatus({ kind: 'saving' });
      // Only some saves change the rest of the page (the timeline, the root cause on the case): the first
      // (conversation started), the last (ended) and a new primary cause. Notes alone don't, so typing
      // doesn't reload the case — each reload is an audited read of personal data.
      const visible =
        versionRef.current === null || end || draftRef.current.rootCause !== savedCauseRef.current;
      try {
        const view = await putConversation(
          caseNumber,
          saveBody(draftRef.current, taken.seconds, versionRef.current, end),
        );
        versionRef.current = view.version;
        savedCauseRef.current = view.rootCause;
        if (mountedRef.current) {
          setSavedSeconds(view.durationSeconds);
          setEndedAt(view.endedAt);
          setNoteErrors({});
          setOtherErrors([]);
          setStatus(dirtyRef.current ? { kind: 'dirty' } : { kind: 'saved', at: new Date() });
          if (visible) onSavedRef.current();
        }
      } catch (e) {
        setTimer(giveBack(timerRef.current, taken.seconds));
        dirtyRef.current = true;
        if (e instanceof ApiError && e.status === 409) {
          conflictRef.current = true;
          setStatus({ kind: 'conflict', message: e.message, loadFailed: false });
        } else if (e instanceof ApiError && e.status === 400) {
          const split = splitFieldErrors(e.fields);
          setNoteErrors(split.notes);
          setOtherErrors(split.other);
          setStatus({ kind: 'failed', message: null, invalid: true });
        } else {
          const known = e instanceof ApiError && e.status < 500 && e.status !== 401;
          setStatus({ kind: 'failed', message: known ? e.message : null, invalid: false });
        }
      } finally {
        busyRef.current = false;
      }
      const again = againRef.current;
      againRef.current = null;
      if (again) await save(again.end);
    },
    [caseNumber, setTimer],
  );

  const schedule = useCallback(() => {
    window.clearTimeout(debounceRef.current);
    debounceRef.current = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  }, [save]);

  /** Change the draft; 'later' waits for a pause in typing, 'now' saves at once. */
  const change = useCallback(
    (next: GuideDraft, when: 'later' | 'now') => {
      setDraft(next);
      dirtyRef.current = true;
      setStatus((s) => (s.kind === 'idle' || s.kind === 'saved' ? { kind: 'dirty' } : s));
      if (when === 'now') void save();
      else schedule();
    },
    [save, schedule, setDraft],
  );

  /** On blur: send what is typed without waiting for the debounce. */
  const flush = useCallback(() => {
    if (dirtyRef.current) void save();
  }, [save]);

  const startClock = useCallback(() => setTimer(startTimer(timerRef.current, Date.now())), [setTimer]);
  const pauseClock = useCallback(() => {
    setTimer(pauseTimer(timerRef.current, Date.now()));
    void save();
  }, [save, setTimer]);
  const endConversation = useCallback(() => save(true), [save]);

  /** After a 409: take the server's latest version (the text on screen is replaced). */
  const loadLatest = useCallback(async () => {
    try {
      const view = await fetchConversation(caseNumber);
      conflictRef.current = false;
      dirtyRef.current = false;
      versionRef.current = view?.version ?? null;
      setDraft(draftFrom(view));
      setSavedSeconds(view?.durationSeconds ?? 0);
      setEndedAt(view?.endedAt ?? null);
      setNoteErrors({});
      setOtherErrors([]);
      setStatus({ kind: 'idle' });
    } catch (e) {
      setStatus({ kind: 'conflict', message: e instanceof Error ? e.message : '', loadFailed: true });
    }
  }, [caseNumber, setDraft]);

  // A running clock re-renders the total once a second.
  const running = timer.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, [running]);

  // Leaving the page (or the case) sends what is not saved yet.
  useEffect(() => {
    mountedRef.current = true;
    return () => {
      mountedRef.current = false;
      window.clearTimeout(debounceRef.current);
      if (dirtyRef.current || unsentMs(timerRef.current, Date.now()) >= 1000) void save();
    };
  }, [save]);

  return {
    draft,
    change,
    flush,
    status,
    retry: () => void save(),
    loadLatest,
    noteErrors,
    otherErrors,
    running,
    /** The saved total plus the seconds not yet sent. */
    totalSeconds: savedSeconds + Math.floor(unsentMs(timer, Math.max(now, timer.runningSince ?? 0)) / 1000),
    startClock,
    pauseClock,
    endConversation,
    endedAt,
  };
}
