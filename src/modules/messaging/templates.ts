// The texts of every mail and SMS, Danish first and English complete. An outbox row names a template and
// carries its parameters; the text is rendered when the message is sent, in the row's locale.

import type { MessageChannel } from '../../adapters/transport.js';
import { formatDateLong } from '../../core/calendar.js';
import { defineMessages, type Locale, type Translate, translator } from '../../i18n/index.js';

const texts = defineMessages(
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
    'dialogue.missed_call.callBack.phoneHours':
      'Du er også velkommen til at ringe til os på {phone} ({openingHours}). Oplys sagsnummeret.',
    'dialogue.missed_call.callBack.email':
      'Du er også velkommen til at skrive til os på {email}. Oplys sagsnummeret.',

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
    'dialogue.missed_call.callBack.phoneHours':
      'You are also welcome to call us on {phone} ({openingHours}). Please give the case number.',
    'dialogue.missed_call.callBack.email':
      'You are also welcome to write to us at {email}. Please give the case number.',

    'agreement.reminder.mail.subject': 'Reminder: agreement in case {caseNumber} due {dueOn}',
    'agreement.reminder.mail.body':
      'This is a reminder of an agreement in case {caseNumber}.\n\n' +
      'The agreement:\n{what}\n\n' +
      'It is due no later than {dueOn}.\n\n' +
      'Kind regards\n{kommuneName}',
    'agreement.reminder.sms':
      '{kommuneName}: Reminder of agreement in case {caseNumber}: {what}. Due {dueOn}.',
  },
);

type Params = Record<string, string>;

interface TemplateSpec {
  /** Parameters the outbox row must carry. `kommuneName` is always added by delivery. */
  required: readonly string[];
  /** Parameters holding an ISO date, shown in words ('torsdag den 3. december 2026'). */
  dates?: readonly string[];
  /** Sentences that depend on which optional parameters are present. */
  derive?: (params: Params, t: Translate) => Params;
}

export const TEMPLATES = {
  'intake.receipt': {
    required: ['caseNumber', 'firstContactDue', 'trackingUrl'],
    dates: ['firstContactDue'],
  },
  // Optional `phone` and `openingHours` (or `email`): how the citizen reaches us, from the contact directory.
  'dialogue.missed_call': {
    required: ['caseNumber'],
    derive: (p, t) => ({
      callBack:
        p.phone && p.openingHours
          ? t('dialogue.missed_call.callBack.phoneHours', { phone: p.phone, openingHours: p.openingHours })
          : p.phone
            ? t('dialogue.missed_call.callBack.phone', { phone: p.phone })
            : p.email
              ? t('dialogue.missed_call.callBack.email', { email: p.email })
              : t('dialogue.missed_call.callBack'),
    }),
  },
  'agreement.reminder': { required: ['caseNumber', 'dueOn', 'what'], dates: ['dueOn'] },
} satisfies Record<string, TemplateSpec>;

export type TemplateName = keyof typeof TEMPLATES;

export interface RenderedMessage {
  subject: string | null; // mail only
  text: string;
}

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

/** Renders a template for a channel; throws on an unknown template or a missing parameter. */
export function renderTemplate(
  name: string,
  channel: MessageChannel,
  params: Params,
  locale: Locale,
): RenderedMessage {
  if (!isTemplateName(name)) throw new Error(`Unknown message template: ${name}`);
  const spec: TemplateSpec = TEMPLATES[name];
  const missing = spec.required.filter((p) => !params[p]);
  if (missing.length > 0) throw new Error(`Template ${name} lacks parameters: ${missing.join(', ')}`);
  const t = translator([texts], locale);
  const values: Params = { ...params };
  for (const d of spec.dates ?? []) values[d] = formatDateLong(params[d]!, locale);
  Object.assign(values, spec.derive?.(params, t));
  return channel === 'mail'
    ? { subject: t(`${name}.mail.subject`, values), text: t(`${name}.mail.body`, values) }
    : { subject: null, text: t(`${name}.sms`, values) };
}

/** The texts themselves, for the i18n completeness test. */
export const templateMessages = texts;
