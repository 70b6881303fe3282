// The surveys module's mail and SMS: the invitation to the satisfaction survey after closure, and its one reminder.
import { defineMessages } from '../../i18n/index.js';
import { defineTemplates } from '../../platform/templates.js';

export const surveyTemplates = defineTemplates(
  {
    'survey.invitation': { required: ['caseNumber', 'link', 'expiresOn'], dates: ['expiresOn'] },
    'survey.reminder': { required: ['caseNumber', 'link', 'expiresOn'], dates: ['expiresOn'] },
  },
  defineMessages(
    {
      'survey.invitation.mail.subject': 'Hvordan oplevede du forløbet i sag {caseNumber}?',
      'survey.invitation.mail.body':
        'Din sag {caseNumber} er afsluttet. Vi vil gerne vide, hvordan du oplevede forløbet, så vi kan blive bedre.\n\n' +
        'Det tager et par minutter. Du skal ikke logge ind:\n{link}\n\n' +
        'Linket virker til og med {expiresOn}. Vil du ikke have flere spørgeskemaer fra os, kan du sige nej tak på siden.\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'survey.invitation.sms':
        '{kommuneName}: Din sag {caseNumber} er afsluttet. Fortæl os, hvordan du oplevede forløbet: {link}',
      'survey.reminder.mail.subject': 'Påmindelse: hvordan oplevede du forløbet i sag {caseNumber}?',
      'survey.reminder.mail.body':
        'Vi har tidligere spurgt, hvordan du oplevede forløbet i din sag {caseNumber}. Det er sidste gang, vi spørger.\n\n' +
        '{link}\n\n' +
        'Linket virker til og med {expiresOn}.\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'survey.reminder.sms':
        '{kommuneName}: Sidste påmindelse: fortæl os, hvordan du oplevede sag {caseNumber}: {link}',
    },
    {
      'survey.invitation.mail.subject': 'How did you find the handling of case {caseNumber}?',
      'survey.invitation.mail.body':
        'Your case {caseNumber} has been closed. We would like to know how you found it, so that we can improve.\n\n' +
        'It takes a couple of minutes. You do not need to log in:\n{link}\n\n' +
        'The link works until {expiresOn}. If you do not want any more surveys from us, you can say no thanks on the page.\n\n' +
        'Kind regards\n{kommuneName}',
      'survey.invitation.sms':
        '{kommuneName}: Your case {caseNumber} has been closed. Tell us how you found it: {link}',
      'survey.reminder.mail.subject': 'Reminder: how did you find the handling of case {caseNumber}?',
      'survey.reminder.mail.body':
        'We asked earlier how you found the handling of your case {caseNumber}. This is the last time we ask.\n\n' +
        '{link}\n\n' +
        'The link works until {expiresOn}.\n\n' +
        'Kind regards\n{kommuneName}',
      'survey.reminder.sms': '{kommuneName}: Last reminder: tell us how you found case {caseNumber}: {link}',
    },
  ),
);
