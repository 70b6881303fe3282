import { describe, expect, it } from 'vitest';
import { formatCaseNumber, isCaseNumber, normalizeKommunekode } from '../../src/core/identifiers.js';

describe('kommunekode', () => {
  it('accepts three digits and the zero-padded four-digit form', () => {
    expect(normalizeKommunekode('259')).toBe('259');
    expect(normalizeKommunekode('0259')).toBe('259');
    expect(normalizeKommunekode(' 101 ')).toBe('101');
  });
  it('refuses anything else', () => {
    for (const bad of ['25', '1259', 'abc', '', '02590', '25 9'])
      expect(normalizeKommunekode(bad)).toBeNull();
  });
});

describe('case number', () => {
  it('pads the sequence to six digits', () => {
    expect(formatCaseNumber('259', 2026, 123)).toBe('259-2026-000123');
    expect(formatCaseNumber('230', 2027, 1234567)).toBe('230-2027-1234567');
  });
  it('recognises its own format only', () => {
    expect(isCaseNumber('259-2026-000123')).toBe(true);
    expect(isCaseNumber('259-26-000123')).toBe(false);
    expect(isCaseNumber("259-2026-1' OR 1=1")).toBe(false);
  });
});
