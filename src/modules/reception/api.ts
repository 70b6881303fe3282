// JSON API of the front desk. Public: the service types, free slots, booking, the booking's private link (see,
// move, cancel), the kiosk check-in and the waiting-room display. Staff: the day's queue, calling the next
// citizen, done with a hand-over, booking on a citizen's behalf, the day's bookings and waiting times.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { addDays, isValidIsoDate, localDate } from '../../core/calendar.js';
import { localInstant } from '../../core/reception.js';
import { recordAudit, recordAudits } from '../../platform/audit.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { badRequest, ErrorBody, forbidden, HttpError, notFound } from '../../platform/errors.js';
import { requestLocale } from '../../platform/locale.js';
import { can } from '../../platform/policies.js';
import { PUBLIC_READ_LIMIT, submissionLimit } from '../../platform/rate-limits.js';
import { type BookingResult, book, bookingByToken, cancelBooking, moveBooking } from './booking.js';
import { caseForMeeting, meetingsOfCase } from './case-meetings.js';
import {
  type CheckInResult,
  callNext,
  checkInBooking,
  checkInWalkIn,
  todaysQueue,
  waitingByServiceType,
} from './desk.js';
import { kommuneOr404 } from './kommune.js';
import {
  type BookingRow,
  displayState,
  findServiceType,
  findVisit,
  listBookings,
  listHandovers,
  listServiceTypes,
  listSlots,
  markDone,
  type VisitRow,
} from './queries.js';
import * as S from './schemas.js';

const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const staffErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const PURPOSE = 'borgerservice';
const MAX_RANGE_DAYS = 62;

/** A refusal of a booking that was not made. */
export function notBooked(result: Exclude<BookingResult, { ok: true }>): HttpError {
  if (result.reason === 'full') return new HttpError(409, 'slot_full', 'reception.error.slot.full');
  if (result.reason === 'conflict')
    return new HttpError(422, 'idempotency_conflict', 'reception.error.idempotencyConflict');
  return new HttpError(404, 'not_found', 'reception.error.slot.unknown', {
    slotId: 'reception.error.slot.unknown',
  });
}

