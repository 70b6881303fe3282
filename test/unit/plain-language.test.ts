// Plain-language findings (klarsprog), with offsets counted by hand.
import { describe, expect, it } from 'vitest';
import { type Finding, plainLanguageFindings } from '../../src/core/plain-language.js';

const OFFICIALESE = [
  { phrase: 'jf.', suggestion: 'se' },
  { phrase: 'ovennævnte', suggestion: 'denne' },
  { phrase: 'herefter', suggestion: 'nu' },
  { phrase: 'i henhold til', suggestion: 'efter' },
  { phrase: 'fremsende', suggestion: 'sende' },
  { phrase: 'venligst', suggestion: '' },
];

const find = (text: string, legalBasis = false) =>
  plainLanguageFindings(text, { officialese: OFFICIALESE, legalBasis });
const short = (fs: Finding[]) => fs.map((f) => [f.kind, f.text, f.suggestion]);

describe('plain-language findings', () => {
  it('finds the s-passive and suggests the active verb', () => {
    // "Afgørelsen" 0–10, "fastholdes" 11–21.
    const fs = find('Afgørelsen fastholdes.');
    expect(fs).toEqual([
      { kind: 'nominalisation', start: 0, end: 10, text: 'Afgørelsen', suggestion: 'afgøre' },
      { kind: 'passive', start: 11, end: 21, text: 'fastholdes', suggestion: 'fastholder' },
    ]);
  });

  it('finds "ansøgningen behandles" and the past passive', () => {
    expect(short(find('Ansøgningen behandles af kommunen.'))).toEqual([
      ['nominalisation', 'Ansøgningen', 'ansøge'],
      ['passive', 'behandles', 'behandler'],
    ]);
    expect(short(find('Sagen behandledes hurtigt.'))).toEqual([['passive', 'behandledes', 'behandlede']]);
    expect(short(find('Din sag vurderes igen.'))).toEqual([['passive', 'vurderes', 'vurderer']]);
  });

  it('leaves pronouns, deponent verbs, genitives and names alone', () => {
    expect(find('Deres sag findes hos Køge Kommunes borgerservice. Vores svar lykkes.')).toEqual([]);
  });

  it('finds nominalisations on -else, -ning, -ing, -tion and -hed, with the word behind them', () => {
    expect(
      short(find('Vi har foretaget en vurdering af betalingen, informationen, muligheden og situationen.')),
    ).toEqual([
      ['nominalisation', 'vurdering', 'vurdere'],
      ['nominalisation', 'betalingen', 'betale'],
      ['nominalisation', 'informationen', 'informere'],
      ['nominalisation', 'muligheden', 'mulig'],
    ]);
    // Things, not actions: a building, an authority, a flat.
    expect(find('Bygningen, myndigheden og lejligheden.')).toEqual([]);
  });

  it("finds the kommune's officialese as whole words, case-insensitively, with its suggestion", () => {
    // "I henhold til" 0–13, "jf." 21–24, "ovennævnte" 36–46, "Herefter" 59–67.
    const text = 'I henhold til loven, jf. reglen, er ovennævnte sag lukket. Herefter ringer vi.';
    const fs = find(text).filter((f) => f.kind === 'officialese');
    expect(fs.map((f) => [f.start, f.end, f.suggestion])).toEqual([
      [0, 13, 'efter'],
      [21, 24, 'se'],
      [36, 46, 'denne'],
      [59, 67, 'nu'],
    ]);
    for (const f of fs) expect(text.slice(f.start, f.end).toLowerCase()).toBe(f.text.toLowerCase());
    // "derefter" is not "herefter"; "venligst" has no suggestion (leave it out).
    expect(find('Derefter ringer vi.')).toEqual([]);
    expect(find('Ring venligst.')).toEqual([{ kind: 'officialese', start: 5, end: 13, text: 'venligst' }]);
  });

  it('marks § outside the legal-basis section, not inside it', () => {
    const text = 'Du kan klage, se § 66, stk. 2, og §§ 67-68.';
    expect(
      find(text)
        .filter((f) => f.kind === 'paragraph')
        .map((f) => f.text),
    ).toEqual(['§ 66', '§§ 67-68']);
    expect(find(text, true).filter((f) => f.kind === 'paragraph')).toEqual([]);
  });

  it('marks a word once, officialese first', () => {
    const fs = plainLanguageFindings('Afgørelsen fastholdes.', {
      officialese: [{ phrase: 'afgørelsen fastholdes', suggestion: 'vi holder fast i afgørelsen' }],
    });
    expect(short(fs)).toEqual([['officialese', 'Afgørelsen fastholdes', 'vi holder fast i afgørelsen']]);
  });

  it('finds nothing in an empty text or plain words', () => {
    expect(find('')).toEqual([]);
    expect(find('Vi ringer til dig i morgen.')).toEqual([]);
  });
});
