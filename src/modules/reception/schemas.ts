// The request and response schemas of the front desk — the only validation. Each property names the i18n key
// of its failures (`x-messages`), so a refusal says which field and why, in the caller's language.
import { type TSchema, Type } from 'typebox';
import { MESSAGES_KEYWORD } from '../../platform/schema-errors.js';

const messages = <T extends TSchema>(schema: T, keys: Record<string, string>): T =>
  Object.assign(schema, { [MESSAGES_KEYWORD]: keys });

const PLAIN_TEXT = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';
const DANISH_PHONE = '^(\\+45|0045)?[ -]*[2-9]([ -]*[0-9]){7}$';
const EMAIL_WITH_DOMAIN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$';

export const KommuneParams = Type.Object({
  kommunekode: Type.String({ pattern: '^0?[0-9]{3}$', description: 'Kommunekode, e.g. 259 or 0259' }),
});
export const TokenParams = Type.Object({
  manageToken: Type.String({
    minLength: 20,
    maxLength: 100,
    description: "The booking's private link token",
  }),
});

export const slotId = messages(Type.String({ format: 'uuid' }), {
  required: 'reception.error.slot.required',
  default: 'reception.error.slot.unknown',
});
export const name = messages(Type.String({ minLength: 1, maxLength: 200, pattern: PLAIN_TEXT }), {
  required: 'reception.error.name.required',
  minLength: 'reception.error.name.required',
  default: 'reception.error.name.invalid',
});
export const phone = messages(Type.String({ maxLength: 30, pattern: DANISH_PHONE }), {
  default: 'reception.error.phone.invalid',
});
export const email = messages(Type.String({ format: 'email', maxLength: 254, pattern: EMAIL_WITH_DOMAIN }), {
  default: 'reception.error.email.invalid',
});
export const isoDate = (key: string) =>
  messages(Type.String({ format: 'date', description: 'YYYY-MM-DD' }), { default: key });
export const serviceTypeCode = messages(
  Type.String({ minLength: 1, maxLength: 60, pattern: '^[a-z0-9-]+$' }),
  {
    default: 'reception.error.serviceType.unknown',
  },
);

export const BookingBody = Type.Object(
  { slotId, name, phone: Type.Optional(phone), email: Type.Optional(email) },
  { additionalProperties: false },
);

export const SupportNeedsBody = Type.Object(
  {
    interpreter: Type.Optional(Type.Boolean()),
    language: Type.Optional(Type.String({ maxLength: 100, pattern: PLAIN_TEXT })),
    companion: Type.Optional(Type.Boolean({ description: 'bisidder' })),
    readingDifficulties: Type.Optional(Type.Boolean()),
    hearingDifficulties: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const StaffBookingBody = Type.Object(
  {
    slotId,
    name,
    phone: Type.Optional(phone),
    email: Type.Optional(email),
    caseNumber: Type.Optional(
      messages(Type.String({ maxLength: 40 }), { default: 'reception.error.case.unknown' }),
    ),
    supportNeeds: Type.Optional(SupportNeedsBody),
  },
  { additionalProperties: false },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    messages(
      Type.String({
        minLength: 1,
        maxLength: 200,
        pattern: '^[\\x21-\\x7E]+$',
        description:
          'Up to 200 visible ASCII characters. The same key with the same body answers 200 with the booking made ' +
          'first; with another body, 422. Scoped to the kommune.',
      }),
      { default: 'reception.error.idempotencyKey' },
    ),
  ),
});

/** A booking code, or (for a walk-in) the service type; the booking code wins when both are sent. */
export const CheckInBody = Type.Object(
  {
    bookingCode: Type.Optional(
      messages(Type.String({ minLength: 4, maxLength: 20, pattern: '^[A-Za-z0-9 -]+$' }), {
        default: 'reception.error.code.unknown',
      }),
    ),
    serviceType: Type.Optional(serviceTypeCode),
  },
  { additionalProperties: false },
);

export const SupportNeedsView = SupportNeedsBody;

export const Slot = Type.Object({
  slotId: Type.String({ format: 'uuid' }),
  serviceType: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  remaining: Type.Integer({ minimum: 0 }),
});

export const ServiceType = Type.Object({
  code: Type.String(),
  name: Type.String(),
  bring: Type.String({ description: 'What to bring (medbring)' }),
  durationMinutes: Type.Integer(),
  bookableOnline: Type.Boolean(),
  waitGoalMinutes: Type.Integer({ description: 'The service goal for waiting time at the desk' }),
  reminderHours: Type.Integer({ description: 'Hours before the meeting the reminder is sent' }),
});

export const Booked = Type.Object({
  bookingCode: Type.String(),
  manageToken: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
});

export const BookingView = Type.Object({
  bookingCode: Type.String(),
  status: Type.Union([Type.Literal('booked'), Type.Literal('cancelled')]),
  serviceType: Type.String(),
  place: Type.String(),
  startsAt: Type.String({ format: 'date-time' }),
  endsAt: Type.String({ format: 'date-time' }),
  name: Type.String(),
  supportNeeds: SupportNeedsView,
  checkedIn: Type.Boolean(),
});

