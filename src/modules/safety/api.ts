// JSON API of the safety work: the incident register with its follow-up and statistics, the report thresholds,
// and safe-meeting plans on a case. Thin: validate, check the policy, call one function, map the result.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import {
  addDays,
  addMonths,
  DEFAULT_CALENDAR_RULES,
  isValidIsoDate,
  localDate,
} from '../../core/calendar.js';
import { PLAN_DEFAULT_MONTHS, validReviewDate } from '../../core/incidents.js';
import { localInstant } from '../../core/reception.js';
import { recordAudit } from '../../platform/audit.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { badRequest, ErrorBody, forbidden, notFound } from '../../platform/errors.js';
import { requestLocale } from '../../platform/locale.js';
import { type Actor, can } from '../../platform/policies.js';
import { findCaseRef } from '../cases/index.js';
import { getBooking } from '../reception/index.js';
import {
  auditIncidents,
  followUpChanges,
  INCIDENT_PURPOSE,
  incidentStatistics,
  incidentsFor,
  incidentViews,
  thresholdsFor,
} from './incidents.js';
import { auditPlans, bookingPlanView, PLAN_PURPOSE, planSubject, planView, readablePlans } from './plans.js';
import {
  colleaguesByName,
  endPlan,
  incidentById,
  insertIncident,
  insertPlan,
  planById,
  plansInForce,
  plansOfCase,
  plansOnBookings,
  renewPlan,
  replaceThresholds,
  staffNames,
  upcomingBookingsOfCase,
  updateIncident,
} from './queries.js';
import {
  BookingDayQuery,
  BookingPlanList,
  ColleagueList,
  ColleagueQuery,
  IncidentChangesBody,
  IncidentList,
  IncidentView,
  NewIncidentBody,
  NewPlanBody,
  PeriodQuery,
  PlanBookingList,
  PlanList,
  PlanView,
  RenewPlanBody,
  Statistics,
  Thresholds,
} from './schemas.js';

const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const COLLEAGUE_LIMIT = 20;
const CaseParams = Type.Object({ caseNumber: Type.String({ pattern: '^[0-9]{3}-[0-9]{4}-[0-9]{6,}$' }) });

