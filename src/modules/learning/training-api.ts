// JSON API of the training register: the overview (coverage, method starts, courses and their sessions, pairs,
// plans, new staff not introduced), and keeping it (courses, sessions, attendance, buddy pairs, action plans, the introduction weeks).
import { type Static, type TSchema, Type } from 'typebox';
import { INTRODUCTION_WEEKS_MAX, INTRODUCTION_WEEKS_MIN, SESSION_KINDS } from '../../core/training.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody } from '../../platform/errors.js';
import type { Actor } from '../../platform/policies.js';
import { MESSAGES_KEYWORD } from '../../platform/schema-errors.js';
import {
  createActionPlan,
  createBuddyPair,
  createCourse,
  createSession,
  deleteActionPlan,
  deleteBuddyPair,
  deleteCourse,
  deleteSession,
  followUpActionPlan,
  setIntroductionWeeks,
  setParticipants,
  trainingOverview,
} from './training.js';

const literals = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v))));
const messages = <T extends TSchema>(schema: T, keys: Record<string, string>): T =>
  Object.assign(schema, { [MESSAGES_KEYWORD]: keys });
const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
const PLAIN_TEXT = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';
const IsoDate = Type.String({ format: 'date', pattern: '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$' });
const Uuid = Type.String({ format: 'uuid' });
const Person = Type.Object({ id: Type.String(), name: Type.String() });
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Created = Type.Object({ id: Type.String() });
const IdParams = Type.Object({ id: Uuid });

const Manageable = Type.Boolean({ description: 'The caller may change and delete it' });
const Overview = Type.Object({
  introductionWeeks: Type.Integer({
    description: 'Weeks within which new staff are introduced to the method',
  }),
  keeps: Type.Object(
    {
      kommune: Type.Boolean({ description: 'Kommune-wide (the administrator)' }),
      departmentId: nullable(Type.String({ description: 'The department a team lead keeps' })),
    },
    { description: 'What the caller keeps of the register; neither for those who only read' },
  ),
  staff: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      departmentId: nullable(Type.String()),
      startedOn: Type.String({ description: 'The day they started' }),
      trained: Type.Boolean(),
    }),
    { description: 'The staff the caller may register (own department for a team lead)' },
  ),
  departments: Type.Array(
    Type.Object({
      departmentId: Type.String(),
      name: Type.String(),
      methodStartedOn: nullable(Type.String({ description: 'The department’s start with the method' })),
      coverage: Type.Object({
        staff: Type.Integer({
          description: 'Staff with citizen contact (caseworkers, team leads, reception)',
        }),
        trained: Type.Integer({
          description: 'Of them, those who attended a training day or an introduction',
        }),
        share: nullable(Type.Number()),
      }),
    }),
  ),
  courses: Type.Array(
    Type.Object({
      id: Type.String(),
      title: Type.String(),
      description: Type.String(),
      departmentId: nullable(
        Type.String({ description: 'The department it is for; null: the whole kommune' }),
      ),
      manageable: Manageable,
      sessions: Type.Array(
        Type.Object({
          id: Type.String(),
          kind: Type.String(),
          title: Type.String(),
          heldOn: Type.String(),
          departmentId: nullable(Type.String()),
          participants: Type.Array(
            Type.Object({ userId: Type.String(), name: Type.String(), attended: nullable(Type.Boolean()) }),
          ),
          manageable: Manageable,
        }),
        { description: 'The course’s sessions, in the order they are held' },
      ),
    }),
    { description: 'The courses (forløb), newest first, each with its sessions' },
  ),
  buddyPairs: Type.Array(Type.Object({ id: Type.String(), a: Person, b: Person, manageable: Manageable })),
  actionPlans: Type.Array(
    Type.Object({
      id: Type.String(),
      user: Person,
      goal: Type.String(),
      followUpOn: Type.String(),
      followedUp: Type.Boolean(),
      manageable: Manageable,
    }),
  ),
  notIntroduced: Type.Array(
    Type.Object({
      userId: Type.String(),
      name: Type.String(),
      departmentId: nullable(Type.String()),
      startedOn: Type.String(),
      dueOn: Type.String({ description: 'When the introduction was due' }),
    }),
    { description: 'New staff with citizen contact not introduced within the weeks (flagged to their lead)' },
  ),
});

