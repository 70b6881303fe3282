// The administration of the front desk (ydelser og åbningstider): service types with what to bring, their
// waiting-time goal, desks or rooms and capacity, and opening hours per weekday. Every change is checked
// completely first (all field errors at once, nothing written), then written with its audit row in one
// transaction, and the open slots ahead are planned again from it.

import type { SqlRunner } from '../../adapters/db/client.js';
import {
  clockTime,
  type DayHours,
  dayHoursProblem,
  parseClockTime,
  type WeekHours,
} from '../../core/reception.js';
import { recordAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, HttpError, notFound } from '../../platform/errors.js';
import { replanServiceType } from './planning.js';
import {
  findServiceTypeById,
  insertServiceType,
  type ServiceTypeRow,
  type ServiceTypeSettings,
  setServiceTypeActive,
  updateServiceType,
} from './queries.js';

export const ADMIN_PURPOSE = 'administration';

export interface OpeningDayInput {
  weekday: number;
  opens: string;
  closes: string;
}

export interface SettingsInput extends Omit<ServiceTypeSettings, 'hours'> {
  hours: OpeningDayInput[];
}

export interface Editor {
  userId: string;
  kommuneId: string;
  ip: string | null;
}

/** The field an opening day's errors belong to (its opening time's field in the form). */
export const hoursField = (weekday: number) => `hours-${weekday}`;

/** The settings as stored, or every field's problem (i18n keys) at once. */
export function checkSettings(
  input: SettingsInput,
): { ok: true; settings: ServiceTypeSettings } | { ok: false; fields: Record<string, string> } {
  const fields: Record<string, string> = {};
  const add = (field: string, key: string) => {
    fields[field] ??= key;
  };
  if (!input.name.trim()) add('name', 'reception.error.admin.name');
  if (!input.nameEn.trim()) add('nameEn', 'reception.error.admin.nameEn');
  const places = input.places.map((p) => p.trim()).filter(Boolean);
  if (places.length === 0) add('places', 'reception.error.admin.places');
  if (new Set(places.map((p) => p.toLocaleLowerCase('da'))).size !== places.length)
    add('places', 'reception.error.admin.placesTwice');
  const hours: Record<number, DayHours> = {};
  for (const day of input.hours) {
    const field = hoursField(day.weekday);
    if (hours[day.weekday]) {
      add(field, 'reception.error.hours.twice');
      continue;
    }
    const opensMinute = parseClockTime(day.opens);
    const closesMinute = parseClockTime(day.closes);
    if (opensMinute === null || closesMinute === null) {
      add(field, 'reception.error.hours.time');
      continue;
    }
    const problem = dayHoursProblem({ opensMinute, closesMinute }, input.durationMinutes);
    if (problem) add(field, `reception.error.hours.${problem}`);
    else hours[day.weekday] = { opensMinute, closesMinute };
  }
  if (input.hours.length === 0) add('hours', 'reception.error.hours.none');
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    settings: {
      ...input,
      name: input.name.trim(),
      nameEn: input.nameEn.trim(),
      bring: input.bring.trim(),
      bringEn: input.bringEn.trim(),
      places,
      hours,
    },
  };
}

const refuseUnlessOk = (checked: ReturnType<typeof checkSettings>): ServiceTypeSettings => {
  if (!checked.ok) throw badRequest('common.validation.summary', checked.fields);
  return checked.settings;
};

/** A service type as the administration reads it: opening hours as clock times, Monday first. */
export const serviceTypeAdminView = (t: ServiceTypeRow) => ({
  id: t.id,
  code: t.code,
  name: t.name,
  nameEn: t.nameEn,
  bring: t.bring,
  bringEn: t.bringEn,
  ticketPrefix: t.ticketPrefix,
  durationMinutes: t.durationMinutes,
  places: t.places,
  capacity: t.capacity,
  hours: Object.entries(t.hours as WeekHours)
    .filter((e): e is [string, DayHours] => e[1] !== undefined)
    .map(([weekday, h]) => ({
      weekday: Number(weekday),
      opens: clockTime(h.opensMinute),
      closes: clockTime(h.closesMinute),
    }))
    .sort((a, b) => a.weekday - b.weekday),
  reminderHours: t.reminderHours,
  waitGoalMinutes: t.waitGoalMinutes,
  bookableOnline: t.bookableOnline,
  active: t.active,
});

async function audited<T>(
  ctx: AppContext,
  who: Editor,
  action: 'create' | 'update',
  write: (sql: SqlRunner) => Promise<T>,
  subjectId: (result: T) => string | null,
): Promise<T> {
  return ctx.dbh.transactionWithDb(async ({ db, sql }) => {
    const result = await write(sql);
    const id = subjectId(result);
    if (id)
      await recordAudit(
        ctx,
        {
          kommuneId: who.kommuneId,
          userId: who.userId,
          action,
          subjectType: 'reception.service_type',
          subjectId: id,
          purpose: ADMIN_PURPOSE,
          ip: who.ip,
        },
        db,
      );
    return result;
  });
}

/** Adds a service type and plans its slots; 409 when the kommune has one of that code. */
export async function createServiceType(
  ctx: AppContext,
  who: Editor,
  input: SettingsInput & { code: string },
): Promise<ServiceTypeRow> {
  const settings = refuseUnlessOk(checkSettings(input));
  const id = await audited(
    ctx,
    who,
    'create',
    (sql) => insertServiceType(sql, who.kommuneId, { code: input.code, ...settings }),
    (id) => id,
  );
  if (!id)
    throw new HttpError(409, 'conflict', 'reception.error.admin.codeTaken', {
      code: 'reception.error.admin.codeTaken',
    });
  const row = (await findServiceTypeById(ctx, who.kommuneId, id))!;
  await replanServiceType(ctx, row);
  return row;
}

/** Changes a service type; the slots ahead that nobody booked are planned again from the new settings. */
export async function changeServiceType(
  ctx: AppContext,
  who: Editor,
  id: string,
  input: SettingsInput,
): Promise<ServiceTypeRow> {
  const settings = refuseUnlessOk(checkSettings(input));
  const changed = await audited(
    ctx,
    who,
    'update',
    (sql) => updateServiceType(sql, who.kommuneId, id, settings),
    (ok) => (ok ? id : null),
  );
  if (!changed) throw notFound('reception.error.admin.unknown');
  const row = (await findServiceTypeById(ctx, who.kommuneId, id))!;
  await replanServiceType(ctx, row);
  return row;
}

/**
 * Deactivates (or reactivates) a service type. Deactivated, it is no longer offered and its open slots ahead
 * are removed; bookings already made stay and are kept. Reactivated, its slots are planned again.
 */
export async function setActive(
  ctx: AppContext,
  who: Editor,
  id: string,
  active: boolean,
): Promise<ServiceTypeRow> {
  const existing = await findServiceTypeById(ctx, who.kommuneId, id);
  if (!existing) throw notFound('reception.error.admin.unknown');
  if (existing.active !== active)
    await audited(
      ctx,
      who,
      'update',
      (sql) => setServiceTypeActive(sql, who.kommuneId, id, active),
      (ok) => (ok ? id : null),
    );
  const row = (await findServiceTypeById(ctx, who.kommuneId, id))!;
  await replanServiceType(ctx, row);
  return row;
}
