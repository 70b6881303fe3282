// The agreement form's checks: the same rules as the server, said in Danish before the round trip.
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
// The staff app's modules, whose messages the catalog holds once they are installed.
import '../../src/modules/ui.js';
import {
  agreementBody,
  checkAgreement,
  isOverdue,
  serverErrors,
  todayInDenmark,
} from '../../src/modules/dialogue/ui/agreement-logic.js';

const da: Record<string, string> = Object.assign({}, ...CATALOG.map((s) => s.da));
const today = '2026-11-25';
const valid = { what: 'Vi sender kopi af vurderingen', owner: 'citizen', dueOn: '2026-12-04' };

describe('agreement form', () => {
  it('accepts what, an owner and a due date from today on', () => {
    expect(checkAgreement(valid, today)).toEqual({});
    expect(checkAgreement({ ...valid, dueOn: today }, today)).toEqual({});
  });

  it('asks for every field when nothing is filled in, in Danish', () => {
    const errors = checkAgreement({ what: '  ', owner: '', dueOn: '' }, today);
    expect(Object.values(errors).map((k) => da[k])).toEqual([
      'Skriv, hvad der er aftalt.',
      'Vælg, hvem der er ansvarlig for aftalen.',
      'Vælg en frist.',
    ]);
  });

  it('refuses a due date in the past, an impossible date and too short a text', () => {
    expect(checkAgreement({ ...valid, dueOn: '2026-11-24' }, today)).toEqual({
      dueOn: 'dialogue.agreement.error.duePast',
    });
    expect(checkAgreement({ ...valid, dueOn: '2026-02-30' }, today).dueOn).toBe(
      'dialogue.agreement.error.dueInvalid',
    );
    expect(checkAgreement({ ...valid, what: 'ok' }, today).what).toBe('dialogue.agreement.error.whatShort');
    expect(checkAgreement({ ...valid, what: 'x'.repeat(2001) }, today).what).toBe(
      'dialogue.agreement.error.whatLong',
    );
  });

  it('sends the text trimmed', () => {
    expect(agreementBody({ ...valid, what: '  Ring tilbage  ' })).toEqual({ ...valid, what: 'Ring tilbage' });
  });

  it("puts the server's refusals on the form's fields and keeps the rest apart", () => {
    expect(serverErrors({ owner: 'Vælg en ansvarlig', status: 'Allerede afsluttet' })).toEqual({
      fields: { owner: 'Vælg en ansvarlig' },
      other: ['Allerede afsluttet'],
    });
  });

  it('takes today in Danish time, also just after midnight', () => {
    expect(todayInDenmark(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
  });

  it('marks only an open agreement past its due date as overdue', () => {
    expect(isOverdue({ status: 'open', dueOn: '2026-11-24' }, today)).toBe(true);
    expect(isOverdue({ status: 'open', dueOn: today }, today)).toBe(false);
    expect(isOverdue({ status: 'kept', dueOn: '2026-11-24' }, today)).toBe(false);
  });

  it('gives the e2e suite its stable Danish labels', () => {
    expect(['what', 'owner', 'due', 'add', 'citizen'].map((k) => da[`dialogue.agreement.${k}`])).toEqual([
      'Hvad er aftalt?',
      'Ansvarlig',
      'Frist',
      'Tilføj aftale',
      'Borgeren',
    ]);
  });
});