export function trainingApi(app: App, ctx: AppContext): void {
  /** Adds a row from the body (a course, a session, a pair, a plan): 201 with its id. */
  const created = <B extends TSchema>(
    url: string,
    { summary, body }: { summary: string; body: B },
    run: (ctx: AppContext, actor: Actor, input: Static<B>) => Promise<Static<typeof Created>>,
  ) =>
    app.post(
      url,
      { schema: { tags: ['learning'], summary, security, body, response: { 201: Created, ...errors } } },
      // The schema is generic here, so the body's type is named; the route validated it against that schema.
      async (req, reply) => reply.code(201).send(await run(ctx, requireUser(req), req.body as Static<B>)),
    );
  /** One step on one row by its id (deleting it, following it up): 204, nothing to return. */
  const idStep = (
    method: 'POST' | 'DELETE',
    url: string,
    { summary }: { summary: string },
    run: (ctx: AppContext, actor: Actor, id: string) => Promise<void>,
  ) =>
    app.route({
      method,
      url,
      schema: {
        tags: ['learning'],
        summary,
        security,
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
      handler: async (req, reply) => {
        await run(ctx, requireUser(req), req.params.id);
        return reply.code(204).send(null);
      },
    });

  app.get(
    '/api/v1/training',
    {
      schema: {
        tags: ['learning'],
        summary:
          'The training register: coverage per department, method starts, sessions, pairs, action plans',
        security,
        response: { 200: Overview, ...errors },
      },
    },
    async (req) => trainingOverview(ctx, requireUser(req)),
  );

  created(
    '/api/v1/training/courses',
    {
      summary: 'Add a course (forløb) for a department, or for the whole kommune (admin)',
      body: Type.Object({
        title: messages(Type.String({ minLength: 2, maxLength: 200, pattern: PLAIN_TEXT }), {
          default: 'learning.error.courseTitle',
        }),
        departmentId: Type.Optional(nullable(Uuid)),
        description: Type.Optional(
          messages(Type.String({ maxLength: 2000, pattern: PLAIN_TEXT }), {
            default: 'learning.error.courseDescription',
          }),
        ),
      }),
    },
    createCourse,
  );

  idStep(
    'DELETE',
    '/api/v1/training/courses/:id',
    { summary: 'Delete a course with its sessions, their participants and attendance' },
    deleteCourse,
  );

  created(
    '/api/v1/training/sessions',
    {
      summary:
        'Add a session to a course: kick-off, training day, evaluation day or introduction for new staff',
      body: Type.Object({
        courseId: messages(Uuid, { default: 'learning.error.course' }),
        kind: messages(literals(SESSION_KINDS), { default: 'learning.error.kind' }),
        title: messages(Type.String({ minLength: 2, maxLength: 200, pattern: PLAIN_TEXT }), {
          default: 'learning.error.sessionTitle',
        }),
        heldOn: messages(IsoDate, { default: 'learning.error.heldOn' }),
      }),
    },
    createSession,
  );

  app.put(
    '/api/v1/training/sessions/:id/participants',
    {
      schema: {
        tags: ['learning'],
        summary: 'Set a session’s participants and attendance (the whole list)',
        security,
        params: IdParams,
        body: Type.Object({
          participants: Type.Array(
            Type.Object({
              userId: Uuid,
              attended: nullable(
                Type.Boolean({ description: 'null: signed up, attendance not recorded yet' }),
              ),
            }),
            { maxItems: 500 },
          ),
        }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await setParticipants(ctx, requireUser(req), req.params.id, req.body.participants);
      return reply.code(204).send(null);
    },
  );

  created(
    '/api/v1/training/buddy-pairs',
    {
      summary: 'Pair two colleagues as buddies (makkerskab)',
      body: Type.Object({ userA: Uuid, userB: Uuid }),
    },
    createBuddyPair,
  );

  created(
    '/api/v1/training/action-plans',
    {
      summary: 'Add a personal action plan (handleplan) with its follow-up date; its holder is reminded once',
      body: Type.Object({
        userId: Uuid,
        goal: messages(Type.String({ minLength: 3, maxLength: 2000, pattern: PLAIN_TEXT }), {
          default: 'learning.error.goal',
        }),
        followUpOn: messages(IsoDate, { default: 'learning.error.followUpOn' }),
      }),
    },
    createActionPlan,
  );

  idStep(
    'DELETE',
    '/api/v1/training/sessions/:id',
    { summary: 'Delete a session with its participants and attendance' },
    deleteSession,
  );

  idStep('DELETE', '/api/v1/training/buddy-pairs/:id', { summary: 'End a buddy pair' }, deleteBuddyPair);

  idStep(
    'POST',
    '/api/v1/training/action-plans/:id/follow-up',
    { summary: 'Record that an action plan was followed up' },
    followUpActionPlan,
  );

  idStep(
    'DELETE',
    '/api/v1/training/action-plans/:id',
    { summary: 'Delete an action plan' },
    deleteActionPlan,
  );

  app.put(
    '/api/v1/training/settings',
    {
      schema: {
        tags: ['learning'],
        summary: 'Set the weeks within which new staff are introduced to the method (kommune-wide: admin)',
        security,
        body: Type.Object({
          introductionWeeks: messages(
            Type.Integer({ minimum: INTRODUCTION_WEEKS_MIN, maximum: INTRODUCTION_WEEKS_MAX }),
            { default: 'learning.error.weeks' },
          ),
        }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await setIntroductionWeeks(ctx, requireUser(req), req.body.introductionWeeks);
      return reply.code(204).send(null);
    },
  );
}
