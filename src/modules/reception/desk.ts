// Arrival and waiting (ankomst og venteværelse): check-in by booking code or as a walk-in, a ticket number, the
// queue in the order core/reception.ts decides, calling the next citizen to a desk, done with a hand-over note,
// and the waiting-time figures measured on it (arrival → called → done).
import { localDate } from '../../core/calendar.js';
import { normalizeBookingCode, queueOrder, waitingFigures } from '../../core/reception.js';
import type { AppContext } from '../../platform/context.js';
import {
  findBookingByCode,
  findServiceType,
  findVisitOfBooking,
  insertVisit,
  listVisits,
  markCalled,
  measuredVisits,
  type VisitRow,
} from './queries.js';

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string } | null)?.code === '23505' ||
  ((e as { cause?: { code?: string } } | null)?.cause?.code ?? '') === '23505';

export type CheckInResult =
  | {
      ok: true;
      visitId: string;
      ticket: string;
      serviceType: string;
      bookingId: string | null;
      created: boolean;
    }
  | { ok: false; reason: 'unknown_code' | 'not_today' | 'cancelled' | 'unknown_service' };

async function newTicket(
  ctx: AppContext,
  v: { kommuneId: string; serviceTypeId: string; prefix: string; bookingId: string | null },
): Promise<{ id: string; ticket: string }> {
  const now = ctx.now();
  for (let attempt = 0; ; attempt++) {
    try {
      return await ctx.dbh.transaction((sql) => insertVisit(sql, { ...v, day: localDate(now), now }));
    } catch (err) {
      // Two arrivals took the same number: the later one takes the next. A booking checked in twice is the
      // caller's (it reads the visit made first).
      if (!isUniqueViolation(err) || attempt >= 10) throw err;
      if (v.bookingId && (await findVisitOfBooking(ctx, v.bookingId))) throw err;
    }
  }
}

/** Check-in with a booking code: today's booking gets its ticket (the same one again if checked in before). */
export async function checkInBooking(
  ctx: AppContext,
  kommuneId: string,
  rawCode: string,
): Promise<CheckInResult> {
  const code = normalizeBookingCode(rawCode);
  const b = code ? await findBookingByCode(ctx, kommuneId, code) : null;
  if (!b) return { ok: false, reason: 'unknown_code' };
  if (b.status !== 'booked') return { ok: false, reason: 'cancelled' };
  if (localDate(b.startsAt) !== localDate(ctx.now())) return { ok: false, reason: 'not_today' };
  const existing = await findVisitOfBooking(ctx, b.id);
  if (existing)
    return {
      ok: true,
      visitId: existing.id,
      ticket: existing.ticket,
      serviceType: b.serviceType,
      bookingId: b.id,
      created: false,
    };
  const type = await findServiceType(ctx, kommuneId, b.serviceType);
  try {
    const v = await newTicket(ctx, {
      kommuneId,
      serviceTypeId: b.serviceTypeId,
      prefix: type!.ticketPrefix,
      bookingId: b.id,
    });
    return {
      ok: true,
      visitId: v.id,
      ticket: v.ticket,
      serviceType: b.serviceType,
      bookingId: b.id,
      created: true,
    };
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const first = (await findVisitOfBooking(ctx, b.id))!;
    return {
      ok: true,
      visitId: first.id,
      ticket: first.ticket,
      serviceType: b.serviceType,
      bookingId: b.id,
      created: false,
    };
  }
}

/** A walk-in (uden tidsbestilling) for a service type. */
export async function checkInWalkIn(
  ctx: AppContext,
  kommuneId: string,
  serviceCode: string,
): Promise<CheckInResult> {
  const type = await findServiceType(ctx, kommuneId, serviceCode);
  if (!type?.active) return { ok: false, reason: 'unknown_service' };
  const v = await newTicket(ctx, {
    kommuneId,
    serviceTypeId: type.id,
    prefix: type.ticketPrefix,
    bookingId: null,
  });
  return {
    ok: true,
    visitId: v.id,
    ticket: v.ticket,
    serviceType: type.code,
    bookingId: null,
    created: true,
  };
}

/** Today's queue: the waiting in calling order, then those at a desk. */
export async function todaysQueue(ctx: AppContext, kommuneId: string) {
  const now = ctx.now();
  const visits = await listVisits(ctx, kommuneId, localDate(now));
  return {
    waiting: queueOrder(
      visits.filter((v) => !v.calledAt),
      now,
    ),
    atDesk: visits.filter((v) => v.calledAt && !v.doneAt),
    done: visits.filter((v) => v.doneAt),
  };
}

/**
 * Calls the next citizen (of a service type, if given) to a desk. The first in the queue's order is taken
 * with a conditional UPDATE; if another desk took them a moment before, the next one is tried.
 */
export async function callNext(
  ctx: AppContext,
  v: { kommuneId: string; desk: string; userId: string; serviceType?: string },
): Promise<VisitRow | null> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { waiting } = await todaysQueue(ctx, v.kommuneId);
    const candidates = v.serviceType ? waiting.filter((w) => w.serviceType === v.serviceType) : waiting;
    const next = candidates[0];
    if (!next) return null;
    const now = ctx.now();
    if (await markCalled(ctx, { kommuneId: v.kommuneId, id: next.id, desk: v.desk, userId: v.userId, now }))
      return { ...next, calledAt: now, desk: v.desk };
  }
  return null;
}

export interface ServiceWaiting {
  serviceType: string;
  name: string;
  nameEn: string;
  goalMinutes: number;
  visits: number;
  meanWaitMinutes: number | null;
  medianWaitMinutes: number | null;
  meanServiceMinutes: number | null;
  withinGoal: number | null;
}

/** Waiting time per service type over a period, against each type's goal (servicemål for ventetid). */
export async function waitingByServiceType(
  ctx: AppContext,
  kommuneId: string,
  from: string,
  to: string,
): Promise<ServiceWaiting[]> {
  const rows = await measuredVisits(ctx, kommuneId, from, to);
  const groups = new Map<string, typeof rows>();
  for (const r of rows) groups.set(r.serviceType, [...(groups.get(r.serviceType) ?? []), r]);
  return [...groups.entries()]
    .map(([serviceType, visits]) => {
      const first = visits[0]!;
      const f = waitingFigures(visits, first.goalMinutes);
      return {
        serviceType,
        name: first.serviceName,
        nameEn: first.serviceNameEn,
        goalMinutes: first.goalMinutes,
        visits: f.count,
        meanWaitMinutes: f.meanWaitMinutes,
        medianWaitMinutes: f.medianWaitMinutes,
        meanServiceMinutes: f.meanServiceMinutes,
        withinGoal: f.withinGoal,
      };
    })
    .sort((a, b) => a.serviceType.localeCompare(b.serviceType));
}

/** Across service types: the share called within their own type's goal, and the mean wait. */
export async function waitingOverall(ctx: AppContext, kommuneId: string, from: string, to: string) {
  const rows = await measuredVisits(ctx, kommuneId, from, to);
  const called = rows.filter((r) => r.calledAt);
  const within = called.filter(
    (r) => (r.calledAt!.getTime() - r.arrivedAt.getTime()) / 60_000 <= r.goalMinutes,
  );
  const all = waitingFigures(rows, Number.POSITIVE_INFINITY);
  return {
    count: called.length,
    withinGoal: called.length ? within.length / called.length : null,
    meanWaitMinutes: all.meanWaitMinutes,
  };
}
