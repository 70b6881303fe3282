// Keeping bookable times ahead: slots for the coming weeks, from each service type's opening hours, on the
// kommune's working days, at the desks and rooms the service type already uses.
import { addDays, localDate } from '../../core/calendar.js';
import { planSlots } from '../../core/reception.js';
import type { AppContext } from '../../platform/context.js';
import { getKommune } from '../../platform/tenancy.js';
import { insertSlots, listServiceTypes, type ServiceTypeRow } from './queries.js';

export const PLAN_AHEAD_DAYS = 28;

/** Plans a service type's slots from `from` to `to` at the given places; existing slots stay as they are. */
export async function planServiceType(
  ctx: AppContext,
  type: ServiceTypeRow,
  places: readonly { place: string; capacity: number }[],
  from: string,
  to: string,
): Promise<number> {
  const kommune = await getKommune(ctx, type.kommuneId);
  if (!kommune) return 0;
  const capacity = new Map(places.map((p) => [p.place, p.capacity]));
  const plan = planSlots(from, to, type, [...capacity.keys()], kommune.calendar);
  return insertSlots(
    ctx,
    type.kommuneId,
    type.id,
    plan.map((s) => ({
      place: s.place,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      capacity: capacity.get(s.place)!,
    })),
  );
}

/** The daily job: every kommune's service types planned `PLAN_AHEAD_DAYS` ahead at the places they use. */
export async function planAhead(ctx: AppContext): Promise<number> {
  const today = localDate(ctx.now());
  const kommuner = await ctx.dbh.sql<{ kommune_id: string }>(
    'SELECT DISTINCT kommune_id FROM reception_service_types',
  );
  let added = 0;
  for (const { kommune_id } of kommuner)
    for (const type of await listServiceTypes(ctx, kommune_id)) {
      const places = await ctx.dbh.sql<{ place: string; capacity: number }>(
        `SELECT place, max(capacity) AS capacity FROM reception_slots
          WHERE service_type_id = $1 GROUP BY place ORDER BY place`,
        [type.id],
      );
      added += await planServiceType(
        ctx,
        type,
        places.map((p) => ({ place: p.place, capacity: Number(p.capacity) })),
        today,
        addDays(today, PLAN_AHEAD_DAYS),
      );
    }
  return added;
}
