// Danish wording a reader stumbles on: a deadline not yet due is not "I gang", a late contact is not
// "Overholdt for sent", and an agreement with one citizen is not "jeres aftale".
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import { translator } from '../../src/i18n/index.js';
import '../../src/modules/index.js';
import { deadlineLabel } from '../../src/modules/cases/ui/labels.js';
import { stateLabel } from '../../src/modules/intake/pages/TrackingPage.js';
import { templateTexts } from '../../src/platform/templates.js';

const da = translator(CATALOG, 'da');
const en = translator(CATALOG, 'en');

describe('deadline badges', () => {
  it('says a deadline not yet due is not due, not "I gang"', () => {
    expect(deadlineLabel(da, 'da', 'pending', null)).toBe('Ikke forfalden');
    expect(deadlineLabel(en, 'en', 'pending', null)).toBe('Not yet due');
  });

  it('says a deadline met late was exceeded, with the day of the contact', () => {
    expect(deadlineLabel(da, 'da', 'missed', '2026-12-04')).toBe('Overskredet, kontakt 4. dec. 2026');
    expect(deadlineLabel(en, 'en', 'missed', '2026-12-04')).toBe('Missed, contacted 4 Dec 2026');
  });

  it('keeps the other statuses short', () => {
    expect(deadlineLabel(da, 'da', 'met', '2026-12-01')).toBe('Overholdt');
    expect(deadlineLabel(da, 'da', 'due_today', null)).toBe('Senest i dag');
    expect(deadlineLabel(da, 'da', 'overdue', null)).toBe('Overskredet');
  });
});

describe('the citizen is one person', () => {
  it('speaks of the agreement with you, not "jeres aftale"', () => {
    expect(stateLabel(da, 'agreement')).toBe('Vi følger op på aftalen med dig');
  });

  it('has no Danish message or mail/SMS text with "jeres", "I gang" or "for sent" as a status', () => {
    const texts = [...CATALOG, ...templateTexts()].flatMap((set) => Object.entries(set.da));
    const odd = texts.filter(([, s]) => /\bjeres\b|^I gang$|Overholdt for sent/.test(s)).map(([k]) => k);
    expect(odd).toEqual([]);
  });
});
