// The mail a letter goes out with when it is sent by e-mail through the outbox: a short note in Danish (letters
// are written in Danish) that the letter is attached as a PDF — the same PDF that is kept on the case.
import { defineMessages } from '../../i18n/index.js';
import { defineTemplates } from '../../platform/templates.js';

export const lettersTemplates = defineTemplates(
  { 'letters.letter': { required: ['caseNumber', 'title'] } },
  defineMessages(
    {
      'letters.letter.mail.subject': '{title} (sag {caseNumber})',
      'letters.letter.mail.body':
        'Du har fået et brev fra os om din sag {caseNumber}: {title}.\n\n' +
        'Brevet er vedhæftet som PDF. Åbn det for at læse det.\n\n' +
        'Har du spørgsmål, er du velkommen til at kontakte os. Oplys sagsnummeret.\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'letters.letter.sms': '{kommuneName}: Vi har sendt dig et brev om sag {caseNumber}: {title}.',
    },
    {
      'letters.letter.mail.subject': '{title} (case {caseNumber})',
      'letters.letter.mail.body':
        'You have a letter from us about your case {caseNumber}: {title}.\n\n' +
        'The letter is attached as a PDF. Open it to read it.\n\n' +
        'If you have questions, you are welcome to contact us. Please give the case number.\n\n' +
        'Kind regards\n{kommuneName}',
      'letters.letter.sms': '{kommuneName}: We have sent you a letter about case {caseNumber}: {title}.',
    },
  ),
);
