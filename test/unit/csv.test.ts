import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/csv.js';

describe('CSV for spreadsheets', () => {
  it('separates by semicolons and CRLF, quoting semicolons, quotes, line breaks and edge spaces', () => {
    expect(
      toCsv([
        ['a;b', 'sagde "hej"', 'to\nlinjer', ' kant'],
        [null, undefined, 3],
      ]),
    ).toBe('"a;b";"sagde ""hej""";"to\nlinjer";" kant"\r\n;;3\r\n');
  });
  it('keeps a text that looks like a formula from being run, but writes numbers as they are', () => {
    expect(toCsv([['=HYPERLINK("x")', '+45', '-1', '@SUM', -3, 2.5]])).toBe(
      `"'=HYPERLINK(""x"")";'+45;'-1;'@SUM;-3;2.5\r\n`,
    );
  });
});
