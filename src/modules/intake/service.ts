// Receiving a complaint or inquiry the schema has accepted: check what the schema cannot, compute the promised
// call-back date, and create the case (cases' createCase: the case, the citizen, the timeline event, the receipt
// message and the audit row in ONE statement — one round trip, atomic). A repeat is recognised in that same
// statement: the same Idempotency-Key with the same body, or the same complaint sent again within a day, answers
// with the first case; the same key with another body is a conflict.
import { createHash, randomUUID } from 'node:crypto';
import { type IsoDate, localDate } from '../../core/calendar.js';
import type { Locale } from '../../i18n/index.js';
import type { AppContext } from '../../platform/context.js';
import { getAreas, type Kommune } from '../../platform/tenancy.js';
import { hashToken, trackingToken } from '../../platform/tokens.js';
import { callBackDate, createCase, trackingPath } from '../cases/index.js';
import type { IntakeInput } from './schemas.js';

export { receiptAddress, trackingPath } from '../cases/index.js';

export type Channel = 'web' | 'api' | 'phone' | 'desk' | 'mail';

export interface IntakeMeta {
  channel: Channel;
  /** Already scoped by the caller: 'public:…', 'form:…' (see README, "The intake API"). */
  idempotencyKey: string | null;
  ip: string | null;
  locale: Locale;
}

export interface ReceivedCase {
  caseId: string;
  caseNumber: string;
  trackingToken: string;
  firstContactDue: IsoDate;
  created: boolean; // false when a repeat returned the earlier case
}

export type IntakeResult =
  | { ok: true; case: ReceivedCase }
  | { ok: false; fields: Record<string, string> }
  /** The Idempotency-Key was used before, for another body. */
  | { ok: false; conflict: true };

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * The canonical body a key is bound to: the normalised submission, its fields in a fixed order (so spacing in a
 * phone number or the order of JSON keys make no difference), and what else the caller adds (channel, CPR).
 */
export function submissionHash(input: IntakeInput, extra: readonly (string | null)[] = []): string {
  const i = input;
  return sha256(
    JSON.stringify([
      i.kind,
      i.area,
      i.decisionDate,
      i.decisionReference,
      i.description,
      i.name,
      i.phone,
      i.email,
      i.preferredContactTime,
      ...extra,
    ]),
  );
}

/** What makes a complaint the same one sent again: the contact and the description (the kommune is a column). */
export const resubmissionFingerprint = (i: Pick<IntakeInput, 'email' | 'phone' | 'description'>) =>
  sha256(JSON.stringify([i.email, i.phone, i.description]));

/**
 * Receives a submission the schema has accepted. Checks what the schema cannot (the area is one of this kommune's,
 * the decision is not in the future) and answers a repeat with the case it repeats.
 */
export async function receiveCase(
  ctx: AppContext,
  kommune: Kommune,
  input: IntakeInput,
  meta: IntakeMeta,
): Promise<IntakeResult> {
  const now = ctx.now();
  const today = localDate(now);
  const fields: Record<string, string> = {};
  if (input.decisionDate && input.decisionDate > today)
    fields.decisionDate = 'intake.error.decisionDate.future';
  const area = (await getAreas(ctx, kommune.kommuneId)).find((a) => a.code === input.area);
  if (!area) fields.area = 'intake.error.area';
  if (!area || Object.keys(fields).length > 0) return { ok: false, fields };

  const caseId = randomUUID();
  const token = trackingToken(ctx.config.appSecret, caseId);
  const due = callBackDate(today, area.firstContactDays, kommune.calendar);
  const row = await createCase(ctx, {
    kommuneId: kommune.kommuneId,
    idempotencyKey: meta.idempotencyKey,
    citizenId: randomUUID(),
    caseId,
    input,
    meta,
    areaId: area.id,
    departmentId: area.departmentId,
    now,
    today,
    due,
    trackingTokenHash: hashToken(token),
    trackingUrl: `${ctx.config.publicUrl}${trackingPath(token)}`,
    idempotencyHash: meta.idempotencyKey ? submissionHash(input) : null,
    fingerprint: resubmissionFingerprint(input),
  });
  if (row.conflict) return { ok: false, conflict: true };
  return {
    ok: true,
    case: {
      caseId: row.id,
      caseNumber: row.number,
      trackingToken: row.created ? token : trackingToken(ctx.config.appSecret, row.id),
      firstContactDue: row.due,
      created: row.created,
    },
  };
}
