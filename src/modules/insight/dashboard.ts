// The effect dashboard's answers, generic over the figures modules declare: a figure month by month over the
// scope, its total, and — for one department that has started the method — the six months before and after,
// with how much evidence the comparison carries. Root causes come from the rollups as a breakdown.
import type { IsoDate } from '../../core/calendar.js';
import { beforeAndAfter, type Evidence, endOfMonth, evidenceOf, monthsOf } from '../../core/insight.js';
import { ROOT_CAUSES, type RootCause } from '../../core/workflow.js';
import type { AppContext } from '../../platform/context.js';
import type { FigureDefinition, FigurePoint, FigureScope, FigureValue } from '../../platform/module.js';
import { isRollupFigure } from './figures.js';
import { type Counts, type DepartmentFacts, departmentsOf, monthlyCounts, rollupAsOf } from './queries.js';

export interface Comparison {
  methodStartedOn: IsoDate;
  before: FigureValue & { from: IsoDate; to: IsoDate };
  after: FigureValue & { from: IsoDate; to: IsoDate };
  evidence: Evidence;
}

export interface FigureAnswer {
  key: string;
  label: string;
  unit: FigureDefinition['unit'];
  from: IsoDate;
  to: IsoDate;
  /** Every month of the period, in order; a month with nothing to measure has value null and count 0. */
  points: FigurePoint[];
  total: FigureValue;
  /** The department's method start and the before/after comparison, when one department with a start is chosen. */
  comparison: Comparison | null;
  asOf: IsoDate | null;
}

const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/** The figure month by month: from its own series when it has one, else one `compute` per month. */
async function seriesOf(ctx: AppContext, def: FigureDefinition, s: FigureScope): Promise<FigurePoint[]> {
  const months = monthsOf(s.from, s.to);
  const given = def.series
    ? new Map((await def.series(ctx, s)).map((p) => [p.month, p]))
    : new Map(
        await Promise.all(
          months.map(
            async (month) =>
              [
                month,
                {
                  month,
                  ...(await def.compute(ctx, {
                    ...s,
                    from: later(month, s.from),
                    to: earlier(endOfMonth(month), s.to),
                  })),
                },
              ] as const,
          ),
        ),
      );
  return months.map((month) => given.get(month) ?? { month, value: null, count: 0 });
}

/**
 * One figure's answer over the scope. `departments` are the kommune's, when the caller has read them already
 * (the scope check does, for a department): then no second read. A rollup figure is read once for the series,
 * the total and the before/after; any other figure is asked for each.
 */
export async function figureAnswer(
  ctx: AppContext,
  def: FigureDefinition,
  s: FigureScope,
  departments?: readonly DepartmentFacts[],
): Promise<FigureAnswer> {
  const asOf = rollupAsOf(ctx, s.kommuneId);
  asOf.catch(() => {}); // awaited below; a failure there is the answer's, not an unhandled rejection
  const known = s.departmentId ? (departments ?? (await departmentsOf(ctx, s.kommuneId))) : [];
  const started = known.find((d) => d.id === s.departmentId)?.methodStartedOn ?? null;
  const windows = started ? beforeAndAfter(started) : null;
  let points: FigurePoint[];
  let total: FigureValue;
  let sides: [FigureValue, FigureValue] | null = null;
  if (isRollupFigure(def)) {
    const answer = await def.answer(ctx, s, windows ? [s, windows.before, windows.after] : [s]);
    const [whole, b, a] = answer.values as [FigureValue, FigureValue?, FigureValue?];
    points = monthsOf(s.from, s.to).map(
      (month) => answer.points.find((p) => p.month === month) ?? { month, value: null, count: 0 },
    );
    total = whole;
    if (b && a) sides = [b, a];
  } else {
    [points, total, sides] = await Promise.all([
      seriesOf(ctx, def, s),
      def.compute(ctx, s),
      windows
        ? Promise.all([
            def.compute(ctx, { ...s, ...windows.before }),
            def.compute(ctx, { ...s, ...windows.after }),
          ])
        : null,
    ]);
  }
  const comparison: Comparison | null =
    started && windows && sides
      ? {
          methodStartedOn: started,
          before: { ...windows.before, ...sides[0] },
          after: { ...windows.after, ...sides[1] },
          evidence: evidenceOf(sides[0].count, sides[1].count),
        }
      : null;
  return {
    key: def.key,
    label: def.label,
    unit: def.unit,
    from: s.from,
    to: s.to,
    points,
    total,
    comparison,
    asOf: await asOf,
  };
}

const CAUSE_COLUMN: Record<RootCause, keyof Counts> = {
  decision: 'causeDecision',
  process: 'causeProcess',
  communication: 'causeCommunication',
  waiting_time: 'causeWaitingTime',
  conduct: 'causeConduct',
  physical_setting: 'causePhysicalSetting',
  other: 'causeOther',
};

export interface RootCauseAnswer {
  from: IsoDate;
  to: IsoDate;
  causes: RootCause[];
  /** Per month: how many cases had each primary root cause. */
  months: { month: IsoDate; total: number; counts: Record<RootCause, number> }[];
  total: { total: number; counts: Record<RootCause, number> };
}

/** The primary root causes recorded, per month of receipt: is it the process or the decision? */
export async function rootCauses(ctx: AppContext, s: FigureScope): Promise<RootCauseAnswer> {
  const rows = new Map((await monthlyCounts(ctx, s)).map((r) => [r.month, r]));
  const countsOf = (r: Counts | undefined) =>
    Object.fromEntries(ROOT_CAUSES.map((c) => [c, r ? r[CAUSE_COLUMN[c]] : 0])) as Record<RootCause, number>;
  const months = monthsOf(s.from, s.to).map((month) => {
    const r = rows.get(month);
    return { month, total: r?.withRootCause ?? 0, counts: countsOf(r) };
  });
  const total = countsOf(undefined);
  for (const m of months) for (const c of ROOT_CAUSES) total[c] += m.counts[c];
  return {
    from: s.from,
    to: s.to,
    causes: [...ROOT_CAUSES],
    months,
    total: { total: months.reduce((n, m) => n + m.total, 0), counts: total },
  };
}
