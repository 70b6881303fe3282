import { defineMessages } from '../../i18n/index.js';

/** Words of the dev mailbox page and the outbox API's refusals (the mail and SMS texts are in templates.ts). */
export const messagingMessages = defineMessages(
  {
    'messaging.mailbox.title': 'Testpostkasse',
    'messaging.mailbox.intro':
      'Her lander mails og sms’er, når der ikke er sat en mailserver eller en sms-udbyder op. Kun til udvikling og demo.',
    'messaging.mailbox.empty': 'Der er ingen beskeder endnu.',
    'messaging.mailbox.channel': 'Kanal',
    'messaging.mailbox.channel.mail': 'E-mail',
    'messaging.mailbox.channel.sms': 'Sms',
    'messaging.mailbox.recipient': 'Modtager',
    'messaging.mailbox.subject': 'Emne',
    'messaging.mailbox.body': 'Besked',
    'messaging.mailbox.createdAt': 'Tidspunkt',
    'messaging.mailbox.caught': 'Opfangede beskeder',
    'messaging.mailbox.attachments': 'Vedhæftede filer',
    'messaging.mailbox.attachment': '{filename} ({size} kB)',
    'messaging.error.attachmentNotFound': 'Filen findes ikke i testpostkassen.',
    'messaging.error.notFound': 'Beskeden findes ikke.',
    'messaging.error.alreadySent': 'Beskeden er allerede sendt.',
    'messaging.error.inProgress': 'Beskeden er ved at blive sendt lige nu. Prøv igen om lidt.',
  },
  {
    'messaging.mailbox.title': 'Test mailbox',
    'messaging.mailbox.intro':
      'Mail and text messages land here when no mail server or SMS provider is set up. For development and demos only.',
    'messaging.mailbox.empty': 'There are no messages yet.',
    'messaging.mailbox.channel': 'Channel',
    'messaging.mailbox.channel.mail': 'E-mail',
    'messaging.mailbox.channel.sms': 'SMS',
    'messaging.mailbox.recipient': 'Recipient',
    'messaging.mailbox.subject': 'Subject',
    'messaging.mailbox.body': 'Message',
    'messaging.mailbox.createdAt': 'Time',
    'messaging.mailbox.caught': 'Caught messages',
    'messaging.mailbox.attachments': 'Attached files',
    'messaging.mailbox.attachment': '{filename} ({size} kB)',
    'messaging.error.attachmentNotFound': 'The file is not in the test mailbox.',
    'messaging.error.notFound': 'The message does not exist.',
    'messaging.error.alreadySent': 'The message has already been sent.',
    'messaging.error.inProgress': 'The message is being sent right now. Try again in a moment.',
  },
);
