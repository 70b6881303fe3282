// JSON API of the case's moves: through the workflow (transitions) and to another caseworker or team
// (reassign, the team lead's call), and the team lead's overview. Thin: validate, check the policy, call the
// module.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { CASE_STATES } from '../../core/workflow.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { caseToWork } from './case-ref.js';
import { reassign, teamWorkload } from './team.js';
import { moveCase } from './transitions.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const CaseParams = Type.Object({ caseNumber: Type.String({ pattern: '^[0-9]{3}-[0-9]{4}-[0-9]{6,}$' }) });
const Uuid = Type.String({ format: 'uuid' });
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function workApi(app: App, ctx: AppContext): void {
  const work = async (req: FastifyRequest) => {
    const user = requireUser(req);
    return { user, c: await caseToWork(ctx, user, (req.params as { caseNumber: string }).caseNumber) };
  };

  app.post(
    '/api/v1/cases/:caseNumber/transitions',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'Move the case through the workflow; an illegal move is refused with 409',
        security,
        params: CaseParams,
        // Only the move and its reason: the moves that carry a result (re-assessment, the appeals body's
        // decision) are the formal track's, and this path refuses them whatever the body says.
        body: Type.Object({
          to: literals(CASE_STATES),
          reason: Type.Optional(Type.String({ maxLength: 4000 })),
        }),
        response: { 200: Type.Object({ caseNumber: Type.String(), state: Type.String() }), ...errors },
      },
    },
    async (req) => {
      const { user, c } = await work(req);
      const { to, reason } = req.body;
      const moved = await moveCase(ctx, c, {
        to,
        ...(reason === undefined ? {} : { reason }),
        trigger: 'outcome',
        at: ctx.now(),
        actorId: user.userId,
      });
      return { caseNumber: moved.number, state: moved.state };
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/reassign',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'Reassign the case to another caseworker and/or team of the department (team lead)',
        security,
        params: CaseParams,
        body: Type.Object({
          assigneeId: Type.Optional(Type.Union([Uuid, Type.Null()])),
          teamId: Type.Optional(Type.Union([Uuid, Type.Null()])),
        }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      const { user, c } = await work(req);
      if (!can(user, 'case.reassign', c)) throw forbidden();
      await reassign(ctx, user.userId, c, req.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/team/overview',
    {
      schema: {
        tags: ['dialogue'],
        summary:
          "The team lead's view: workload per caseworker and team (with the cases of neither), overdue first contacts",
        security,
        response: {
          200: Type.Object({
            caseworkers: Type.Array(
              Type.Object({
                id: Type.String(),
                name: Type.String(),
                teamId: Type.Union([Type.String(), Type.Null()]),
                open: Type.Integer(),
                overdueFirstContact: Type.Integer(),
                dueToday: Type.Integer(),
              }),
            ),
            teams: Type.Array(
              Type.Object({
                id: Type.String(),
                name: Type.String(),
                open: Type.Integer(),
                unassigned: Type.Integer(),
                overdueFirstContact: Type.Integer(),
              }),
            ),
            withoutTeam: Type.Object(
              {
                open: Type.Integer(),
                unassigned: Type.Integer(),
                overdueFirstContact: Type.Integer(),
              },
              { description: 'Cases with no team of the department, so the team rows add up to the total' },
            ),
            withoutCaseworker: Type.Object(
              { open: Type.Integer(), overdueFirstContact: Type.Integer(), dueToday: Type.Integer() },
              { description: 'Cases with no caseworker, or one no longer active in the department' },
            ),
            total: Type.Object(
              {
                open: Type.Integer(),
                unassigned: Type.Integer(),
                overdueFirstContact: Type.Integer(),
                dueToday: Type.Integer(),
              },
              { description: "Every case of the department that needs work: the queue's total" },
            ),
            overdue: Type.Array(
              Type.Object({
                caseNumber: Type.String(),
                firstContactDue: Type.String(),
                assignee: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
                teamId: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
            overdueReassessments: Type.Array(
              Type.Object({
                caseNumber: Type.String(),
                reassessmentDue: Type.String(),
                assignee: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
                teamId: Type.Union([Type.String(), Type.Null()]),
              }),
              { description: 'Maintained complaints past their re-assessment deadline (genvurdering)' },
            ),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'team.overview') || !user.departmentId) throw forbidden();
      return teamWorkload(ctx, user.kommuneId, user.departmentId);
    },
  );
}