export const Visit = Type.Object({
  id: Type.String({ format: 'uuid' }),
  ticket: Type.String(),
  serviceType: Type.String(),
  serviceName: Type.String(),
  bookingId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  bookedFor: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
  supportNeeds: SupportNeedsView,
  arrivedAt: Type.String({ format: 'date-time' }),
  calledAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  desk: Type.Union([Type.String(), Type.Null()]),
  doneAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  handoverNote: Type.Union([Type.String(), Type.Null()]),
});

export const Ticket = Type.Object({
  ticket: Type.String(),
  serviceType: Type.String(),
  booked: Type.Boolean(),
});

export const Display = Type.Object({
  called: Type.Array(
    Type.Object({
      ticket: Type.String(),
      desk: Type.String(),
      calledAt: Type.String({ format: 'date-time' }),
    }),
  ),
  waiting: Type.Integer({ minimum: 0 }),
});

export const desk = messages(Type.String({ minLength: 1, maxLength: 60, pattern: PLAIN_TEXT }), {
  default: 'reception.error.desk.required',
});

export const DoneBody = Type.Object(
  {
    handoverNote: Type.Optional(
      messages(Type.String({ maxLength: 500, pattern: PLAIN_TEXT }), {
        default: 'reception.error.note.long',
      }),
    ),
    handoverTo: Type.Optional(
      messages(Type.String({ format: 'uuid' }), { default: 'reception.error.handoverTo.unknown' }),
    ),
  },
  { additionalProperties: false },
);

export const WaitingTimes = Type.Array(
  Type.Object({
    serviceType: Type.String(),
    name: Type.String(),
    goalMinutes: Type.Integer(),
    visits: Type.Integer(),
    meanWaitMinutes: Type.Union([Type.Number(), Type.Null()]),
    medianWaitMinutes: Type.Union([Type.Number(), Type.Null()]),
    meanServiceMinutes: Type.Union([Type.Number(), Type.Null()]),
    withinGoal: Type.Union([Type.Number(), Type.Null()]),
  }),
);

// --- Administration of service types (ydelser) and their opening hours ------------------------------------

const whole = (min: number, max: number, key: string, description?: string) =>
  messages(Type.Integer({ minimum: min, maximum: max, description }), { default: key });
const text = (min: number, max: number, key: string) =>
  messages(Type.String({ minLength: min, maxLength: max, pattern: PLAIN_TEXT }), {
    required: key,
    minLength: key,
    default: key,
  });
const clock = messages(Type.String({ maxLength: 5, description: 'HH:MM, Danish time' }), {
  default: 'reception.error.hours.time',
});

export const OpeningDay = Type.Object(
  {
    weekday: whole(1, 7, 'reception.error.hours.weekday', '1 Monday … 7 Sunday'),
    opens: clock,
    closes: clock,
  },
  { additionalProperties: false },
);

const serviceTypeSettings = {
  name: text(1, 120, 'reception.error.admin.name'),
  nameEn: text(1, 120, 'reception.error.admin.nameEn'),
  bring: text(0, 1000, 'reception.error.admin.bring'),
  bringEn: text(0, 1000, 'reception.error.admin.bring'),
  ticketPrefix: messages(Type.String({ pattern: '^[A-Z]$', description: 'The ticket letter' }), {
    default: 'reception.error.admin.ticketPrefix',
  }),
  durationMinutes: whole(5, 240, 'reception.error.admin.duration', 'Length of a meeting or slot'),
  places: messages(
    Type.Array(Type.String({ maxLength: 60, pattern: PLAIN_TEXT }), {
      maxItems: 20,
      description: 'The desks and rooms (skranker, mødelokaler)',
    }),
    { default: 'reception.error.admin.places' },
  ),
  capacity: whole(1, 50, 'reception.error.admin.capacity', 'Citizens per desk or room per slot'),
  hours: messages(
    Type.Array(OpeningDay, { maxItems: 7, description: 'Opening hours; a day left out is closed' }),
    {
      default: 'reception.error.hours.time',
    },
  ),
  reminderHours: whole(0, 336, 'reception.error.admin.reminder'),
  waitGoalMinutes: whole(1, 240, 'reception.error.admin.waitGoal', 'The service goal for waiting time'),
  bookableOnline: Type.Boolean(),
};

export const ServiceTypeUpdateBody = Type.Object(serviceTypeSettings, { additionalProperties: false });
export const ServiceTypeCreateBody = Type.Object(
  {
    code: messages(Type.String({ minLength: 2, maxLength: 60, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }), {
      default: 'reception.error.admin.code',
    }),
    ...serviceTypeSettings,
  },
  { additionalProperties: false },
);

export const ServiceTypeAdmin = Type.Object({
  id: Type.String({ format: 'uuid' }),
  code: Type.String(),
  name: Type.String(),
  nameEn: Type.String(),
  bring: Type.String(),
  bringEn: Type.String(),
  ticketPrefix: Type.String(),
  durationMinutes: Type.Integer(),
  places: Type.Array(Type.String()),
  capacity: Type.Integer(),
  hours: Type.Array(Type.Object({ weekday: Type.Integer(), opens: Type.String(), closes: Type.String() })),
  reminderHours: Type.Integer(),
  waitGoalMinutes: Type.Integer(),
  bookableOnline: Type.Boolean(),
  active: Type.Boolean(),
});
