// The public service-goal page's figures (servicemål): per public area, each goal beside the practice over the
// last 12 months — the share met on time and the median working days, with the period and the number of cases
// it rests on. A goal resting on fewer than MIN_GROUP cases says so instead of a share: a small number could
// single out a person. The written answer is the first letter sent on the case (the letters module's
// `letter_sent` on the timeline); a case closed without a letter owed none and is not counted.

import type { IsoDate } from '../../core/calendar.js';
import { localDate } from '../../core/calendar.js';
import {
  addCalendarMonths,
  type Bin,
  medianOfHistogram,
  monthOf,
  type ShownShare,
  shownShare,
} from '../../core/insight.js';
import type { AppContext } from '../../platform/context.js';
import {
  areasWithGoals,
  type Counts,
  countsByArea,
  durationsByArea,
  type Goal,
  rollupAsOf,
} from './queries.js';

export const GOALS = ['first_contact', 'resolution', 'answer', 'reassessment'] as const;
export type ServiceGoalKind = (typeof GOALS)[number];

export interface GoalPractice extends ShownShare {
  goal: ServiceGoalKind;
  /** The goal in working days; null where the law sets it (re-assessment: 4 weeks from receipt). */
  goalDays: number | null;
  /** Median working days actually taken; null when too few or not measured. */
  medianDays: number | null;
  measured: boolean;
}

export interface AreaGoals {
  areaId: string;
  name: string;
  goals: GoalPractice[];
}

export interface ServiceGoals {
  kommuneId: string;
  from: IsoDate;
  to: IsoDate;
  asOf: IsoDate | null;
  areas: AreaGoals[];
}

/** The last 12 months: the current month and the 11 before it, to the day the rollups are settled as of. */
export function lastTwelveMonths(asOf: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: addCalendarMonths(monthOf(asOf), -11), to: asOf };
}

const SETTLED: Record<Goal, [keyof Counts, keyof Counts]> = {
  first_contact: ['firstContactSettled', 'firstContactOnTime'],
  resolution: ['resolutionSettled', 'resolutionOnTime'],
  answer: ['answerSettled', 'answerOnTime'],
  reassessment: ['reassessmentSettled', 'reassessmentOnTime'],
};

export async function serviceGoals(ctx: AppContext, kommuneId: string): Promise<ServiceGoals> {
  const asOf = await rollupAsOf(ctx, kommuneId);
  const period = lastTwelveMonths(asOf ?? localDate(ctx.now()));
  const scope = { kommuneId, ...period };
  const [areas, counts, durations] = await Promise.all([
    areasWithGoals(ctx, kommuneId, true),
    countsByArea(ctx, scope),
    durationsByArea(ctx, scope),
  ]);
  const countsOf = new Map(counts.map((c) => [c.areaId, c]));
  const binsOf = (areaId: string, goal: Goal): Bin[] =>
    durations.filter((d) => d.areaId === areaId && d.goal === goal);
  return {
    kommuneId,
    ...period,
    asOf,
    areas: areas.map((a) => {
      const c = countsOf.get(a.id);
      const measuredGoal = (goal: Goal, goalDays: number | null): GoalPractice => {
        const [settled, onTime] = SETTLED[goal];
        const shown = shownShare(c?.[onTime] ?? 0, c?.[settled] ?? 0);
        return {
          goal,
          goalDays,
          ...shown,
          medianDays: shown.tooFew ? null : medianOfHistogram(binsOf(a.id, goal)),
          measured: true,
        };
      };
      return {
        areaId: a.id,
        name: a.name,
        goals: [
          measuredGoal('first_contact', a.firstContactDays),
          measuredGoal('resolution', a.resolutionDays),
          measuredGoal('answer', a.answerDays),
          measuredGoal('reassessment', null),
        ],
      };
    }),
  };
}
