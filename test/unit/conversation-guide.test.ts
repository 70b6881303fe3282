// The conversation guide's pure parts: phases, what a save sends, the call timer, the server's refusals.
import { describe, expect, it } from 'vitest';
import { CONVERSATION_PHASES } from '../../src/core/conversation.js';
import { ROOT_CAUSES } from '../../src/core/workflow.js';
import { CATALOG } from '../../src/i18n/catalog.js';
// The staff app's modules, whose messages the catalog holds once they are installed.
import '../../src/modules/ui.js';
import type { ConversationView } from '../../src/modules/dialogue/conversation.js';
import {
  draftFrom,
  formatDuration,
  giveBack,
  isoDuration,
  pauseTimer,
  promptKeys,
  saveBody,
  splitFieldErrors,
  startTimer,
  stepPhase,
  stoppedTimer,
  takeSeconds,
  toggleSecondary,
  unsentMs,
  withPrimary,
} from '../../src/modules/dialogue/ui/conversation-logic.js';

const da: Record<string, string> = Object.assign({}, ...CATALOG.map((s) => s.da));
const en: Record<string, string> = Object.assign({}, ...CATALOG.map((s) => s.en));

const saved = (over: Partial<ConversationView> = {}): ConversationView => ({
  currentPhase: 'clarify',
  notes: { opening: 'Rammen sat', story: 'Borgeren fortæller' },
  rootCause: 'process',
  secondaryCauses: ['communication'],
  durationSeconds: 300,
  startedAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:05:00.000Z',
  endedAt: null,
  version: 3,
  inBundle: false,
  ...over,
});

describe('phases', () => {
  it('has a title, a purpose and two to four prompts in Danish and English for every phase', () => {
    for (const phase of CONVERSATION_PHASES) {
      const keys = [`dialogue.phase.${phase}.title`, `dialogue.phase.${phase}.purpose`, ...promptKeys(phase)];
      expect(promptKeys(phase).length).toBeGreaterThanOrEqual(2);
      expect(promptKeys(phase).length).toBeLessThanOrEqual(4);
      for (const key of keys) {
        expect(da[key], key).toBeTruthy();
        expect(en[key], key).toBeTruthy();
      }
      expect(da[`dialogue.phase.${phase}.prompt${promptKeys(phase).length + 1}`]).toBeUndefined();
    }
  });

  it('steps forward and back and stops at either end', () => {
    expect(stepPhase('opening', 1)).toBe('story');
    expect(stepPhase('story', -1)).toBe('opening');
    expect(stepPhase('opening', -1)).toBeNull();
    expect(stepPhase('agreement', 1)).toBeNull();
  });

  it('gives the e2e suite its stable Danish labels', () => {
    expect([
      da['dialogue.guide.notes'],
      da['dialogue.guide.primaryCause'],
      da['dialogue.guide.next'],
    ]).toEqual(['Noter til fasen', 'Primær årsag', 'Næste fase']);
  });
});

describe('resuming', () => {
  it('starts in the opening with nothing when there is no saved conversation', () => {
    expect(draftFrom(null)).toEqual({ phase: 'opening', notes: {}, rootCause: null, secondaryCauses: [] });
  });

  it('resumes in the saved phase with the saved notes and causes', () => {
    expect(draftFrom(saved())).toEqual({
      phase: 'clarify',
      notes: { opening: 'Rammen sat', story: 'Borgeren fortæller' },
      rootCause: 'process',
      secondaryCauses: ['communication'],
    });
  });

  it('drops codes it does not know instead of sending them back', () => {
    const draft = draftFrom(
      saved({
        currentPhase: 'epilogue',
        notes: { epilogue: 'x' },
        rootCause: 'weather',
        secondaryCauses: ['moon'],
      }),
    );
    expect(draft).toEqual({ phase: 'opening', notes: {}, rootCause: null, secondaryCauses: [] });
  });
});

describe('root causes', () => {
  it.each(ROOT_CAUSES)('has a Danish and an English label for %s', (cause) => {
    expect(da[`dialogue.guide.cause.${cause}`]).toBeTruthy();
    expect(en[`dialogue.guide.cause.${cause}`]).toBeTruthy();
  });

  it('never keeps the primary cause among the secondary ones', () => {
    const draft = toggleSecondary(draftFrom(saved()), 'waiting_time', true);
    expect(draft.secondaryCauses).toEqual(['communication', 'waiting_time']);
    expect(withPrimary(draft, 'communication').secondaryCauses).toEqual(['waiting_time']);
    expect(toggleSecondary(draft, 'process', true).secondaryCauses).toEqual([
      'communication',
      'waiting_time',
    ]);
    expect(toggleSecondary(draft, 'communication', false).secondaryCauses).toEqual(['waiting_time']);
  });
});

describe('what a save sends', () => {
  it('sends the whole draft, the unsent talk time and the version last seen', () => {
    expect(saveBody(draftFrom(saved()), 42, 3)).toEqual({
      currentPhase: 'clarify',
      notes: { opening: 'Rammen sat', story: 'Borgeren fortæller' },
      rootCause: 'process',
      secondaryCauses: ['communication'],
      elapsedSeconds: 42,
      version: 3,
    });
  });

  it('leaves out the version before the first save and marks the end of the call', () => {
    const body = saveBody(draftFrom(null), 0, null, true);
    expect(body).not.toHaveProperty('version');
    expect(body.end).toBe(true);
  });
});

describe('call timer', () => {
  it('counts only while running', () => {
    let t = startTimer(stoppedTimer, 1_000);
    t = pauseTimer(t, 11_500);
    expect(unsentMs(t, 50_000)).toBe(10_500);
    t = startTimer(t, 60_000);
    expect(unsentMs(t, 62_000)).toBe(12_500);
  });

  it('sends whole seconds, keeps the fraction and keeps running', () => {
    const t = startTimer({ unsentMs: 400, runningSince: null }, 0);
    const { seconds, timer } = takeSeconds(t, 61_700);
    expect(seconds).toBe(62);
    expect(timer).toEqual({ unsentMs: 100, runningSince: 61_700 });
    expect(unsentMs(timer, 62_600)).toBe(1_000);
  });

  it('resets after a save and gives the seconds back when the save fails', () => {
    const { seconds, timer } = takeSeconds({ unsentMs: 30_000, runningSince: null }, 0);
    expect(seconds).toBe(30);
    expect(timer.unsentMs).toBe(0);
    expect(giveBack(timer, seconds).unsentMs).toBe(30_000);
  });

  it('never sends more than the four hours the server accepts in one save', () => {
    const { seconds, timer } = takeSeconds({ unsentMs: 5 * 3600_000, runningSince: null }, 0);
    expect(seconds).toBe(4 * 3600);
    expect(timer.unsentMs).toBe(3600_000);
  });

  it('shows durations as minutes and hours', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(75)).toBe('1:15');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(isoDuration(3725)).toBe('PT1H2M5S');
  });
});

describe('save status and refusals', () => {
  it("puts the server's note refusals by their phase and the rest together", () => {
    expect(
      splitFieldErrors({ 'notes.story': 'For lang', rootCause: 'Vælg en årsag', 'notes.x': 'Ukendt fase' }),
    ).toEqual({ notes: { story: 'For lang' }, other: ['Vælg en årsag', 'Ukendt fase'] });
    expect(splitFieldErrors(undefined)).toEqual({ notes: {}, other: [] });
  });
});
