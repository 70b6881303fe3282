// LIX on texts counted by hand: each case writes the words, sentences and long words (more than 6 letters) it
// counted, and LIX = words / sentences + 100 × long words / words, rounded.
import { describe, expect, it } from 'vitest';
import { aboveLimit, lix, lixBand, sentenceSpans, wordSpans } from '../../src/core/lix.js';

const words = (text: string) => wordSpans(text).map((w) => text.slice(w.start, w.end));

describe('LIX', () => {
  it('counts a plain two-sentence text', () => {
    // Vi har modtaget din klage | Vi ringer til dig i morgen: 5 + 6 = 11 words, 2 sentences,
    // long: modtaget (8) — "morgen" has 6 letters, not more. 11/2 + 100·1/11 = 5.5 + 9.09 = 14.59 → 15.
    const r = lix('Vi har modtaget din klage. Vi ringer til dig i morgen.');
    expect(r).toMatchObject({ words: 11, sentences: 2, longWords: 1, lix: 15, band: 'very_easy' });
  });

  it('does not end a sentence after f.eks. and bl.a., and counts each as one word', () => {
    // Du kan f.eks ringe til os | Vi har bl.a talt med din læge: 6 + 7 = 13 words, 2 sentences, no long word.
    // 13/2 = 6.5 → 7.
    const text = 'Du kan f.eks. ringe til os. Vi har bl.a. talt med din læge.';
    expect(words(text)).toContain('f.eks');
    expect(words(text)).toContain('bl.a');
    expect(lix(text)).toMatchObject({ words: 13, sentences: 2, longWords: 0, lix: 7 });
  });

  it('keeps jf., pga., ca. and nr. inside their sentence', () => {
    // One sentence: Vi, ringer, ca, kl, 10, pga, din, klage, jf, brev, nr, 2 = 12 words; long: none.
    const r = lix('Vi ringer ca. kl. 10 pga. din klage, jf. brev nr. 2.');
    expect(r).toMatchObject({ words: 12, sentences: 1, longWords: 0, lix: 12 });
  });

  it('reads "1.000" as one number and "3. maj" as a date, not a sentence end', () => {
    // Den, 3, maj, 2026, fik, du, 1.000, kr, i, tilskud | Beløbet, udbetales, den, 1, juni:
    // 10 + 5 = 15 words, 2 sentences; long: tilskud (7), Beløbet (7), udbetales (9) = 3.
    // 15/2 + 100·3/15 = 7.5 + 20 = 27.5 → 28.
    const text = 'Den 3. maj 2026 fik du 1.000 kr. i tilskud. Beløbet udbetales den 1. juni.';
    expect(words(text)).toContain('1.000');
    expect(lix(text)).toMatchObject({ words: 15, sentences: 2, longWords: 3, lix: 28, band: 'easy' });
  });

  it('never counts a number as a long word', () => {
    expect(lix('Du får 1.000.000 kr.')).toMatchObject({ words: 4, longWords: 0 });
  });

  it('counts æ, ø and å as letters', () => {
    // Afgørelsen (10 letters: long), blev, ændret (6: not long) = 3 words, 1 sentence. 3 + 33.3 = 36.3 → 36.
    expect(lix('Afgørelsen blev ændret.')).toMatchObject({ words: 3, longWords: 1, lix: 36, band: 'medium' });
    expect(words('Søg på Ærø, å!')).toEqual(['Søg', 'på', 'Ærø', 'å']);
  });

  it('counts a hyphenated word once, by its letters', () => {
    // Søg, om, hjælp, til, el-scooter (9 letters: long), på, borger.dk (8: long) = 7 words, 2 long.
    // 7/1 + 100·2/7 = 7 + 28.6 = 35.6 → 36.
    const text = 'Søg om hjælp til el-scooter på borger.dk.';
    expect(words(text)).toEqual(['Søg', 'om', 'hjælp', 'til', 'el-scooter', 'på', 'borger.dk']);
    expect(lix(text)).toMatchObject({ words: 7, sentences: 1, longWords: 2, lix: 36 });
    // "3-årig" is one word of 4 letters.
    expect(lix('Et 3-årigt barn.')).toMatchObject({ words: 3, longWords: 0 });
  });

  it('ends sentences at ? and !, once for a run, and after closing quotes', () => {
    // Har du spørgsmål | Ring til os | Hvad nu: 3 + 3 + 2 = 8 words, 3 sentences; long: spørgsmål (9).
    const r = lix('Har du spørgsmål? Ring til os!! Hvad nu?');
    expect(r).toMatchObject({ words: 8, sentences: 3, longWords: 1 });
    expect(lix('Hun sagde: »Nej.« Så gik hun.').sentences).toBe(2);
    expect(lix('Vent... Så kom brevet.').sentences).toBe(2);
  });

  it('ends a sentence at a line break: a heading is its own sentence', () => {
    // Afgørelse | Vi har ændret din afgørelse: 1 + 5 = 6 words, 2 sentences; long: Afgørelse (9), afgørelse.
    const r = lix('Afgørelse\nVi har ændret din afgørelse.\n\n');
    expect(r).toMatchObject({ words: 6, sentences: 2, longWords: 2 });
  });

  it('lets osv. and m.fl. end a sentence before a capital, but not before a lower-case word', () => {
    expect(lix('Vi talte om mad, tøj osv. Derefter gik vi.').sentences).toBe(2);
    expect(lix('Vi talte om mad, tøj osv. og gik.').sentences).toBe(1);
  });

  it('marks sentences over 25 words with their offsets', () => {
    const sentence = (n: number) => `Ord ${Array.from({ length: n - 1 }, () => 'ord').join(' ')}.`;
    const long = sentence(26);
    const short = sentence(25);
    const text = `${short} ${long}`;
    const r = lix(text);
    expect(r.sentences).toBe(2);
    expect(r.longSentences).toHaveLength(1);
    const [s] = r.longSentences;
    expect(s!.words).toBe(26);
    expect(text.slice(s!.start, s!.end)).toBe(long);
  });

  it('answers 0 for a text without words', () => {
    expect(lix('')).toMatchObject({ lix: 0, words: 0, sentences: 0, longWords: 0, band: 'very_easy' });
    expect(lix(' . ! \n ')).toMatchObject({ lix: 0, words: 0, sentences: 0 });
  });

  it('puts each value in its band, at the corners too', () => {
    const bands = [
      [0, 'very_easy'],
      [24, 'very_easy'],
      [25, 'easy'],
      [34, 'easy'],
      [35, 'medium'],
      [44, 'medium'],
      [45, 'hard'],
      [54, 'hard'],
      [55, 'very_hard'],
      [90, 'very_hard'],
    ] as const;
    for (const [value, band] of bands) expect(lixBand(value), String(value)).toBe(band);
  });

  it('warns above the limit, not at it (default 40)', () => {
    expect(aboveLimit({ lix: 40 })).toBe(false);
    expect(aboveLimit({ lix: 41 })).toBe(true);
    expect(aboveLimit({ lix: 33 }, 32)).toBe(true);
  });

  it('gives each sentence its span', () => {
    const text = 'Én. To ord.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(['Én.', 'To ord.']);
  });
});
