// What the front desk gives the effect dashboard: waiting time at arrival, measured arrival → called, against each
// service type's goal. Visits belong to the kommune's front desk, not to a department: a department's scope
// has nothing to measure here.
import { formatNumber } from '../../core/insight.js';
import { waitingGoalPractice } from '../../core/reception.js';
import { pageTranslator } from '../../platform/html/layout.js';
import type { FigureDefinition, PublicGoalSource } from '../../platform/module.js';
import { waitingOverall } from './desk.js';
import { listServiceTypes, measuredVisits } from './queries.js';

export const waitWithinGoal: FigureDefinition = {
  key: 'reception.wait_within_goal',
  label: 'reception.figure.waitWithinGoal',
  unit: 'share',
  compute: async (ctx, s) => {
    if (s.departmentId) return { value: null, count: 0 };
    const w = await waitingOverall(ctx, s.kommuneId, s.from, s.to);
    return { value: w.withinGoal, count: w.count };
  },
};

export const meanWait: FigureDefinition = {
  key: 'reception.mean_wait',
  label: 'reception.figure.meanWait',
  unit: 'minutes',
  compute: async (ctx, s) => {
    if (s.departmentId) return { value: null, count: 0 };
    const w = await waitingOverall(ctx, s.kommuneId, s.from, s.to);
    return { value: w.meanWaitMinutes, count: w.count };
  },
};

/**
 * The waiting-time service goal of each service type on the kommune's public service-goal page (servicemål):
 * the goal beside the share called within it and the median wait over the page's period. Every active service
 * type is listed, measured or not, so the page shows the promise even before there are visits enough.
 */
export const waitingGoals: PublicGoalSource = {
  key: 'reception.waiting',
  order: 20,
  load: async (ctx, scope) => {
    const [types, visits] = await Promise.all([
      listServiceTypes(ctx, scope.kommuneId),
      measuredVisits(ctx, scope.kommuneId, scope.from, scope.to),
    ]);
    if (types.length === 0) return null;
    const t = pageTranslator(scope.locale);
    const minutes = (n: number) => formatNumber(n, scope.locale, n % 1 ? 1 : 0);
    return {
      key: 'reception.waiting',
      heading: t('reception.goals.heading'),
      countHeading: t('reception.goals.count'),
      tooFewText: t('reception.goals.tooFew'),
      rows: types.map((type) => {
        const p = waitingGoalPractice(
          visits.filter((v) => v.serviceType === type.code),
          type.waitGoalMinutes,
        );
        return {
          key: type.code,
          label: scope.locale === 'en' ? type.nameEn : type.name,
          promise: t('reception.goals.promise', { minutes: type.waitGoalMinutes }),
          share: p.share,
          count: p.count,
          tooFew: p.tooFew,
          actual:
            p.medianWaitMinutes === null
              ? null
              : t('reception.goals.actual', { minutes: minutes(p.medianWaitMinutes) }),
        };
      }),
    };
  },
};