export function safetyApi(app: App, ctx: AppContext): void {
  const actorMay = (
    req: FastifyRequest,
    action:
      | 'incident.register'
      | 'incident.list'
      | 'incident.statistics'
      | 'incident.configure'
      | 'safetyPlan.list',
  ): Actor => {
    const user = requireUser(req);
    if (!can(user, action)) throw forbidden();
    return user;
  };
  /** The incident, if the actor may read it (and follow it up, when asked); otherwise it does not exist. */
  const incidentFor = async (req: FastifyRequest, action: 'incident.read' | 'incident.followUp') => {
    const user = actorMay(req, 'incident.list');
    const row = await incidentById(ctx, user.kommuneId, (req.params as { id: string }).id);
    if (!row || !can(user, 'incident.read', row)) throw notFound('safety.error.incidentNotFound');
    if (action === 'incident.followUp' && !can(user, 'incident.followUp', row)) throw forbidden();
    return { user, row };
  };
  /** The case, if the actor may see its plans (or make one); otherwise it does not exist. */
  const caseFor = async (req: FastifyRequest, action: 'safetyPlan.ofCase' | 'safetyPlan.create') => {
    const user = requireUser(req);
    const ref = await findCaseRef(ctx.db, user.kommuneId, (req.params as { caseNumber: string }).caseNumber);
    if (!ref || !can(user, action, ref)) throw notFound('safety.error.caseNotFound');
    return { user, ref };
  };
  const planFor = async (req: FastifyRequest) => {
    const user = requireUser(req);
    const plan = await planById(ctx, user.kommuneId, (req.params as { id: string }).id);
    if (!plan || !can(user, 'safetyPlan.read', planSubject(plan)))
      throw notFound('safety.error.planNotFound');
    if (!can(user, 'safetyPlan.renew', planSubject(plan))) throw forbidden();
    return { user, plan };
  };
  /** A look-up that showed nothing is still a look-up: one row says who looked, when and why. */
  const auditEmptyLookup = (user: Actor, subjectType: string, purpose: string, ip: string, caseId?: string) =>
    recordAudit(ctx, {
      kommuneId: user.kommuneId,
      userId: user.userId,
      action: 'list',
      subjectType,
      caseId: caseId ?? null,
      purpose,
      ip,
    });

  app.post(
    '/api/v1/incidents',
    {
      config: { personalData: true },
      schema: {
        operationId: 'registerIncident',
        tags: ['safety'],
        summary: 'Register an incident of violence, threat or harassment against staff (any staff member)',
        description:
          'Also threats in free time and online (place free_time, online). The exposed staff default to the registering person. ' +
          'The citizen involved is optional and given by their case number, only when it is needed to know. ' +
          'Answers the incident with its report deadline to the authority (Arbejdstilsynet) and its follow-up checklist. Audited.',
        security,
        body: NewIncidentBody,
        response: { 201: IncidentView, ...errors },
      },
    },
    async (req, reply) => {
      const user = actorMay(req, 'incident.register');
      const b = req.body;
      const occurredAt = new Date(b.occurredAt);
      const now = ctx.now();
      if (Number.isNaN(occurredAt.getTime()) || occurredAt.getTime() > now.getTime() + 5 * 60_000)
        throw badRequest('safety.error.occurredAt', { occurredAt: 'safety.error.occurredAt' });
      const occurredOn = localDate(occurredAt);
      if (b.absenceFrom !== undefined && (!isValidIsoDate(b.absenceFrom) || b.absenceFrom < occurredOn))
        throw badRequest('safety.error.absenceFrom', { absenceFrom: 'safety.error.absenceFrom' });
      const exposed = b.exposedStaffIds ?? [user.userId];
      const known = await staffNames(ctx, user.kommuneId, exposed);
      if (exposed.length === 0 || exposed.some((id) => !known.has(id)))
        throw badRequest('safety.error.exposedStaff', { exposedStaffIds: 'safety.error.exposedStaff' });
      let citizenId: string | null = null;
      if (b.caseNumber !== undefined) {
        const ref = await findCaseRef(ctx.db, user.kommuneId, b.caseNumber);
        if (!ref) throw badRequest('safety.error.caseNumber', { caseNumber: 'safety.error.caseNumber' });
        citizenId = ref.citizenId;
      }
      const id = await insertIncident(ctx, {
        kommuneId: user.kommuneId,
        occurredAt,
        occurredOn,
        place: b.place,
        type: b.type,
        severity: b.severity,
        description: b.description,
        exposedStaff: exposed,
        citizenId,
        deEscalation: b.deEscalation ?? null,
        escalation: b.escalation ?? null,
        injury: b.injury ?? null,
        absenceFrom: b.absenceFrom ?? null,
        absenceDays: b.absenceDays ?? null,
        reportedBy: user.userId,
        createdAt: now,
      });
      const row = (await incidentById(ctx, user.kommuneId, id))!;
      await auditIncidents(ctx, user, [row], 'create', req.ip);
      const [view] = await incidentViews(ctx, user.kommuneId, [row]);
      return reply.code(201).send(view as never);
    },
  );

  app.get(
    '/api/v1/incidents',
    {
      config: { personalData: true },
      schema: {
        operationId: 'listIncidents',
        tags: ['safety'],
        summary:
          "The incident register: the kommune's incidents for the safety role, otherwise one's own reports",
        description:
          'Newest first, up to 500, each with its report deadline and follow-up; `overdue` counts the follow-up items past their deadline. Audited.',
        security,
        response: { 200: IncidentList, ...errors },
      },
    },
    async (req) => {
      const user = actorMay(req, 'incident.list');
      const rows = await incidentsFor(ctx, user);
      if (rows.length === 0) await auditEmptyLookup(user, 'incident', INCIDENT_PURPOSE, req.ip);
      else await auditIncidents(ctx, user, rows, 'list', req.ip);
      return (await incidentViews(ctx, user.kommuneId, rows)) as never;
    },
  );

  app.get(
    '/api/v1/incidents/statistics',
    {
      schema: {
        operationId: 'incidentStatistics',
        tags: ['safety'],
        summary: 'Anonymised incident statistics for the safety committee: counts by type, place and month',
        description:
          'No names and no ids. A group of fewer than 5 incidents is hidden (count null), and when only one group of a dimension would be hidden the next smallest is hidden too.',
        security,
        querystring: PeriodQuery,
        response: { 200: Statistics, ...errors },
      },
    },
    async (req) => {
      const user = actorMay(req, 'incident.statistics');
      const { from, to } = req.query;
      if (!isValidIsoDate(from) || !isValidIsoDate(to) || from > to)
        throw badRequest('safety.error.period', { from: 'safety.error.period' });
      return incidentStatistics(ctx, user.kommuneId, from, to);
    },
  );

  app.get(
    '/api/v1/incidents/:id',
    {
      config: { personalData: true },
      schema: {
        operationId: 'getIncident',
        tags: ['safety'],
        summary:
          'One incident with its people, follow-up and report deadline (safety role, or the one who registered it)',
        description:
          '`reportDeadline` is the last day to report the work accident to the authority (Arbejdstilsynet): 14 days after the first day of absence, once absence reaches the threshold in force on the day of injury; null when no report is due. Audited.',
        security,
        params: IdParams,
        response: { 200: IncidentView, ...errors },
      },
    },
    async (req) => {
      const { user, row } = await incidentFor(req, 'incident.read');
      await auditIncidents(ctx, user, [row], 'read', req.ip);
      const [view] = await incidentViews(ctx, user.kommuneId, [row]);
      return view as never;
    },
  );

  app.patch(
    '/api/v1/incidents/:id',
    {
      config: { personalData: true },
      schema: {
        operationId: 'followUpIncident',
        tags: ['safety'],
        summary:
          'Follow up an incident: absence, debriefing, psychological help, police, risk assessment, authority report (safety role)',
        description:
          'A true item is recorded as done now (or today); false takes it back. The absence can be set when it becomes known, which may make a report due. Audited.',
        security,
        params: IdParams,
        body: IncidentChangesBody,
        response: { 200: IncidentView, ...errors },
      },
    },
    async (req) => {
      const { user, row } = await incidentFor(req, 'incident.followUp');
      const b = req.body;
      if (b.absenceFrom && b.absenceFrom < row.occurredOn)
        throw badRequest('safety.error.absenceFrom', { absenceFrom: 'safety.error.absenceFrom' });
      await updateIncident(ctx, user.kommuneId, row.id, followUpChanges(b, ctx.now()));
      const updated = (await incidentById(ctx, user.kommuneId, row.id))!;
      await auditIncidents(ctx, user, [updated], 'update', req.ip);
      const [view] = await incidentViews(ctx, user.kommuneId, [updated]);
      return view as never;
    },
  );

  app.get(
    '/api/v1/safety/colleagues',
    {
      schema: {
        operationId: 'searchIncidentColleagues',
        tags: ['safety'],
        summary: 'Colleagues of the kommune by name, for naming the staff exposed in an incident',
        description:
          "Active staff of any role in the signed-in staff member's kommune whose name contains `q`, by name; at most 20.",
        security,
        querystring: ColleagueQuery,
        response: { 200: ColleagueList, ...errors },
      },
    },
    async (req) => {
      const user = actorMay(req, 'incident.register');
      return colleaguesByName(ctx, user.kommuneId, req.query.q.trim(), COLLEAGUE_LIMIT);
    },
  );

  app.get(
    '/api/v1/safety/report-thresholds',
    {
      schema: {
        operationId: 'getReportThresholds',
        tags: ['safety'],
        summary: 'The absence thresholds for the authority report, by the first day of injury they apply to',
        description:
          'The rule is changing, so the threshold is kept by date. The default: 1 day beyond the day of injury.',
        security,
        response: { 200: Thresholds, ...errors },
      },
    },
    async (req) => {
      const user = actorMay(req, 'incident.configure');
      return [...(await thresholdsFor(ctx, user.kommuneId))];
    },
  );

  app.put(
    '/api/v1/safety/report-thresholds',
    {
      schema: {
        operationId: 'setReportThresholds',
        tags: ['safety'],
        summary: "Set the kommune's absence thresholds by date (safety role, admin)",
        description:
          'Replaces the list. Each threshold applies to injuries from its date until the next one starts.',
        security,
        body: Thresholds,
        response: { 200: Thresholds, ...errors },
      },
    },
    async (req) => {
      const user = actorMay(req, 'incident.configure');
      const dates = req.body.map((t) => t.from);
      if (dates.some((d) => !isValidIsoDate(d)) || new Set(dates).size !== dates.length)
        throw badRequest('safety.error.threshold');
      await replaceThresholds(ctx, user.kommuneId, req.body);
      return [...(await thresholdsFor(ctx, user.kommuneId))];
    },
  );

  app.get(
    '/api/v1/safety-plans',
    {
      config: { personalData: true },
      schema: {
        operationId: 'listSafetyPlans',
        tags: ['safety'],
        summary: 'Safe-meeting plans in force that the signed-in staff member may see',
        description:
          'Need-to-know: reception and the safety role see all in force; a team lead those of their department; others the plans they are involved in. Soonest review first. Audited.',
        security,
        response: { 200: PlanList, ...errors },
      },
    },
    async (req) => {
      const user = actorMay(req, 'safetyPlan.list');
      const plans = readablePlans(user, await plansInForce(ctx, user.kommuneId, localDate(ctx.now())));
      if (plans.length === 0) await auditEmptyLookup(user, 'safety_plan', PLAN_PURPOSE, req.ip);
      else await auditPlans(ctx, user, plans, 'list', req.ip);
      return plans.map((p) => planView(ctx, user, p, requestLocale(req))) as never;
    },
  );

  app.get(
    '/api/v1/safety-plans/on-bookings',
    {
      config: { personalData: true },
      schema: {
        operationId: 'listBookingSafetyPlans',
        tags: ['safety'],
        summary: 'The safe-meeting plans in force on the bookings of a day, for the front desk',
        description:
          'That a booking has a plan, its measures, the staff it names and until when — not the reason. Each plan only to those who may read it (reception, the safety role, the team lead of the department, the staff involved). By the booking time. Audited.',
        security,
        querystring: BookingDayQuery,
        response: { 200: BookingPlanList, ...errors },
      },
    },
    async (req) => {
      const user = actorMay(req, 'safetyPlan.list');
      const day = req.query.date;
      if (!isValidIsoDate(day)) throw badRequest('safety.error.date', { date: 'safety.error.date' });
      const rows = await plansOnBookings(
        ctx,
        user.kommuneId,
        day,
        localInstant(day, 0),
        localInstant(addDays(day, 1), 0),
      );
      const plans = readablePlans(user, rows);
      if (plans.length === 0) await auditEmptyLookup(user, 'safety_plan', PLAN_PURPOSE, req.ip);
      else await auditPlans(ctx, user, plans, 'list', req.ip);
      const locale = requestLocale(req);
      return plans.map((p) => bookingPlanView(ctx, p, locale)) as never;
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/safety-plans/bookings',
    {
      config: { personalData: true },
      schema: {
        operationId: 'listCaseBookingsForSafetyPlan',
        tags: ['safety'],
        summary: "The case's bookings still to come, that a safe-meeting plan can be made for",
        description:
          'For those who may make a plan on the case. When, where and which service; booked and not yet begun. Audited.',
        security,
        params: CaseParams,
        response: { 200: PlanBookingList, ...errors },
      },
    },
    async (req) => {
      const { user, ref } = await caseFor(req, 'safetyPlan.create');
      const rows = await upcomingBookingsOfCase(ctx, user.kommuneId, ref.id, ctx.now());
      await auditEmptyLookup(user, 'booking', PLAN_PURPOSE, req.ip, ref.id);
      const en = requestLocale(req) === 'en';
      return rows.map((b) => ({
        id: b.id,
        startsAt: b.startsAt.toISOString(),
        endsAt: b.endsAt.toISOString(),
        place: b.place,
        serviceName: en ? b.serviceNameEn : b.serviceName,
      }));
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/safety-plans',
    {
      config: { personalData: true },
      schema: {
        operationId: 'listCaseSafetyPlans',
        tags: ['safety'],
        summary:
          'The safe-meeting plans on a case that the signed-in staff member may see, lapsed ones included',
        description:
          'Each plan is shown only to those it concerns. The look-up is audited, and each plan shown.',
        security,
        params: CaseParams,
        response: { 200: PlanList, ...errors },
      },
    },
    async (req) => {
      const { user, ref } = await caseFor(req, 'safetyPlan.ofCase');
      const plans = readablePlans(user, await plansOfCase(ctx, user.kommuneId, ref.id));
      if (plans.length === 0) await auditEmptyLookup(user, 'safety_plan', PLAN_PURPOSE, req.ip, ref.id);
      else await auditPlans(ctx, user, plans, 'read', req.ip);
      return plans.map((p) => planView(ctx, user, p, requestLocale(req))) as never;
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/safety-plans',
    {
      config: { personalData: true },
      schema: {
        operationId: 'createSafetyPlan',
        tags: ['safety'],
        summary: 'Make a safe-meeting plan on a case: the measures, the reason and the review date',
        description:
          'A reason is required; a booking given must be one of the case. The plan lapses after its review date (default in 3 months, at most 183 days ahead) unless renewed. Audited.',
        security,
        params: CaseParams,
        body: NewPlanBody,
        response: { 201: PlanView, ...errors },
      },
    },
    async (req, reply) => {
      const { user, ref } = await caseFor(req, 'safetyPlan.create');
      const b = req.body;
      const today = localDate(ctx.now());
      const reviewOn = b.reviewOn ?? addMonths(today, PLAN_DEFAULT_MONTHS, DEFAULT_CALENDAR_RULES);
      if (!validReviewDate(reviewOn, today))
        throw badRequest('safety.error.reviewOn', { reviewOn: 'safety.error.reviewOn' });
      const staff = [b.secondStaffId, b.knownStaffId].filter((id): id is string => id !== undefined);
      const known = await staffNames(ctx, user.kommuneId, staff);
      if (staff.some((id) => !known.has(id)))
        throw badRequest('safety.error.staff', {
          [b.secondStaffId && !known.has(b.secondStaffId) ? 'secondStaffId' : 'knownStaffId']:
            'safety.error.staff',
        });
      // A plan for a booking: a booking of this very case, so the plan's people are the booking's.
      if (b.bookingId !== undefined) {
        const booking = await getBooking(ctx, user.kommuneId, b.bookingId);
        if (!booking || booking.caseId !== ref.id)
          throw badRequest('safety.error.bookingNotOnCase', { bookingId: 'safety.error.bookingNotOnCase' });
        // Only a meeting still to come: a cancelled or finished one needs no plan.
        if (booking.status === 'cancelled' || booking.endsAt <= ctx.now())
          throw badRequest('safety.error.bookingOver', { bookingId: 'safety.error.bookingOver' });
      }
      const id = await insertPlan(ctx, {
        kommuneId: user.kommuneId,
        caseId: ref.id,
        bookingId: b.bookingId ?? null,
        citizenId: ref.citizenId,
        departmentId: ref.departmentId,
        measures: b.measures,
        secondStaffId: b.secondStaffId ?? null,
        knownStaffId: b.knownStaffId ?? null,
        reason: b.reason,
        reviewOn,
        createdBy: user.userId,
        createdAt: ctx.now(),
      });
      const plan = (await planById(ctx, user.kommuneId, id))!;
      await auditPlans(ctx, user, [plan], 'create', req.ip);
      return reply.code(201).send(planView(ctx, user, plan, requestLocale(req)) as never);
    },
  );

  app.post(
    '/api/v1/safety-plans/:id/renew',
    {
      config: { personalData: true },
      schema: {
        operationId: 'renewSafetyPlan',
        tags: ['safety'],
        summary: 'Renew a safe-meeting plan: a new review date and the reason it is still needed',
        description:
          'For the safety role, the team lead of the department, or a caseworker involved. Audited.',
        security,
        params: IdParams,
        body: RenewPlanBody,
        response: { 200: PlanView, ...errors },
      },
    },
    async (req) => {
      const { user, plan } = await planFor(req);
      if (!validReviewDate(req.body.reviewOn, localDate(ctx.now())))
        throw badRequest('safety.error.reviewOn', { reviewOn: 'safety.error.reviewOn' });
      await renewPlan(ctx, user.kommuneId, plan.id, { ...req.body, by: user.userId, at: ctx.now() });
      const renewed = (await planById(ctx, user.kommuneId, plan.id))!;
      await auditPlans(ctx, user, [renewed], 'update', req.ip);
      return planView(ctx, user, renewed, requestLocale(req)) as never;
    },
  );

  app.post(
    '/api/v1/safety-plans/:id/end',
    {
      config: { personalData: true },
      schema: {
        operationId: 'endSafetyPlan',
        tags: ['safety'],
        summary: 'End a safe-meeting plan today: it is no longer needed',
        description: 'For those who may renew it. Audited.',
        security,
        params: IdParams,
        response: { 200: PlanView, ...errors },
      },
    },
    async (req) => {
      const { user, plan } = await planFor(req);
      await endPlan(ctx, user.kommuneId, plan.id, localDate(ctx.now()));
      const ended = (await planById(ctx, user.kommuneId, plan.id))!;
      await auditPlans(ctx, user, [ended], 'update', req.ip);
      return planView(ctx, user, ended, requestLocale(req)) as never;
    },
  );
}
