// The SQL of the front desk. Plain parameterised statements that run on PGlite and PostgreSQL alike. The two
// places where citizens race — the last place in a slot, and the next ticket number — are decided by the
// database: a conditional UPDATE of the slot's counter (with a CHECK behind it), and a unique (day, seq).
import type { SqlRunner } from '../../adapters/db/client.js';
import type { DayHours, WeekHours } from '../../core/reception.js';
import type { AppContext } from '../../platform/context.js';

const asDate = (v: Date | string) => new Date(v);
const asDateOrNull = (v: Date | string | null) => (v === null ? null : new Date(v));
/** A json(b) column: parsed already by one driver, text from another. */
const fromJson = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v);
const supportOf = (v: Record<string, unknown> | string | null): Record<string, unknown> =>
  v === null ? {} : fromJson(v);

/**
 * A row as the drivers hand it over, the columns aliased to the row's camelCase names: an instant may come as
 * text, a json column as text. The mappers below turn it into the row.
 */
type Wire<T> = {
  [K in keyof T]: T[K] extends Date
    ? Date | string
    : T[K] extends Date | null
      ? Date | string | null
      : T[K] extends Record<string, unknown>
        ? T[K] | string | null
        : T[K];
};

type Runner = AppContext | SqlRunner;
const run = <T>(on: Runner, text: string, values: unknown[]) =>
  typeof on === 'function' ? on<T>(text, values) : on.dbh.sql<T>(text, values);

/**
 * The finders of one SELECT: `all` the rows matching a condition (with its ORDER BY, if any), `first` the first
 * of them or null, each mapped to the row.
 */
function finders<W, R>(select: string, map: (w: W) => R) {
  const all = async (on: Runner, where: string, values: unknown[]): Promise<R[]> =>
    (await run<W>(on, `${select} WHERE ${where}`, values)).map(map);
  const first = async (on: Runner, where: string, values: unknown[]): Promise<R | null> =>
    (await all(on, where, values))[0] ?? null;
  return { all, first };
}

// --- Service types, their desks or rooms and their opening hours ----------------------------------------

export interface ServiceTypeRow {
  id: string;
  kommuneId: string;
  code: string;
  name: string;
  nameEn: string;
  bring: string;
  bringEn: string;
  ticketPrefix: string;
  durationMinutes: number;
  places: string[];
  capacity: number;
  hours: WeekHours;
  reminderHours: number;
  waitGoalMinutes: number;
  bookableOnline: boolean;
  active: boolean;
}

const SERVICE_TYPE_SELECT = `
SELECT t.id, t.kommune_id AS "kommuneId", t.code, t.name, t.name_en AS "nameEn", t.bring, t.bring_en AS "bringEn",
  t.ticket_prefix AS "ticketPrefix", t.duration_minutes AS "durationMinutes", t.places, t.capacity,
  t.reminder_hours AS "reminderHours", t.wait_goal_minutes AS "waitGoalMinutes",
  t.bookable_online AS "bookableOnline", t.active,
  (SELECT COALESCE(json_agg(json_build_object('weekday', h.weekday, 'opens', h.opens_minute,
     'closes', h.closes_minute) ORDER BY h.weekday), '[]'::json)
     FROM reception_opening_hours h WHERE h.service_type_id = t.id) AS hours
FROM reception_service_types t`;

type ServiceTypeWire = Omit<ServiceTypeRow, 'hours'> & {
  hours: { weekday: number; opens: number; closes: number }[] | string;
};

const serviceTypes = finders(
  SERVICE_TYPE_SELECT,
  (r: ServiceTypeWire): ServiceTypeRow => ({
    ...r,
    durationMinutes: Number(r.durationMinutes),
    places: [...r.places],
    capacity: Number(r.capacity),
    hours: Object.fromEntries(
      fromJson(r.hours).map((h) => [
        Number(h.weekday),
        { opensMinute: Number(h.opens), closesMinute: Number(h.closes) },
      ]),
    ),
    reminderHours: Number(r.reminderHours),
    waitGoalMinutes: Number(r.waitGoalMinutes),
  }),
);

