// The learning module's mail: the one reminder of an unanswered buddy feedback request, to both colleagues; new
// staff not introduced in time, to their lead; an action plan due for follow-up, to its holder.
import { defineMessages } from '../../i18n/index.js';
import { defineTemplates } from '../../platform/templates.js';

export const learningTemplates = defineTemplates(
  {
    'learning.feedback.reminder.reviewer': { required: ['requesterName', 'reviewerName', 'caseNumber'] },
    'learning.feedback.reminder.requester': { required: ['requesterName', 'reviewerName', 'caseNumber'] },
    'learning.training.introduction.overdue': {
      required: ['leadName', 'staffName', 'weeks'],
      // "1 uge", "6 uger": the number with its noun, singular or plural.
      derive: (p, t) => ({
        weeks: t(p.weeks === '1' ? 'learning.training.weeks.one' : 'learning.training.weeks.other', {
          n: p.weeks!,
        }),
      }),
    },
    'learning.training.followup': { required: ['staffName', 'dueOn'], dates: ['dueOn'] },
  },
  defineMessages(
    {
      'learning.feedback.reminder.reviewer.mail.subject':
        'Påmindelse: {requesterName} venter på din feedback (sag {caseNumber})',
      'learning.feedback.reminder.reviewer.mail.body':
        'Hej {reviewerName}\n\n{requesterName} har bedt dig give feedback på en samtale i sag {caseNumber} og venter stadig på ' +
        'dit svar. Du finder anmodningen under Læring i Borgerdialog.\n\nVenlig hilsen\n{kommuneName}',
      'learning.feedback.reminder.reviewer.sms':
        '{kommuneName}: {requesterName} venter på din feedback på en samtale i sag {caseNumber}. Se Læring i Borgerdialog.',
      'learning.feedback.reminder.requester.mail.subject':
        'Din anmodning om feedback i sag {caseNumber} er ikke besvaret endnu',
      'learning.feedback.reminder.requester.mail.body':
        'Hej {requesterName}\n\n{reviewerName} har endnu ikke givet feedback på samtalen i sag {caseNumber}, som du bad om. ' +
        'Vi har sendt en påmindelse. Tal gerne med {reviewerName} direkte.\n\nVenlig hilsen\n{kommuneName}',
      'learning.feedback.reminder.requester.sms':
        '{kommuneName}: {reviewerName} har endnu ikke givet den feedback, du bad om i sag {caseNumber}. Vi har sendt en påmindelse.',
      'learning.training.introduction.overdue.mail.subject': '{staffName} er ikke introduceret til metoden',
      'learning.training.introduction.overdue.mail.body':
        'Hej {leadName}\n\n{staffName} er ikke blevet introduceret til metoden inden for {weeks} efter ' +
        'ansættelsen. Tilmeld gerne {staffName} til næste introduktion.\n\nVenlig hilsen\n{kommuneName}',
      'learning.training.introduction.overdue.sms':
        '{kommuneName}: {staffName} er ikke introduceret til metoden inden for {weeks}.',
      'learning.training.weeks.one': '{n} uge',
      'learning.training.weeks.other': '{n} uger',
      'learning.training.followup.mail.subject': 'Opfølgning på din handleplan senest {dueOn}',
      'learning.training.followup.mail.body':
        'Hej {staffName}\n\nDin handleplan fra forløbet skal følges op senest {dueOn}. Tag den med til ' +
        'næste møde med din makker eller leder.\n\nVenlig hilsen\n{kommuneName}',
      'learning.training.followup.sms': '{kommuneName}: Husk opfølgning på din handleplan senest {dueOn}.',
    },
    {
      'learning.feedback.reminder.reviewer.mail.subject':
        'Reminder: {requesterName} is waiting for your feedback (case {caseNumber})',
      'learning.feedback.reminder.reviewer.mail.body':
        'Hello {reviewerName}\n\n{requesterName} asked you for feedback on a conversation in case {caseNumber} and is still waiting ' +
        'for your answer. You find the request under Learning in Borgerdialog.\n\nKind regards\n{kommuneName}',
      'learning.feedback.reminder.reviewer.sms':
        '{kommuneName}: {requesterName} is waiting for your feedback on a conversation in case {caseNumber}. See Learning in Borgerdialog.',
      'learning.feedback.reminder.requester.mail.subject':
        'Your feedback request in case {caseNumber} has not been answered yet',
      'learning.feedback.reminder.requester.mail.body':
        'Hello {requesterName}\n\n{reviewerName} has not yet given feedback on the conversation in case {caseNumber} you asked about. ' +
        'We have sent a reminder. Feel free to talk to {reviewerName} directly.\n\nKind regards\n{kommuneName}',
      'learning.feedback.reminder.requester.sms':
        '{kommuneName}: {reviewerName} has not yet given the feedback you asked for in case {caseNumber}. We have sent a reminder.',
      'learning.training.introduction.overdue.mail.subject':
        '{staffName} has not been introduced to the method',
      'learning.training.introduction.overdue.mail.body':
        'Hello {leadName}\n\n{staffName} has not been introduced to the method within {weeks} of starting. ' +
        'Please sign {staffName} up for the next introduction.\n\nKind regards\n{kommuneName}',
      'learning.training.introduction.overdue.sms':
        '{kommuneName}: {staffName} has not been introduced to the method within {weeks}.',
      'learning.training.weeks.one': '{n} week',
      'learning.training.weeks.other': '{n} weeks',
      'learning.training.followup.mail.subject': 'Follow-up on your action plan by {dueOn}',
      'learning.training.followup.mail.body':
        'Hello {staffName}\n\nYour action plan from the course is to be followed up by {dueOn}. Bring it to ' +
        'your next meeting with your buddy or lead.\n\nKind regards\n{kommuneName}',
      'learning.training.followup.sms':
        '{kommuneName}: Remember the follow-up on your action plan by {dueOn}.',
    },
  ),
);
