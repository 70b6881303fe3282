// Demo service types and slots for every demo kommune: pas og kørekort, jobcentersamtale, møde om din klage and
// a general borgerservice visit, with desks and rooms, four weeks ahead.
import { addDays, localDate } from '../../core/calendar.js';
import type { WeekHours } from '../../core/reception.js';
import type { AppContext } from '../../platform/context.js';
import { PLAN_AHEAD_DAYS, planServiceType } from './planning.js';
import { ensureServiceType, listServiceTypes, type NewServiceType } from './queries.js';

/** Monday to Friday from `opens` to `closes` (hours after midnight). */
const weekdays = (opens: number, closes: number): WeekHours =>
  Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, { opensMinute: opens * 60, closesMinute: closes * 60 }]));

export const DEMO_SERVICE_TYPES: readonly NewServiceType[] = [
  {
    code: 'pas-koerekort',
    name: 'Pas og kørekort',
    nameEn: 'Passport and driving licence',
    bring: 'Dit gamle pas eller kørekort, et pasfoto og billedlegitimation.',
    bringEn: 'Your old passport or driving licence, a passport photo and photo ID.',
    ticketPrefix: 'P',
    durationMinutes: 15,
    hours: weekdays(9, 15),
    reminderHours: 24,
    waitGoalMinutes: 10,
    bookableOnline: true,
    places: ['Skranke 1', 'Skranke 2'],
    capacity: 1,
  },
  {
    code: 'jobcentersamtale',
    name: 'Jobcentersamtale',
    nameEn: 'Job centre meeting',
    bring: 'Dit CV og eventuelle papirer fra din læge eller arbejdsgiver.',
    bringEn: 'Your CV and any papers from your doctor or employer.',
    ticketPrefix: 'J',
    durationMinutes: 30,
    hours: weekdays(9, 14),
    reminderHours: 24,
    waitGoalMinutes: 5,
    bookableOnline: true,
    places: ['Mødelokale 2'],
    capacity: 1,
  },
  {
    code: 'klagemoede',
    name: 'Møde om din klage',
    nameEn: 'Meeting about your complaint',
    bring: 'Afgørelsen, du har klaget over, hvis du har den.',
    bringEn: 'The decision you have complained about, if you have it.',
    ticketPrefix: 'K',
    durationMinutes: 45,
    hours: weekdays(9, 15),
    reminderHours: 48,
    waitGoalMinutes: 5,
    bookableOnline: false,
    places: ['Mødelokale 1'],
    capacity: 1,
  },
  {
    code: 'borgerservice',
    name: 'Borgerservice i øvrigt',
    nameEn: 'Other citizen services',
    bring: 'Billedlegitimation.',
    bringEn: 'Photo ID.',
    ticketPrefix: 'B',
    durationMinutes: 15,
    hours: weekdays(10, 14),
    reminderHours: 24,
    waitGoalMinutes: 15,
    bookableOnline: true,
    places: ['Skranke 3'],
    capacity: 2,
  },
];

/** Service types and slots for every kommune in the database (the demo organisation's). */
export async function seedReception(ctx: AppContext): Promise<void> {
  const today = localDate(ctx.now());
  const kommuner = await ctx.dbh.sql<{ kommune_id: string }>(
    'SELECT kommune_id FROM kommuner ORDER BY kommune_id',
  );
  for (const { kommune_id } of kommuner) {
    for (const t of DEMO_SERVICE_TYPES) await ensureServiceType(ctx, kommune_id, t);
    for (const row of await listServiceTypes(ctx, kommune_id))
      await planServiceType(ctx, row, today, addDays(today, PLAN_AHEAD_DAYS));
  }
}
