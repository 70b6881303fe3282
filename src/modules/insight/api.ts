// JSON API of the effect dashboard (staff: team leads and analysts) and of the public service goals. Thin:
// validate, check the policy, call the module. No answer carries personal data: counts, shares and medians.
import { Type } from 'typebox';
import { isValidIsoDate, localDate } from '../../core/calendar.js';
import { normalizeKommunekode } from '../../core/identifiers.js';
import { addCalendarMonths, monthOf } from '../../core/insight.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { App, AppContext } from '../../platform/context.js';
import { badRequest, forbidden, HttpError, notFound } from '../../platform/errors.js';
import type { FigureDefinition, FigureScope } from '../../platform/module.js';
import { STAFF_SECURITY } from '../../platform/openapi.js';
import { can } from '../../platform/policies.js';
import { PUBLIC_READ_LIMIT } from '../../platform/rate-limits.js';
import { MESSAGES_KEYWORD } from '../../platform/schema-errors.js';
import { getKommune } from '../../platform/tenancy.js';
import { figureAnswer, rootCauses } from './dashboard.js';
import { ALL_KOMMUNER, areasWithGoals, type DepartmentFacts, departmentsOf, rollupAsOf } from './queries.js';
import { GOALS, serviceGoals } from './service-goals.js';

const tags = ['insight'];
/** One of the values, as an enum (the answer's type is the union). */
const literals = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values] });
const nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const IsoDate = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
const withMessages = <T extends object>(schema: T, key: string): T =>
  Object.assign(schema, { [MESSAGES_KEYWORD]: { default: key } });

const ScopeQuery = Type.Object({
  from: Type.Optional(
    withMessages(
      Type.String({
        format: 'date',
        description: 'First day (YYYY-MM-DD); default 11 months before this month',
      }),
      'insight.error.period',
    ),
  ),
  to: Type.Optional(
    withMessages(
      Type.String({ format: 'date', description: 'Last day, inclusive; default today' }),
      'insight.error.period',
    ),
  ),
  department: Type.Optional(
    withMessages(
      Type.String({ format: 'uuid', description: "Department id; a team lead's own by default" }),
      'insight.error.department',
    ),
  ),
  area: Type.Optional(
    withMessages(Type.String({ format: 'uuid', description: 'Area id' }), 'insight.error.area'),
  ),
});
type ScopeQueryT = { from?: string; to?: string; department?: string; area?: string };

const Value = Type.Object({
  value: Type.Union([Type.Number(), Type.Null()], { description: 'null: nothing to measure' }),
  count: Type.Integer({ description: 'How many cases it was measured on' }),
});
const Point = Type.Intersect([Type.Object({ month: IsoDate }), Value]);
const Window = Type.Intersect([Type.Object({ from: IsoDate, to: IsoDate }), Value]);
const Unit = literals(['share', 'count', 'days', 'minutes'] as const);
const FigureAnswerSchema = Type.Object({
  key: Type.String(),
  label: Type.String({ description: 'i18n key of the name' }),
  unit: Unit,
  from: IsoDate,
  to: IsoDate,
  points: Type.Array(Point),
  total: Value,
  comparison: Type.Union([
    Type.Object({
      methodStartedOn: IsoDate,
      before: Window,
      after: Window,
      evidence: literals(['none', 'too_few', 'little', 'some', 'good'] as const),
    }),
    Type.Null(),
  ]),
  asOf: nullable(IsoDate),
});

const CauseCounts = Type.Record(Type.String(), Type.Integer());

const ownDepartmentOnly = () => new HttpError(403, 'forbidden', 'insight.error.ownDepartment');

/** Five years: a longer period is refused rather than computed. */
const MAX_MONTHS = 60;

/** The period asked for, checked: real dates, in order, at most five years; by default the last 12 months. */
function periodOf(ctx: AppContext, q: { from?: string; to?: string }): { from: string; to: string } {
  const today = localDate(ctx.now());
  const to = q.to ?? today;
  const from = q.from ?? addCalendarMonths(monthOf(to), -11);
  if (!isValidIsoDate(from) || !isValidIsoDate(to) || from > to || addCalendarMonths(from, MAX_MONTHS) <= to)
    throw badRequest('insight.error.period', { from: 'insight.error.period' });
  return { from, to };
}

/** The national view's scope: all kommuner, for the shared service's analysts only (SHARED_SERVICE_KOMMUNE). */
function nationalScopeFor(
  ctx: AppContext,
  user: SessionUser,
  q: { from?: string; to?: string },
): FigureScope {
  if (!can(user, 'insight.national', { kommuneId: ctx.config.sharedServiceKommune })) throw forbidden();
  return { kommuneId: ALL_KOMMUNER, ...periodOf(ctx, q) };
}

const NationalQuery = Type.Object({ from: ScopeQuery.properties.from, to: ScopeQuery.properties.to });

