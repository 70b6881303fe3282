// Safe-meeting plans (plan for sikkert møde): measures for meeting a citizen safely, on a case or a booking.
// Need-to-know: each plan is shown only to those its rule allows, every read is audited, and a plan lapses at
// its review date unless someone renews it with a reason.
import { localDate } from '../../core/calendar.js';
import { planStatus } from '../../core/incidents.js';
import { type AuditAction, recordAudits } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { type Actor, can } from '../../platform/policies.js';
import type { PlanSubject } from './policies.js';
import type { PlanRow } from './queries.js';

/** The audit log's purpose code (formål) of reading a safe-meeting plan. */
export const PLAN_PURPOSE = 'sikkert_moede';

/** What the plan's rules need: the kommune, the case's department and the staff involved now. */
export function planSubject(p: PlanRow): PlanSubject {
  const involved = [p.createdBy, p.secondStaffId, p.knownStaffId, p.assigneeId, p.primaryContactId];
  return {
    kommuneId: p.kommuneId,
    departmentId: p.departmentId,
    involved: involved.filter((id): id is string => id !== null),
  };
}

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

/** The booking a plan is for: when, where and which service (in the reader's language); null for the case. */
function bookingOf(p: PlanRow, locale: 'da' | 'en') {
  if (!p.bookingId || !p.bookingStartsAt) return null;
  return {
    id: p.bookingId,
    startsAt: p.bookingStartsAt.toISOString(),
    place: p.bookingPlace ?? '',
    serviceName: (locale === 'en' ? p.bookingServiceNameEn : p.bookingServiceName) ?? '',
  };
}

/** A plan as the API shows it to an actor allowed to read it, on the clock's today. */
export function planView(ctx: AppContext, user: Actor, p: PlanRow, locale: 'da' | 'en' = 'da') {
  const status = planStatus(p.reviewOn, p.endedOn, localDate(ctx.now()));
  return {
    id: p.id,
    caseNumber: p.caseNumber,
    bookingId: p.bookingId,
    booking: bookingOf(p, locale),
    citizen: { name: p.citizenName },
    measures: p.measures,
    secondStaff: person(p.secondStaffId, p.secondStaffName),
    knownStaff: person(p.knownStaffId, p.knownStaffName),
    reason: p.reason,
    reviewOn: p.reviewOn,
    activeUntil: status === 'active' || status === 'review_soon' ? p.reviewOn : null,
    status,
    createdBy: { id: p.createdBy, name: p.createdByName },
    createdAt: p.createdAt.toISOString(),
    renewedAt: p.renewedAt ? p.renewedAt.toISOString() : null,
    canRenew: can(user, 'safetyPlan.renew', planSubject(p)),
  };
}

/** The plans the actor may read, of those given. */
export const readablePlans = (user: Actor, plans: readonly PlanRow[]) =>
  plans.filter((p) => can(user, 'safetyPlan.read', planSubject(p)));

/** One audit row per plan shown: it names a citizen and why they need a safe meeting. */
export async function auditPlans(
  ctx: AppContext,
  user: Actor,
  plans: readonly PlanRow[],
  action: AuditAction,
  ip: string,
): Promise<void> {
  await recordAudits(
    ctx,
    plans.map((p) => ({
      kommuneId: p.kommuneId,
      userId: user.userId,
      action,
      subjectType: 'safety_plan',
      subjectId: p.id,
      caseId: p.caseId,
      citizenId: p.citizenId,
      purpose: PLAN_PURPOSE,
      ip,
    })),
  );
}

/**
 * A plan as the front desk sees it on a booking: that there is one, its measures and the staff it names, until
 * when — not the reason, which stays with the plan itself.
 */
export function bookingPlanView(ctx: AppContext, p: PlanRow, locale: 'da' | 'en') {
  const status = planStatus(p.reviewOn, p.endedOn, localDate(ctx.now()));
  return {
    planId: p.id,
    booking: bookingOf(p, locale)!,
    citizen: { name: p.citizenName },
    measures: p.measures,
    secondStaff: person(p.secondStaffId, p.secondStaffName),
    knownStaff: person(p.knownStaffId, p.knownStaffName),
    activeUntil: status === 'active' || status === 'review_soon' ? p.reviewOn : null,
  };
}