/** The kommune's service types, by name: the active ones (offered), or all of them for the administration. */
export const listServiceTypes = (
  ctx: AppContext,
  kommuneId: string,
  opts: { includeInactive?: boolean } = {},
): Promise<ServiceTypeRow[]> =>
  serviceTypes.all(
    ctx,
    `t.kommune_id = $1 ${opts.includeInactive ? '' : 'AND t.active'} ORDER BY t.name, t.code`,
    [kommuneId],
  );

/** A service type by its code, active or not (a booking keeps the service type it was made for). */
export const findServiceType = (
  on: Runner,
  kommuneId: string,
  code: string,
): Promise<ServiceTypeRow | null> =>
  serviceTypes.first(on, 't.kommune_id = $1 AND t.code = $2', [kommuneId, code]);

export const findServiceTypeById = (
  on: Runner,
  kommuneId: string,
  id: string,
): Promise<ServiceTypeRow | null> =>
  serviceTypes.first(on, 't.kommune_id = $1 AND t.id = $2', [kommuneId, id]);

/** What the administration sets on a service type (the code is fixed once made). */
export interface ServiceTypeSettings {
  name: string;
  nameEn: string;
  bring: string;
  bringEn: string;
  ticketPrefix: string;
  durationMinutes: number;
  places: string[];
  capacity: number;
  hours: WeekHours;
  reminderHours: number;
  waitGoalMinutes: number;
  bookableOnline: boolean;
}

export interface NewServiceType extends ServiceTypeSettings {
  code: string;
}

const settingsValues = (s: ServiceTypeSettings) => [
  s.name,
  s.nameEn,
  s.bring,
  s.bringEn,
  s.ticketPrefix,
  s.durationMinutes,
  s.places,
  s.capacity,
  s.reminderHours,
  s.waitGoalMinutes,
  s.bookableOnline,
];

/** A weekday's hours replace what it had; a weekday left out is closed. */
async function setOpeningHours(
  sql: SqlRunner,
  kommuneId: string,
  serviceTypeId: string,
  hours: WeekHours,
): Promise<void> {
  await sql('DELETE FROM reception_opening_hours WHERE service_type_id = $1', [serviceTypeId]);
  const days = Object.entries(hours).filter((e): e is [string, DayHours] => e[1] !== undefined);
  if (days.length === 0) return;
  await sql(
    `INSERT INTO reception_opening_hours (kommune_id, service_type_id, weekday, opens_minute, closes_minute)
     SELECT $1, $2, d.weekday, d.opens, d.closes
       FROM unnest($3::int[], $4::int[], $5::int[]) AS d(weekday, opens, closes)`,
    [
      kommuneId,
      serviceTypeId,
      days.map(([weekday]) => Number(weekday)),
      days.map(([, h]) => h.opensMinute),
      days.map(([, h]) => h.closesMinute),
    ],
  );
}

/**
 * Adds a service type with its opening hours; null when the kommune has one of that code already (which is
 * left as it is).
 */
