// The pure participation rules (src/core/participation.ts): what blocks the closing, the days to feedback.
import { describe, expect, it } from 'vitest';
import {
  answerComplete,
  type ContributionState,
  closingMissing,
  daysToFeedback,
  type GroupState,
  median,
  takesContributions,
} from '../../src/core/participation.js';

const group = (over: Partial<GroupState> = {}): GroupState => ({
  id: 'g1',
  title: 'Trafik',
  outcome: 'adopted',
  answer: 'We do it.',
  askWhom: null,
  ...over,
});
const contribution = (over: Partial<ContributionState> = {}): ContributionState => ({
  id: 'c1',
  status: 'approved',
  groupId: 'g1',
  hasContact: true,
  notified: true,
  ...over,
});

describe('answerComplete', () => {
  it.each([
    [{ outcome: null, answer: 'x', askWhom: null }, false],
    [{ outcome: 'adopted', answer: ' ', askWhom: null }, false],
    [{ outcome: 'not_adopted', answer: 'because', askWhom: null }, true],
    [{ outcome: 'partly', answer: 'half', askWhom: null }, true],
    [{ outcome: 'outside', answer: 'not ours', askWhom: null }, false],
    [{ outcome: 'outside', answer: 'not ours', askWhom: 'Region' }, true],
  ] as const)('%o → %s', (g, ok) => {
    expect(answerComplete(g)).toBe(ok);
  });
});

describe('closingMissing', () => {
  it('is empty when every group is answered and every contributor told', () => {
    expect(
      closingMissing(
        [group()],
        [contribution(), contribution({ id: 'c2', hasContact: false, notified: false })],
      ),
    ).toEqual([]);
  });
  it('lists every group without an answer, every unmoderated, ungrouped and untold contribution', () => {
    const missing = closingMissing(
      [group({ outcome: null, answer: null }), group({ id: 'g2', title: 'Skole' })],
      [
        contribution({ id: 'p', status: 'pending', notified: false }),
        contribution({ id: 'u', groupId: null, hasContact: false, notified: false }),
        contribution({ id: 'n', notified: false }),
        contribution({ id: 'r', status: 'rejected', groupId: null, notified: false }),
        contribution({ id: 'ok' }),
      ],
    );
    expect(missing).toEqual([
      { kind: 'group_unanswered', id: 'g1', title: 'Trafik' },
      { kind: 'contribution_unmoderated', id: 'p' },
      { kind: 'contribution_ungrouped', id: 'u' },
      { kind: 'contributor_not_notified', id: 'n' },
      { kind: 'contributor_not_notified', id: 'r' },
    ]);
  });
  it('does not ask a rejected contribution to be grouped', () => {
    expect(closingMissing([], [contribution({ status: 'rejected', groupId: null })])).toEqual([]);
  });
});

describe('daysToFeedback', () => {
  it('counts Danish calendar days from the end of the hearing', () => {
    expect(daysToFeedback('2026-11-01', new Date('2026-11-15T10:00:00Z'))).toBe(14);
    // 23:30 UTC on 14 November is already 15 November in Copenhagen.
    expect(daysToFeedback('2026-11-01', new Date('2026-11-14T23:30:00Z'))).toBe(14);
  });
  it('is 0 for feedback before the hearing ended', () => {
    expect(daysToFeedback('2026-11-20', new Date('2026-11-15T10:00:00Z'))).toBe(0);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
  ] as const)('%o → %s', (v, m) => {
    expect(median(v)).toBe(m);
  });
});

describe('takesContributions', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it.each([
    [{ status: 'open', hearingEndsOn: '2026-11-30' }, true],
    [{ status: 'open', hearingEndsOn: '2026-11-29' }, false],
    [{ status: 'draft', hearingEndsOn: '2026-12-30' }, false],
    [{ status: 'closed', hearingEndsOn: '2026-12-30' }, false],
  ] as const)('%o → %s', (p, ok) => {
    expect(takesContributions(p, now)).toBe(ok);
  });
});
