// The training register: sessions (kick-off, training days, evaluation days, introductions), participants and
// attendance, buddy pairs, personal action plans with follow-up dates, each department's method start (set in
// the administration, read here and by the effect dashboard), coverage per department, and new staff not
// introduced in time — flagged once to their lead.
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
  return sqlOf(ctx)<MethodStart>(
    `SELECT id AS "departmentId", name, to_char(method_started_on, 'YYYY-MM-DD') AS "methodStartedOn"
       FROM departments WHERE kommune_id = $1 ORDER BY name, id`,
    [kommuneId],
  );
}

interface StaffRow {
  userId: string;
  name: string;
  email: string;
  departmentId: string | null;
  role: string;
  active: boolean;
  startedOn: string;
  trainedOn: string[] | null;
}

async function staffOf(
  ctx: AppContext,
  kommuneId: string,
): Promise<(StaffMember & { name: string; email: string })[]> {
  const rows = await sqlOf(ctx)<StaffRow>(
    `SELECT u.id AS "userId", u.name, u.email, u.department_id AS "departmentId", u.role, u.active,
            to_char(u.created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS "startedOn",
            ARRAY(SELECT to_char(s.held_on, 'YYYY-MM-DD') FROM training_participants p
                    JOIN training_sessions s ON s.id = p.session_id
                   WHERE p.user_id = u.id AND p.attended AND s.kind = ANY($2::text[])) AS "trainedOn"
       FROM users u
      WHERE u.kommune_id = $1 AND u.role = ANY($3::text[])`,
    [kommuneId, TRAINING_KINDS, CITIZEN_CONTACT_ROLES],
  );
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
  const [row] = await sqlOf(ctx)<{ weeks: number }>(
    'SELECT introduction_weeks AS weeks FROM training_settings WHERE kommune_id = $1',
    [kommuneId],
  );
  return row?.weeks ?? DEFAULT_INTRODUCTION_WEEKS;
}

export type { KeepableStaff, TrainingOverview };

