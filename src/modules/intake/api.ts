// JSON API of intake: create a case, the areas to choose from, tracking, and the working-day calculator.

import { Type } from 'typebox';
import { addWorkingDays, isValidIsoDate } from '../../core/calendar.js';
import { normalizeKommunekode } from '../../core/identifiers.js';
import type { App, AppContext } from '../../platform/context.js';
import { badRequest, ErrorBody, HttpError, notFound } from '../../platform/errors.js';
import { requestLocale } from '../../platform/locale.js';
import { PUBLIC_READ_LIMIT, submissionLimit } from '../../platform/rate-limits.js';
import { getAreas, getKommune, type Kommune } from '../../platform/tenancy.js';
import { CaseSubmission, IdempotencyHeaders, tidySubmission, toIntakeInput } from './schemas.js';
import { type IntakeResult, receiveCase } from './service.js';
import { findTracking, Tracking } from './tracking.js';

const KommuneParams = Type.Object({
  kommunekode: Type.String({ pattern: '^0?[0-9]{3}$', description: 'Kommunekode, e.g. 259 or 0259' }),
});
const str = (opts: Parameters<typeof Type.String>[0] = {}) => Type.String(opts);

const Received = Type.Object({
  caseNumber: str(),
  trackingToken: str(),
  firstContactDue: str({ format: 'date' }),
});

/** The answer for a submission that was not received: its field errors, or the conflict of a reused key. */
export function notReceived(result: Exclude<IntakeResult, { ok: true }>): HttpError {
  return 'conflict' in result
    ? new HttpError(422, 'idempotency_conflict', 'intake.error.idempotencyConflict')
    : new HttpError(400, 'validation', 'intake.error.summary', result.fields);
}

/** Text fields trimmed and empty ones dropped before the schema sees the body. */
export const tidyBody = async (req: { body: unknown }) => {
  req.body = tidySubmission(req.body);
};

export async function kommuneOr404(ctx: AppContext, code: string): Promise<Kommune> {
  const id = normalizeKommunekode(code);
  const kommune = id ? await getKommune(ctx, id) : null;
  if (!kommune) throw notFound('intake.error.kommune');
  return kommune;
}

export function intakeApi(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/kommuner/:kommunekode/cases',
    {
      schema: {
        tags: ['intake'],
        summary: 'Submit a complaint, grievance or inquiry (public, rate-limited)',
        description:
          'An `Idempotency-Key` makes a retry safe: the same key with the same body answers 200 with the case ' +
          'created first; the same key with another body is refused with 422 (`idempotency_conflict`). Keys are ' +
          'scoped to the kommune. The same complaint sent again within 24 hours (same contact, same ' +
          'description) is also answered 200 with the first case, key or not.',
        security: [],
        params: KommuneParams,
        headers: IdempotencyHeaders,
        body: CaseSubmission,
        response: {
          201: Received,
          200: {
            ...Received,
            description: 'A repeat (same key and body, or the same complaint again): the case created first',
          },
          400: ErrorBody,
          404: ErrorBody,
          413: ErrorBody,
          415: ErrorBody,
          422: { ...ErrorBody, description: 'The Idempotency-Key was used before with another body' },
          429: ErrorBody,
        },
      },
      preValidation: tidyBody,
      config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
    },
    async (req, reply) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const key = req.headers['idempotency-key'];
      const result = await receiveCase(ctx, kommune, toIntakeInput(req.body), {
        channel: 'api',
        idempotencyKey: key ? `public:${key}` : null,
        ip: req.ip,
        locale: requestLocale(req),
      });
      if (!result.ok) throw notReceived(result);
      const c = result.case;
      return reply.code(c.created ? 201 : 200).send({
        caseNumber: c.caseNumber,
        trackingToken: c.trackingToken,
        firstContactDue: c.firstContactDue,
      });
    },
  );

  app.get(
    '/api/v1/kommuner/:kommunekode/areas',
    {
      schema: {
        tags: ['intake'],
        summary: 'The areas a citizen can choose',
        params: KommuneParams,
        response: {
          200: Type.Array(Type.Object({ code: str(), name: str(), kleNumber: str(), department: str() })),
          404: ErrorBody,
        },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      return (await getAreas(ctx, kommune.kommuneId)).map((a) => ({
        code: a.code,
        name: a.name,
        kleNumber: a.kleNumber,
        department: a.departmentName,
      }));
    },
  );

  app.get(
    '/api/v1/kommuner/:kommunekode/calendar/add-working-days',
    {
      schema: {
        tags: ['calendar'],
        summary:
          "Add Danish working days to a date, by the kommune's calendar (the day itself is not counted)",
        params: KommuneParams,
        querystring: Type.Object({
          from: str({ format: 'date' }),
          days: Type.Integer({ minimum: 0, maximum: 1000 }),
        }),
        response: { 200: Type.Object({ date: str({ format: 'date' }) }), 400: ErrorBody, 404: ErrorBody },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      if (!isValidIsoDate(req.query.from))
        throw badRequest('intake.error.date', { from: 'intake.error.date' });
      return { date: addWorkingDays(req.query.from, req.query.days, kommune.calendar) };
    },
  );

  app.get(
    '/api/v1/track/:token',
    {
      schema: {
        tags: ['intake'],
        summary: "A case's status and next date, by its private tracking token (nothing personal)",
        params: Type.Object({ token: Type.String({ maxLength: 100 }) }),
        response: { 200: Tracking, 404: ErrorBody },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req) => {
      const tracking = await findTracking(ctx, req.params.token);
      if (!tracking) throw notFound('intake.error.trackingUnknown');
      return tracking;
    },
  );
}
