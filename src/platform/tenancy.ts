// Kommuner and their areas, read often and changed rarely: cached briefly in memory.
import { and, eq } from 'drizzle-orm';
import { areas, departments, kommuner } from '../adapters/db/schema.js';
import type { CalendarRules } from '../core/calendar.js';
import type { AppContext } from './context.js';

export interface Kommune {
  kommuneId: string;
  name: string;
  accessibilityUrl: string;
  calendar: CalendarRules;
  /** Years a closed case is kept before it is anonymised (told the citizen on the form). */
  retentionYears: number;
  /** The data protection officer's e-mail (databeskyttelsesrådgiver), when the kommune has set it. */
  dpoEmail: string | null;
}

export interface Area {
  id: string;
  code: string;
  name: string;
  kleNumber: string;
  departmentId: string;
  departmentName: string;
  firstContactDays: number;
}

const TTL_MS = 30_000;
const cache = new Map<string, { at: number; kommune: Kommune | null; areas: Area[] }>();

async function load(ctx: AppContext, kommuneId: string) {
  const hit = cache.get(kommuneId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit;
  const [k] = await ctx.db.select().from(kommuner).where(eq(kommuner.kommuneId, kommuneId)).limit(1);
  const rows = k
    ? await ctx.db
        .select({
          id: areas.id,
          code: areas.code,
          name: areas.name,
          kleNumber: areas.kleNumber,
          departmentId: areas.departmentId,
          departmentName: departments.name,
          firstContactDays: areas.firstContactDays,
        })
        .from(areas)
        .innerJoin(departments, eq(departments.id, areas.departmentId))
        .where(and(eq(areas.kommuneId, kommuneId), eq(areas.public, true)))
        .orderBy(areas.name)
    : [];
  const entry = {
    at: Date.now(),
    kommune: k
      ? {
          kommuneId: k.kommuneId,
          name: k.name,
          accessibilityUrl: k.accessibilityUrl,
          calendar: { closedMonthDays: k.closedMonthDays, closedDates: k.closedDates },
          retentionYears: k.retentionYears,
          dpoEmail: k.dpoEmail,
        }
      : null,
    areas: rows,
  };
  cache.set(kommuneId, entry);
  return entry;
}

export async function getKommune(ctx: AppContext, kommuneId: string): Promise<Kommune | null> {
  return (await load(ctx, kommuneId)).kommune;
}

export async function getAreas(ctx: AppContext, kommuneId: string): Promise<Area[]> {
  return (await load(ctx, kommuneId)).areas;
}

/** After an admin change (or in tests), forget what was cached. */
export function forgetTenancyCache(): void {
  cache.clear();
}

/** True before the first kommune is set up (a fresh database). */
export async function isEmpty(ctx: AppContext): Promise<boolean> {
  const rows = await ctx.db.select({ id: kommuner.kommuneId }).from(kommuner).limit(1);
  return rows.length === 0;
}
