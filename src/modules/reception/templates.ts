// The front desk's mail and SMS: the booking's confirmation, its move and cancellation, and the reminder a
// configurable time before the meeting (default 24 hours) with what to bring and the support arranged.
import { defineMessages, type Translate } from '../../i18n/index.js';
import { defineTemplates } from '../../platform/templates.js';

type Params = Record<string, string>;

/** The sentences that depend on what the booking carries: what to bring, support arranged, the link. */
function meetingSentences(p: Params, t: Translate): Params {
  const support: string[] = [];
  if (p.interpreter)
    support.push(
      p.language
        ? t('reception.message.support.interpreterLanguage', { language: p.language })
        : t('reception.message.support.interpreter'),
    );
  if (p.companion) support.push(t('reception.message.support.companion'));
  if (p.reading) support.push(t('reception.message.support.reading'));
  if (p.hearing) support.push(t('reception.message.support.hearing'));
  return {
    bringLine: p.bring ? t('reception.message.bring', { bring: p.bring }) : '',
    supportLine: support.length ? t('reception.message.support', { support: support.join(' ') }) : '',
    manageLine: p.manageUrl ? t('reception.message.manage', { manageUrl: p.manageUrl }) : '',
  };
}

const MEETING = ['serviceName', 'date', 'time', 'place', 'bookingCode'] as const;

