// Keeping bookable times ahead: slots for the coming weeks, from each service type's opening hours per weekday,
// on the kommune's working days, at its desks and rooms with its capacity.
import { addDays, localDate } from '../../core/calendar.js';
import { planSlots } from '../../core/reception.js';
import type { AppContext } from '../../platform/context.js';
import { getKommune } from '../../platform/tenancy.js';
import { insertSlots, listServiceTypes, removeOpenSlots, type ServiceTypeRow } from './queries.js';

export const PLAN_AHEAD_DAYS = 28;

/** Plans a service type's slots from `from` to `to` (inclusive); existing slots stay as they are. */
export async function planServiceType(
  ctx: AppContext,
  type: ServiceTypeRow,
  from: string,
  to: string,
): Promise<number> {
  const kommune = await getKommune(ctx, type.kommuneId);
  if (!kommune || !type.active) return 0;
  const plan = planSlots(from, to, type.hours, type.durationMinutes, type.places, kommune.calendar);
  return insertSlots(
    ctx,
    type.kommuneId,
    type.id,
    plan.map((s) => ({ place: s.place, startsAt: s.startsAt, endsAt: s.endsAt, capacity: type.capacity })),
  );
}

/**
 * After the administration changed a service type: the slots from now on that nobody booked are planned again
 * from its hours, desks and capacity (a booked slot stays, so no citizen loses a time). A deactivated service
 * type gets no new slots.
 */
export async function replanServiceType(ctx: AppContext, type: ServiceTypeRow): Promise<number> {
  const now = ctx.now();
  await ctx.dbh.transaction((sql) => removeOpenSlots(sql, type.id, now));
  const today = localDate(now);
  return planServiceType(ctx, type, today, addDays(today, PLAN_AHEAD_DAYS));
}

/** The daily job: every kommune's active service types planned `PLAN_AHEAD_DAYS` ahead. */
export async function planAhead(ctx: AppContext): Promise<number> {
  const today = localDate(ctx.now());
  const kommuner = await ctx.dbh.sql<{ kommune_id: string }>(
    'SELECT DISTINCT kommune_id FROM reception_service_types WHERE active',
  );
  let added = 0;
  for (const { kommune_id } of kommuner)
    for (const type of await listServiceTypes(ctx, kommune_id))
      added += await planServiceType(ctx, type, today, addDays(today, PLAN_AHEAD_DAYS));
  return added;
}
