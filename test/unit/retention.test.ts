import { describe, expect, it } from 'vitest';
import { erasureDecision, keptUntil, retentionCutoff } from '../../src/core/retention.js';

const NOW = new Date('2026-12-01T09:00:00Z');
const FIVE_YEARS = { years: 5, months: 0 };

describe('retention period', () => {
  it('reaches back the kommune’s number of years from now', () => {
    expect(retentionCutoff(NOW, FIVE_YEARS).toISOString()).toBe('2021-12-01T09:00:00.000Z');
  });

  it('keeps a case closed on 29 February until 28 February, never rolling over into March', () => {
    expect(keptUntil(new Date('2024-02-29T12:00:00Z'), FIVE_YEARS).toISOString()).toBe(
      '2029-02-28T12:00:00.000Z',
    );
  });

  it('adds the months to the years, clamping to the end of a shorter month', () => {
    expect(keptUntil(new Date('2025-08-31T12:00:00Z'), { years: 1, months: 6 }).toISOString()).toBe(
      '2027-02-28T12:00:00.000Z',
    );
    expect(keptUntil(new Date('2025-01-15T00:00:00Z'), { years: 0, months: 11 }).toISOString()).toBe(
      '2025-12-15T00:00:00.000Z',
    );
  });
});

describe('erasure (GDPR art. 17) of one case', () => {
  const closed = (iso: string) => ({ state: 'closed', closedAt: new Date(iso), anonymisedAt: null });

  it('keeps an open case: it is still being handled', () => {
    expect(
      erasureDecision({ state: 'in_dialogue', closedAt: null, anonymisedAt: null }, NOW, FIVE_YEARS),
    ).toEqual({
      erase: false,
      reason: 'open_case',
    });
  });

  it('keeps a reopened case even though it was closed once', () => {
    const reopened = { state: 'reopened', closedAt: null, anonymisedAt: null };
    expect(erasureDecision(reopened, NOW, FIVE_YEARS)).toMatchObject({ erase: false, reason: 'open_case' });
  });

  it('keeps a closed case within the retention period, saying until when', () => {
    expect(erasureDecision(closed('2023-03-01T10:00:00Z'), NOW, FIVE_YEARS)).toEqual({
      erase: false,
      reason: 'retention',
      keptUntil: new Date('2028-03-01T10:00:00Z'),
    });
  });

  it('erases a case closed longer ago than the retention period', () => {
    expect(erasureDecision(closed('2021-11-30T10:00:00Z'), NOW, FIVE_YEARS)).toEqual({
      erase: true,
      already: false,
    });
  });

  it('follows the kommune’s own period, months included', () => {
    expect(erasureDecision(closed('2026-05-31T10:00:00Z'), NOW, { years: 0, months: 6 })).toMatchObject({
      erase: true,
    });
    expect(erasureDecision(closed('2023-03-01T10:00:00Z'), NOW, { years: 3, months: 0 })).toEqual({
      erase: true,
      already: false,
    });
  });

  it('reports an anonymised case as already erased', () => {
    const done = { state: 'closed', closedAt: new Date('2020-01-01'), anonymisedAt: new Date('2025-01-02') };
    expect(erasureDecision(done, NOW, FIVE_YEARS)).toEqual({ erase: true, already: true });
  });
});
