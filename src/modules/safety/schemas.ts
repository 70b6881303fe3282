// The safety module's request and response shapes (TypeBox, the only validation). Each property names the i18n
// keys of its failures (`x-messages`), so a refused field gets its Danish or English sentence.
import { type TSchema, Type } from 'typebox';
import {
  FOLLOW_UP_ITEMS,
  INCIDENT_PLACES,
  INCIDENT_TYPES,
  SAFETY_MEASURES,
  SEVERITIES,
} from '../../core/incidents.js';
import { MESSAGES_KEYWORD } from '../../platform/schema-errors.js';

function messages<T extends TSchema>(schema: T, keys: Record<string, string>): T {
  return Object.assign(schema, { [MESSAGES_KEYWORD]: keys });
}

const PLAIN_TEXT = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';
const DATE = '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$';
const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const Instant = Type.String({ format: 'date-time' });
const Day = Type.String({ format: 'date' });

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));

const text = (max: number, key: string) =>
  messages(Type.String({ maxLength: max, pattern: PLAIN_TEXT }), { default: key });

export const NewIncidentBody = Type.Object({
  occurredAt: messages(Type.String({ format: 'date-time', description: 'When it happened' }), {
    default: 'safety.error.occurredAt',
  }),
  place: messages(literals(INCIDENT_PLACES), { default: 'safety.error.place' }),
  type: messages(literals(INCIDENT_TYPES), { default: 'safety.error.type' }),
  severity: messages(literals(SEVERITIES), { default: 'safety.error.severity' }),
  description: messages(Type.String({ minLength: 10, maxLength: 5000, pattern: PLAIN_TEXT }), {
    minLength: 'safety.error.description.short',
    default: 'safety.error.description.invalid',
  }),
  absenceFrom: Type.Optional(
    messages(Type.String({ format: 'date', pattern: DATE, description: 'The first day of absence' }), {
      default: 'safety.error.absenceFrom',
    }),
  ),
  absenceDays: Type.Optional(
    messages(
      Type.Integer({ minimum: 0, maximum: 365, description: 'Days of absence beyond the day of injury' }),
      { default: 'safety.error.absenceDays' },
    ),
  ),
  exposedStaffIds: Type.Optional(
    messages(
      Type.Array(Type.String({ format: 'uuid' }), {
        maxItems: 20,
        uniqueItems: true,
        description: 'The staff exposed (user ids); the registering person when left out',
      }),
      { default: 'safety.error.exposedStaff' },
    ),
  ),
  caseNumber: Type.Optional(
    messages(
      Type.String({
        pattern: '^[0-9]{3}-[0-9]{4}-[0-9]{6,}$',
        description: 'The case of the citizen involved, when it is needed to know (optional)',
      }),
      { default: 'safety.error.caseNumber' },
    ),
  ),
  deEscalation: Type.Optional(text(2000, 'safety.error.text')),
  escalation: Type.Optional(text(2000, 'safety.error.text')),
  injury: Type.Optional(text(2000, 'safety.error.text')),
});

export const IncidentChangesBody = Type.Object({
  absenceFrom: Type.Optional(
    nullable(
      messages(Type.String({ format: 'date', pattern: DATE }), { default: 'safety.error.absenceFrom' }),
    ),
  ),
  absenceDays: Type.Optional(
    nullable(messages(Type.Integer({ minimum: 0, maximum: 365 }), { default: 'safety.error.absenceDays' })),
  ),
  debriefing: Type.Optional(Type.Boolean({ description: 'Debriefing held (now)' })),
  psychologicalHelp: Type.Optional(Type.Boolean({ description: 'Psychological help offered (now)' })),
  policeReport: Type.Optional(
    nullable(
      messages(Type.Union([Type.Literal('filed'), Type.Literal('not_filed')]), {
        default: 'safety.error.policeReport',
      }),
    ),
  ),
  riskAssessment: Type.Optional(
    Type.Boolean({ description: 'Workplace risk assessment (APV) updated (today)' }),
  ),
  authorityReport: Type.Optional(Type.Boolean({ description: 'Reported to the authority (today)' })),
});

const Person = Type.Object({ id: Type.String(), name: Type.String() });
const FollowUpLine = Type.Object({
  item: literals(FOLLOW_UP_ITEMS),
  status: literals(['done', 'open', 'due_soon', 'due_today', 'overdue'] as const),
  due: nullable(Type.String({ description: 'An instant for the 48-hour items, a date for the others' })),
  doneAt: nullable(Type.String()),
});

export const IncidentView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  occurredAt: Instant,
  place: literals(INCIDENT_PLACES),
  type: literals(INCIDENT_TYPES),
  severity: literals(SEVERITIES),
  description: Type.String(),
  absenceFrom: nullable(Day),
  absenceDays: nullable(Type.Integer()),
  exposedStaff: Type.Array(Person),
  citizen: nullable(Type.Object({ name: Type.String() })),
  deEscalation: nullable(Type.String()),
  escalation: nullable(Type.String()),
  injury: nullable(Type.String()),
  reportedBy: Person,
  createdAt: Instant,
  policeReport: nullable(Type.String()),
  reportDeadline: nullable(
    Type.String({
      format: 'date',
      description: 'The last day to report to the authority (Arbejdstilsynet); null when no report is due',
    }),
  ),
  reportStatus: nullable(literals(['done', 'open', 'due_soon', 'due_today', 'overdue'] as const)),
  followUp: Type.Array(FollowUpLine),
  overdue: Type.Integer({ description: 'Follow-up items past their deadline' }),
});

