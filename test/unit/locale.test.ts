// Which of our languages a browser prefers, from its Accept-Language header.
import { describe, expect, it } from 'vitest';
import { negotiateLocale } from '../../src/platform/locale.js';

describe('negotiateLocale', () => {
  it.each([
    ['nothing sent', undefined, 'da'],
    ['an empty header', '', 'da'],
    ['Danish', 'da-DK,da;q=0.9', 'da'],
    ['English first', 'en-GB,en;q=0.9,da;q=0.8', 'en'],
    ['English in capitals', 'EN-us', 'en'],
    ['Danish before English', 'da,en-GB;q=0.8,en;q=0.7', 'da'],
    ['English preferred over Danish by q-value, whatever the order', 'da;q=0.5,en;q=0.9', 'en'],
    ['German first, then English', 'de-DE,de;q=0.9,en;q=0.8', 'en'],
    ['German first, then Danish, then English', 'de,da;q=0.8,en;q=0.7', 'da'],
    ['only languages we do not have', 'fr-FR,fr;q=0.9,de;q=0.8', 'da'],
    ['English refused with q=0', 'en;q=0,fr', 'da'],
    ['a wildcard', '*', 'da'],
    ['nonsense', ';;;q=x,', 'da'],
  ])('%s (%s) gives %s', (_what, header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
