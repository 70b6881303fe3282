// Intake's mail and SMS: the receipt (case number, call-back date, tracking link).
import { defineMessages } from '../../i18n/index.js';
import { defineTemplates } from '../../platform/templates.js';

export const intakeTemplates = defineTemplates(
  {
    'intake.receipt': {
      required: ['caseNumber', 'firstContactDue', 'trackingUrl'],
      dates: ['firstContactDue'],
    },
  },
  defineMessages(
    {
      'intake.receipt.mail.subject': 'Vi har modtaget din henvendelse (sag {caseNumber})',
      'intake.receipt.mail.body':
        'Tak for din henvendelse. Vi har modtaget den og givet den sagsnummer {caseNumber}.\n\n' +
        'Vi kontakter dig senest {firstContactDue}. Vi ringer helst, så vi kan tale med dig om sagen ' +
        'og aftale, hvad der skal ske.\n\n' +
        'Du kan følge din sag her:\n{trackingUrl}\n\n' +
        'Linket er kun til dig. Del det ikke med andre.\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'intake.receipt.sms':
        '{kommuneName}: Tak for din henvendelse, sag {caseNumber}. Vi ringer til dig senest {firstContactDue}. ' +
        'Følg sagen: {trackingUrl}',
    },
    {
      'intake.receipt.mail.subject': 'We have received your enquiry (case {caseNumber})',
      'intake.receipt.mail.body':
        'Thank you for contacting us. We have received your enquiry and given it the case number {caseNumber}.\n\n' +
        'We will contact you no later than {firstContactDue}. We prefer to call, so that we can talk with you ' +
        'about the case and agree on what happens next.\n\n' +
        'You can follow your case here:\n{trackingUrl}\n\n' +
        'The link is for you only. Do not share it with others.\n\n' +
        'Kind regards\n{kommuneName}',
      'intake.receipt.sms':
        '{kommuneName}: Thank you for contacting us, case {caseNumber}. We will call you no later than ' +
        '{firstContactDue}. Follow the case: {trackingUrl}',
    },
  ),
);
