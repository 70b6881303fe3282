// The training register: courses (forløb) and their sessions (kick-off, training days, evaluation days,
// introductions), participants and attendance, buddy pairs, personal action plans with follow-up dates, each
// department's method start (set in the administration, read here and by the effect dashboard), coverage per
// department, and new staff not introduced in time — flagged once to their lead. The SQL is in queries.ts.
import { type IsoDate, localDate } from '../../core/calendar.js';
import {
  CITIZEN_CONTACT_ROLES,
  coverage,
  DEFAULT_INTRODUCTION_WEEKS,
  introductionDue,
  overdueIntroductions,
  type SessionKind,
  type StaffMember,
  TRAINING_KINDS,
} from '../../core/training.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, forbidden, notFound } from '../../platform/errors.js';
import { type Actor, can } from '../../platform/policies.js';
import { enqueue } from '../messaging/index.js';
import * as q from './queries.js';
import type { KeepableStaff, TrainingOverview } from './shapes.js';

type Run = AppContext['dbh']['sql'];
const sqlOf = (ctx: AppContext): Run => ctx.dbh.sql.bind(ctx.dbh);

export interface MethodStart {
  departmentId: string;
  name: string;
  /** The day the department started with the method, or null when it has not. */
  methodStartedOn: IsoDate | null;
}

/** Each department's start with the method (departments.method_started_on), by name. */
export async function methodStartDates(ctx: AppContext, kommuneId: string): Promise<MethodStart[]> {
  return q.methodStarts(sqlOf(ctx), kommuneId);
}

async function staffOf(
  ctx: AppContext,
  kommuneId: string,
): Promise<(StaffMember & { name: string; email: string })[]> {
  const rows = await q.staffWithTraining(sqlOf(ctx), kommuneId, TRAINING_KINDS, CITIZEN_CONTACT_ROLES);
  return rows.map((r) => ({ ...r, trainedOn: r.trainedOn ?? [] }));
}

/** Staff with citizen contact on the day, and how many of them were trained by then (one department or all). */
export async function coverageAt(
  ctx: AppContext,
  kommuneId: string,
  on: IsoDate,
  departmentId: string | null,
): Promise<{ staff: number; trained: number }> {
  const per = coverage(await staffOf(ctx, kommuneId), on).filter(
    (c) => departmentId === null || c.departmentId === departmentId,
  );
  return {
    staff: per.reduce((n, c) => n + c.staff, 0),
    trained: per.reduce((n, c) => n + c.trained, 0),
  };
}

async function introductionWeeks(ctx: AppContext, kommuneId: string): Promise<number> {
  return (await q.introductionWeeksOf(sqlOf(ctx), kommuneId)) ?? DEFAULT_INTRODUCTION_WEEKS;
}

export type { KeepableStaff, TrainingOverview };

