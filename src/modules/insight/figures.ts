// What the insight module gives the effect dashboard, from its rollups: complaints received, the share
// maintained (the formal track opened), median working days to first contact, and the share of root causes on
// the process side rather than the decision (the seeds' claim, tested on the data). Each has a monthly series
// in one read.
import { medianOfHistogram, mergeBins, share } from '../../core/insight.js';
import type { AppContext } from '../../platform/context.js';
import type { FigureDefinition, FigurePoint, FigureScope, FigureValue } from '../../platform/module.js';
import { type Counts, durationsByMonth, monthlyCounts, totalCounts } from './queries.js';

/** Root causes on the process side: how the case was handled, not what was decided (nor 'other'). */
export const processSide = (c: Counts): number =>
  c.causeProcess + c.causeCommunication + c.causeWaitingTime + c.causeConduct + c.causePhysicalSetting;

const fromCounts = (
  key: string,
  label: string,
  unit: FigureDefinition['unit'],
  value: (c: Counts) => FigureValue,
): FigureDefinition => ({
  key,
  label,
  unit,
  byArea: true,
  compute: async (ctx, s) => value(await totalCounts(ctx, s)),
  series: async (ctx, s) => (await monthlyCounts(ctx, s)).map((m) => ({ month: m.month, ...value(m) })),
});

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

async function contactDaysSeries(ctx: AppContext, s: FigureScope): Promise<FigurePoint[]> {
  const bins = await durationsByMonth(ctx, s, 'first_contact');
  const months = [...new Set(bins.map((b) => b.month))];
  return months.map((month) => {
    const own = bins.filter((b) => b.month === month);
    return { month, value: medianOfHistogram(own), count: own.reduce((n, b) => n + b.cases, 0) };
  });
}

export const firstContactMedianDays: FigureDefinition = {
  key: 'insight.first_contact_days',
  label: 'insight.figure.firstContactDays',
  unit: 'days',
  byArea: true,
  compute: async (ctx, s) => {
    const bins = mergeBins(await durationsByMonth(ctx, s, 'first_contact'));
    return { value: medianOfHistogram(bins), count: bins.reduce((n, b) => n + b.cases, 0) };
  },
  series: contactDaysSeries,
};

export const insightFigures = [complaintsReceived, maintainedShare, firstContactMedianDays, processCauses];