export const IncidentList = Type.Array(IncidentView);

export const ColleagueQuery = Type.Object({
  q: messages(
    Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: PLAIN_TEXT,
      description: 'A part of the name (case does not matter)',
    }),
    { default: 'safety.error.colleagueSearch' },
  ),
});
export const ColleagueList = Type.Array(Person);

const Group = Type.Object({
  key: Type.String(),
  count: nullable(Type.Integer({ description: 'null: fewer than the minimum group size, hidden' })),
});
export const Statistics = Type.Object({
  from: Day,
  to: Day,
  minGroupSize: Type.Integer(),
  total: nullable(Type.Integer()),
  byType: Type.Array(Group),
  byPlace: Type.Array(Group),
  byMonth: Type.Array(Group),
});

export const PeriodQuery = Type.Object({
  from: messages(Type.String({ format: 'date', pattern: DATE }), { default: 'safety.error.period' }),
  to: messages(Type.String({ format: 'date', pattern: DATE }), { default: 'safety.error.period' }),
});

export const NewPlanBody = Type.Object({
  measures: messages(
    Type.Array(literals(SAFETY_MEASURES), {
      minItems: 1,
      maxItems: SAFETY_MEASURES.length,
      uniqueItems: true,
    }),
    { default: 'safety.error.measures' },
  ),
  reason: messages(Type.String({ minLength: 10, maxLength: 2000, pattern: PLAIN_TEXT }), {
    default: 'safety.error.reason',
  }),
  reviewOn: Type.Optional(
    messages(Type.String({ format: 'date', pattern: DATE, description: 'Default: in 3 months' }), {
      default: 'safety.error.reviewOn',
    }),
  ),
  secondStaffId: Type.Optional(messages(Type.String({ format: 'uuid' }), { default: 'safety.error.staff' })),
  knownStaffId: Type.Optional(messages(Type.String({ format: 'uuid' }), { default: 'safety.error.staff' })),
  bookingId: Type.Optional(
    messages(Type.String({ format: 'uuid', description: 'The booking the plan is for, if any' }), {
      default: 'safety.error.booking',
    }),
  ),
});

export const RenewPlanBody = Type.Object({
  reviewOn: messages(Type.String({ format: 'date', pattern: DATE }), { default: 'safety.error.reviewOn' }),
  reason: messages(Type.String({ minLength: 10, maxLength: 2000, pattern: PLAIN_TEXT }), {
    default: 'safety.error.reason',
  }),
});

/** The booking a plan is for, as its reader needs it. */
const PlanBooking = Type.Object({
  id: Type.String({ format: 'uuid' }),
  startsAt: Instant,
  place: Type.String(),
  serviceName: Type.String({ description: "The service type's name, in the reader's language" }),
});

export const PlanView = Type.Object({
  id: Type.String({ format: 'uuid' }),
  caseNumber: nullable(Type.String()),
  bookingId: nullable(Type.String()),
  booking: nullable(PlanBooking),
  citizen: Type.Object({ name: Type.String() }),
  measures: Type.Array(literals(SAFETY_MEASURES)),
  secondStaff: nullable(Person),
  knownStaff: nullable(Person),
  reason: Type.String(),
  reviewOn: Day,
  activeUntil: nullable(
    Type.String({ format: 'date', description: 'The last day in force; null once lapsed' }),
  ),
  status: literals(['active', 'review_soon', 'lapsed', 'ended'] as const),
  createdBy: Person,
  createdAt: Instant,
  renewedAt: nullable(Instant),
  canRenew: Type.Boolean(),
});
export const PlanList = Type.Array(PlanView);

export const Thresholds = Type.Array(
  Type.Object({
    from: messages(Type.String({ format: 'date', pattern: DATE }), { default: 'safety.error.threshold' }),
    minAbsenceDays: messages(Type.Integer({ minimum: 1, maximum: 30 }), {
      default: 'safety.error.threshold',
    }),
  }),
  { minItems: 1, maxItems: 20 },
);

/** A plan on a booking as the front desk sees it: no reason. */
export const BookingPlanView = Type.Object({
  planId: Type.String({ format: 'uuid' }),
  booking: PlanBooking,
  citizen: Type.Object({ name: Type.String() }),
  measures: Type.Array(literals(SAFETY_MEASURES)),
  secondStaff: nullable(Person),
  knownStaff: nullable(Person),
  activeUntil: nullable(Day),
});
export const BookingPlanList = Type.Array(BookingPlanView);

export const BookingDayQuery = Type.Object({
  date: messages(Type.String({ format: 'date', pattern: DATE }), { default: 'safety.error.date' }),
});

/** A booking of the case that a plan can be made for. */
export const PlanBookingList = Type.Array(
  Type.Object({
    id: Type.String({ format: 'uuid' }),
    startsAt: Instant,
    endsAt: Instant,
    place: Type.String(),
    serviceName: Type.String(),
  }),
);