export const receptionTemplates = defineTemplates(
  {
    'reception.booking_confirmed': { required: MEETING, dates: ['date'], derive: meetingSentences },
    'reception.booking_moved': { required: MEETING, dates: ['date'], derive: meetingSentences },
    'reception.booking_cancelled': { required: MEETING, dates: ['date'] },
    'reception.reminder': { required: MEETING, dates: ['date'], derive: meetingSentences },
  },
  defineMessages(
    {
      'reception.message.bring': 'Husk at medbringe: {bring}',
      'reception.message.support': 'Vi har sørget for: {support}',
      'reception.message.support.interpreter': 'Der er bestilt tolk.',
      'reception.message.support.interpreterLanguage': 'Der er bestilt tolk ({language}).',
      'reception.message.support.companion': 'Du er velkommen til at tage en bisidder med.',
      'reception.message.support.reading': 'Vi læser papirerne op sammen med dig.',
      'reception.message.support.hearing': 'Vi taler tydeligt og skriver ned, hvad vi aftaler.',
      'reception.message.manage': 'Flyt eller aflys tiden her: {manageUrl}',

      'reception.booking_confirmed.mail.subject': 'Din tid: {serviceName} {date} kl. {time}',
      'reception.booking_confirmed.mail.body':
        'Du har fået en tid hos {kommuneName}.\n\n' +
        '{serviceName}\n{date} kl. {time}\nSted: {place}\nDin bookingkode: {bookingCode}\n\n' +
        '{bringLine}\n{supportLine}\n\n' +
        'Når du kommer, tjekker du ind med bookingkoden.\n{manageLine}\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'reception.booking_confirmed.sms':
        '{kommuneName}: Din tid til {serviceName} er {date} kl. {time}, {place}. Bookingkode {bookingCode}. {manageLine}',

      'reception.booking_moved.mail.subject': 'Din tid er flyttet: {serviceName} {date} kl. {time}',
      'reception.booking_moved.mail.body':
        'Din tid hos {kommuneName} er flyttet.\n\n' +
        '{serviceName}\n{date} kl. {time}\nSted: {place}\nDin bookingkode: {bookingCode}\n\n' +
        '{bringLine}\n{supportLine}\n{manageLine}\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'reception.booking_moved.sms':
        '{kommuneName}: Din tid til {serviceName} er flyttet til {date} kl. {time}, {place}. Bookingkode {bookingCode}.',

      'reception.booking_cancelled.mail.subject': 'Din tid er aflyst: {serviceName} {date} kl. {time}',
      'reception.booking_cancelled.mail.body':
        'Din tid hos {kommuneName} til {serviceName} {date} kl. {time} (bookingkode {bookingCode}) er aflyst, som du bad om.\n\n' +
        'Du er velkommen til at bestille en ny tid.\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'reception.booking_cancelled.sms':
        '{kommuneName}: Din tid til {serviceName} {date} kl. {time} er aflyst (bookingkode {bookingCode}).',

      'reception.reminder.mail.subject': 'Påmindelse: {serviceName} {date} kl. {time}',
      'reception.reminder.mail.body':
        'Vi glæder os til at se dig.\n\n' +
        '{serviceName}\n{date} kl. {time}\nSted: {place}\nDin bookingkode: {bookingCode}\n\n' +
        '{bringLine}\n{supportLine}\n{manageLine}\n\n' +
        'Venlig hilsen\n{kommuneName}',
      'reception.reminder.sms':
        '{kommuneName}: Påmindelse om din tid til {serviceName} {date} kl. {time}, {place}. Bookingkode {bookingCode}. {bringLine}',
    },
    {
      'reception.message.bring': 'Please bring: {bring}',
      'reception.message.support': 'We have arranged: {support}',
      'reception.message.support.interpreter': 'An interpreter has been booked.',
      'reception.message.support.interpreterLanguage': 'An interpreter has been booked ({language}).',
      'reception.message.support.companion': 'You are welcome to bring a companion.',
      'reception.message.support.reading': 'We will read the papers through with you.',
      'reception.message.support.hearing': 'We will speak clearly and write down what we agree.',
      'reception.message.manage': 'Move or cancel the appointment here: {manageUrl}',

      'reception.booking_confirmed.mail.subject': 'Your appointment: {serviceName} {date} at {time}',
      'reception.booking_confirmed.mail.body':
        'You have an appointment with {kommuneName}.\n\n' +
        '{serviceName}\n{date} at {time}\nPlace: {place}\nYour booking code: {bookingCode}\n\n' +
        '{bringLine}\n{supportLine}\n\n' +
        'When you arrive, check in with the booking code.\n{manageLine}\n\n' +
        'Kind regards\n{kommuneName}',
      'reception.booking_confirmed.sms':
        '{kommuneName}: Your appointment for {serviceName} is {date} at {time}, {place}. Booking code {bookingCode}. {manageLine}',

      'reception.booking_moved.mail.subject': 'Your appointment has moved: {serviceName} {date} at {time}',
      'reception.booking_moved.mail.body':
        'Your appointment with {kommuneName} has moved.\n\n' +
        '{serviceName}\n{date} at {time}\nPlace: {place}\nYour booking code: {bookingCode}\n\n' +
        '{bringLine}\n{supportLine}\n{manageLine}\n\n' +
        'Kind regards\n{kommuneName}',
      'reception.booking_moved.sms':
        '{kommuneName}: Your appointment for {serviceName} has moved to {date} at {time}, {place}. Booking code {bookingCode}.',

      'reception.booking_cancelled.mail.subject':
        'Your appointment is cancelled: {serviceName} {date} at {time}',
      'reception.booking_cancelled.mail.body':
        'Your appointment with {kommuneName} for {serviceName} on {date} at {time} (booking code {bookingCode}) is cancelled, as you asked.\n\n' +
        'You are welcome to book a new one.\n\n' +
        'Kind regards\n{kommuneName}',
      'reception.booking_cancelled.sms':
        '{kommuneName}: Your appointment for {serviceName} on {date} at {time} is cancelled (booking code {bookingCode}).',

      'reception.reminder.mail.subject': 'Reminder: {serviceName} {date} at {time}',
      'reception.reminder.mail.body':
        'We look forward to seeing you.\n\n' +
        '{serviceName}\n{date} at {time}\nPlace: {place}\nYour booking code: {bookingCode}\n\n' +
        '{bringLine}\n{supportLine}\n{manageLine}\n\n' +
        'Kind regards\n{kommuneName}',
      'reception.reminder.sms':
        '{kommuneName}: Reminder of your appointment for {serviceName} on {date} at {time}, {place}. Booking code {bookingCode}. {bringLine}',
    },
  ),
);
