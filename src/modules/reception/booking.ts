// Booking (tidsbestilling): a citizen takes a place in a slot without an account, and manages it from a private
// link; staff book on a citizen's behalf. The confirmation and the reminder go through messaging's outbox in the
// same transaction as the change, so they are sent if and only if it is committed.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Database, SqlRunner } from '../../adapters/db/client.js';
import { localDate } from '../../core/calendar.js';
import { bookingCode, clockTime } from '../../core/reception.js';
import type { AppContext } from '../../platform/context.js';
import { hashToken, trackingToken } from '../../platform/tokens.js';
import type { SupportNeeds } from '../citizens/index.js';
import { messaging } from '../messaging/index.js';
import {
  type BookingRow,
  cancelBookingRow,
  claimDueReminders,
  findBookingByKey,
  findBookingByToken,
  insertBooking,
  releasePlace,
  setBookingSlot,
  takePlace,
} from './queries.js';

export const managePath = (token: string) => `/tid/${token}`;
export const calendarPath = (token: string) => `/tid/${token}/kalender.ics`;

export interface BookingInput {
  slotId: string;
  name: string;
  phone?: string | null;
  email?: string | null;
  locale: 'da' | 'en';
  caseId?: string | null;
  citizenId?: string | null;
  supportNeeds?: SupportNeeds;
  bookedBy?: string | null;
  idempotencyKey?: string | null;
}

export type BookingResult =
  | {
      ok: true;
      created: boolean;
      bookingId: string;
      bookingCode: string;
      manageToken: string;
      startsAt: Date;
    }
  | { ok: false; reason: 'full' | 'unknown_slot' | 'conflict' };

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string } | null)?.code === '23505' ||
  ((e as { cause?: { code?: string } } | null)?.cause?.code ?? '') === '23505';

/** The private link's token of a booking: derived from its id with the server secret, so a reminder can carry it. */
export const manageToken = (ctx: AppContext, bookingId: string): string =>
  trackingToken(ctx.config.appSecret, `reception-booking:${bookingId}`);

/** The minute of the day in Danish time, for "kl. 09:30". */
export function danishClock(instant: Date): string {
  const fmt = new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const p = Object.fromEntries(fmt.formatToParts(instant).map((x) => [x.type, x.value]));
  return clockTime(Number(p.hour) * 60 + Number(p.minute));
}

/** Support needs as template parameters ('1' for a yes), so the texts say what has been arranged. */
export function supportParams(needs: SupportNeeds): Record<string, string> {
  const p: Record<string, string> = {};
  if (needs.interpreter) p.interpreter = '1';
  if (needs.language) p.language = needs.language;
  if (needs.companion) p.companion = '1';
  if (needs.readingDifficulties) p.reading = '1';
  if (needs.hearingDifficulties) p.hearing = '1';
  return p;
}

/** Only the support needs the booking carries (the record's keys, nothing else). */
export function cleanSupportNeeds(n: SupportNeeds | undefined): SupportNeeds {
  if (!n) return {};
  const out: SupportNeeds = {};
  if (n.interpreter) out.interpreter = true;
  if (n.language) out.language = n.language;
  if (n.companion) out.companion = true;
  if (n.readingDifficulties) out.readingDifficulties = true;
  if (n.hearingDifficulties) out.hearingDifficulties = true;
  return out;
}

async function enqueueToCitizen(
  db: Database,
  b: { kommuneId: string; phone: string | null; email: string | null; locale: string },
  template: string,
  params: Record<string, string>,
): Promise<void> {
  if (b.email)
    await messaging.enqueue(db, {
      kommuneId: b.kommuneId,
      channel: 'mail',
      recipient: b.email,
      template,
      params,
      locale: b.locale,
    });
  else if (b.phone)
    await messaging.enqueue(db, {
      kommuneId: b.kommuneId,
      channel: 'sms',
      recipient: b.phone,
      template,
      params,
      locale: b.locale,
    });
}

interface SlotFacts {
  serviceName: string;
  serviceNameEn: string;
  bring: string;
  bringEn: string;
  place: string;
}

