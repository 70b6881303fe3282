// Participation's mail and SMS: the answer to a contribution, a corrected answer, and a rejection with its reason.
import { defineMessages } from '../../i18n/index.js';
import { defineTemplates } from '../../platform/templates.js';

export const participationTemplates = defineTemplates(
  {
    'participation.feedback': {
      // askWhom: the line saying whom to ask instead, empty unless the theme was outside the room for influence.
      required: ['processTitle', 'groupTitle', 'outcome', 'answer', 'processUrl'],
      dates: [],
    },
    // The same values as the answer, sent to those told the earlier answer when it is corrected.
    'participation.feedbackChanged': {
      required: ['processTitle', 'groupTitle', 'outcome', 'answer', 'processUrl'],
      dates: [],
    },
    'participation.rejected': { required: ['processTitle', 'reason', 'processUrl'], dates: [] },
  },
  defineMessages(
    {
      'participation.feedback.mail.subject': 'Svar på dit bidrag: {processTitle}',
      'participation.feedback.mail.body':
        'Tak for dit bidrag til "{processTitle}".\n\n' +
        'Dit bidrag indgår i temaet "{groupTitle}". Kommunens svar: {outcome}.\n\n{answer}\n\n{askWhom}\n\n' +
        'Du kan se alle resultater her:\n{processUrl}\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'participation.feedback.sms':
        '{kommuneName}: Svar på dit bidrag til "{processTitle}": {outcome}. {answer} {askWhom} Se mere: {processUrl}',
      'participation.feedbackChanged.mail.subject': 'Rettet svar på dit bidrag: {processTitle}',
      'participation.feedbackChanged.mail.body':
        'Vi har rettet kommunens svar på temaet "{groupTitle}" i "{processTitle}", som dit bidrag indgår i. ' +
        'Det rettede svar erstatter det, du fik før.\n\nKommunens svar nu: {outcome}.\n\n{answer}\n\n{askWhom}\n\n' +
        'Du kan se alle resultater her:\n{processUrl}\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'participation.feedbackChanged.sms':
        '{kommuneName}: Rettet svar på dit bidrag til "{processTitle}": {outcome}. {answer} {askWhom} Se mere: {processUrl}',
      'participation.rejected.mail.subject': 'Dit bidrag bliver ikke vist: {processTitle}',
      'participation.rejected.mail.body':
        'Tak for dit bidrag til "{processTitle}".\n\n' +
        'Vi viser det ikke offentligt, fordi: {reason}\n\n' +
        'Du kan læse om forløbet her:\n{processUrl}\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'participation.rejected.sms':
        '{kommuneName}: Dit bidrag til "{processTitle}" bliver ikke vist, fordi: {reason} Se forløbet: {processUrl}',
    },
    {
      'participation.feedback.mail.subject': 'An answer to your contribution: {processTitle}',
      'participation.feedback.mail.body':
        'Thank you for your contribution to "{processTitle}".\n\n' +
        'Your contribution is part of the theme "{groupTitle}". The municipality\'s answer: {outcome}.\n\n{answer}\n\n{askWhom}\n\n' +
        'You can see all results here:\n{processUrl}\n\n' +
        'Kind regards\n{kommuneName}',
      'participation.feedback.sms':
        '{kommuneName}: An answer to your contribution to "{processTitle}": {outcome}. {answer} {askWhom} More: {processUrl}',
      'participation.feedbackChanged.mail.subject': 'A corrected answer to your contribution: {processTitle}',
      'participation.feedbackChanged.mail.body':
        'We have corrected the municipality\'s answer to the theme "{groupTitle}" in "{processTitle}", which your ' +
        'contribution is part of. The corrected answer replaces the one you received before.\n\n' +
        "The municipality's answer now: {outcome}.\n\n{answer}\n\n{askWhom}\n\n" +
        'You can see all results here:\n{processUrl}\n\n' +
        'Kind regards\n{kommuneName}',
      'participation.feedbackChanged.sms':
        '{kommuneName}: A corrected answer to your contribution to "{processTitle}": {outcome}. {answer} {askWhom} More: {processUrl}',
      'participation.rejected.mail.subject': 'Your contribution will not be shown: {processTitle}',
      'participation.rejected.mail.body':
        'Thank you for your contribution to "{processTitle}".\n\n' +
        'We do not show it publicly, because: {reason}\n\n' +
        'You can read about the process here:\n{processUrl}\n\n' +
        'Kind regards\n{kommuneName}',
      'participation.rejected.sms':
        '{kommuneName}: Your contribution to "{processTitle}" will not be shown, because: {reason} See the process: {processUrl}',
    },
  ),
);
