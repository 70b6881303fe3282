// The effect dashboard's answers, generic over the figures modules declare: a figure month by month over the
// scope, its total, and — for one department that has started the method — the six months before and after,
// with how much evidence the comparison carries. Root causes come from the rollups as a breakdown.
import type { IsoDate } from '../../core/calendar.js';
import { beforeAndAfter, type Evidence, endOfMonth, evidenceOf, monthsOf } from '../../core/insight.js';
import { ROOT_CAUSES, type RootCause } from '../../core/workflow.js';
import type { AppContext } from '../../platform/context.js';
import type { FigureDefinition, FigurePoint, FigureScope, FigureValue } from '../../platform/module.js';
import { type Counts, departmentsOf, monthlyCounts, rollupAsOf } from './queries.js';

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

export async function figureAnswer(
  ctx: AppContext,
  def: FigureDefinition,
  s: FigureScope,
): Promise<FigureAnswer> {
  const [points, total, departments, asOf] = await Promise.all([
    seriesOf(ctx, def, s),
    def.compute(ctx, s),
    s.departmentId ? departmentsOf(ctx, s.kommuneId) : Promise.resolve([]),
    rollupAsOf(ctx, s.kommuneId),
  ]);
  const started = departments.find((d) => d.id === s.departmentId)?.methodStartedOn ?? null;
  let comparison: Comparison | null = null;
  if (started) {
    const { before, after } = beforeAndAfter(started);
    const [b, a] = await Promise.all([
      def.compute(ctx, { ...s, ...before }),
      def.compute(ctx, { ...s, ...after }),
    ]);
    comparison = {
      methodStartedOn: started,
      before: { ...before, ...b },
      after: { ...after, ...a },
      evidence: evidenceOf(b.count, a.count),
    };
  }
  return {
    key: def.key,
    label: def.label,
    unit: def.unit,
    from: s.from,
    to: s.to,
    points,
    total,
    comparison,
    asOf,
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
