// Receiving a complaint or inquiry: validate, compute the promised call-back date, and create the case
// (cases' createCase: the case, the citizen, the timeline event, the receipt message and the audit row in ONE
// statement — one round trip, atomic, and safe to repeat with the same Idempotency-Key).
import { randomUUID } from 'node:crypto';
import { type IsoDate, localDate } from '../../core/calendar.js';
import type { Locale } from '../../i18n/index.js';
import type { AppContext } from '../../platform/context.js';
import { getAreas, type Kommune } from '../../platform/tenancy.js';
import { hashToken, trackingToken } from '../../platform/tokens.js';
import { callBackDate, createCase, trackingPath } from '../cases/index.js';
import { rawIntake, validateIntake } from './validation.js';

export { receiptAddress, trackingPath } from '../cases/index.js';

export type Channel = 'web' | 'api' | 'phone' | 'desk' | 'mail';

export interface IntakeMeta {
  channel: Channel;
  idempotencyKey: string | null;
  ip: string | null;
  locale: Locale;
}

export interface ReceivedCase {
  caseId: string;
  caseNumber: string;
  trackingToken: string;
  firstContactDue: IsoDate;
  created: boolean; // false when an Idempotency-Key repeat returned the earlier case
}

export type IntakeResult =
  | { ok: true; case: ReceivedCase }
  | { ok: false; fields: Record<string, string>; value: Record<string, string> };

export async function receiveCase(
  ctx: AppContext,
  kommune: Kommune,
  body: unknown,
  meta: IntakeMeta,
): Promise<IntakeResult> {
  const now = ctx.now();
  const today = localDate(now);
  const checked = validateIntake(body, today);
  if (!checked.ok) return checked;
  const input = checked.value;
  const area = (await getAreas(ctx, kommune.kommuneId)).find((a) => a.code === input.area);
  if (!area) return { ok: false, fields: { area: 'intake.error.area' }, value: rawIntake(body) };

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
  });
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
