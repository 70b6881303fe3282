// The employee pulse (medarbejderpuls): a short anonymous monthly survey to staff with citizen contact. The
// answer is stored without the user — only department, team and month — and that the user has answered this
// month is a separate row, so answering twice is refused without linking anyone to an answer. Results are shown
// only for the groups `releasedPulseCells` allows, decided on the whole kommune whatever the filter.
import { localDate } from '../../core/calendar.js';
import {
  type IsoMonth,
  monthOf,
  PULSE_QUESTIONS,
  type PulseCell,
  type PulseGroup,
  type PulseQuestion,
  releasedPulseCells,
  tallyMeans,
} from '../../core/surveys.js';
import type { AppContext } from '../../platform/context.js';
import { conflict, forbidden } from '../../platform/errors.js';
import type { Actor } from '../../platform/policies.js';
import * as q from './queries.js';

export const currentMonth = (ctx: AppContext): IsoMonth => monthOf(localDate(ctx.now()));

export async function pulseStatus(ctx: AppContext, actor: Actor) {
  const month = currentMonth(ctx);
  return { month, answered: await q.hasAnsweredPulse(ctx.dbh.sql.bind(ctx.dbh), actor.userId, month) };
}

export type PulseInput = Record<PulseQuestion, number>;

export async function answerPulse(
  ctx: AppContext,
  actor: Actor,
  input: PulseInput,
): Promise<{ month: IsoMonth }> {
  if (!actor.departmentId) throw forbidden();
  const month = currentMonth(ctx);
  await ctx.dbh.transaction(async (sql) => {
    const first = await q.insertParticipation(sql, actor.kommuneId, actor.userId, month);
    if (first.length === 0) throw conflict('answered', 'surveys.pulse.error.answered');
    await q.insertPulseAnswer(sql, {
      kommuneId: actor.kommuneId,
      departmentId: actor.departmentId!,
      teamId: actor.teamId,
      month,
      wellbeing: input.wellbeing,
      equipped: input.equipped,
      workload: input.workload,
    });
  });
  return { month };
}

export interface PulseResult {
  level: PulseCell['level'];
  month: IsoMonth;
  departmentId: string | null;
  teamId: string | null;
  answers: number;
  questions: Record<PulseQuestion, { mean: number; agreeing: number }>;
}

/** The groups of the kommune that may be shown in the months (decided on all of its answers). */
export async function releasedPulse(
  ctx: AppContext,
  kommuneId: string,
  from: IsoMonth,
  to: IsoMonth,
): Promise<PulseCell[]> {
  const rows = await q.pulseGroups(ctx.dbh.sql.bind(ctx.dbh), kommuneId, from, to);
  const groups: PulseGroup[] = rows.map((r) => ({
    month: r.month,
    departmentId: r.department_id,
    teamId: r.team_id,
    tally: {
      n: r.n,
      sum: { wellbeing: r.wellbeing_sum, equipped: r.equipped_sum, workload: r.workload_sum },
      agreeing: { wellbeing: r.wellbeing_agree, equipped: r.equipped_agree, workload: r.workload_agree },
    },
  }));
  return releasedPulseCells(groups);
}

export interface PulseFilter {
  from: IsoMonth;
  to: IsoMonth;
  departmentId?: string;
  teamId?: string;
}

/**
 * The results a user may see: a team lead their own department's cells (and the kommune's), an analyst all.
 * Filters only pick among the released cells; they never change which cells are released.
 */
export async function pulseResults(ctx: AppContext, actor: Actor, f: PulseFilter): Promise<PulseResult[]> {
  const cells = await releasedPulse(ctx, actor.kommuneId, f.from, f.to);
  const ownOnly = actor.role === 'team_lead';
  return cells
    .filter((c) => !ownOnly || c.level === 'kommune' || c.departmentId === actor.departmentId)
    .filter((c) => !f.departmentId || c.departmentId === f.departmentId)
    .filter((c) => !f.teamId || c.teamId === f.teamId)
    .map((c) => ({
      level: c.level,
      month: c.month,
      departmentId: c.departmentId,
      teamId: c.teamId,
      answers: c.tally.n,
      questions: tallyMeans(c.tally),
    }));
}

/** The departments and teams a user may filter the pulse by: a team lead's own, an analyst's kommune's. */
export async function pulseGroupNames(ctx: AppContext, actor: Actor) {
  const rows = await q.orgUnits(ctx.dbh.sql.bind(ctx.dbh), actor.kommuneId);
  const own = (departmentId: string) => actor.role !== 'team_lead' || departmentId === actor.departmentId;
  return {
    departments: rows
      .filter((r) => r.kind === 'department' && own(r.id))
      .map((r) => ({ id: r.id, name: r.name })),
    teams: rows
      .filter((r) => r.kind === 'team' && r.department_id !== null && own(r.department_id))
      .map((r) => ({ id: r.id, name: r.name, departmentId: r.department_id! })),
  };
}

export { PULSE_QUESTIONS };
