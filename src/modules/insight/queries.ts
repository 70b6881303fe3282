// The insight module's reads: the rollups (tables.ts) summed over a scope, by month or in total, and the
// department facts the dashboard marks (when each started the method). Small indexed reads: the primary keys
// lead with kommune and month.
import type { IsoDate } from '../../core/calendar.js';
import type { Bin } from '../../core/insight.js';
import { monthOf } from '../../core/insight.js';
import type { AppContext } from '../../platform/context.js';

/** The scope's kommune for the national view: every kommune at once (the shared service's view). */
export const ALL_KOMMUNER = '*';

export interface RollupScope {
  /** A kommunekode, or ALL_KOMMUNER. */
  kommuneId: string;
  departmentId?: string | undefined;
  areaId?: string | undefined;
  from: IsoDate;
  to: IsoDate;
}

export interface Counts {
  received: number;
  complaints: number;
  maintained: number;
  forwarded: number;
  firstContactSettled: number;
  firstContactOnTime: number;
  resolutionSettled: number;
  resolutionOnTime: number;
  answerSettled: number;
  answerOnTime: number;
  reassessmentSettled: number;
  reassessmentOnTime: number;
  withRootCause: number;
  causeDecision: number;
  causeProcess: number;
  causeCommunication: number;
  causeWaitingTime: number;
  causeConduct: number;
  causePhysicalSetting: number;
  causeOther: number;
}

const COLUMNS: Record<keyof Counts, string> = {
  received: 'received',
  complaints: 'complaints',
  maintained: 'maintained',
  forwarded: 'forwarded',
  firstContactSettled: 'first_contact_settled',
  firstContactOnTime: 'first_contact_on_time',
  resolutionSettled: 'resolution_settled',
  resolutionOnTime: 'resolution_on_time',
  answerSettled: 'answer_settled',
  answerOnTime: 'answer_on_time',
  reassessmentSettled: 'reassessment_settled',
  reassessmentOnTime: 'reassessment_on_time',
  withRootCause: 'with_root_cause',
  causeDecision: 'cause_decision',
  causeProcess: 'cause_process',
  causeCommunication: 'cause_communication',
  causeWaitingTime: 'cause_waiting_time',
  causeConduct: 'cause_conduct',
  causePhysicalSetting: 'cause_physical_setting',
  causeOther: 'cause_other',
};

export const EMPTY_COUNTS: Counts = Object.fromEntries(
  Object.keys(COLUMNS).map((k) => [k, 0]),
) as unknown as Counts;

const SUMS = Object.entries(COLUMNS)
  .map(([key, col]) => `coalesce(sum(${col}), 0)::int AS "${key}"`)
  .join(', ');

// Months of receipt: a period is the months it touches. The national view leaves the kommune out ($1 is then
// ignored), so each kommune's scope keeps its plan on the primary key's first column.
const FILTERS = `month BETWEEN $2::date AND $3::date
  AND ($4::uuid IS NULL OR department_id = $4) AND ($5::uuid IS NULL OR area_id = $5)`;
const WHERE_ONE = `kommune_id = $1 AND ${FILTERS}`;
const WHERE_ALL = `$1::text = '${ALL_KOMMUNER}' AND ${FILTERS}`;
const where = (s: RollupScope) => (s.kommuneId === ALL_KOMMUNER ? WHERE_ALL : WHERE_ONE);
const params = (s: RollupScope) => [
  s.kommuneId,
  monthOf(s.from),
  monthOf(s.to),
  s.departmentId ?? null,
  s.areaId ?? null,
];

/** The scope's counts, month by month (months without cases are left out). */
export async function monthlyCounts(
  ctx: AppContext,
  s: RollupScope,
): Promise<(Counts & { month: IsoDate })[]> {
  return ctx.dbh.sql<Counts & { month: IsoDate }>(
    `SELECT month::text AS month, ${SUMS} FROM insight_monthly WHERE ${where(s)} GROUP BY month ORDER BY month`,
    params(s),
  );
}