/** A checked scope, with the kommune's departments when the check read them (the answer reuses them). */
interface CheckedScope {
  scope: FigureScope;
  departments?: readonly DepartmentFacts[];
}

/**
 * The scope a staff member asks for, checked: a real period of at most five years, a department and area of
 * their kommune, and the department they may see (a team lead's own; an analyst any, or the whole kommune).
 */
async function scopeFor(ctx: AppContext, user: SessionUser, q: ScopeQueryT): Promise<CheckedScope> {
  if (!can(user, 'insight.read')) throw forbidden();
  const { from, to } = periodOf(ctx, q);
  const departmentId =
    q.department ?? (can(user, 'insight.kommune') ? undefined : (user.departmentId ?? undefined));
  if (!departmentId && !can(user, 'insight.kommune')) throw ownDepartmentOnly();
  const [departments, areas] = await Promise.all([
    departmentId ? departmentsOf(ctx, user.kommuneId) : undefined,
    q.area ? areasWithGoals(ctx, user.kommuneId, false) : undefined,
  ]);
  if (departmentId) {
    if (!departments?.some((d) => d.id === departmentId))
      throw badRequest('insight.error.department', { department: 'insight.error.department' });
    if (!can(user, 'insight.department', { kommuneId: user.kommuneId, departmentId }))
      throw ownDepartmentOnly();
  }
  if (q.area) {
    const area = areas?.find((a) => a.id === q.area);
    if (!area || (departmentId && area.departmentId !== departmentId))
      throw badRequest('insight.error.area', { area: 'insight.error.area' });
  }
  return {
    scope: {
      kommuneId: user.kommuneId,
      from,
      to,
      ...(departmentId ? { departmentId } : {}),
      ...(q.area ? { areaId: q.area } : {}),
    },
    ...(departments ? { departments } : {}),
  };
}

const KeyParams = Type.Object({ key: Type.String({ maxLength: 100, pattern: '^[a-z0-9_.]+$' }) });
const RootCauseSchema = Type.Object({
  from: IsoDate,
  to: IsoDate,
  causes: Type.Array(Type.String()),
  months: Type.Array(Type.Object({ month: IsoDate, total: Type.Integer(), counts: CauseCounts })),
  total: Type.Object({ total: Type.Integer(), counts: CauseCounts }),
});

interface FigureRoutes<Q extends object> {
  /** The path before /figures/:key and /root-causes. */
  prefix: string;
  /** The figures offered there. */
  figures: ReadonlyMap<string, FigureDefinition>;
  querystring: ReturnType<typeof Type.Object>;
  scope: (user: SessionUser, q: Q) => Promise<CheckedScope> | CheckedScope;
  figure: { operationId: string; summary: string; description: string };
  rootCauses: { operationId: string; summary: string; description?: string };
}

/** One scope's two reads — a figure by key, and the root causes — validated, checked and answered alike. */
function figureRoutes<Q extends object>(app: App, ctx: AppContext, r: FigureRoutes<Q>): void {
  app.get(
    `${r.prefix}/figures/:key`,
    {
      schema: {
        tags,
        ...r.figure,
        security: STAFF_SECURITY,
        params: KeyParams,
        querystring: r.querystring,
        response: { 200: FigureAnswerSchema },
      },
    },
    async (req) => {
      const { scope, departments } = await r.scope(requireUser(req), req.query as Q);
      const def = r.figures.get((req.params as { key: string }).key);
      if (!def) throw notFound('insight.error.figure');
      // A figure that cannot narrow to an area would show the whole scope under the area's name.
      if (scope.areaId && !def.byArea)
        throw badRequest('insight.error.byArea', { area: 'insight.error.byArea' });
      return figureAnswer(ctx, def, scope, departments);
    },
  );

  app.get(
    `${r.prefix}/root-causes`,
    {
      schema: {
        tags,
        ...r.rootCauses,
        security: STAFF_SECURITY,
        querystring: r.querystring,
        response: { 200: RootCauseSchema },
      },
    },
    async (req) => rootCauses(ctx, (await r.scope(requireUser(req), req.query as Q)).scope),
  );
}

