// JSON API of the surveys: the citizen's survey by its link (public, rate-limited), the team lead's flagged
// answers, the employee pulse and the decision-volume import. Thin: validate, check the policy, call the module.
import type { FastifyRequest } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { CATALOG } from '../../i18n/catalog.js';
import { translator } from '../../i18n/index.js';
import { recordAudit } from '../../platform/audit.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden, notFound } from '../../platform/errors.js';
import { requestLocale } from '../../platform/locale.js';
import { STAFF_SECURITY } from '../../platform/openapi.js';
import { type Action, can } from '../../platform/policies.js';
import { PUBLIC_READ_LIMIT, submissionLimit } from '../../platform/rate-limits.js';
import { MESSAGES_KEYWORD } from '../../platform/schema-errors.js';
import { decisionsByAreaMonth, importDecisionVolumes } from './decisions.js';
import { importErrorMessage } from './import-errors.js';
import { answerPulse, pulseGroupNames, pulseResults, pulseStatus } from './pulse.js';
import { answerSurvey, dismissFlag, listFlags, optOut, reopenFromFlag, surveyView } from './survey.js';

const messages = <T extends TSchema>(schema: T, keys: Record<string, string>): T =>
  Object.assign(schema, { [MESSAGES_KEYWORD]: keys });

const PLAIN_TEXT = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';
const Score = (key: string) => messages(Type.Integer({ minimum: 1, maximum: 5 }), { default: key });
const Month = messages(Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$', description: 'YYYY-MM' }), {
  default: 'surveys.error.month',
});
const Reason = Type.Object({
  reason: messages(Type.String({ minLength: 3, maxLength: 2000, pattern: PLAIN_TEXT }), {
    default: 'surveys.error.reason',
  }),
});
const TokenParams = Type.Object({ token: Type.String({ minLength: 10, maxLength: 200 }) });
const FlagParams = Type.Object({ flagId: Type.String({ format: 'uuid' }) });

export const SurveyAnswerBody = Type.Object({
  heard: Score('surveys.error.score'),
  understood: Score('surveys.error.score'),
  fair: Score('surveys.error.score'),
  overall: Score('surveys.error.score'),
  stillDisagree: messages(Type.Boolean({ description: '"I still disagree with the decision"' }), {
    default: 'surveys.error.stillDisagree',
  }),
  comment: Type.Optional(
    messages(Type.String({ maxLength: 4000, pattern: PLAIN_TEXT }), { default: 'surveys.error.comment' }),
  ),
});

const SurveyStatusBody = Type.Object({
  status: Type.Union([
    Type.Literal('open'),
    Type.Literal('answered'),
    Type.Literal('opted_out'),
    Type.Literal('expired'),
  ]),
  kommuneName: Type.String(),
  validUntil: Type.String({ format: 'date', description: 'The last day the link works' }),
  questions: Type.Array(Type.String()),
});

const Flag = Type.Object({
  id: Type.String({ format: 'uuid' }),
  caseNumber: Type.String(),
  caseState: Type.String(),
  answeredAt: Type.String({ format: 'date-time' }),
  heard: Type.Integer(),
  understood: Type.Integer(),
  fair: Type.Integer(),
  overall: Type.Integer(),
  stillDisagree: Type.Boolean(),
  comment: Type.Union([Type.String(), Type.Null()]),
});

const QuestionResult = Type.Object({ mean: Type.Number(), agreeing: Type.Number() });
const PulseCell = Type.Object({
  level: Type.Union([Type.Literal('kommune'), Type.Literal('department'), Type.Literal('team')]),
  month: Type.String(),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  teamId: Type.Union([Type.String(), Type.Null()]),
  answers: Type.Integer(),
  questions: Type.Object({ wellbeing: QuestionResult, equipped: QuestionResult, workload: QuestionResult }),
});

const DecisionRow = Type.Object({
  area: messages(Type.String({ minLength: 1, maxLength: 100, pattern: PLAIN_TEXT }), {
    default: 'surveys.import.area',
  }),
  month: Type.String({ maxLength: 20, pattern: PLAIN_TEXT }),
  decisions: Type.Union([Type.Integer({ minimum: 0 }), Type.String({ maxLength: 20, pattern: PLAIN_TEXT })]),
});

const publicErrors = { 404: ErrorBody, 409: ErrorBody, 410: ErrorBody };
const staffErrors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

function allowed(req: FastifyRequest, action: Action) {
  const user = requireUser(req);
  if (!(can as (a: unknown, action: Action) => boolean)(user, action)) throw forbidden();
  return user;
}

