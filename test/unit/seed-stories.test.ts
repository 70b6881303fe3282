// The demo seed's formal histories: a case forwarded to the appeals body carries its re-assessment decision once,
// before the forwarding, as the formal track records it (the forwarding itself no longer repeats it).
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/modules/cases/seed/random.js';
import { pathTo, tellStory } from '../../src/modules/cases/seed/stories.js';

const NOW = Date.parse('2026-12-01T09:00:00Z');
const DAY = 86_400_000;

describe('demo stories on the formal track', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'records the re-assessment once, before the forwarding (seed %i)',
    (seed) => {
      const rng = seededRandom(seed);
      const path = pathTo(rng, 'appeal_decided', 'complaint');
      const story = tellStory(rng, {
        kind: 'complaint',
        path,
        receivedAt: NOW - 200 * DAY,
        plannedFirstContact: NOW - 199 * DAY,
        now: NOW,
        actorId: null,
      });
      const types = story.events.map((e) => e.type);
      expect(types.filter((t) => t === 'reassessment_decided')).toHaveLength(1);
      const decided = types.indexOf('reassessment_decided');
      expect(decided).toBeGreaterThan(types.indexOf('reassessment_started'));
      expect(decided).toBeLessThan(types.indexOf('forwarded_to_appeals_body'));
      const result = story.events[decided]?.data.result;
      expect(['upheld', 'partly_changed']).toContain(result);
    },
  );

  it('closes a changed re-assessment with its one decision and no forwarding', () => {
    const rng = seededRandom(11);
    const story = tellStory(rng, {
      kind: 'complaint',
      path: ['maintained', 'reassessment', 'closed'],
      receivedAt: NOW - 60 * DAY,
      plannedFirstContact: NOW - 59 * DAY,
      now: NOW,
      actorId: null,
    });
    const decided = story.events.filter((e) => e.type === 'reassessment_decided');
    expect(decided.map((e) => e.data)).toEqual([{ result: 'changed' }]);
    expect(story.events.map((e) => e.type)).not.toContain('forwarded_to_appeals_body');
  });
});
