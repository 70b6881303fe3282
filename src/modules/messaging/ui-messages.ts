import { defineMessages } from '../../i18n/index.js';

/** The staff app's dev mailbox page (testpostkasse), beside the words in messages.ts. */
export const messagingUiMessages = defineMessages(
  {
    'messaging.ui.loading': 'Henter beskeder …',
    'messaging.ui.refresh': 'Hent nye beskeder',
    'messaging.ui.caption': 'Opfangede mails og sms’er, nyeste først',
    'messaging.ui.count': '{count} beskeder, nyeste først.',
    'messaging.ui.countOne': '1 besked.',
    'messaging.ui.emptyHow':
      'Når SMTP_URL ikke er sat, lander mails her i stedet for at blive sendt. Det samme gælder sms’er, når SMS_URL og SMS_TOKEN ikke er sat. Så kan demoen køre uden net.',
    'messaging.ui.noSubject': '(sms uden emne)',
  },
  {
    'messaging.ui.loading': 'Loading messages …',
    'messaging.ui.refresh': 'Fetch new messages',
    'messaging.ui.caption': 'Caught mail and text messages, newest first',
    'messaging.ui.count': '{count} messages, newest first.',
    'messaging.ui.countOne': '1 message.',
    'messaging.ui.emptyHow':
      'When SMTP_URL is not set, mail lands here instead of being sent. The same goes for text messages when SMS_URL and SMS_TOKEN are not set. That way the demo works offline.',
    'messaging.ui.noSubject': '(text message, no subject)',
  },
);
