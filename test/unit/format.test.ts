// Dates and times as Danish writes them ("kl. 21.02"), in Danish time whatever the machine's zone.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import { formatDate, formatDateTime, formatTime } from '../../src/i18n/format.js';
import { translator } from '../../src/i18n/index.js';
import '../../src/modules/ui.js';

describe('the time formatter', () => {
  it('writes a Danish time as "kl. 21.02", in Danish winter time', () => {
    expect(formatTime('2026-12-01T20:02:00Z', 'da')).toBe('kl. 21.02');
    expect(formatTime(new Date('2026-12-01T07:05:59Z'), 'da')).toBe('kl. 08.05');
  });

  it('follows Danish summer time', () => {
    expect(formatTime('2026-07-01T08:05:00Z', 'da')).toBe('kl. 10.05');
  });

  it('writes midnight as 00, not 24', () => {
    expect(formatTime('2026-12-01T23:00:00Z', 'da')).toBe('kl. 00.00');
    expect(formatTime('2026-12-01T23:00:00Z', 'en')).toBe('00:00');
  });

  it('writes an English time with a colon and no "kl."', () => {
    expect(formatTime('2026-12-01T20:02:00Z', 'en')).toBe('21:02');
  });

  it('writes date and time as "1. dec. 2026 kl. 21.02" and "1 Dec 2026, 21:02"', () => {
    expect(formatDateTime('2026-12-01T20:02:00Z', 'da')).toBe('1. dec. 2026 kl. 21.02');
    expect(formatDateTime('2026-12-01T20:02:00Z', 'en')).toBe('1 Dec 2026, 21:02');
  });

  it('takes the date of an instant in Danish time, not UTC', () => {
    expect(formatDateTime('2026-12-31T23:30:00Z', 'da')).toBe('1. jan. 2027 kl. 00.30');
  });

  it('writes calendar dates without any time-zone shift', () => {
    expect(formatDate('2026-12-03', 'da')).toBe('3. dec. 2026');
    expect(formatDate('2026-05-01', 'da')).toBe('1. maj 2026');
    expect(formatDate('2026-12-03', 'en')).toBe('3 Dec 2026');
  });

  it('gives back what it cannot read rather than "Invalid Date"', () => {
    expect(formatDate('not a date', 'da')).toBe('not a date');
    expect(formatTime('not a time', 'da')).toBe('not a time');
  });

  it('leaves the "kl." to the formatter: no message writes it before a {time}', () => {
    const da = CATALOG.flatMap((set) => Object.entries(set.da));
    expect(da.filter(([, text]) => /kl\.\s*\{time\}/.test(text)).map(([key]) => key)).toEqual([]);
    const t = translator(CATALOG, 'da');
    expect(t('dialogue.guide.savedAt', { time: formatTime('2026-11-25T09:42:10Z', 'da') })).toBe(
      'Gemt kl. 10.42',
    );
  });
});