export function surveysApi(app: App, ctx: AppContext): void {
  // ---- the citizen's survey (public: the link is the key) -------------------------------------------------
  app.get(
    '/api/v1/surveys/:token',
    {
      config: PUBLIC_READ_LIMIT,
      schema: {
        tags: ['surveys'],
        summary:
          'The satisfaction survey behind a link: open, answered, opted out or expired (no personal data)',
        params: TokenParams,
        response: { 200: SurveyStatusBody, ...publicErrors },
      },
    },
    async (req) => {
      const view = await surveyView(ctx, req.params.token);
      if (!view) throw notFound('surveys.error.notFound');
      return {
        status: view.status,
        kommuneName: view.kommuneName,
        validUntil: view.validUntil,
        questions: ['heard', 'understood', 'fair', 'overall', 'stillDisagree', 'comment'],
      };
    },
  );

  app.post(
    '/api/v1/surveys/:token',
    {
      config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      schema: {
        tags: ['surveys'],
        summary: 'Answer the satisfaction survey (once): scores 1–5, "I still disagree", an optional comment',
        description:
          'Overall 2 or less, or stillDisagree, flags the case to the team lead. 409 when already answered or ' +
          'opted out, 410 when the link has expired.',
        params: TokenParams,
        body: SurveyAnswerBody,
        response: { 201: Type.Object({ answered: Type.Literal(true) }), ...publicErrors },
      },
    },
    async (req, reply) => {
      await answerSurvey(ctx, req.params.token, req.body);
      return reply.code(201).send({ answered: true });
    },
  );

  app.post(
    '/api/v1/surveys/:token/opt-out',
    {
      config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      schema: {
        tags: ['surveys'],
        summary: 'Say no to this survey and to any later one (saying it again changes nothing)',
        params: TokenParams,
        response: { 200: Type.Object({ optedOut: Type.Literal(true) }), ...publicErrors },
      },
    },
    async (req) => {
      await optOut(ctx, req.params.token);
      return { optedOut: true as const };
    },
  );

  // ---- the team lead's flagged answers ---------------------------------------------------------------------
  app.get(
    '/api/v1/survey-flags',
    {
      config: { personalData: true },
      schema: {
        tags: ['surveys'],
        summary: "Unhappy survey answers in the team lead's department, not yet dealt with (newest first)",
        security: STAFF_SECURITY,
        response: { 200: Type.Object({ items: Type.Array(Flag) }), ...staffErrors },
      },
    },
    async (req) => {
      const user = allowed(req, 'survey.flags');
      const items = await listFlags(ctx, user);
      // The citizen's comment is personal data: reading the list is logged.
      await recordAudit(ctx, {
        kommuneId: user.kommuneId,
        userId: user.userId,
        action: 'list',
        subjectType: 'survey_flags',
        subjectId: user.departmentId,
        purpose: 'sagsbehandling',
        ip: req.ip,
      });
      return { items };
    },
  );

  app.post(
    '/api/v1/survey-flags/:flagId/reopen',
    {
      schema: {
        tags: ['surveys'],
        summary: 'Reopen the case of an unhappy answer (the team lead decides), with the reason',
        security: STAFF_SECURITY,
        params: FlagParams,
        body: Reason,
        response: { 200: Type.Object({ state: Type.String() }), ...staffErrors },
      },
    },
    async (req) => {
      const user = allowed(req, 'survey.flags');
      return reopenFromFlag(ctx, user, req.params.flagId, req.body.reason);
    },
  );

  app.post(
    '/api/v1/survey-flags/:flagId/dismiss',
    {
      schema: {
        tags: ['surveys'],
        summary: 'Decide an unhappy answer needs no reopening, with the reason (on the case timeline)',
        security: STAFF_SECURITY,
        params: FlagParams,
        body: Reason,
        response: { 204: Type.Null(), ...staffErrors },
      },
    },
    async (req, reply) => {
      const user = allowed(req, 'survey.flags');
      await dismissFlag(ctx, user, req.params.flagId, req.body.reason);
      return reply.code(204).send(null);
    },
  );

  // ---- the employee pulse ----------------------------------------------------------------------------------
  app.get(
    '/api/v1/pulse/status',
    {
      schema: {
        tags: ['surveys'],
        summary: "This month's pulse: has the signed-in user answered it?",
        security: STAFF_SECURITY,
        response: { 200: Type.Object({ month: Type.String(), answered: Type.Boolean() }), ...staffErrors },
      },
    },
    async (req) => pulseStatus(ctx, allowed(req, 'pulse.answer')),
  );

  app.post(
    '/api/v1/pulse/answers',
    {
      schema: {
        tags: ['surveys'],
        summary: "Answer this month's pulse (anonymous: stored with department, team and month only)",
        description: '409 when the user has answered this month already.',
        security: STAFF_SECURITY,
        body: Type.Object({
          wellbeing: Score('surveys.error.score'),
          equipped: Score('surveys.error.score'),
          workload: Score('surveys.error.score'),
        }),
        response: { 201: Type.Object({ month: Type.String() }), ...staffErrors },
      },
    },
    async (req, reply) => {
      const user = allowed(req, 'pulse.answer');
      return reply.code(201).send(await answerPulse(ctx, user, req.body));
    },
  );

  app.get(
    '/api/v1/pulse/results',
    {
      schema: {
        tags: ['surveys'],
        summary: 'Pulse results per month: only groups of at least 5 answers, none that can be worked out',
        description:
          'Which groups are shown is decided on all answers of the kommune, never on the filters, so no ' +
          'combination of filters narrows below the minimum. Team leads see the kommune and their department.',
        security: STAFF_SECURITY,
        querystring: Type.Object({
          from: Month,
          to: Month,
          departmentId: Type.Optional(Type.String({ format: 'uuid' })),
          teamId: Type.Optional(Type.String({ format: 'uuid' })),
        }),
        response: {
          200: Type.Object({
            minGroupSize: Type.Integer(),
            items: Type.Array(PulseCell),
            departments: Type.Array(Type.Object({ id: Type.String(), name: Type.String() }), {
              description: 'The departments the caller may filter by (names for the groups)',
            }),
            teams: Type.Array(
              Type.Object({ id: Type.String(), name: Type.String(), departmentId: Type.String() }),
              { description: 'The teams the caller may filter by' },
            ),
          }),
          ...staffErrors,
        },
      },
    },
    async (req) => {
      const user = allowed(req, 'pulse.results');
      return {
        minGroupSize: 5,
        items: await pulseResults(ctx, user, req.query),
        ...(await pulseGroupNames(ctx, user)),
      };
    },
  );

  // ---- decision volumes ------------------------------------------------------------------------------------
  app.post(
    '/api/v1/decision-volumes/import',
    {
      schema: {
        tags: ['surveys'],
        summary: 'Import decisions made per area and month (afgørelser): a CSV text, or a list of rows',
        description:
          'CSV: a header with the columns area (område), month (måned, YYYY-MM) and decisions (afgørelser), ' +
          'separated by ; or , — then one row per area and month. Every bad row is reported with its line ' +
          'number (fields: "line N" → the message), and nothing is imported when any row is bad. An area and ' +
          'month imported before is replaced.',
        security: STAFF_SECURITY,
        body: Type.Object({
          csv: Type.Optional(Type.String({ maxLength: 1_000_000 })),
          rows: Type.Optional(Type.Array(DecisionRow, { maxItems: 20_000 })),
        }),
        response: { 200: Type.Object({ imported: Type.Integer() }), ...staffErrors },
      },
      bodyLimit: 2_000_000,
    },
    async (req, reply) => {
      const user = allowed(req, 'decisions.import');
      const body = req.body;
      const t = translator(CATALOG, requestLocale(req));
      if ((body.csv === undefined) === (body.rows === undefined))
        return reply.code(400).send({
          error: 'validation',
          message: t('surveys.import.oneOf'),
          fields: { csv: t('surveys.import.oneOf') },
        });
      const result = await importDecisionVolumes(ctx, user.kommuneId, body);
      if (result.ok) return { imported: result.imported };
      const unit = body.csv !== undefined ? 'line' : 'row';
      return reply.code(400).send({
        error: 'validation',
        message: t('surveys.import.refused', { count: result.errors.length }),
        fields: Object.fromEntries(
          result.errors.map((e) => [`${unit} ${e.line}`, importErrorMessage(t, unit, e)]),
        ),
      });
    },
  );

  app.get(
    '/api/v1/decision-volumes',
    {
      schema: {
        tags: ['surveys'],
        summary: 'Decisions per area and month, with the complaints received in the same area and month',
        security: STAFF_SECURITY,
        querystring: Type.Object({ from: Month, to: Month }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                area: Type.String(),
                month: Type.String(),
                decisions: Type.Integer(),
                complaints: Type.Integer(),
              }),
            ),
          }),
          ...staffErrors,
        },
      },
    },
    async (req) => {
      const user = allowed(req, 'decisions.read');
      const rows = await decisionsByAreaMonth(ctx, { kommuneId: user.kommuneId, ...req.query });
      return {
        items: rows.map((r) => ({
          area: r.area,
          month: r.month,
          decisions: r.decisions,
          complaints: r.complaints,
        })),
      };
    },
  );
}