export async function trainingOverview(ctx: AppContext, actor: Actor): Promise<TrainingOverview> {
  if (!can(actor, 'training.read')) throw forbidden();
  const k = actor.kommuneId;
  const sql = sqlOf(ctx);
  const today = localDate(ctx.now());
  const [weeks, starts, staff, active, courses, sessions, participants, pairs, plans] = await Promise.all([
    introductionWeeks(ctx, k),
    methodStartDates(ctx, k),
    staffOf(ctx, k),
    q.activeStaffOf(sql, k),
    q.coursesOf(sql, k),
    q.sessionsOf(sql, k),
    q.participantsOf(sql, k),
    q.buddyPairsOf(sql, k),
    q.actionPlansOf(sql, k),
  ]);
  const per = new Map(coverage(staff, today).map((c) => [c.departmentId, c]));
  const startOf = new Map(starts.map((s) => [s.departmentId, s.methodStartedOn]));
  const keeps = (departmentId: string | null) => keepsFor(actor, departmentId);
  return {
    introductionWeeks: weeks,
    keeps: {
      kommune: keeps(null),
      departmentId: actor.departmentId !== null && keeps(actor.departmentId) ? actor.departmentId : null,
    },
    staff: active
      .filter((u) => keeps(u.departmentId))
      .map((u) => {
        const m = staff.find((x) => x.userId === u.id);
        return { ...u, trained: m ? m.trainedOn.length > 0 : false };
      }),
    departments: starts.map((d) => {
      const c = per.get(d.departmentId);
      return { ...d, coverage: { staff: c?.staff ?? 0, trained: c?.trained ?? 0, share: c?.share ?? null } };
    }),
    courses: courses.map((c) => ({
      ...c,
      manageable: keeps(c.departmentId),
      // In the order they are held.
      sessions: sessions
        .filter((s) => s.courseId === c.id)
        .map((s) => ({
          id: s.id,
          kind: s.kind,
          title: s.title,
          heldOn: s.heldOn,
          departmentId: s.departmentId,
          participants: participants
            .filter((p) => p.sessionId === s.id)
            .map((p) => ({ userId: p.userId, name: p.name, attended: p.attended })),
          manageable: keeps(s.departmentId),
        })),
    })),
    buddyPairs: pairs.map((p) => ({
      id: p.id,
      a: { id: p.aId, name: p.aName },
      b: { id: p.bId, name: p.bName },
      manageable: keeps(p.aDepartmentId) && keeps(p.bDepartmentId),
    })),
    actionPlans: plans.map((p) => ({
      id: p.id,
      user: { id: p.userId, name: p.name },
      goal: p.goal,
      followUpOn: p.followUpOn,
      followedUp: p.followedUp,
      manageable: keeps(p.departmentId),
    })),
    notIntroduced: overdueIntroductions(staff, today, weeks, (d) =>
      d ? (startOf.get(d) ?? null) : null,
    ).map((s) => ({
      userId: s.userId,
      name: s.name,
      departmentId: s.departmentId,
      startedOn: s.startedOn,
      dueOn: introductionDue(s.startedOn, weeks),
    })),
  };
}

/** The actor keeps this part of the register: a team lead their own department's, the administrator all. */
const keepsFor = (actor: Actor, departmentId: string | null): boolean =>
  can(actor, 'training.keep', { kommuneId: actor.kommuneId, departmentId });

function keeper(actor: Actor, departmentId: string | null): void {
  if (!can(actor, 'training.manage') || !keepsFor(actor, departmentId)) throw forbidden();
}

/**
 * Refuses (400 on the field) users who are not active staff of the actor's kommune, and staff of a department
 * the actor does not keep: a team lead registers their own department's staff only.
 */
async function ownStaff(ctx: AppContext, actor: Actor, ids: readonly string[], field: string): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const rows = await q.staffDepartments(sqlOf(ctx), actor.kommuneId, unique);
  if (rows.length !== unique.length)
    throw badRequest('learning.error.staff', { [field]: 'learning.error.staff' });
  if (rows.some((r) => !keepsFor(actor, r.departmentId)))
    throw badRequest('learning.error.otherDepartment', { [field]: 'learning.error.otherDepartment' });
}

async function ownDepartment(
  ctx: AppContext,
  kommuneId: string,
  id: string | null | undefined,
): Promise<void> {
  if (id && !(await q.departmentExists(sqlOf(ctx), kommuneId, id)))
    throw badRequest('learning.error.department', { departmentId: 'learning.error.department' });
}

/** A course (forløb) for a department, or — by the administrator — for the whole kommune. */
export async function createCourse(
  ctx: AppContext,
  actor: Actor,
  input: { title: string; departmentId?: string | null; description?: string },
): Promise<{ id: string }> {
  if (!can(actor, 'training.manage')) throw forbidden();
  await ownDepartment(ctx, actor.kommuneId, input.departmentId);
  keeper(actor, input.departmentId ?? null);
  const id = await q.insertCourse(sqlOf(ctx), {
    kommuneId: actor.kommuneId,
    departmentId: input.departmentId ?? null,
    title: input.title.trim(),
    description: (input.description ?? '').trim(),
    createdBy: actor.userId,
    at: ctx.now(),
  });
  return { id };
}