export async function insertServiceType(
  sql: SqlRunner,
  kommuneId: string,
  s: NewServiceType,
): Promise<string | null> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO reception_service_types (kommune_id, code, name, name_en, bring, bring_en, ticket_prefix,
       duration_minutes, places, capacity, reminder_hours, wait_goal_minutes, bookable_online)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::text[], $10, $11, $12, $13)
     ON CONFLICT (kommune_id, code) DO NOTHING
     RETURNING id`,
    [kommuneId, s.code, ...settingsValues(s)],
  );
  if (!row) return null;
  await setOpeningHours(sql, kommuneId, row.id, s.hours);
  return row.id;
}

/**
 * Adds a service type, or leaves the one of that code as it is. Only the demo seed calls it, inside the seed's
 * own transaction (which allows no nested one), so it runs on the caller's connection.
 */
export async function ensureServiceType(
  ctx: AppContext,
  kommuneId: string,
  s: NewServiceType,
): Promise<void> {
  await insertServiceType((text, values) => ctx.dbh.sql(text, values), kommuneId, s);
}

/** Changes a service type's settings and opening hours; false when the kommune has no such service type. */
export async function updateServiceType(
  sql: SqlRunner,
  kommuneId: string,
  id: string,
  s: ServiceTypeSettings,
): Promise<boolean> {
  const rows = await sql<{ id: string }>(
    `UPDATE reception_service_types SET name = $3, name_en = $4, bring = $5, bring_en = $6, ticket_prefix = $7,
       duration_minutes = $8, places = $9::text[], capacity = $10, reminder_hours = $11, wait_goal_minutes = $12,
       bookable_online = $13
     WHERE kommune_id = $1 AND id = $2 RETURNING id`,
    [kommuneId, id, ...settingsValues(s)],
  );
  if (rows.length === 0) return false;
  await setOpeningHours(sql, kommuneId, id, s.hours);
  return true;
}

/** Deactivates or reactivates a service type; false when there is none, or it already was. */
export async function setServiceTypeActive(
  sql: SqlRunner,
  kommuneId: string,
  id: string,
  active: boolean,
): Promise<boolean> {
  const rows = await sql<{ id: string }>(
    `UPDATE reception_service_types SET active = $3 WHERE kommune_id = $1 AND id = $2 AND active <> $3
      RETURNING id`,
    [kommuneId, id, active],
  );
  return rows.length === 1;
}

/**
 * Removes a service type's slots from `from` on that nobody has booked (a cancelled booking still points at its
 * slot, so such a slot stays), so the slots can be planned again from changed hours, desks or capacity.
 */
export async function removeOpenSlots(sql: SqlRunner, serviceTypeId: string, from: Date): Promise<number> {
  const rows = await sql<{ id: string }>(
    `DELETE FROM reception_slots s
      WHERE s.service_type_id = $1 AND s.starts_at >= $2 AND s.booked = 0
        AND NOT EXISTS (SELECT 1 FROM reception_bookings b WHERE b.slot_id = s.id)
      RETURNING s.id`,
    [serviceTypeId, from],
  );
  return rows.length;
}

export interface NewSlot {
  place: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
}

/** Adds slots; one already there (same place and time) is left as it is, bookings and all. */
export async function insertSlots(
  ctx: AppContext,
  kommuneId: string,
  serviceTypeId: string,
  slots: readonly NewSlot[],
): Promise<number> {
  if (slots.length === 0) return 0;
  const rows = await ctx.dbh.sql<{ id: string }>(
    `INSERT INTO reception_slots (kommune_id, service_type_id, place, starts_at, ends_at, capacity)
     SELECT $1, $2, s.place, s.starts_at, s.ends_at, s.capacity
       FROM unnest($3::text[], $4::timestamptz[], $5::timestamptz[], $6::int[])
         AS s(place, starts_at, ends_at, capacity)
     ON CONFLICT (kommune_id, service_type_id, place, starts_at) DO NOTHING
     RETURNING id`,
    [
      kommuneId,
      serviceTypeId,
      slots.map((s) => s.place),
      slots.map((s) => s.startsAt.toISOString()),
      slots.map((s) => s.endsAt.toISOString()),
      slots.map((s) => s.capacity),
    ],
  );
  return rows.length;
}

export interface SlotRow {
  slotId: string;
  serviceType: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  remaining: number;
}

const SLOT_SELECT = `
SELECT s.id AS "slotId", t.code AS "serviceType", s.place, s.starts_at AS "startsAt", s.ends_at AS "endsAt",
  s.capacity - s.booked AS remaining
  FROM reception_slots s JOIN reception_service_types t ON t.id = s.service_type_id`;

const slots = finders(
  SLOT_SELECT,
  (r: Wire<SlotRow>): SlotRow => ({
    ...r,
    startsAt: asDate(r.startsAt),
    endsAt: asDate(r.endsAt),
    remaining: Number(r.remaining),
  }),
);

/** The slots of a service type starting in [from, to) and after `now`, with the places left. */
export const listSlots = (
  ctx: AppContext,
  kommuneId: string,
  serviceTypeId: string,
  from: Date,
  to: Date,
  now: Date,
): Promise<SlotRow[]> =>
  slots.all(
    ctx,
    `s.kommune_id = $1 AND s.service_type_id = $2 AND s.starts_at >= $3 AND s.starts_at < $4
      AND s.starts_at > $5
     ORDER BY s.starts_at, s.place`,
    [kommuneId, serviceTypeId, from, to, now],
  );

export const findSlot = (ctx: AppContext, kommuneId: string, slotId: string): Promise<SlotRow | null> =>
  slots.first(ctx, 's.kommune_id = $1 AND s.id = $2', [kommuneId, slotId]);

/**
 * Takes one place in a slot, or none: the UPDATE only matches while a place is left, and PostgreSQL re-checks
 * the condition on the row a concurrent booking has just changed, so two racers for the last place never both
 * win (the CHECK booked <= capacity stands behind it). Null: full, gone or begun.
 */
export async function takePlace(
  sql: SqlRunner,
  kommuneId: string,
  slotId: string,
  now: Date,
): Promise<{ startsAt: Date; endsAt: Date } | null> {
  const [row] = await sql<{ starts_at: Date | string; ends_at: Date | string }>(
    `UPDATE reception_slots SET booked = booked + 1
      WHERE id = $1 AND kommune_id = $2 AND booked < capacity AND starts_at > $3
      RETURNING starts_at, ends_at`,
    [slotId, kommuneId, now],
  );
  return row ? { startsAt: asDate(row.starts_at), endsAt: asDate(row.ends_at) } : null;
}

export async function releasePlace(sql: SqlRunner, slotId: string): Promise<void> {
  await sql('UPDATE reception_slots SET booked = booked - 1 WHERE id = $1 AND booked > 0', [slotId]);
}

export interface InsertBooking {
  id: string;
  kommuneId: string;
  slotId: string;
  code: string;
  manageTokenHash: string;
  name: string;
  phone: string | null;
  email: string | null;
  locale: string;
  caseId: string | null;
  citizenId: string | null;
  supportNeeds: Record<string, unknown>;
  bookedBy: string | null;
  idempotencyKey: string | null;
  now: Date;
}

export async function insertBooking(sql: SqlRunner, b: InsertBooking): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `INSERT INTO reception_bookings (kommune_id, slot_id, code, manage_token_hash, name, phone, email, locale,
       case_id, citizen_id, support_needs, booked_by, idempotency_key, created_at, id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, $15)
     RETURNING id`,
    [
      b.kommuneId,
      b.slotId,
      b.code,
      b.manageTokenHash,
      b.name,
      b.phone,
      b.email,
      b.locale,
      b.caseId,
      b.citizenId,
      JSON.stringify(b.supportNeeds),
      b.bookedBy,
      b.idempotencyKey,
      b.now,
      b.id,
    ],
  );
  return row!.id;
}

export interface BookingRow {
  id: string;
  kommuneId: string;
  slotId: string;
  code: string;
  status: 'booked' | 'cancelled';
  name: string;
  phone: string | null;
  email: string | null;
  locale: string;
  caseId: string | null;
  citizenId: string | null;
  supportNeeds: Record<string, unknown>;
  idempotencyKey: string | null;
  serviceType: string;
  serviceTypeId: string;
  place: string;
  startsAt: Date;
  endsAt: Date;
  checkedIn: boolean;
}

const BOOKING_SELECT = `
SELECT b.id, b.kommune_id AS "kommuneId", b.slot_id AS "slotId", b.code, b.status, b.name, b.phone, b.email,
  b.locale, b.case_id AS "caseId", b.citizen_id AS "citizenId", b.support_needs AS "supportNeeds",
  b.idempotency_key AS "idempotencyKey", t.code AS "serviceType", t.id AS "serviceTypeId", s.place,
  s.starts_at AS "startsAt", s.ends_at AS "endsAt",
  EXISTS (SELECT 1 FROM reception_visits v WHERE v.booking_id = b.id) AS "checkedIn"
