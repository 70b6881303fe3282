// What the front desk gives the effect dashboard: waiting time at arrival, measured arrival → called, against each
// service type's goal. Visits belong to the kommune's front desk, not to a department: a department's scope
// has nothing to measure here.
import type { FigureDefinition } from '../../platform/module.js';
import { waitingOverall } from './desk.js';

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
