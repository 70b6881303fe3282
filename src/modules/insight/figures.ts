// What the insight module gives the effect dashboard, from its rollups: complaints received, the share
// maintained (the formal track opened), median working days to first contact, and the share of root causes on
// the process side rather than the decision (the seeds' claim, tested on the data). Each is answered from one
// read of the scope's rollup rows by month: the series, the total and the before/after windows are sums of
// those rows in memory, so a dashboard request costs one rollup query per figure however many windows it shows.
import type { IsoDate } from '../../core/calendar.js';
import { medianOfHistogram, mergeBins, monthOf, type Period, share } from '../../core/insight.js';
import type { AppContext } from '../../platform/context.js';
import type { FigureDefinition, FigurePoint, FigureScope, FigureValue } from '../../platform/module.js';
import { type Counts, durationsByMonth, EMPTY_COUNTS, monthlyCounts } from './queries.js';

/** Root causes on the process side: how the case was handled, not what was decided (nor 'other'). */
export const processSide = (c: Counts): number =>
  c.causeProcess + c.causeCommunication + c.causeWaitingTime + c.causeConduct + c.causePhysicalSetting;

/** A figure the rollups answer: besides `compute` and `series`, all of one answer from a single read. */
export interface RollupFigure extends FigureDefinition {
  /** The series over `s`, and the value over each period (of the same department and area), in one read. */
  answer: (
    ctx: AppContext,
    s: FigureScope,
    periods: readonly Period[],
  ) => Promise<{ points: FigurePoint[]; values: FigureValue[] }>;
}

export const isRollupFigure = (def: FigureDefinition): def is RollupFigure => 'answer' in def;

/** The first and last of some ISO dates (they sort as text). */
const bounds = (dates: IsoDate[]): [IsoDate, IsoDate] => {
  const sorted = [...dates].sort();
  return [sorted[0]!, sorted[sorted.length - 1]!];
};

/**
 * A rollup figure from its monthly rows (`read`, one or more rows a month) and its value over any run of them.
 * A period is the months it touches, as the rollup queries filter them, so the sums equal a read per period.
 */
function rollupFigure<R extends { month: IsoDate }>(
  base: Pick<FigureDefinition, 'key' | 'label' | 'unit'>,
  read: (ctx: AppContext, s: FigureScope) => Promise<R[]>,
  measure: (rows: readonly R[]) => FigureValue,
): RollupFigure {
  const within = (rows: readonly R[], p: Period) => {
    const [first, last] = [monthOf(p.from), monthOf(p.to)];
    return rows.filter((r) => r.month >= first && r.month <= last);
  };
  const points = (rows: readonly R[]): FigurePoint[] => {
    const byMonth = new Map<IsoDate, R[]>();
    for (const r of rows) byMonth.set(r.month, [...(byMonth.get(r.month) ?? []), r]);
    return [...byMonth.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, own]) => ({ month, ...measure(own) }));
  };
  return {
    ...base,
    byArea: true,
    compute: async (ctx, s) => measure(await read(ctx, s)),
    series: async (ctx, s) => points(await read(ctx, s)),
    answer: async (ctx, s, periods) => {
      const [from, to] = bounds([s, ...periods].flatMap((p) => [p.from, p.to]));
      const span = { ...s, from, to };
      const rows = await read(ctx, span);
      return { points: points(within(rows, s)), values: periods.map((p) => measure(within(rows, p))) };
    },
  };
}

const sumCounts = (rows: readonly Counts[]): Counts => {
  const sum = { ...EMPTY_COUNTS };
  for (const r of rows) for (const k of Object.keys(sum) as (keyof Counts)[]) sum[k] += r[k];
  return sum;
};

const fromCounts = (
  key: string,
  label: string,
  unit: FigureDefinition['unit'],
  value: (c: Counts) => FigureValue,
): RollupFigure => rollupFigure({ key, label, unit }, monthlyCounts, (rows) => value(sumCounts(rows)));

export const complaintsReceived = fromCounts(
  'insight.complaints',
  'insight.figure.complaints',
  'count',
  (c) => ({
    value: c.complaints,
    count: c.complaints,
  }),
);

export const maintainedShare = fromCounts(
  'insight.maintained',
  'insight.figure.maintained',
  'share',
  (c) => ({
    value: share(c.maintained, c.complaints),
    count: c.complaints,
  }),
);

export const processCauses = fromCounts(
  'insight.process_causes',
  'insight.figure.processCauses',
  'share',
  (c) => ({
    value: share(processSide(c), c.withRootCause),
    count: c.withRootCause,
  }),
);

export const firstContactMedianDays = rollupFigure(
  { key: 'insight.first_contact_days', label: 'insight.figure.firstContactDays', unit: 'days' },
  (ctx, s) => durationsByMonth(ctx, s, 'first_contact'),
  (rows) => {
    const bins = mergeBins(rows);
    return { value: medianOfHistogram(bins), count: bins.reduce((n, b) => n + b.cases, 0) };
  },
);

export const insightFigures = [complaintsReceived, maintainedShare, firstContactMedianDays, processCauses];
