// Contact attempts: every call, message and letter is logged; reaching the citizen meets first contact
// and opens the dialogue; after a missed call a ready message goes out in one click.
import { and, asc, count, eq } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { users } from '../../adapters/db/schema.js';
import { localDate } from '../../core/calendar.js';
import {
  type ContactChannel,
  type ContactResult,
  isValidAttempt,
  needsLetterReason,
  offersMissedCallMessage,
  reachesCitizen,
  stateAfterAttempt,
} from '../../core/contact.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import { appendEvents, applyTransition, assertAcceptsWork, type CaseRef, event } from '../cases/index.js';
import { cases } from '../cases/tables.js';
import { citizens } from '../citizens/tables.js';
import { enqueue } from '../messaging/index.js';
import { contactAttempts } from './tables.js';

export interface AttemptInput {
  channel: ContactChannel;
  result: ContactResult;
  note?: string;
  letterReason?: string;
}

export interface AttemptView {
  id: string;
  at: string;
  channel: string;
  result: string;
  note: string | null;
  letterReason: string | null;
  actor: { id: string; name: string } | null;
}

export async function listAttempts(db: Database, caseId: string): Promise<AttemptView[]> {
  const rows = await db
    .select({ a: contactAttempts, actorName: users.name })
    .from(contactAttempts)
    .leftJoin(users, eq(users.id, contactAttempts.actorId))
    .where(eq(contactAttempts.caseId, caseId))
    .orderBy(asc(contactAttempts.at));
  return rows.map(({ a, actorName }) => ({
    id: a.id,
    at: a.at.toISOString(),
    channel: a.channel,
    result: a.result,
    note: a.note,
    letterReason: a.letterReason,
    actor: a.actorId ? { id: a.actorId, name: actorName ?? '' } : null,
  }));
}

export interface AttemptOutcome {
  id: string;
  state: string;
  firstContactMetOn: string | null;
  /** The UI offers the ready "we tried to call you" SMS/e-mail. */
  offerMissedCallMessage: boolean;
}

export async function recordAttempt(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  input: AttemptInput,
  /** More writes that must commit or fail with the attempt (e.g. the outbox row of a message). */
  alsoInTransaction?: (tx: Database) => Promise<void>,
): Promise<AttemptOutcome> {
  assertAcceptsWork(c);
  if (!isValidAttempt(input.channel, input.result))
    throw badRequest('dialogue.error.attempt', { result: 'dialogue.error.attempt' });
  const at = ctx.now();
  return ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const [prior] = await tx
      .select({ n: count() })
      .from(contactAttempts)
      .where(eq(contactAttempts.caseId, c.id));
    const letterReason = input.letterReason?.trim() || null;
    if (needsLetterReason(c.kind, prior?.n ?? 0, input.channel) && !letterReason) {
      throw badRequest('dialogue.error.letterReason', { letterReason: 'dialogue.error.letterReason' });
    }
    const [row] = await tx
      .insert(contactAttempts)
      .values({
        kommuneId: c.kommuneId,
        caseId: c.id,
        actorId,
        at,
        channel: input.channel,
        result: input.result,
        note: input.note?.trim() || null,
        letterReason,
      })
      .returning({ id: contactAttempts.id });
    const reached = reachesCitizen(input.channel, input.result);
    const events = [
      event('contact_attempt', at, actorId, { channel: input.channel, result: input.result, letterReason }),
    ];
    let firstContactMetOn = c.firstContactMetOn;
    if (reached && !firstContactMetOn) {
      firstContactMetOn = localDate(at);
      await tx.update(cases).set({ firstContactMetOn, updatedAt: at }).where(eq(cases.id, c.id));
      events.push(event('first_contact', at, actorId, { channel: input.channel }));
    }
    await appendEvents(tx, c, events);
    const next = stateAfterAttempt(c.state, reached);
    const after = next ? await applyTransition(ctx, tx, c, { to: next, at, actorId }) : c;
    await alsoInTransaction?.(tx);
    return {
      id: row!.id,
      state: after.state,
      firstContactMetOn,
      offerMissedCallMessage: offersMissedCallMessage(input.channel, input.result),
    };
  });
}

/**
 * One click after a missed call: queue the ready message to the citizen (outbox, same transaction)
 * and log it as a contact attempt of its own.
 */
export async function sendMissedCallMessage(
  ctx: AppContext,
  actorId: string,
  c: CaseRef,
  channel: 'sms' | 'email',
  locale: 'da' | 'en',
): Promise<AttemptOutcome> {
  const [citizen] = await ctx.db
    .select({ phone: citizens.phone, email: citizens.email })
    .from(citizens)
    .where(and(eq(citizens.id, c.citizenId), eq(citizens.kommuneId, c.kommuneId)));
  const recipient = channel === 'sms' ? citizen?.phone : citizen?.email;
  if (!recipient) {
    const key = channel === 'sms' ? 'dialogue.error.noPhone' : 'dialogue.error.noEmail';
    throw badRequest(key, { channel: key });
  }
  return recordAttempt(
    ctx,
    actorId,
    c,
    { channel, result: 'sent', note: 'Vi har forsøgt at ringe' },
    async (tx) => {
      await enqueue(tx, {
        kommuneId: c.kommuneId,
        channel: channel === 'sms' ? 'sms' : 'mail',
        recipient,
        template: 'dialogue.missed_call',
        params: { caseNumber: c.number },
        locale,
        caseId: c.id,
      });
    },
  );
}