FROM reception_bookings b
JOIN reception_slots s ON s.id = b.slot_id
JOIN reception_service_types t ON t.id = s.service_type_id`;

/** The bookings matching a condition on `b` (the booking), `s` (its slot) or `t` (its service type). */
const bookings = finders(
  BOOKING_SELECT,
  (r: Wire<BookingRow>): BookingRow => ({
    ...r,
    supportNeeds: supportOf(r.supportNeeds),
    startsAt: asDate(r.startsAt),
    endsAt: asDate(r.endsAt),
  }),
);

export const findBookingById = (on: Runner, kommuneId: string, id: string): Promise<BookingRow | null> =>
  bookings.first(on, 'b.kommune_id = $1 AND b.id = $2', [kommuneId, id]);

export const findBookingByToken = (on: Runner, tokenHash: string): Promise<BookingRow | null> =>
  bookings.first(on, 'b.manage_token_hash = $1', [tokenHash]);

export const findBookingByCode = (on: Runner, kommuneId: string, code: string): Promise<BookingRow | null> =>
  bookings.first(on, 'b.kommune_id = $1 AND b.code = $2', [kommuneId, code]);

export const findBookingByKey = (on: Runner, kommuneId: string, key: string): Promise<BookingRow | null> =>
  bookings.first(on, 'b.kommune_id = $1 AND b.idempotency_key = $2', [kommuneId, key]);

/** The bookings starting in [from, to), booked ones first by time. */
export const listBookings = (
  ctx: AppContext,
  kommuneId: string,
  from: Date,
  to: Date,
): Promise<BookingRow[]> =>
  bookings.all(
    ctx,
    'b.kommune_id = $1 AND s.starts_at >= $2 AND s.starts_at < $3 ORDER BY b.status, s.starts_at, b.code',
    [kommuneId, from, to],
  );

export const listCaseBookings = (ctx: AppContext, kommuneId: string, caseId: string): Promise<BookingRow[]> =>
  bookings.all(ctx, 'b.kommune_id = $1 AND b.case_id = $2 ORDER BY s.starts_at', [kommuneId, caseId]);

/** Moves a booking to another slot (whose place was taken), and lets its reminder go out again for the new time. */
export async function setBookingSlot(sql: SqlRunner, bookingId: string, slotId: string): Promise<void> {
  await sql('UPDATE reception_bookings SET slot_id = $2, reminder_queued_at = NULL WHERE id = $1', [
    bookingId,
    slotId,
  ]);
}

/** Cancels a booking still booked; false when it was not (already cancelled). */
export async function cancelBookingRow(sql: SqlRunner, bookingId: string, now: Date): Promise<boolean> {
  const rows = await sql<{ id: string }>(
    `UPDATE reception_bookings SET status = 'cancelled', cancelled_at = $2
      WHERE id = $1 AND status = 'booked' RETURNING id`,
    [bookingId, now],
  );
  return rows.length === 1;
}

export interface DueReminder {
  id: string;
  kommuneId: string;
  name: string;
  phone: string | null;
  email: string | null;
  locale: string;
  code: string;
  supportNeeds: Record<string, unknown>;
  serviceName: string;
  serviceNameEn: string;
  bring: string;
  bringEn: string;
  place: string;
  startsAt: Date;
}

/**
 * Claims the bookings whose reminder is due (its service type's hours before the meeting, which has not begun):
 * marks them in the same UPDATE that finds them, so a second run — even one racing this — finds none of them.
 * The caller writes the outbox rows in the same transaction.
 */
export async function claimDueReminders(sql: SqlRunner, now: Date, limit = 500): Promise<DueReminder[]> {
  const rows = await sql<Wire<DueReminder>>(
    `UPDATE reception_bookings b SET reminder_queued_at = $1
       FROM reception_slots s, reception_service_types t
      WHERE b.id IN (
              SELECT b2.id FROM reception_bookings b2
                JOIN reception_slots s2 ON s2.id = b2.slot_id
                JOIN reception_service_types t2 ON t2.id = s2.service_type_id
               WHERE b2.status = 'booked' AND b2.reminder_queued_at IS NULL
                 AND s2.starts_at > $1 AND s2.starts_at - t2.reminder_hours * interval '1 hour' <= $1
               ORDER BY s2.starts_at LIMIT $2)
        AND s.id = b.slot_id AND t.id = s.service_type_id
        AND b.status = 'booked' AND b.reminder_queued_at IS NULL
      RETURNING b.id, b.kommune_id AS "kommuneId", b.name, b.phone, b.email, b.locale, b.code,
        b.support_needs AS "supportNeeds", t.name AS "serviceName", t.name_en AS "serviceNameEn", t.bring,
        t.bring_en AS "bringEn", s.place, s.starts_at AS "startsAt"`,
    [now, limit],
  );
  return rows.map((r) => ({ ...r, supportNeeds: supportOf(r.supportNeeds), startsAt: asDate(r.startsAt) }));
}

// --- Visits: arrival, the queue, called, done -----------------------------------------------------------

export interface VisitRow {
  id: string;
  ticket: string;
  serviceType: string;
  serviceName: string;
  serviceNameEn: string;
  bookingId: string | null;
  bookedFor: Date | null;
  name: string | null;
  supportNeeds: Record<string, unknown>;
  arrivedAt: Date;
  calledAt: Date | null;
  desk: string | null;
  doneAt: Date | null;
  handoverNote: string | null;
  handoverTo: string | null;
}

const VISIT_SELECT = `
SELECT v.id, v.ticket, t.code AS "serviceType", t.name AS "serviceName", t.name_en AS "serviceNameEn",
  v.booking_id AS "bookingId", s.starts_at AS "bookedFor", b.name, b.support_needs AS "supportNeeds",
  v.arrived_at AS "arrivedAt", v.called_at AS "calledAt", v.desk, v.done_at AS "doneAt",
  v.handover_note AS "handoverNote", v.handover_to AS "handoverTo"
