import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
// The staff app's modules, whose messages the catalog holds once they are installed.
import '../../src/modules/ui.js';
import { translator } from '../../src/i18n/index.js';
import { timelineDetails } from '../../src/modules/cases/ui/timeline-details.js';

const t = translator(CATALOG, 'da');
const mette = { id: 'u1', name: 'Mette Demo Sørensen' };
const ctx = {
  names: new Map([
    ['u1', 'Mette Demo Sørensen'],
    ['u2', 'Fatima Demo Jensen'],
  ]),
  agreements: new Map([['a1', 'Vi sender en kopi af vurderingen']]),
};
const lines = (type: string, data: Record<string, unknown>) =>
  timelineDetails(t, 'da', { type, at: '2026-12-01T09:00:00Z', actor: mette, data }, ctx);

describe('the details of the case history', () => {
  it('says which channel an attempt used and what came of it, and why a letter went first', () => {
    expect(lines('contact_attempt', { channel: 'phone', result: 'no_answer', letterReason: null })).toEqual([
      'Telefon: Intet svar',
    ]);
    expect(
      lines('contact_attempt', {
        channel: 'letter',
        result: 'sent',
        letterReason: 'Ønsker kun skriftlig kontakt',
      }),
    ).toEqual(['Brev: Sendt', 'Brev før opkald, fordi: Ønsker kun skriftlig kontakt']);
  });

  it('names the states of a change and its reason', () => {
    expect(lines('state_changed', { from: 'in_dialogue', to: 'resolved', reason: 'Enige' })).toEqual([
      'Fra "I dialog" til "Løst i dialog"',
      'Begrundelse: Enige',
    ]);
  });

  it('names colleagues by name, and says when a contact person is removed', () => {
    expect(lines('reassigned', { assigneeId: 'u2' })).toEqual(['Til Fatima Demo Jensen']);
    expect(lines('primary_contact_set', { userId: 'u2' })).toEqual(['Ny kontaktperson: Fatima Demo Jensen']);
    expect(lines('primary_contact_set', { userId: null })).toEqual(['Kontaktpersonen er fjernet']);
    expect(lines('reassigned', { assigneeId: 'unknown' })).toEqual(['Til en medarbejder']);
  });

  it('shows what was agreed, by when, and which agreement was kept', () => {
    expect(lines('agreement_made', { what: 'Kopi af vurderingen', dueOn: '2026-12-04' })).toEqual([
      'Kopi af vurderingen (senest 4. dec. 2026)',
    ]);
    expect(lines('agreement_kept', { agreementId: 'a1' })).toEqual(['Vi sender en kopi af vurderingen']);
  });

  it('gives the length of the conversation and its primary cause', () => {
    expect(lines('conversation_ended', { durationSeconds: 600, rootCause: 'process' })).toEqual([
      'Samtalens varighed: 10 min.',
      'Primær årsag: Sagsforløbet',
    ]);
  });

  it('reads old or odd data without failing', () => {
    expect(lines('contact_attempt', {})).toEqual([]);
    expect(lines('something_new', { reason: 42 })).toEqual([]);
  });
});