/** The scope's counts in total. */
export async function totalCounts(ctx: AppContext, s: RollupScope): Promise<Counts> {
  const [row] = await ctx.dbh.sql<Counts>(`SELECT ${SUMS} FROM insight_monthly WHERE ${where(s)}`, params(s));
  return row ?? EMPTY_COUNTS;
}

/** The scope's counts per area. */
export async function countsByArea(
  ctx: AppContext,
  s: RollupScope,
): Promise<(Counts & { areaId: string })[]> {
  return ctx.dbh.sql<Counts & { areaId: string }>(
    `SELECT area_id AS "areaId", ${SUMS} FROM insight_monthly WHERE ${where(s)} GROUP BY area_id`,
    params(s),
  );
}

export type Goal = 'first_contact' | 'resolution' | 'answer' | 'reassessment';

/** How long a goal took, in working days, per month: a histogram each. */
export async function durationsByMonth(
  ctx: AppContext,
  s: RollupScope,
  goal: Goal,
): Promise<(Bin & { month: IsoDate })[]> {
  return ctx.dbh.sql<Bin & { month: IsoDate }>(
    `SELECT month::text AS month, days, sum(cases)::int AS cases FROM insight_durations
     WHERE ${where(s)} AND goal = $6 GROUP BY month, days ORDER BY month, days`,
    [...params(s), goal],
  );
}

/** How long each goal took per area: histograms by area and goal. */
export async function durationsByArea(
  ctx: AppContext,
  s: RollupScope,
): Promise<(Bin & { areaId: string; goal: Goal })[]> {
  return ctx.dbh.sql<Bin & { areaId: string; goal: Goal }>(
    `SELECT area_id AS "areaId", goal, days, sum(cases)::int AS cases FROM insight_durations
     WHERE ${where(s)} GROUP BY area_id, goal, days ORDER BY area_id, goal, days`,
    params(s),
  );
}

/** The date the rollups are settled as of, or null before the first rebuild (all kommuner: the oldest). */
export async function rollupAsOf(ctx: AppContext, kommuneId: string): Promise<IsoDate | null> {
  const [row] = await ctx.dbh.sql<{ as_of: string | null }>(
    kommuneId === ALL_KOMMUNER
      ? 'SELECT min(as_of)::text AS as_of FROM insight_refreshes WHERE $1::text IS NOT NULL'
      : 'SELECT as_of::text AS as_of FROM insight_refreshes WHERE kommune_id = $1',
    [kommuneId],
  );
  return row?.as_of ?? null;
}

export interface DepartmentFacts {
  id: string;
  name: string;
  methodStartedOn: IsoDate | null;
}

/** The kommune's departments with the day each started the method (the administrator keeps it). */
export async function departmentsOf(ctx: AppContext, kommuneId: string): Promise<DepartmentFacts[]> {
  return ctx.dbh.sql<DepartmentFacts>(
    `SELECT id, name, method_started_on::text AS "methodStartedOn" FROM departments
     WHERE kommune_id = $1 ORDER BY name`,
    [kommuneId],
  );
}

export interface AreaFacts {
  id: string;
  departmentId: string;
  name: string;
  firstContactDays: number;
  resolutionDays: number;
  answerDays: number;
}

/** The kommune's public areas with their service goals (servicemål), by name. */
export async function areasWithGoals(
  ctx: AppContext,
  kommuneId: string,
  publicOnly: boolean,
): Promise<AreaFacts[]> {
  return ctx.dbh.sql<AreaFacts>(
    `SELECT id, department_id AS "departmentId", name, first_contact_days AS "firstContactDays",
            resolution_days AS "resolutionDays", answer_days AS "answerDays"
     FROM areas WHERE kommune_id = $1 AND ($2::boolean = false OR public) ORDER BY name`,
    [kommuneId, publicOnly],
  );
}