async function slotFacts(sql: SqlRunner, slotId: string): Promise<SlotFacts> {
  const [row] = await sql<{ name: string; name_en: string; bring: string; bring_en: string; place: string }>(
    `SELECT t.name, t.name_en, t.bring, t.bring_en, s.place FROM reception_slots s
       JOIN reception_service_types t ON t.id = s.service_type_id WHERE s.id = $1`,
    [slotId],
  );
  return {
    serviceName: row!.name,
    serviceNameEn: row!.name_en,
    bring: row!.bring,
    bringEn: row!.bring_en,
    place: row!.place,
  };
}

function meetingParams(
  ctx: AppContext,
  facts: SlotFacts,
  b: { code: string; locale: string; startsAt: Date; supportNeeds: SupportNeeds },
  token: string | null,
): Record<string, string> {
  const en = b.locale === 'en';
  const bring = en ? facts.bringEn : facts.bring;
  return {
    serviceName: en ? facts.serviceNameEn : facts.serviceName,
    date: localDate(b.startsAt),
    time: danishClock(b.startsAt),
    place: facts.place,
    bookingCode: b.code,
    ...(token ? { manageUrl: `${ctx.config.publicUrl}${managePath(token)}` } : {}),
    ...(bring ? { bring } : {}),
    ...supportParams(b.supportNeeds),
  };
}

/**
 * Books a place. The slot's counter is taken first (the database decides the race for the last place); the
 * booking row and its confirmation are written in the same transaction. The same Idempotency-Key again answers
 * with the booking made first; with another slot or name, a conflict.
 */
export async function book(ctx: AppContext, kommuneId: string, input: BookingInput): Promise<BookingResult> {
  const key = input.idempotencyKey ?? null;
  const repeat = async (): Promise<BookingResult | null> => {
    if (!key) return null;
    const found = await findBookingByKey(ctx, kommuneId, key);
    if (!found) return null;
    if (found.slotId !== input.slotId || found.name !== input.name) return { ok: false, reason: 'conflict' };
    return {
      ok: true,
      created: false,
      bookingId: found.id,
      bookingCode: found.code,
      manageToken: manageToken(ctx, found.id),
      startsAt: found.startsAt,
    };
  };
  const before = await repeat();
  if (before) return before;

  const now = ctx.now();
  const supportNeeds = cleanSupportNeeds(input.supportNeeds);
  for (let attempt = 0; attempt < 4; attempt++) {
    const id = randomUUID();
    const token = manageToken(ctx, id);
    const code = bookingCode(randomBytes(6));
    try {
      const result = await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
        const taken = await takePlace(sql, kommuneId, input.slotId, now);
        if (!taken) return null;
        const bookingId = await insertBooking(sql, {
          id,
          kommuneId,
          slotId: input.slotId,
          code,
          manageTokenHash: hashToken(token),
          name: input.name,
          phone: input.phone ?? null,
          email: input.email ?? null,
          locale: input.locale,
          caseId: input.caseId ?? null,
          citizenId: input.citizenId ?? null,
          supportNeeds,
          bookedBy: input.bookedBy ?? null,
          idempotencyKey: key,
          now,
        });
        const facts = await slotFacts(sql, input.slotId);
        await enqueueToCitizen(
          db,
          { kommuneId, phone: input.phone ?? null, email: input.email ?? null, locale: input.locale },
          'reception.booking_confirmed',
          meetingParams(
            ctx,
            facts,
            { code, locale: input.locale, startsAt: taken.startsAt, supportNeeds },
            token,
          ),
        );
        return { bookingId, startsAt: taken.startsAt };
      });
      if (!result) {
        const [exists] = await ctx.dbh.sql<{ id: string }>(
          'SELECT id FROM reception_slots WHERE id = $1 AND kommune_id = $2 AND starts_at > $3',
          [input.slotId, kommuneId, now],
        );
        return { ok: false, reason: exists ? 'full' : 'unknown_slot' };
      }
      // A booking made inside its reminder window (a meeting tomorrow) gets its reminder now, not at the next run.
      await sendDueReminders(ctx);
      return { ok: true, created: true, bookingCode: code, manageToken: token, ...result };
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      // The same key committed by a racer: answer as a repeat. Otherwise a code collision: try a new one.
      const again = await repeat();
      if (again) return again;
    }
  }
  throw new Error('Could not issue a unique booking code');
}