/** Deletes a course with its sessions, their participants and attendance (pairs and plans stay). */
export async function deleteCourse(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (!can(actor, 'training.manage')) throw forbidden();
  const course = await q.courseDepartment(sqlOf(ctx), actor.kommuneId, id);
  if (!course) throw notFound('learning.error.courseNotFound');
  keeper(actor, course.departmentId);
  await q.deleteCourseRow(sqlOf(ctx), actor.kommuneId, id);
}

async function sessionDepartment(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
): Promise<{ departmentId: string | null }> {
  const session = await q.sessionDepartment(sqlOf(ctx), actor.kommuneId, sessionId);
  if (!session) throw notFound('learning.error.sessionNotFound');
  return session;
}

/** A session of a course the actor keeps; it belongs to the course's department. */
export async function createSession(
  ctx: AppContext,
  actor: Actor,
  input: { courseId: string; kind: SessionKind; title: string; heldOn: IsoDate },
): Promise<{ id: string }> {
  if (!can(actor, 'training.manage')) throw forbidden();
  const course = await q.courseDepartment(sqlOf(ctx), actor.kommuneId, input.courseId);
  if (!course) throw badRequest('learning.error.course', { courseId: 'learning.error.course' });
  keeper(actor, course.departmentId);
  const id = await q.insertSession(sqlOf(ctx), {
    kommuneId: actor.kommuneId,
    courseId: input.courseId,
    kind: input.kind,
    title: input.title.trim(),
    heldOn: input.heldOn,
    createdBy: actor.userId,
    at: ctx.now(),
  });
  return { id };
}

/** Sets the session's participants and their attendance (the whole list; those left out are removed). */
export async function setParticipants(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
  participants: readonly { userId: string; attended: boolean | null }[],
): Promise<void> {
  if (!can(actor, 'training.manage')) throw forbidden();
  keeper(actor, (await sessionDepartment(ctx, actor, sessionId)).departmentId);
  await ownStaff(
    ctx,
    actor,
    participants.map((p) => p.userId),
    'participants',
  );
  await ctx.dbh.transaction((sql) => q.replaceParticipants(sql, actor.kommuneId, sessionId, participants));
}

export async function createBuddyPair(
  ctx: AppContext,
  actor: Actor,
  input: { userA: string; userB: string },
): Promise<{ id: string }> {
  if (!can(actor, 'training.manage')) throw forbidden();
  if (input.userA === input.userB) throw badRequest('learning.error.pair', { userB: 'learning.error.pair' });
  await ownStaff(ctx, actor, [input.userA, input.userB], 'userB');
  return { id: await q.insertBuddyPair(sqlOf(ctx), actor.kommuneId, input.userA, input.userB, ctx.now()) };
}

export async function createActionPlan(
  ctx: AppContext,
  actor: Actor,
  input: { userId: string; goal: string; followUpOn: IsoDate },
): Promise<{ id: string }> {
  if (!can(actor, 'training.manage')) throw forbidden();
  await ownStaff(ctx, actor, [input.userId], 'userId');
  if (input.followUpOn < localDate(ctx.now()))
    throw badRequest('learning.error.followUpOn', { followUpOn: 'learning.error.followUpOn' });
  const id = await q.insertActionPlan(sqlOf(ctx), {
    kommuneId: actor.kommuneId,
    userId: input.userId,
    goal: input.goal.trim(),
    followUpOn: input.followUpOn,
    at: ctx.now(),
  });
  return { id };
}

/** Deletes a session with its participants and attendance (pairs and plans made at it stay). */
export async function deleteSession(ctx: AppContext, actor: Actor, sessionId: string): Promise<void> {
  if (!can(actor, 'training.manage')) throw forbidden();
  keeper(actor, (await sessionDepartment(ctx, actor, sessionId)).departmentId);
  await q.deleteSessionRow(sqlOf(ctx), actor.kommuneId, sessionId);
}

