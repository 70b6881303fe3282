// The administration's pure checks: KLE numbers against KL's main groups, and phone numbers as citizens read them.
import { describe, expect, it } from 'vitest';
import { formatDanishPhone } from '../../src/modules/admin/change.js';
import { KLE_MAIN_GROUPS, kleProblem } from '../../src/modules/admin/kle.js';

describe('KLE numbers', () => {
  it.each(['27', '27.37', '27.37.00', '00.01.00', '88.00.00'])('accepts %s', (n) => {
    expect(kleProblem(n)).toBeNull();
  });

  it.each(['2737', '27.3', '27.37.00.01', 'ab.cd.ef', '27-37-00', ''])('refuses the form of %j', (n) => {
    expect(kleProblem(n)).toBe('format');
  });

  it('refuses a main group KL does not have', () => {
    expect(KLE_MAIN_GROUPS['99']).toBeUndefined();
    expect(kleProblem('99.01.00')).toBe('unknown');
    expect(kleProblem('10.00.00')).toBe('unknown');
  });

  it('knows the groups the demo areas use', () => {
    expect(KLE_MAIN_GROUPS['27']).toBe('Social service');
    expect(KLE_MAIN_GROUPS['28']).toBe('Dagtilbud');
  });
});

describe('phone numbers in the contact directory', () => {
  it.each([
    ['56676767', '56 67 67 67'],
    ['+45 56 67 67 67', '56 67 67 67'],
    ['0045-56676767', '56 67 67 67'],
  ])('writes %s as %s', (raw, shown) => {
    expect(formatDanishPhone(raw)).toBe(shown);
  });

  it.each(['1234', '12345678', '5667676', '566767670'])('refuses %s', (raw) => {
    expect(formatDanishPhone(raw)).toBeNull();
  });
});
