// JSON API of intake: create a case, the areas to choose from, tracking, and the working-day calculator.

import { Type } from 'typebox';
import { addWorkingDays, isValidIsoDate } from '../../core/calendar.js';
import { normalizeKommunekode } from '../../core/identifiers.js';
import { type Locale, type Translate, translator } from '../../i18n/index.js';
import type { App, AppContext } from '../../platform/context.js';
import { badRequest, HttpError, notFound } from '../../platform/errors.js';
import { requestLocale } from '../../platform/locale.js';
import { PUBLIC_READ_LIMIT, submissionLimit } from '../../platform/rate-limits.js';
import { getAreas, getKommune, type Kommune } from '../../platform/tenancy.js';
import { intakeMessages } from './messages.js';
import { receiveCase } from './service.js';
import { findTracking, Tracking } from './tracking.js';
import { CONTACT_TIMES } from './validation.js';

const KommuneParams = Type.Object({
  kommunekode: Type.String({ pattern: '^0?[0-9]{3}$', description: 'Kommunekode, e.g. 259 or 0259' }),
});
const ErrorBody = Type.Object({
  error: Type.String(),
  message: Type.String(),
  fields: Type.Optional(Type.Record(Type.String(), Type.String())),
});
const str = (opts: Parameters<typeof Type.String>[0] = {}) => Type.String(opts);

const Received = Type.Object({
  caseNumber: str(),
  trackingToken: str(),
  firstContactDue: str({ format: 'date' }),
});

export const CaseSubmission = Type.Object({
  kind: Type.Union([Type.Literal('complaint'), Type.Literal('grievance'), Type.Literal('inquiry')], {
    description: 'complaint = klage over en afgørelse; grievance = beklagelse; inquiry = henvendelse',
  }),
  area: str({ description: 'Area code from GET /kommuner/{kommunekode}/areas' }),
  decisionDate: Type.Optional(str({ format: 'date', description: 'Required for a complaint' })),
  decisionReference: Type.Optional(str({ maxLength: 100 })),
  description: str({ minLength: 10, maxLength: 5000 }),
  name: str({ maxLength: 200 }),
  phone: Type.Optional(str({ description: 'Danish phone number; phone or email is required' })),
  email: Type.Optional(str({ format: 'email' })),
  preferredContactTime: Type.Optional(Type.Union(CONTACT_TIMES.map((t) => Type.Literal(t)))),
});

// Built once per language rather than per request: building one copies the whole message table.
const intakeT: Record<Locale, Translate> = {
  da: translator([intakeMessages], 'da'),
  en: translator([intakeMessages], 'en'),
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
        params: KommuneParams,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 200 })) }),
        body: CaseSubmission,
        response: {
          201: Received,
          200: { ...Received, description: 'An Idempotency-Key repeat: the case created earlier' },
          400: ErrorBody,
          404: ErrorBody,
          429: ErrorBody,
        },
      },
      // Our own validator answers with a Danish/English message per field, so schema errors are not fatal here.
      attachValidation: true,
      config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
    },
    async (req, reply) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const locale = requestLocale(req);
      const t = intakeT[locale];
      const key = req.headers['idempotency-key'];
      if (typeof key === 'string' && key.length > 200) throw badRequest(t('intake.error.idempotencyKey'));
      const result = await receiveCase(ctx, kommune, req.body, {
        channel: 'api',
        idempotencyKey: typeof key === 'string' && key ? key : null,
        ip: req.ip,
        locale,
      });
      if (!result.ok) {
        const fields = Object.fromEntries(Object.entries(result.fields).map(([f, k]) => [f, t(k)]));
        throw new HttpError(400, 'validation', t('intake.error.summary'), fields);
      }
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