/** Ends a buddy pair; the actor must keep both colleagues' departments. */
export async function deleteBuddyPair(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (!can(actor, 'training.manage')) throw forbidden();
  const pair = await q.pairDepartments(sqlOf(ctx), actor.kommuneId, id);
  if (!pair) throw notFound('learning.error.pairNotFound');
  keeper(actor, pair.a);
  keeper(actor, pair.b);
  await q.deleteBuddyPairRow(sqlOf(ctx), actor.kommuneId, id);
}

/** An action plan the actor may keep (its holder's department is theirs), or a refusal. */
async function keptPlan(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (!can(actor, 'training.manage')) throw forbidden();
  const plan = await q.planDepartment(sqlOf(ctx), actor.kommuneId, id);
  if (!plan) throw notFound('learning.error.planNotFound');
  keeper(actor, plan.departmentId);
}

/** Deletes an action plan; the actor must keep its holder's department. */
export async function deleteActionPlan(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await keptPlan(ctx, actor, id);
  await q.deleteActionPlanRow(sqlOf(ctx), actor.kommuneId, id);
}

/** Records that an action plan was followed up (today); its reminder is then no longer due. */
export async function followUpActionPlan(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await keptPlan(ctx, actor, id);
  await q.markFollowedUp(sqlOf(ctx), actor.kommuneId, id, ctx.now());
}

/** The introduction weeks are the kommune's: kept kommune-wide (the administrator). */
export async function setIntroductionWeeks(ctx: AppContext, actor: Actor, weeks: number): Promise<void> {
  keeper(actor, null);
  await q.upsertIntroductionWeeks(sqlOf(ctx), actor.kommuneId, weeks);
}

/**
 * Flags each new staff member not introduced in time to their lead (the department's team leads), once; and
 * reminds the holder of each action plan due for follow-up within a day, once. Returns what was sent.
 */
export async function trainingReminders(ctx: AppContext): Promise<{ flagged: number; reminded: number }> {
  const today = localDate(ctx.now());
  let flagged = 0;
  for (const kommuneId of await q.allKommuneIds(sqlOf(ctx))) {
    const [weeks, starts, staff] = await Promise.all([
      introductionWeeks(ctx, kommuneId),
      methodStartDates(ctx, kommuneId),
      staffOf(ctx, kommuneId),
    ]);
    const startOf = new Map(starts.map((s) => [s.departmentId, s.methodStartedOn]));
    for (const s of overdueIntroductions(staff, today, weeks, (d) => (d ? (startOf.get(d) ?? null) : null))) {
      const leads = staff.filter(
        (l) => l.role === 'team_lead' && l.active && l.departmentId === s.departmentId,
      );
      await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
        const claimed = await q.claimIntroductionFlag(sql, {
          userId: s.userId,
          kommuneId,
          leadId: leads[0]?.userId ?? null,
          at: ctx.now(),
        });
        if (!claimed) return;
        for (const lead of leads)
          await enqueue(db, {
            kommuneId,
            channel: 'mail',
            recipient: lead.email,
            template: 'learning.training.introduction.overdue',
            params: { leadName: lead.name, staffName: s.name, weeks: String(weeks) },
          });
        flagged++;
      });
    }
  }
  let reminded = 0;
  for (const id of await q.actionPlansDueForReminder(sqlOf(ctx), today))
    await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
      const p = await q.claimActionPlanReminder(sql, id, ctx.now());
      if (!p) return;
      await enqueue(db, {
        kommuneId: p.kommuneId,
        channel: 'mail',
        recipient: p.email,
        template: 'learning.training.followup',
        params: { staffName: p.name, dueOn: p.dueOn },
      });
      reminded++;
    });
  return { flagged, reminded };
}
