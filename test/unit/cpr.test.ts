import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { birthDate, maskCpr, parseCpr } from '../../src/core/cpr.js';
import { decryptSecret, encryptSecret, keyedHash } from '../../src/platform/crypto.js';

// Synthetic numbers only: valid dates, sequence parts chosen for the century rule, no real persons.
describe('CPR parsing', () => {
  it('accepts ten digits with or without a dash or space', () => {
    expect(parseCpr('0101901234')).toEqual({ ok: true, cpr: '0101901234' });
    expect(parseCpr('010190-1234')).toEqual({ ok: true, cpr: '0101901234' });
    expect(parseCpr(' 010190 1234 ')).toEqual({ ok: true, cpr: '0101901234' });
  });
  it('refuses wrong formats', () => {
    for (const bad of ['', '12345', '01019012345', 'abcdefghij', '010190--1234', '0101-901234']) {
      expect(parseCpr(bad)).toEqual({ ok: false, error: 'format' });
    }
  });
  it('refuses dates that do not exist', () => {
    expect(parseCpr('3102901234')).toEqual({ ok: false, error: 'date' });
    expect(parseCpr('0013901234')).toEqual({ ok: false, error: 'date' });
    expect(parseCpr('2902014000')).toEqual({ ok: false, error: 'date' }); // 2001 is no leap year
  });
  it('reads the century from the seventh digit', () => {
    expect(birthDate('0101901234')).toBe('1990-01-01'); // 0–3: 1900s
    expect(birthDate('0101104234')).toBe('2010-01-01'); // 4 and 00–36: 2000s
    expect(birthDate('0101504234')).toBe('1950-01-01'); // 4 and 37–99: 1900s
    expect(birthDate('0101205234')).toBe('2020-01-01'); // 5–8 and 00–57: 2000s
    expect(birthDate('0101705234')).toBe('1870-01-01'); // 5–8 and 58–99: 1800s
    expect(birthDate('2902009000')).toBe('2000-02-29'); // 9 and 00–36: 2000s, a leap year
  });
  it('masks all but the birth date', () => {
    expect(maskCpr('0101901234')).toBe('010190-XXXX');
  });
});

describe('CPR at rest', () => {
  const key = randomBytes(32);
  it('encrypts so that the clear number is not in the stored value, and decrypts back', () => {
    const sealed = encryptSecret(key, '0101901234');
    expect(sealed).not.toContain('0101901234');
    expect(decryptSecret(key, sealed)).toBe('0101901234');
  });
  it('uses a fresh IV each time yet a stable keyed hash for look-up', () => {
    expect(encryptSecret(key, '0101901234')).not.toBe(encryptSecret(key, '0101901234'));
    expect(keyedHash(key, '0101901234')).toBe(keyedHash(key, '0101901234'));
    expect(keyedHash(randomBytes(32), '0101901234')).not.toBe(keyedHash(key, '0101901234'));
  });
  it('refuses a tampered ciphertext', () => {
    const sealed = encryptSecret(key, '0101901234');
    const parts = sealed.split('.');
    parts[3] = Buffer.from('9999999999').toString('base64');
    expect(() => decryptSecret(key, parts.join('.'))).toThrow();
  });
});
