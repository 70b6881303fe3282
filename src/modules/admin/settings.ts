// The kommune's own settings: its name and accessibility statement, the days its offices are closed (every
// year on a month-day, and single extra dates — the working-day calendar skips both), the delay-notice
// threshold, and how long closed cases are kept before they are anonymised (years and months after closing).
import { isValidIsoDate } from '../../core/calendar.js';
import type { AppContext } from '../../platform/context.js';
import { adminChange, type ChangeRef, FieldProblems, found } from './change.js';
import {
  findKommuneSettings,
  type KommuneSettingsRow,
  lockKommuneSettings,
  updateKommuneSettings,
} from './queries.js';

export type KommuneSettings = Omit<KommuneSettingsRow, 'kommuneId'> & { kommuneId: string };

export interface SettingsInput {
  name: string;
  accessibilityUrl: string;
  closedMonthDays: string[];
  delayNoticeDays: number;
  retentionYears: number;
  retentionMonths: number;
}

export async function kommuneSettings(ctx: AppContext, kommuneId: string): Promise<KommuneSettings> {
  return found(await findKommuneSettings(ctx.db, kommuneId), 'kommune');
}

/** '12-24' is a day of every year; '02-30' is not. */
const isMonthDay = (md: string) => /^\d{2}-\d{2}$/.test(md) && isValidIsoDate(`2024-${md}`); // 2024: a leap year

export async function changeSettings(
  ctx: AppContext,
  ref: ChangeRef,
  input: SettingsInput,
): Promise<KommuneSettings> {
  const kommuneId = ref.actor.kommuneId;
  const problems = new FieldProblems();
  if (!input.name.trim()) problems.add('name', 'common.validation.required');
  if (!/^https:\/\/\S+$/.test(input.accessibilityUrl.trim()))
    problems.add('accessibilityUrl', 'admin.error.httpsUrl');
  const bad = input.closedMonthDays.findIndex((md) => !isMonthDay(md));
  if (bad >= 0) problems.add('closedMonthDays', 'admin.error.monthDay');
  if (input.retentionYears * 12 + input.retentionMonths < 1)
    problems.add('retentionMonths', 'admin.error.retentionZero');
  problems.throwIfAny();
  await adminChange(
    ctx,
    ref,
    { action: 'update', subjectType: 'kommune', subjectId: () => kommuneId },
    (tx) =>
      updateKommuneSettings(tx, kommuneId, {
        name: input.name.trim(),
        accessibilityUrl: input.accessibilityUrl.trim(),
        closedMonthDays: [...new Set(input.closedMonthDays)].sort(),
        delayNoticeDays: input.delayNoticeDays,
        retentionYears: input.retentionYears,
        retentionMonths: input.retentionMonths,
      }),
  );
  return kommuneSettings(ctx, kommuneId);
}

/** One extra closing day (lukkedag) of the kommune, e.g. the Friday after Ascension. */
export async function addClosingDay(ctx: AppContext, ref: ChangeRef, date: string): Promise<KommuneSettings> {
  const kommuneId = ref.actor.kommuneId;
  const problems = new FieldProblems();
  if (!isValidIsoDate(date)) problems.add('date', 'common.validation.date');
  problems.throwIfAny();
  await adminChange(
    ctx,
    ref,
    { action: 'update', subjectType: 'kommune', subjectId: () => kommuneId },
    async (tx) => {
      const current = found(await lockKommuneSettings(tx, kommuneId), 'kommune');
      if (current.closedDates.includes(date)) {
        const dup = new FieldProblems();
        dup.add('date', 'admin.error.closingDayExists');
        dup.throwIfAny();
      }
      await updateKommuneSettings(tx, kommuneId, { closedDates: [...current.closedDates, date].sort() });
    },
  );
  return kommuneSettings(ctx, kommuneId);
}

export async function removeClosingDay(
  ctx: AppContext,
  ref: ChangeRef,
  date: string,
): Promise<KommuneSettings> {
  const kommuneId = ref.actor.kommuneId;
  await adminChange(
    ctx,
    ref,
    { action: 'update', subjectType: 'kommune', subjectId: () => kommuneId },
    async (tx) => {
      const current = found(await lockKommuneSettings(tx, kommuneId), 'kommune');
      if (!current.closedDates.includes(date)) found(null, 'closingDay');
      await updateKommuneSettings(tx, kommuneId, {
        closedDates: current.closedDates.filter((d) => d !== date),
      });
    },
  );
  return kommuneSettings(ctx, kommuneId);
}
