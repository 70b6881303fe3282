import { describe, expect, it } from 'vitest';
import '../../src/modules/index.js';
import '../../src/platform/auth/templates.js';
import { renderTemplate, templateNames } from '../../src/platform/templates.js';

const params = {
  kommuneName: 'Køge Kommune',
  caseNumber: '259-2026-000042',
  firstContactDue: '2026-12-03',
  trackingUrl: 'https://borgerdialog.invalid/spor/abc',
  dueOn: '2026-12-24',
  what: 'Sende kopi af afgørelsen',
  failures: '5',
  minutes: '15',
  until: '10.15',
  requesterName: 'Anne Kollega',
  reviewerName: 'Bo Makker',
  leadName: 'Lis Leder',
  staffName: 'Ny Medarbejder',
  weeks: '6',
  link: 'https://borgerdialog.invalid/undersoegelse/abc',
  expiresOn: '2026-12-15',
  processTitle: 'Ny sti langs åen',
  groupTitle: 'Stiens forløb',
  outcome: 'Vedtaget',
  answer: 'Stien følger åen.',
  askWhom: '',
  processUrl: 'https://borgerdialog.invalid/k/259/deltag/abc',
  reason: 'Reklame hører ikke til i høringen.',
  // The front desk's meetings.
  serviceName: 'Pas og kørekort',
  date: '2026-12-03',
  time: '10:30',
  place: 'Skranke 1',
  bookingCode: 'K7M2QX',
  // A letter sent by e-mail.
  title: 'Afgørelse om hjælpemidler',
};
/** Messages to a staff member about no case: the lock notice, and the training register's reminders. */
const NO_CASE = ['auth.locked', 'learning.training.introduction.overdue', 'learning.training.followup'];

describe('message templates', () => {
  for (const name of templateNames()) {
    for (const locale of ['da', 'en'] as const) {
      it(`renders ${name} in ${locale} for mail and SMS with every placeholder filled`, () => {
        const mail = renderTemplate(name, 'mail', params, locale);
        const sms = renderTemplate(name, 'sms', params, locale);
        for (const text of [mail.subject ?? '', mail.text, sms.text]) {
          expect(text).not.toMatch(/\{\w+\}/);
          // Every message about a case names it; the lock notice to a staff member, the training reminders and the
          // answers to a participation contribution are about no case (they name the process instead), and a booking
          // at the front desk names its booking code.
          if (name.startsWith('participation.')) expect(text).toContain(params.processTitle);
          else if (name.startsWith('reception.')) {
            if (text !== mail.subject) expect(text).toContain(params.bookingCode);
          } else if (!NO_CASE.includes(name)) expect(text).toContain(params.caseNumber);
        }
        expect(mail.subject).not.toBe('');
        expect(sms.subject).toBeNull();
      });
    }
  }

  it('writes the promised call-back date in words', () => {
    expect(renderTemplate('intake.receipt', 'mail', params, 'da').text).toContain(
      'Vi kontakter dig senest torsdag den 3. december 2026.',
    );
    expect(renderTemplate('intake.receipt', 'sms', params, 'en').text).toContain('Thursday 3 December 2026');
  });

  it('tells the citizen which number to call back when the caseworker gives one', () => {
    const withPhone = renderTemplate(
      'dialogue.missed_call',
      'sms',
      { ...params, phone: '56 67 00 00' },
      'da',
    );
    expect(withPhone.text).toContain('ringe til os på 56 67 00 00');
    expect(renderTemplate('dialogue.missed_call', 'sms', params, 'da').text).toContain('ringe til os.');
  });

  it('gives the phone hours with the number, or an e-mail address when there is no number', () => {
    const hours = renderTemplate(
      'dialogue.missed_call',
      'sms',
      { ...params, phone: '56 67 00 00', openingHours: 'hverdage kl. 9–15' },
      'da',
    );
    expect(hours.text).toContain('ringe til os på 56 67 00 00 (hverdage kl. 9–15). Oplys sagsnummeret.');
    const mail = renderTemplate('dialogue.missed_call', 'mail', { ...params, email: 'vel@koege.demo' }, 'en');
    expect(mail.text).toContain('write to us at vel@koege.demo');
  });

  it('names the agreement and its due date in the reminder', () => {
    const { subject, text } = renderTemplate('agreement.reminder', 'mail', params, 'da');
    expect(subject).toContain('torsdag den 24. december 2026');
    expect(text).toContain('Sende kopi af afgørelsen');
  });

  it('refuses an unknown template or a missing parameter, so the row records why', () => {
    expect(() => renderTemplate('no.such', 'mail', params, 'da')).toThrow(/Unknown message template/);
    expect(() => renderTemplate('intake.receipt', 'mail', { caseNumber: 'x' }, 'da')).toThrow(/trackingUrl/);
  });
});
