// The learning module's mail: the overdue-introduction mail names the weeks with the noun in singular or
// plural ("1 uge", "6 uger"; "1 week", "6 weeks"), in the mail, its subject line and the SMS.
import { describe, expect, it } from 'vitest';
import '../../src/modules/index.js';
import { renderTemplate } from '../../src/platform/templates.js';

const params = (weeks: string) => ({
  kommuneName: 'Køge Kommune',
  leadName: 'Lis Leder',
  staffName: 'Ny Medarbejder',
  weeks,
});
const overdue = (weeks: string, channel: 'mail' | 'sms', locale: 'da' | 'en') =>
  renderTemplate('learning.training.introduction.overdue', channel, params(weeks), locale).text;

describe('the overdue-introduction mail', () => {
  it('says "1 uge" for one week and "6 uger" for more, in Danish', () => {
    expect(overdue('1', 'mail', 'da')).toContain('inden for 1 uge efter ansættelsen');
    expect(overdue('1', 'mail', 'da')).not.toContain('1 uger');
    expect(overdue('6', 'mail', 'da')).toContain('inden for 6 uger efter ansættelsen');
    expect(overdue('1', 'sms', 'da')).toContain('inden for 1 uge.');
    expect(overdue('52', 'sms', 'da')).toContain('inden for 52 uger.');
  });

  it('says "1 week" and "6 weeks" in English', () => {
    expect(overdue('1', 'mail', 'en')).toContain('within 1 week of starting');
    expect(overdue('6', 'mail', 'en')).toContain('within 6 weeks of starting');
    expect(overdue('1', 'sms', 'en')).toContain('within 1 week.');
    expect(overdue('2', 'sms', 'en')).toContain('within 2 weeks.');
  });
});
