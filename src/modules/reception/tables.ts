// The reception module's tables (migrations 0016_reception, 0022_reception_admin): service types with their
// desks or rooms and opening hours per weekday, their slots with a capacity per desk or room, bookings, and the
// visits of the front desk's queue.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, kommuneId } from '../../adapters/db/schema.js';

/** A service a citizen can book or queue for (ydelse): pas og kørekort, jobcentersamtale, møde om din klage. */
export const receptionServiceTypes = pgTable(
  'reception_service_types',
  {
    id: id(),
    kommuneId: kommuneId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    bring: text('bring').notNull().default(''), // what to bring (medbring)
    bringEn: text('bring_en').notNull().default(''),
    ticketPrefix: text('ticket_prefix').notNull().default('A'),
    durationMinutes: integer('duration_minutes').notNull().default(15),
    /** The desks and rooms it is served at (skranker, mødelokaler), each with `capacity` places per slot. */
    places: text('places').array().notNull().default(sql`'{}'`),
    capacity: integer('capacity').notNull().default(1),
    reminderHours: integer('reminder_hours').notNull().default(24),
    waitGoalMinutes: integer('wait_goal_minutes').notNull().default(15), // servicemål for ventetid
    bookableOnline: boolean('bookable_online').notNull().default(true),
    /** Deactivated: no longer offered and no new slots; its bookings and visits stay. */
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('reception_service_types_code').on(t.kommuneId, t.code),
    check('reception_service_types_reminder', sql`${t.reminderHours} >= 0 AND ${t.reminderHours} <= 336`),
    check('reception_service_types_capacity', sql`${t.capacity} >= 1 AND ${t.capacity} <= 50`),
  ],
);

/** A service type's opening hours on one weekday (åbningstider); a weekday without a row is closed. */
export const receptionOpeningHours = pgTable(
  'reception_opening_hours',
  {
    id: id(),
    kommuneId: kommuneId(),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => receptionServiceTypes.id, { onDelete: 'cascade' }),
    weekday: integer('weekday').notNull(), // 1 Monday … 7 Sunday
    opensMinute: integer('opens_minute').notNull(), // minutes after midnight, Danish time
    closesMinute: integer('closes_minute').notNull(),
  },
  (t) => [
    uniqueIndex('reception_opening_hours_day').on(t.serviceTypeId, t.weekday),
    check('reception_opening_hours_weekday', sql`${t.weekday} >= 1 AND ${t.weekday} <= 7`),
    check(
      'reception_opening_hours_range',
      sql`${t.opensMinute} >= 0 AND ${t.closesMinute} <= 1440 AND ${t.opensMinute} < ${t.closesMinute}`,
    ),
  ],
);

/** A bookable time at a desk or room, with its capacity; `booked` never exceeds it (CHECK). */
export const receptionSlots = pgTable(
  'reception_slots',
  {
    id: id(),
    kommuneId: kommuneId(),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => receptionServiceTypes.id),
    place: text('place').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    booked: integer('booked').notNull().default(0),
  },
  (t) => [
    uniqueIndex('reception_slots_place_time').on(t.kommuneId, t.serviceTypeId, t.place, t.startsAt),
    index('reception_slots_time').on(t.kommuneId, t.serviceTypeId, t.startsAt),
    check('reception_slots_capacity', sql`${t.booked} >= 0 AND ${t.booked} <= ${t.capacity}`),
  ],
);

/** A booking (tidsbestilling), managed by the citizen from a private link (the token is stored hashed). */
export const receptionBookings = pgTable(
  'reception_bookings',
  {
    id: id(),
    kommuneId: kommuneId(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => receptionSlots.id),
    code: text('code').notNull(),
    manageTokenHash: text('manage_token_hash').notNull(),
    status: text('status').notNull().default('booked'),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    locale: text('locale').notNull().default('da'),
    caseId: uuid('case_id'),
    citizenId: uuid('citizen_id'),
    supportNeeds: jsonb('support_needs').$type<Record<string, unknown>>().notNull().default({}),
    bookedBy: uuid('booked_by'),
    idempotencyKey: text('idempotency_key'),
    reminderQueuedAt: timestamp('reminder_queued_at', { withTimezone: true }),
    createdAt: createdAt(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('reception_bookings_code').on(t.kommuneId, t.code),
    uniqueIndex('reception_bookings_token').on(t.manageTokenHash),
    uniqueIndex('reception_bookings_idempotency').on(t.kommuneId, t.idempotencyKey),
    index('reception_bookings_slot').on(t.slotId),
    index('reception_bookings_reminder')
      .on(t.kommuneId)
      .where(sql`"status" = 'booked' AND "reminder_queued_at" IS NULL`),
    check('reception_bookings_status', sql`${t.status} IN ('booked', 'cancelled')`),
  ],
);

/** One visit at the front desk: arrival (ticket), called to a desk, done; and the hand-over note. */
export const receptionVisits = pgTable(
  'reception_visits',
  {
    id: id(),
    kommuneId: kommuneId(),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => receptionServiceTypes.id),
    bookingId: uuid('booking_id').references(() => receptionBookings.id),
    day: date('day', { mode: 'string' }).notNull(),
    seq: integer('seq').notNull(),
    ticket: text('ticket').notNull(),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }).notNull(),
    calledAt: timestamp('called_at', { withTimezone: true }),
    desk: text('desk'),
    calledBy: uuid('called_by'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    handoverNote: text('handover_note'),
    handoverTo: uuid('handover_to'),
  },
  (t) => [
    uniqueIndex('reception_visits_ticket').on(t.kommuneId, t.day, t.seq),
    uniqueIndex('reception_visits_booking').on(t.bookingId),
    index('reception_visits_waiting').on(t.kommuneId, t.day).where(sql`"called_at" IS NULL`),
    check(
      'reception_visits_order',
      sql`(${t.calledAt} IS NULL OR ${t.calledAt} >= ${t.arrivedAt}) AND (${t.doneAt} IS NULL OR (${t.calledAt} IS NOT NULL AND ${t.doneAt} >= ${t.calledAt}))`,
    ),
  ],
);