FROM reception_visits v
JOIN reception_service_types t ON t.id = v.service_type_id
LEFT JOIN reception_bookings b ON b.id = v.booking_id
LEFT JOIN reception_slots s ON s.id = b.slot_id`;

/** The visits matching a condition on `v` (the visit), `t` (its service type), `b` (its booking) or `s`. */
const visits = finders(
  VISIT_SELECT,
  (r: Wire<VisitRow>): VisitRow => ({
    ...r,
    bookedFor: asDateOrNull(r.bookedFor),
    supportNeeds: supportOf(r.supportNeeds),
    arrivedAt: asDate(r.arrivedAt),
    calledAt: asDateOrNull(r.calledAt),
    doneAt: asDateOrNull(r.doneAt),
  }),
);

/**
 * A new ticket: the day's next number, with the service type's letter. Two arrivals at once may compute the
 * same number; the unique (kommune, day, seq) refuses the second, which the caller retries.
 */
export async function insertVisit(
  sql: SqlRunner,
  v: {
    kommuneId: string;
    serviceTypeId: string;
    prefix: string;
    bookingId: string | null;
    day: string;
    now: Date;
  },
): Promise<{ id: string; ticket: string }> {
  const [row] = await sql<{ id: string; ticket: string }>(
    `INSERT INTO reception_visits (kommune_id, service_type_id, booking_id, day, seq, ticket, arrived_at)
     SELECT $1, $2, $3, $4::date, n.seq, $5 || lpad(n.seq::text, 3, '0'), $6
       FROM (SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM reception_visits
              WHERE kommune_id = $1 AND day = $4::date) n
     RETURNING id, ticket`,
    [v.kommuneId, v.serviceTypeId, v.bookingId, v.day, v.prefix, v.now],
  );
  return row!;
}

export const findVisitOfBooking = (on: Runner, bookingId: string): Promise<VisitRow | null> =>
  visits.first(on, 'v.booking_id = $1', [bookingId]);

export const findVisit = (on: Runner, kommuneId: string, id: string): Promise<VisitRow | null> =>
  visits.first(on, 'v.kommune_id = $1 AND v.id = $2', [kommuneId, id]);

/** The day's visits: waiting ones, and those called or done. */
export const listVisits = (ctx: AppContext, kommuneId: string, day: string): Promise<VisitRow[]> =>
  visits.all(ctx, 'v.kommune_id = $1 AND v.day = $2::date ORDER BY v.arrived_at, v.id', [kommuneId, day]);

/** Calls a waiting visit to a desk; false when someone else called it first. */
export async function markCalled(
  ctx: AppContext,
  v: { kommuneId: string; id: string; desk: string; userId: string; now: Date },
): Promise<boolean> {
  const rows = await ctx.dbh.sql<{ id: string }>(
    `UPDATE reception_visits SET called_at = $3, desk = $4, called_by = $5
      WHERE kommune_id = $1 AND id = $2 AND called_at IS NULL RETURNING id`,
    [v.kommuneId, v.id, v.now, v.desk, v.userId],
  );
  return rows.length === 1;
}

/** Done: the visit is over; a hand-over note (and to whom) goes with it. False when not called or already done. */
export async function markDone(
  ctx: AppContext,
  v: { kommuneId: string; id: string; note: string | null; handoverTo: string | null; now: Date },
): Promise<boolean> {
  const rows = await ctx.dbh.sql<{ id: string }>(
    `UPDATE reception_visits SET done_at = $3, handover_note = $4, handover_to = $5
      WHERE kommune_id = $1 AND id = $2 AND called_at IS NOT NULL AND done_at IS NULL RETURNING id`,
    [v.kommuneId, v.id, v.now, v.note, v.handoverTo],
  );
  return rows.length === 1;
}

/** The visits handed over to a user on a day, newest first. */
export const listHandovers = (
  ctx: AppContext,
  kommuneId: string,
  userId: string,
  day: string,
): Promise<VisitRow[]> =>
  visits.all(
    ctx,
    'v.kommune_id = $1 AND v.handover_to = $2 AND v.day = $3::date ORDER BY v.done_at DESC, v.id',
    [kommuneId, userId, day],
  );

/** What the waiting-room display shows: the last tickets called (no names), and how many wait. */
export async function displayState(
  ctx: AppContext,
  kommuneId: string,
  day: string,
): Promise<{ called: { ticket: string; desk: string; calledAt: Date }[]; waiting: number }> {
  const called = await ctx.dbh.sql<{ ticket: string; desk: string; called_at: Date | string }>(
    `SELECT ticket, desk, called_at FROM reception_visits
      WHERE kommune_id = $1 AND day = $2::date AND called_at IS NOT NULL AND done_at IS NULL
      ORDER BY called_at DESC, id LIMIT 6`,
    [kommuneId, day],
  );
  const [w] = await ctx.dbh.sql<{ n: number | string }>(
    `SELECT count(*) AS n FROM reception_visits WHERE kommune_id = $1 AND day = $2::date AND called_at IS NULL`,
    [kommuneId, day],
  );
  return {
    called: called.map((c) => ({ ticket: c.ticket, desk: c.desk, calledAt: asDate(c.called_at) })),
    waiting: Number(w?.n ?? 0),
  };
}

export interface MeasuredRow {
  serviceType: string;
  serviceName: string;
  serviceNameEn: string;
  goalMinutes: number;
  arrivedAt: Date;
  calledAt: Date | null;
  doneAt: Date | null;
}

/** The visits of a period (by day of arrival, inclusive), with their service type's goal. */
export async function measuredVisits(
  ctx: AppContext,
  kommuneId: string,
  from: string,
  to: string,
): Promise<MeasuredRow[]> {
  const rows = await ctx.dbh.sql<Wire<MeasuredRow>>(
    `SELECT t.code AS "serviceType", t.name AS "serviceName", t.name_en AS "serviceNameEn",
       t.wait_goal_minutes AS "goalMinutes", v.arrived_at AS "arrivedAt", v.called_at AS "calledAt",
       v.done_at AS "doneAt"
       FROM reception_visits v JOIN reception_service_types t ON t.id = v.service_type_id
      WHERE v.kommune_id = $1 AND v.day >= $2::date AND v.day <= $3::date`,
    [kommuneId, from, to],
  );
  return rows.map((r) => ({
    ...r,
    goalMinutes: Number(r.goalMinutes),
    arrivedAt: asDate(r.arrivedAt),
    calledAt: asDateOrNull(r.calledAt),
    doneAt: asDateOrNull(r.doneAt),
  }));
}