export async function trainingOverview(ctx: AppContext, actor: Actor): Promise<TrainingOverview> {
  if (!can(actor, 'training.read')) throw forbidden();
  const k = actor.kommuneId;
  const sql = sqlOf(ctx);
  const today = localDate(ctx.now());
  const [weeks, starts, staff, sessions, participants, pairs, plans] = await Promise.all([
    introductionWeeks(ctx, k),
    methodStartDates(ctx, k),
    staffOf(ctx, k),
    sql<{ id: string; kind: string; title: string; heldOn: string; departmentId: string | null }>(
      `SELECT id, kind, title, to_char(held_on, 'YYYY-MM-DD') AS "heldOn", department_id AS "departmentId"
         FROM training_sessions WHERE kommune_id = $1 ORDER BY held_on DESC, id LIMIT 200`,
      [k],
    ),
    sql<{ sessionId: string; userId: string; name: string; attended: boolean | null }>(
      `SELECT p.session_id AS "sessionId", p.user_id AS "userId", u.name, p.attended
         FROM training_participants p JOIN users u ON u.id = p.user_id
        WHERE p.kommune_id = $1 ORDER BY u.name`,
      [k],
    ),
    sql<{
      id: string;
      aId: string;
      aName: string;
      aDepartmentId: string | null;
      bId: string;
      bName: string;
      bDepartmentId: string | null;
    }>(
      `SELECT b.id, a.id AS "aId", a.name AS "aName", a.department_id AS "aDepartmentId",
              c.id AS "bId", c.name AS "bName", c.department_id AS "bDepartmentId"
         FROM buddy_pairs b JOIN users a ON a.id = b.user_a JOIN users c ON c.id = b.user_b
        WHERE b.kommune_id = $1 ORDER BY b.created_at DESC`,
      [k],
    ),
    sql<{
      id: string;
      userId: string;
      name: string;
      departmentId: string | null;
      goal: string;
      followUpOn: string;
      followedUp: boolean;
    }>(
      `SELECT p.id, p.user_id AS "userId", u.name, u.department_id AS "departmentId", p.goal, to_char(p.follow_up_on, 'YYYY-MM-DD') AS "followUpOn",
              p.followed_up_at IS NOT NULL AS "followedUp"
         FROM action_plans p JOIN users u ON u.id = p.user_id
        WHERE p.kommune_id = $1 ORDER BY p.follow_up_on, p.id LIMIT 500`,
      [k],
    ),
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
    staff: (await activeStaff(ctx, k))
      .filter((u) => keeps(u.departmentId))
      .map((u) => {
        const m = staff.find((x) => x.userId === u.id);
        return { ...u, trained: m ? m.trainedOn.length > 0 : false };
      }),
    departments: starts.map((d) => {
      const c = per.get(d.departmentId);
      return { ...d, coverage: { staff: c?.staff ?? 0, trained: c?.trained ?? 0, share: c?.share ?? null } };
    }),
    sessions: sessions.map((s) => ({
      ...s,
      participants: participants
        .filter((p) => p.sessionId === s.id)
        .map((p) => ({ userId: p.userId, name: p.name, attended: p.attended })),
      manageable: keeps(s.departmentId),
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

/** Active staff of the kommune (anyone but citizens), by name. */
async function activeStaff(ctx: AppContext, kommuneId: string): Promise<Omit<KeepableStaff, 'trained'>[]> {
  return sqlOf(ctx)(
    `SELECT id, name, department_id AS "departmentId",
            to_char(created_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM-DD') AS "startedOn"
       FROM users WHERE kommune_id = $1 AND active AND role <> 'citizen' ORDER BY name, id`,
    [kommuneId],
  );
}

/**
 * Refuses (400 on the field) users who are not active staff of the actor's kommune, and (403) staff of a
 * department the actor does not keep: a team lead registers their own department's staff only.
 */
async function ownStaff(ctx: AppContext, actor: Actor, ids: readonly string[], field: string): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const rows = await sqlOf(ctx)<{ id: string; departmentId: string | null }>(
    `SELECT id, department_id AS "departmentId" FROM users
      WHERE kommune_id = $1 AND active AND role <> 'citizen' AND id = ANY($2::uuid[])`,
    [actor.kommuneId, unique],
  );
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
  if (!id) return;
  const rows = await sqlOf(ctx)('SELECT 1 FROM departments WHERE kommune_id = $1 AND id = $2', [
    kommuneId,
    id,
  ]);
  if (rows.length === 0)
    throw badRequest('learning.error.department', { departmentId: 'learning.error.department' });
}

async function sessionDepartment(
  ctx: AppContext,
  actor: Actor,
  sessionId: string,
): Promise<{ departmentId: string | null }> {
  const [session] = await sqlOf(ctx)<{ departmentId: string | null }>(
    'SELECT department_id AS "departmentId" FROM training_sessions WHERE kommune_id = $1 AND id = $2',
    [actor.kommuneId, sessionId],
  );
  if (!session) throw notFound('learning.error.sessionNotFound');
  return session;
}

export async function createSession(
  ctx: AppContext,
  actor: Actor,
  input: { kind: SessionKind; title: string; heldOn: IsoDate; departmentId?: string | null },
): Promise<{ id: string }> {
  if (!can(actor, 'training.manage')) throw forbidden();
  await ownDepartment(ctx, actor.kommuneId, input.departmentId);
  keeper(actor, input.departmentId ?? null);
  const [row] = await sqlOf(ctx)<{ id: string }>(
    `INSERT INTO training_sessions (kommune_id, department_id, kind, title, held_on, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      actor.kommuneId,
      input.departmentId ?? null,
      input.kind,
      input.title.trim(),
      input.heldOn,
      actor.userId,
      ctx.now(),
    ],
  );
  return row!;
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
  await ctx.dbh.transaction(async (sql) => {
    await sql('DELETE FROM training_participants WHERE session_id = $1', [sessionId]);
    for (const p of participants)
      await sql(
        `INSERT INTO training_participants (session_id, user_id, kommune_id, attended) VALUES ($1, $2, $3, $4)
         ON CONFLICT (session_id, user_id) DO UPDATE SET attended = excluded.attended`,
        [sessionId, p.userId, actor.kommuneId, p.attended],
      );
  });
}

export async function createBuddyPair(
  ctx: AppContext,
  actor: Actor,
  input: { userA: string; userB: string },
): Promise<{ id: string }> {
  if (!can(actor, 'training.manage')) throw forbidden();
  if (input.userA === input.userB) throw badRequest('learning.error.pair', { userB: 'learning.error.pair' });
  await ownStaff(ctx, actor, [input.userA, input.userB], 'userB');
  const [row] = await sqlOf(ctx)<{ id: string }>(
    'INSERT INTO buddy_pairs (kommune_id, user_a, user_b, created_at) VALUES ($1, $2, $3, $4) RETURNING id',
    [actor.kommuneId, input.userA, input.userB, ctx.now()],
  );
  return row!;
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
  const [row] = await sqlOf(ctx)<{ id: string }>(
    `INSERT INTO action_plans (kommune_id, user_id, goal, follow_up_on, created_at)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [actor.kommuneId, input.userId, input.goal.trim(), input.followUpOn, ctx.now()],
  );
  return row!;
}

/** Deletes a session with its participants and attendance (pairs and plans made at it stay). */
export async function deleteSession(ctx: AppContext, actor: Actor, sessionId: string): Promise<void> {
  if (!can(actor, 'training.manage')) throw forbidden();
  keeper(actor, (await sessionDepartment(ctx, actor, sessionId)).departmentId);
  await sqlOf(ctx)('DELETE FROM training_sessions WHERE kommune_id = $1 AND id = $2', [
    actor.kommuneId,
    sessionId,
  ]);
}

/** Ends a buddy pair; the actor must keep both colleagues' departments. */
export async function deleteBuddyPair(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (!can(actor, 'training.manage')) throw forbidden();
  const [pair] = await sqlOf(ctx)<{ a: string | null; b: string | null }>(
    `SELECT a.department_id AS a, c.department_id AS b
       FROM buddy_pairs p JOIN users a ON a.id = p.user_a JOIN users c ON c.id = p.user_b
      WHERE p.kommune_id = $1 AND p.id = $2`,
    [actor.kommuneId, id],
  );
  if (!pair) throw notFound('learning.error.pairNotFound');
  keeper(actor, pair.a);
  keeper(actor, pair.b);
  await sqlOf(ctx)('DELETE FROM buddy_pairs WHERE kommune_id = $1 AND id = $2', [actor.kommuneId, id]);
}

/** An action plan the actor may keep (its holder's department is theirs), or a refusal. */
async function keptPlan(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  if (!can(actor, 'training.manage')) throw forbidden();
  const [plan] = await sqlOf(ctx)<{ departmentId: string | null }>(
    `SELECT u.department_id AS "departmentId" FROM action_plans p JOIN users u ON u.id = p.user_id
      WHERE p.kommune_id = $1 AND p.id = $2`,
    [actor.kommuneId, id],
  );
  if (!plan) throw notFound('learning.error.planNotFound');
  keeper(actor, plan.departmentId);
}

/** Deletes an action plan; the actor must keep its holder's department. */
export async function deleteActionPlan(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await keptPlan(ctx, actor, id);
  await sqlOf(ctx)('DELETE FROM action_plans WHERE kommune_id = $1 AND id = $2', [actor.kommuneId, id]);
}

/** Records that an action plan was followed up (today); its reminder is then no longer due. */
export async function followUpActionPlan(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await keptPlan(ctx, actor, id);
  await sqlOf(ctx)(
    'UPDATE action_plans SET followed_up_at = coalesce(followed_up_at, $3) WHERE kommune_id = $1 AND id = $2',
    [actor.kommuneId, id, ctx.now()],
  );
}

/** The introduction weeks are the kommune's: kept kommune-wide (the administrator). */
export async function setIntroductionWeeks(ctx: AppContext, actor: Actor, weeks: number): Promise<void> {
  keeper(actor, null);
  await sqlOf(ctx)(
    `INSERT INTO training_settings (kommune_id, introduction_weeks) VALUES ($1, $2)
     ON CONFLICT (kommune_id) DO UPDATE SET introduction_weeks = excluded.introduction_weeks`,
    [actor.kommuneId, weeks],
  );
}

/**
 * Flags each new staff member not introduced in time to their lead (the department's team leads), once; and
 * reminds the holder of each action plan due for follow-up within a day, once. Returns what was sent.
 */
export async function trainingReminders(ctx: AppContext): Promise<{ flagged: number; reminded: number }> {
  const today = localDate(ctx.now());
  let flagged = 0;
  const kommuner = await sqlOf(ctx)<{ kommuneId: string }>('SELECT kommune_id AS "kommuneId" FROM kommuner');
  for (const { kommuneId } of kommuner) {
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
        const claimed = await sql(
          `INSERT INTO introduction_flags (user_id, kommune_id, lead_id, flagged_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (user_id) DO NOTHING RETURNING user_id`,
          [s.userId, kommuneId, leads[0]?.userId ?? null, ctx.now()],
        );
        if (claimed.length === 0) return;
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
  const due = await sqlOf(ctx)<{ id: string }>(
    `SELECT id FROM action_plans WHERE followed_up_at IS NULL AND reminded_at IS NULL AND follow_up_on <= $1::date + 1`,
    [today],
  );
  for (const { id } of due)
    await ctx.dbh.transactionWithDb(async ({ db, sql }) => {
      const [p] = await sql<{ kommuneId: string; email: string; name: string; dueOn: string }>(
        `UPDATE action_plans a SET reminded_at = $2 FROM users u
          WHERE a.id = $1 AND a.reminded_at IS NULL AND u.id = a.user_id
          RETURNING a.kommune_id AS "kommuneId", u.email, u.name, to_char(a.follow_up_on, 'YYYY-MM-DD') AS "dueOn"`,
        [id, ctx.now()],
      );
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
