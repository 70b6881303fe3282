// The dialogue loop's mail and SMS: "we tried to call you" after a missed call, and agreement reminders.
import { defineMessages } from '../../i18n/index.js';
import { defineTemplates } from '../../platform/templates.js';

export const dialogueTemplates = defineTemplates(
  {
    // Optional `phone`: the number the citizen can call back on.
    'dialogue.missed_call': {
      required: ['caseNumber'],
      derive: (p, t) => ({
        callBack: p.phone
          ? t('dialogue.missed_call.callBack.phone', { phone: p.phone })
          : t('dialogue.missed_call.callBack'),
      }),
    },
    'agreement.reminder': { required: ['caseNumber', 'dueOn', 'what'], dates: ['dueOn'] },
  },
  defineMessages(
    {
      'dialogue.missed_call.mail.subject': 'Vi har forsøgt at ringe til dig (sag {caseNumber})',
      'dialogue.missed_call.mail.body':
        'Vi har forsøgt at ringe til dig om din sag {caseNumber}, men vi fik ikke fat i dig.\n\n' +
        'Vi prøver igen. {callBack}\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'dialogue.missed_call.sms':
        '{kommuneName}: Vi har forsøgt at ringe til dig om sag {caseNumber}. Vi prøver igen. {callBack}',
      'dialogue.missed_call.callBack': 'Du er også velkommen til at ringe til os. Oplys sagsnummeret.',
      'dialogue.missed_call.callBack.phone':
        'Du er også velkommen til at ringe til os på {phone}. Oplys sagsnummeret.',

      'agreement.reminder.mail.subject': 'Påmindelse: aftale i sag {caseNumber} senest {dueOn}',
      'agreement.reminder.mail.body':
        'Dette er en påmindelse om en aftale i sag {caseNumber}.\n\n' +
        'Aftalen:\n{what}\n\n' +
        'Den skal være holdt senest {dueOn}.\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'agreement.reminder.sms':
        '{kommuneName}: Påmindelse om aftale i sag {caseNumber}: {what}. Senest {dueOn}.',
    },
    {
      'dialogue.missed_call.mail.subject': 'We tried to call you (case {caseNumber})',
      'dialogue.missed_call.mail.body':
        'We tried to call you about your case {caseNumber}, but we could not reach you.\n\n' +
        'We will try again. {callBack}\n\n' +
        'Kind regards\n{kommuneName}',
      'dialogue.missed_call.sms':
        '{kommuneName}: We tried to call you about case {caseNumber}. We will try again. {callBack}',
      'dialogue.missed_call.callBack': 'You are also welcome to call us. Please give the case number.',
      'dialogue.missed_call.callBack.phone':
        'You are also welcome to call us on {phone}. Please give the case number.',

      'agreement.reminder.mail.subject': 'Reminder: agreement in case {caseNumber} due {dueOn}',
      'agreement.reminder.mail.body':
        'This is a reminder of an agreement in case {caseNumber}.\n\n' +
        'The agreement:\n{what}\n\n' +
        'It is due no later than {dueOn}.\n\n' +
        'Kind regards\n{kommuneName}',
      'agreement.reminder.sms':
        '{kommuneName}: Reminder of agreement in case {caseNumber}: {what}. Due {dueOn}.',
    },
  ),
);