export async function bookingByToken(ctx: AppContext, token: string): Promise<BookingRow | null> {
  if (token.length < 20 || token.length > 100) return null;
  return findBookingByToken(ctx, hashToken(token));
}

export type ChangeResult =
  | { ok: true; booking: BookingRow }
  | { ok: false; reason: 'not_found' | 'closed' | 'full' };

/** A booking that can still change: booked, not begun, not checked in. */
const changeable = (b: BookingRow, now: Date) => b.status === 'booked' && b.startsAt > now && !b.checkedIn;

/** Moves the booking to another slot of the same service type, taking a place there before giving back the old. */
export async function moveBooking(ctx: AppContext, token: string, slotId: string): Promise<ChangeResult> {
  const b = await bookingByToken(ctx, token);
  if (!b) return { ok: false, reason: 'not_found' };
  const now = ctx.now();
  if (!changeable(b, now)) return { ok: false, reason: 'closed' };
  if (slotId === b.slotId) return { ok: true, booking: b };
  const moved = await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
    const [same] = await sql<{ id: string }>(
      'SELECT id FROM reception_slots WHERE id = $1 AND kommune_id = $2 AND service_type_id = $3',
      [slotId, b.kommuneId, b.serviceTypeId],
    );
    if (!same) return false;
    const taken = await takePlace(sql, b.kommuneId, slotId, now);
    if (!taken) return false;
    await releasePlace(sql, b.slotId);
    await setBookingSlot(sql, b.id, slotId);
    const facts = await slotFacts(sql, slotId);
    await enqueueToCitizen(
      db,
      b,
      'reception.booking_moved',
      meetingParams(
        ctx,
        facts,
        { code: b.code, locale: b.locale, startsAt: taken.startsAt, supportNeeds: b.supportNeeds },
        token,
      ),
    );
    return true;
  });
  if (!moved) return { ok: false, reason: 'full' };
  await sendDueReminders(ctx);
  return { ok: true, booking: (await bookingByToken(ctx, token))! };
}

export async function cancelBooking(ctx: AppContext, token: string): Promise<ChangeResult> {
  const b = await bookingByToken(ctx, token);
  if (!b) return { ok: false, reason: 'not_found' };
  const now = ctx.now();
  if (!changeable(b, now)) return { ok: false, reason: 'closed' };
  const done = await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
    if (!(await cancelBookingRow(sql, b.id, now))) return false;
    await releasePlace(sql, b.slotId);
    const facts = await slotFacts(sql, b.slotId);
    await enqueueToCitizen(
      db,
      b,
      'reception.booking_cancelled',
      meetingParams(
        ctx,
        facts,
        { code: b.code, locale: b.locale, startsAt: b.startsAt, supportNeeds: {} },
        null,
      ),
    );
    return true;
  });
  if (!done) return { ok: false, reason: 'closed' };
  return { ok: true, booking: (await bookingByToken(ctx, token))! };
}

/**
 * The reminder job: every booking whose reminder is due gets exactly one, with what to bring and the support
 * arranged. Claimed and written to the outbox in one transaction, so a second run (or two at once) sends none
 * again. Returns how many were queued.
 */
export async function sendDueReminders(ctx: AppContext): Promise<number> {
  const now = ctx.now();
  return ctx.dbh.transactionWithDb(async ({ db, sql }) => {
    const due = await claimDueReminders(sql, now);
    for (const r of due) {
      const facts: SlotFacts = {
        serviceName: r.serviceName,
        serviceNameEn: r.serviceNameEn,
        bring: r.bring,
        bringEn: r.bringEn,
        place: r.place,
      };
      await enqueueToCitizen(
        db,
        r,
        'reception.reminder',
        meetingParams(
          ctx,
          facts,
          { code: r.code, locale: r.locale, startsAt: r.startsAt, supportNeeds: r.supportNeeds },
          manageToken(ctx, r.id),
        ),
      );
    }
    return due.length;
  });
}