export function notCheckedIn(result: Exclude<CheckInResult, { ok: true }>): HttpError {
  const key = {
    unknown_code: 'reception.error.code.unknown',
    not_today: 'reception.error.code.notToday',
    cancelled: 'reception.error.code.cancelled',
    unknown_service: 'reception.error.serviceType.unknown',
  }[result.reason];
  return result.reason === 'unknown_service'
    ? badRequest(key, { serviceType: key })
    : badRequest(key, { bookingCode: key });
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const visitView = (v: VisitRow, locale: 'da' | 'en') => ({
  id: v.id,
  ticket: v.ticket,
  serviceType: v.serviceType,
  serviceName: locale === 'en' ? v.serviceNameEn : v.serviceName,
  bookingId: v.bookingId,
  bookedFor: iso(v.bookedFor),
  name: v.name,
  supportNeeds: v.supportNeeds,
  arrivedAt: v.arrivedAt.toISOString(),
  calledAt: iso(v.calledAt),
  desk: v.desk,
  doneAt: iso(v.doneAt),
  handoverNote: v.handoverNote,
});

export const bookingView = (b: BookingRow) => ({
  bookingCode: b.code,
  status: b.status,
  serviceType: b.serviceType,
  place: b.place,
  startsAt: b.startsAt.toISOString(),
  endsAt: b.endsAt.toISOString(),
  name: b.name,
  supportNeeds: b.supportNeeds,
  checkedIn: b.checkedIn,
});

/** [from, to] inclusive as instants [start of from, start of the day after to), Danish time. */
export function dayRange(from: string, to: string): { start: Date; end: Date } | null {
  if (!isValidIsoDate(from) || !isValidIsoDate(to) || from > to) return null;
  if (addDays(from, MAX_RANGE_DAYS) < to) return null;
  return { start: localInstant(from, 0), end: localInstant(addDays(to, 1), 0) };
}

export function receptionApi(app: App, ctx: AppContext): void {
  const staff = (
    req: FastifyRequest,
    rule: 'reception.desk' | 'reception.book' | 'reception.handovers' | 'reception.figures',
  ) => {
    const user = requireUser(req);
    if (!can(user, rule)) throw forbidden();
    return user;
  };

  const checkIn = (kommuneId: string, body: { bookingCode?: string; serviceType?: string }) => {
    if (body.bookingCode) return checkInBooking(ctx, kommuneId, body.bookingCode);
    if (body.serviceType) return checkInWalkIn(ctx, kommuneId, body.serviceType);
    throw badRequest('reception.error.checkIn.required', { bookingCode: 'reception.error.checkIn.required' });
  };

  // --- Public --------------------------------------------------------------------------------------------

  app.get(
    '/api/v1/kommuner/:kommunekode/service-types',
    {
      schema: {
        operationId: 'listServiceTypes',
        tags: ['reception'],
        summary: 'The services a citizen can book or queue for at the front desk (ydelser)',
        security: [],
        params: S.KommuneParams,
        response: { 200: Type.Array(S.ServiceType), 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const en = requestLocale(req) === 'en';
      return (await listServiceTypes(ctx, kommune.kommuneId)).map((t) => ({
        code: t.code,
        name: en ? t.nameEn : t.name,
        bring: en ? t.bringEn : t.bring,
        durationMinutes: t.durationMinutes,
        bookableOnline: t.bookableOnline,
        waitGoalMinutes: t.waitGoalMinutes,
        reminderHours: t.reminderHours,
      }));
    },
  );

  app.get(
    '/api/v1/kommuner/:kommunekode/booking-slots',
    {
      schema: {
        operationId: 'listBookingSlots',
        tags: ['reception'],
        summary: 'Bookable times of a service type between two dates (inclusive), with the places left',
        description: `At most ${MAX_RANGE_DAYS} days. Times that have begun are not listed; a full slot is listed with remaining 0.`,
        security: [],
        params: S.KommuneParams,
        querystring: Type.Object({
          serviceType: S.serviceTypeCode,
          from: S.isoDate('reception.error.date'),
          to: S.isoDate('reception.error.date'),
        }),
        response: { 200: Type.Array(S.Slot), 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const range = dayRange(req.query.from, req.query.to);
      if (!range) throw badRequest('reception.error.range', { to: 'reception.error.range' });
      const type = await findServiceType(ctx, kommune.kommuneId, req.query.serviceType);
      if (!type?.active) throw notFound('reception.error.serviceType.unknown');
      const slots = await listSlots(ctx, kommune.kommuneId, type.id, range.start, range.end, ctx.now());
      return slots.map((s) => ({
        slotId: s.slotId,
        serviceType: s.serviceType,
        startsAt: s.startsAt.toISOString(),
        endsAt: s.endsAt.toISOString(),
        remaining: s.remaining,
      }));
    },
  );

  app.post(
    '/api/v1/kommuner/:kommunekode/bookings',
    {
      schema: {
        operationId: 'createBooking',
        tags: ['reception'],
        summary: 'Book a place in a slot, without an account (public, rate-limited)',
        description:
          'Answers 201 with the booking code (to check in with) and the private token of the link to see, move ' +
          'or cancel it; 409 when the slot is full. Two citizens racing for the last place: exactly one wins. A ' +
          'confirmation goes to the e-mail (or else the phone) given; a reminder before the meeting.',
        security: [],
        params: S.KommuneParams,
        headers: S.IdempotencyHeaders,
        body: S.BookingBody,
        response: {
          201: S.Booked,
          200: {
            ...S.Booked,
            description: 'A repeat with the same Idempotency-Key and body: the booking made first',
          },
          400: ErrorBody,
          404: ErrorBody,
          409: { ...ErrorBody, description: 'The slot is full' },
          413: ErrorBody,
          415: ErrorBody,
          422: { ...ErrorBody, description: 'The Idempotency-Key was used before with another body' },
          429: ErrorBody,
        },
      },
      config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
    },
    async (req, reply) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const key = req.headers['idempotency-key'];
      const result = await book(ctx, kommune.kommuneId, {
        slotId: req.body.slotId,
        name: req.body.name.trim(),
        phone: req.body.phone ?? null,
        email: req.body.email ?? null,
        locale: requestLocale(req),
        idempotencyKey: key ? `public:${key}` : null,
      });
      if (!result.ok) throw notBooked(result);
      return reply.code(result.created ? 201 : 200).send({
        bookingCode: result.bookingCode,
        manageToken: result.manageToken,
        startsAt: result.startsAt.toISOString(),
      });
    },
  );

  const citizenRead = async (req: FastifyRequest, b: BookingRow) =>
    recordAudit(ctx, {
      kommuneId: b.kommuneId,
      userId: null,
      action: 'read',
      subjectType: 'booking',
      subjectId: b.id,
      purpose: 'borgerens_opslag',
      ip: req.ip,
    });

  app.get(
    '/api/v1/bookings/:manageToken',
    {
      schema: {
        operationId: 'getBookingByToken',
        tags: ['reception'],
        summary: "A booking, by the private token of the citizen's link",
        security: [],
        params: S.TokenParams,
        response: { 200: S.BookingView, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
      config: { ...PUBLIC_READ_LIMIT, personalData: true },
    },
    async (req) => {
      const b = await bookingByToken(ctx, req.params.manageToken);
      if (!b) throw notFound('reception.error.booking.unknown');
      await citizenRead(req, b);
      return bookingView(b);
    },
  );

  const changeRefusal = (reason: 'not_found' | 'closed' | 'full') =>
    reason === 'not_found'
      ? notFound('reception.error.booking.unknown')
      : reason === 'full'
        ? new HttpError(409, 'slot_full', 'reception.error.slot.full')
        : new HttpError(409, 'booking_closed', 'reception.error.booking.closed');

  app.post(
    '/api/v1/bookings/:manageToken/move',
    {
      schema: {
        operationId: 'moveBooking',
        tags: ['reception'],
        summary: 'Move a booking to another slot of the same service type',
        description:
          'The new place is taken before the old one is given back; 409 when the new slot is full.',
        security: [],
        params: S.TokenParams,
        body: Type.Object({ slotId: S.slotId }, { additionalProperties: false }),
        response: { 200: S.BookingView, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
      config: { ...submissionLimit(ctx.config.intakeRateLimitPerMinute), personalData: true },
    },
    async (req) => {
      const result = await moveBooking(ctx, req.params.manageToken, req.body.slotId);
      if (!result.ok) throw changeRefusal(result.reason);
      await citizenRead(req, result.booking);
      return bookingView(result.booking);
    },
  );

  app.post(
    '/api/v1/bookings/:manageToken/cancel',
    {
      schema: {
        operationId: 'cancelBooking',
        tags: ['reception'],
        summary: 'Cancel a booking; its place is free again',
        security: [],
        params: S.TokenParams,
        response: { 200: S.BookingView, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 429: ErrorBody },
      },
      config: { ...submissionLimit(ctx.config.intakeRateLimitPerMinute), personalData: true },
    },
    async (req) => {
      const result = await cancelBooking(ctx, req.params.manageToken);
      if (!result.ok) throw changeRefusal(result.reason);
      await citizenRead(req, result.booking);
      return bookingView(result.booking);
    },
  );

  app.post(
    '/api/v1/kommuner/:kommunekode/check-in',
    {
      schema: {
        operationId: 'checkIn',
        tags: ['reception'],
        summary: "Check in at the kiosk: with today's booking code, or as a walk-in for a service type",
        description: 'Answers with the ticket number shown on the waiting-room display; no personal data.',
        security: [],
        params: S.KommuneParams,
        body: S.CheckInBody,
        response: { 201: S.Ticket, 200: S.Ticket, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
      config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
    },
    async (req, reply) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const result = await checkIn(kommune.kommuneId, req.body);
      if (!result.ok) throw notCheckedIn(result);
      return reply
        .code(result.created ? 201 : 200)
        .send({ ticket: result.ticket, serviceType: result.serviceType, booked: result.bookingId !== null });
    },
  );

  app.get(
    '/api/v1/kommuner/:kommunekode/waiting-display',
    {
      schema: {
        operationId: 'waitingDisplay',
        tags: ['reception'],
        summary:
          'What the waiting-room display shows: the tickets called to a desk, newest first, and how many wait',
        description: 'No personal data: ticket numbers and desks only. Polled by the display page.',
        security: [],
        params: S.KommuneParams,
        response: { 200: S.Display, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
      },
      // A display polls every few seconds for hours: its own, larger limit.
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
    },
    async (req) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const state = await displayState(ctx, kommune.kommuneId, localDate(ctx.now()));
      return {
        called: state.called.map((c) => ({
          ticket: c.ticket,
          desk: c.desk,
          calledAt: c.calledAt.toISOString(),
        })),
        waiting: state.waiting,
      };
    },
  );

  // --- Staff ---------------------------------------------------------------------------------------------

  const auditVisits = (
    req: FastifyRequest,
    user: { userId: string; kommuneId: string },
    visits: VisitRow[],
  ) =>
    recordAudits(
      ctx,
      visits
        .filter((v) => v.bookingId)
        .map((v) => ({
          kommuneId: user.kommuneId,
          userId: user.userId,
          action: 'read' as const,
          subjectType: 'booking',
          subjectId: v.bookingId,
          purpose: PURPOSE,
          ip: req.ip,
        })),
    );
  /** Every personal-data answer is logged; a list without a person in it is logged as the look at the list. */
  const auditList = (req: FastifyRequest, user: { userId: string; kommuneId: string }, what: string) =>
    recordAudit(ctx, {
      kommuneId: user.kommuneId,
      userId: user.userId,
      action: 'list',
      subjectType: what,
      purpose: PURPOSE,
      ip: req.ip,
    });

  app.get(
    '/api/v1/reception/queue',
    {
      schema: {
        operationId: 'receptionQueue',
        tags: ['reception'],
        summary: "Today's queue at the front desk: waiting in calling order, at a desk, done",
        description:
          'A citizen with a booking whose time has come is called first, by the booked time; everyone else by ' +
          'arrival. Support needs (interpreter, companion, reading or hearing) are shown with each booking.',
        security,
        response: {
          200: Type.Object({
            waiting: Type.Array(S.Visit),
            atDesk: Type.Array(S.Visit),
            done: Type.Array(S.Visit),
          }),
          ...staffErrors,
        },
      },
      config: { personalData: true },
    },
    async (req) => {
      const user = staff(req, 'reception.desk');
      const q = await todaysQueue(ctx, user.kommuneId);
      await auditList(req, user, 'reception_queue');
      await auditVisits(req, user, [...q.waiting, ...q.atDesk, ...q.done]);
      const locale = requestLocale(req);
      return {
        waiting: q.waiting.map((v) => visitView(v, locale)),
        atDesk: q.atDesk.map((v) => visitView(v, locale)),
        done: q.done.map((v) => visitView(v, locale)),
      };
    },
  );

  app.post(
    '/api/v1/staff/check-in',
    {
      schema: {
        operationId: 'staffCheckIn',
        tags: ['reception'],
        summary:
          'Check a citizen in at the desk: booking code or walk-in; answers with the visit and its support needs',
        security,
        body: S.CheckInBody,
        response: { 201: S.Visit, 200: S.Visit, ...staffErrors },
      },
      config: { personalData: true },
    },
    async (req, reply) => {
      const user = staff(req, 'reception.desk');
      const result = await checkIn(user.kommuneId, req.body);
      if (!result.ok) throw notCheckedIn(result);
      const v = (await findVisit(ctx, user.kommuneId, result.visitId))!;
      await auditList(req, user, 'reception_visit');
      await auditVisits(req, user, [v]);
      return reply.code(result.created ? 201 : 200).send(visitView(v, requestLocale(req)));
    },
  );

  app.post(
    '/api/v1/reception/call-next',
    {
      schema: {
        operationId: 'callNext',
        tags: ['reception'],
        summary: 'Call the next citizen in the queue (of a service type, if given) to a desk',
        description: 'Two desks calling at once never get the same citizen. 404 when nobody is waiting.',
        security,
        body: Type.Object(
          { desk: S.desk, serviceType: Type.Optional(S.serviceTypeCode) },
          { additionalProperties: false },
        ),
        response: { 200: S.Visit, ...staffErrors },
      },
      config: { personalData: true },
    },
    async (req) => {
      const user = staff(req, 'reception.desk');
      const v = await callNext(ctx, {
        kommuneId: user.kommuneId,
        desk: req.body.desk.trim(),
        userId: user.userId,
        serviceType: req.body.serviceType,
      });
      if (!v) throw notFound('reception.error.queue.empty');
      await auditList(req, user, 'reception_visit');
      await auditVisits(req, user, [v]);
      return visitView(v, requestLocale(req));
    },
  );

  app.post(
    '/api/v1/reception/visits/:visitId/done',
    {
      schema: {
        operationId: 'visitDone',
        tags: ['reception'],
        summary: 'The visit is over; optionally hand over to a caseworker with a short note',
        security,
        params: Type.Object({ visitId: Type.String({ format: 'uuid' }) }),
        body: S.DoneBody,
        response: { 204: Type.Null(), 409: ErrorBody, ...staffErrors },
      },
    },
    async (req, reply) => {
      const user = staff(req, 'reception.desk');
      const v = await findVisit(ctx, user.kommuneId, req.params.visitId);
      if (!v) throw notFound('reception.error.visit.unknown');
      if (req.body.handoverTo) {
        const [u] = await ctx.dbh.sql<{ id: string }>(
          `SELECT id FROM users WHERE id = $1 AND kommune_id = $2 AND role IN ('caseworker', 'team_lead')`,
          [req.body.handoverTo, user.kommuneId],
        );
        if (!u)
          throw badRequest('reception.error.handoverTo.unknown', {
            handoverTo: 'reception.error.handoverTo.unknown',
          });
      }
      const note = req.body.handoverNote?.trim() || null;
      const done = await markDone(ctx, {
        kommuneId: user.kommuneId,
        id: v.id,
        note,
        handoverTo: req.body.handoverTo ?? null,
        now: ctx.now(),
      });
      if (!done) throw new HttpError(409, 'visit_not_open', 'reception.error.visit.notOpen');
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/reception/handovers',
    {
      schema: {
        operationId: 'myHandovers',
        tags: ['reception'],
        summary: "Today's hand-overs from the reception to the signed-in caseworker, with the note",
        security,
        response: { 200: Type.Array(S.Visit), ...staffErrors },
      },
      config: { personalData: true },
    },
    async (req) => {
      const user = staff(req, 'reception.handovers');
      const visits = await listHandovers(ctx, user.kommuneId, user.userId, localDate(ctx.now()));
      await auditList(req, user, 'reception_handover');
      await auditVisits(req, user, visits);
      const locale = requestLocale(req);
      return visits.map((v) => visitView(v, locale));
    },
  );

  app.post(
    '/api/v1/reception/bookings',
    {
      schema: {
        operationId: 'staffBooking',
        tags: ['reception'],
        summary: "Book on a citizen's behalf (at the desk, on the phone, or a meeting about a case)",
        description:
          'With `caseNumber` the booking belongs to the case, and the support needs come from the citizen record ' +
          '(the booker must be able to work the case). Otherwise the support needs given are used.',
        security,
        body: S.StaffBookingBody,
        response: { 201: S.Booked, 409: ErrorBody, 422: ErrorBody, ...staffErrors },
      },
    },
    async (req, reply) => {
      const user = staff(req, 'reception.book');
      const linked = req.body.caseNumber ? await caseForMeeting(ctx, user, req.body.caseNumber) : null;
      if (req.body.caseNumber && !linked)
        throw badRequest('reception.error.case.unknown', { caseNumber: 'reception.error.case.unknown' });
      const result = await book(ctx, user.kommuneId, {
        slotId: req.body.slotId,
        name: req.body.name.trim(),
        phone: req.body.phone ?? null,
        email: req.body.email ?? null,
        locale: requestLocale(req),
        caseId: linked?.caseId ?? null,
        citizenId: linked?.citizenId ?? null,
        supportNeeds: linked ? linked.supportNeeds : req.body.supportNeeds,
        bookedBy: user.userId,
      });
      if (!result.ok) throw notBooked(result);
      return reply.code(201).send({
        bookingCode: result.bookingCode,
        manageToken: result.manageToken,
        startsAt: result.startsAt.toISOString(),
      });
    },
  );

  app.get(
    '/api/v1/reception/bookings',
    {
      schema: {
        operationId: 'listDayBookings',
        tags: ['reception'],
        summary: "A day's bookings at the front desk, with support needs",
        security,
        querystring: Type.Object({ date: S.isoDate('reception.error.date') }),
        response: { 200: Type.Array(S.BookingView), ...staffErrors },
      },
      config: { personalData: true },
    },
    async (req) => {
      const user = staff(req, 'reception.desk');
      const range = dayRange(req.query.date, req.query.date);
      if (!range) throw badRequest('reception.error.date', { date: 'reception.error.date' });
      const rows = await listBookings(ctx, user.kommuneId, range.start, range.end);
      await auditList(req, user, 'reception_bookings');
      await recordAudits(
        ctx,
        rows.map((b) => ({
          kommuneId: user.kommuneId,
          userId: user.userId,
          action: 'read' as const,
          subjectType: 'booking',
          subjectId: b.id,
          purpose: PURPOSE,
          ip: req.ip,
        })),
      );
      return rows.map(bookingView);
    },
  );

  app.get(
    '/api/v1/reception/waiting-times',
    {
      schema: {
        operationId: 'waitingTimes',
        tags: ['reception'],
        summary: 'Waiting time (arrival → called) and service time per service type, against its goal',
        security,
        querystring: Type.Object({
          from: S.isoDate('reception.error.date'),
          to: S.isoDate('reception.error.date'),
        }),
        response: { 200: S.WaitingTimes, ...staffErrors },
      },
    },
    async (req) => {
      const user = staff(req, 'reception.figures');
      if (!isValidIsoDate(req.query.from) || !isValidIsoDate(req.query.to) || req.query.from > req.query.to)
        throw badRequest('reception.error.range', { to: 'reception.error.range' });
      const en = requestLocale(req) === 'en';
      return (await waitingByServiceType(ctx, user.kommuneId, req.query.from, req.query.to)).map((w) => ({
        serviceType: w.serviceType,
        name: en ? w.nameEn : w.name,
        goalMinutes: w.goalMinutes,
        visits: w.visits,
        meanWaitMinutes: w.meanWaitMinutes,
        medianWaitMinutes: w.medianWaitMinutes,
        meanServiceMinutes: w.meanServiceMinutes,
        withinGoal: w.withinGoal,
      }));
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/meetings',
    {
      schema: {
        operationId: 'caseMeetings',
        tags: ['reception'],
        summary: 'The meetings booked on a case (møde om din klage), with their support needs',
        security,
        params: Type.Object({ caseNumber: Type.String({ maxLength: 40 }) }),
        response: { 200: Type.Array(S.BookingView), ...staffErrors },
      },
      config: { personalData: true },
    },
    async (req) => {
      const user = requireUser(req);
      const found = await meetingsOfCase(ctx, user, req.params.caseNumber);
      if (!found) throw notFound('reception.error.case.unknown');
      await recordAudit(ctx, {
        kommuneId: user.kommuneId,
        userId: user.userId,
        action: 'read',
        subjectType: 'case',
        subjectId: req.params.caseNumber,
        caseId: found.caseId,
        purpose: 'sagsbehandling',
        ip: req.ip,
      });
      return found.bookings.map(bookingView);
    },
  );
}