export function insightApi(app: App, ctx: AppContext, figures: readonly FigureDefinition[]): void {
  const byKey = new Map(figures.map((f) => [f.key, f]));

  app.get(
    '/api/v1/insight/figures',
    {
      schema: {
        tags,
        operationId: 'insightListFigures',
        summary: 'The figures the effect dashboard can show (every module declares its own)',
        security: STAFF_SECURITY,
        response: {
          200: Type.Array(
            Type.Object({
              key: Type.String(),
              label: Type.String(),
              unit: Unit,
              byArea: Type.Boolean({ description: 'Can be narrowed to one area' }),
            }),
          ),
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'insight.read')) throw forbidden();
      return figures.map((f) => ({ key: f.key, label: f.label, unit: f.unit, byArea: f.byArea ?? false }));
    },
  );

  figureRoutes<ScopeQueryT>(app, ctx, {
    prefix: '/api/v1/insight',
    figures: byKey,
    querystring: ScopeQuery,
    scope: (user, q) => scopeFor(ctx, user, q),
    figure: {
      operationId: 'insightGetFigure',
      summary:
        'One figure month by month over a period, with its total and the before/after of the method start',
      description:
        'Team leads see their own department; analysts any department or the whole kommune. Aggregates only.',
    },
    rootCauses: {
      operationId: 'insightGetRootCauses',
      summary: 'The primary root causes recorded, per month of receipt: the process or the decision?',
    },
  });

  // ---- the national view: all kommuner at once, for the shared service -------------------------------------
  // Only the figures the rollups answer (insight's own): they add up across kommuner in one indexed read.
  figureRoutes<{ from?: string; to?: string }>(app, ctx, {
    prefix: '/api/v1/insight/national',
    figures: new Map(figures.filter((f) => f.key.startsWith('insight.')).map((f) => [f.key, f])),
    querystring: NationalQuery,
    scope: (user, q) => ({ scope: nationalScopeFor(ctx, user, q) }),
    figure: {
      operationId: 'insightGetNationalFigure',
      summary: 'One of the rollup figures for all kommuner at once, month by month (the national view)',
      description:
        'For the shared service only: analysts of the kommune named by SHARED_SERVICE_KOMMUNE; everyone ' +
        'else, and everyone when none is named, is refused (403). The figures are the sums of every ' +
        "kommune's rollups; asOf is the oldest kommune's rebuild. Aggregates only, no personal data.",
    },
    rootCauses: {
      operationId: 'insightGetNationalRootCauses',
      summary: 'The primary root causes per month for all kommuner at once (the national view)',
      description: 'For the shared service only, as the national figures.',
    },
  });

  app.get(
    '/api/v1/insight/scope',
    {
      schema: {
        tags,
        operationId: 'insightGetScope',
        summary:
          "What the dashboard's filters offer this user: departments (with the method start) and areas",
        security: STAFF_SECURITY,
        response: {
          200: Type.Object({
            wholeKommune: Type.Boolean({ description: 'May see the kommune as a whole (analysts)' }),
            departments: Type.Array(
              Type.Object({ id: Type.String(), name: Type.String(), methodStartedOn: nullable(IsoDate) }),
            ),
            areas: Type.Array(
              Type.Object({ id: Type.String(), departmentId: Type.String(), name: Type.String() }),
            ),
            asOf: nullable(IsoDate),
          }),
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'insight.read')) throw forbidden();
      const visible = (id: string) =>
        can(user, 'insight.department', { kommuneId: user.kommuneId, departmentId: id });
      const [departments, areas, asOf] = await Promise.all([
        departmentsOf(ctx, user.kommuneId),
        areasWithGoals(ctx, user.kommuneId, false),
        rollupAsOf(ctx, user.kommuneId),
      ]);
      return {
        wholeKommune: can(user, 'insight.kommune'),
        departments: departments.filter((d) => visible(d.id)),
        areas: areas
          .filter((a) => visible(a.departmentId))
          .map((a) => ({ id: a.id, departmentId: a.departmentId, name: a.name })),
        asOf,
      };
    },
  );

  const GoalSchema = Type.Object({
    goal: literals(GOALS),
    goalDays: Type.Union([Type.Integer(), Type.Null()], {
      description: 'The goal in working days; null: statutory',
    }),
    share: Type.Union([Type.Number(), Type.Null()], {
      description: 'Share met on time; null when too few or not measured',
    }),
    count: Type.Union([Type.Integer(), Type.Null()], {
      description: 'Cases it rests on; null when fewer than 5',
    }),
    tooFew: Type.Boolean(),
    medianDays: Type.Union([Type.Number(), Type.Null()]),
    measured: Type.Boolean(),
  });

  app.get(
    '/api/v1/kommuner/:kommunekode/service-goals',
    {
      schema: {
        tags,
        operationId: 'getServiceGoals',
        summary:
          "The kommune's service goals (servicemål) per area, with the practice over the last 12 months",
        description:
          'Public. Totals only: a goal resting on fewer than 5 cases has no share, median or count, so no person can be singled out.',
        security: [],
        params: Type.Object({ kommunekode: Type.String({ maxLength: 8 }) }),
        response: {
          200: Type.Object({
            kommuneId: Type.String(),
            from: IsoDate,
            to: IsoDate,
            asOf: nullable(IsoDate),
            areas: Type.Array(
              Type.Object({ areaId: Type.String(), name: Type.String(), goals: Type.Array(GoalSchema) }),
            ),
          }),
        },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req) => {
      const id = normalizeKommunekode(req.params.kommunekode);
      const kommune = id ? await getKommune(ctx, id) : null;
      if (!kommune) throw notFound('intake.error.kommune');
      return serviceGoals(ctx, kommune.kommuneId);
    },
  );
}
