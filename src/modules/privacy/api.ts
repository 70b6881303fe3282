// JSON API of the data lifecycle: the retention dry run and run, finding a citizen, the access request
// (art. 15) and erasure (art. 17). For the kommune's administrator. Thin: validate, check the policy, call one
// function, map the result.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { localDate } from '../../core/calendar.js';
import { parseCpr } from '../../core/cpr.js';
import type { RetentionPeriod } from '../../core/retention.js';
import { CATALOG } from '../../i18n/catalog.js';
import { type Translate, translator } from '../../i18n/index.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { keyedHash } from '../../platform/crypto.js';
import { badRequest, forbidden, notFound } from '../../platform/errors.js';
import { requestLocale } from '../../platform/locale.js';
import { type Actor, can } from '../../platform/policies.js';
import { citizenRecord, exportCitizen } from './access.js';
import { eraseCitizen } from './erasure.js';
import { findCitizens } from './find.js';
import { runRetention } from './retention.js';

const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const ErrorBody = Type.Object({
  error: Type.String(),
  message: Type.String(),
  fields: Type.Optional(Type.Record(Type.String(), Type.String())),
});
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Instant = Type.String({ format: 'date-time' });
const Data = Type.Record(Type.String(), Type.Unknown());
const CitizenParams = Type.Object({ citizenId: Type.String({ format: 'uuid' }) });

const RetentionReport = Type.Object({
  dryRun: Type.Boolean(),
  at: Instant,
  kommuner: Type.Array(
    Type.Object({
      kommuneId: Type.String(),
      name: Type.String(),
      retentionYears: Type.Integer({ description: 'Years from closing before a case is anonymised' }),
      retentionMonths: Type.Integer({ description: 'Months added to the years' }),
      cutoff: Type.String({ format: 'date-time', description: 'Cases closed at or before this are due' }),
      due: Type.Integer({ description: 'Closed cases due for anonymisation now' }),
    }),
  ),
  cases: Type.Array(
    Type.Object({
      caseNumber: Type.String(),
      kommuneId: Type.String(),
      closedAt: Instant,
      keptUntil: Instant,
    }),
    { description: 'The due cases, oldest closing first, up to 1000' },
  ),
  anonymised: Type.Object({ cases: Type.Integer(), citizens: Type.Integer() }),
});

const CitizenExport = Type.Object({
  exportedAt: Instant,
  citizen: Type.Object({
    id: Type.String(),
    name: Type.String(),
    email: nullable(Type.String()),
    phone: nullable(Type.String()),
    cprMasked: nullable(Type.String({ description: 'Shown masked, never in clear' })),
    supportNeeds: Data,
    primaryContact: nullable(Type.String()),
    createdAt: Instant,
    anonymisedAt: nullable(Instant),
  }),
  cases: Type.Array(
    Type.Object({
      caseNumber: Type.String(),
      kind: Type.String(),
      state: Type.String(),
      channel: Type.String(),
      area: Type.String(),
      department: Type.String(),
      description: Type.String(),
      decisionDate: nullable(Type.String()),
      decisionReference: nullable(Type.String()),
      receivedAt: Instant,
      closedAt: nullable(Instant),
      anonymisedAt: nullable(Instant),
      timeline: Type.Array(Type.Object({ type: Type.String(), at: Instant, data: Data })),
      contactAttempts: Type.Array(
        Type.Object({
          at: Instant,
          channel: Type.String(),
          result: Type.String(),
          note: nullable(Type.String()),
        }),
      ),
      conversations: Type.Array(
        Type.Object({
          startedAt: Instant,
          endedAt: nullable(Instant),
          notes: Type.Record(Type.String(), Type.String()),
          rootCause: nullable(Type.String()),
        }),
      ),
      agreements: Type.Array(
        Type.Object({
          what: Type.String(),
          ownerType: Type.String(),
          dueOn: Type.String(),
          status: Type.String(),
        }),
      ),
      messages: Type.Array(
        Type.Object({
          channel: Type.String(),
          recipient: Type.String(),
          template: Type.String(),
          createdAt: Instant,
          sentAt: nullable(Instant),
        }),
      ),
    }),
  ),
  lookups: Type.Array(
    Type.Object({
      at: Instant,
      action: Type.String({ description: 'read | list | search | create | update | export | erase' }),
      subject: Type.String(),
      purpose: Type.String({ description: 'formål' }),
      caseNumber: nullable(Type.String()),
    }),
    { description: 'Look-ups on the citizen from the audit log: dates and purposes (not who)' },
  ),
});

const ErasureResult = Type.Object({
  outcome: Type.Union([Type.Literal('erased'), Type.Literal('partly_erased'), Type.Literal('refused')]),
  message: Type.String(),
  cases: Type.Array(
    Type.Object({
      caseNumber: Type.String(),
      outcome: Type.Union([
        Type.Literal('anonymised'),
        Type.Literal('already_anonymised'),
        Type.Literal('kept'),
      ]),
      reason: nullable(Type.Union([Type.Literal('open_case'), Type.Literal('retention')])),
      reasonText: nullable(
        Type.String({ description: 'Why the case must be kept, in the caller’s language' }),
      ),
      keptUntil: nullable(Instant),
    }),
  ),
});

const periodText = (p: RetentionPeriod, t: Translate) =>
  p.months === 0
    ? t('privacy.period.years', { years: p.years })
    : t('privacy.period.yearsMonths', { years: p.years, months: p.months });

export function privacyApi(app: App, ctx: AppContext): void {
  const admin = (req: FastifyRequest): Actor => {
    const user = requireUser(req);
    if (!can(user, 'citizen.search')) throw forbidden();
    return user;
  };
  /** The citizen of the admin's own kommune, or 404 (another kommune's citizen does not exist here). */
  const citizenFor = async (req: FastifyRequest, action: 'citizen.export' | 'citizen.erase') => {
    const user = admin(req);
    const citizen = await citizenRecord(ctx, user, (req.params as { citizenId: string }).citizenId);
    if (!citizen || !can(user, action, citizen)) throw notFound('privacy.error.notFound');
    return { user, citizen };
  };

  app.get(
    '/api/v1/privacy/retention',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Retention dry run: the closed cases a retention run would anonymise now (admin)',
        description:
          "Changes nothing. Per kommune: its retention period (years from closing) and the number of due cases; the due cases listed by number. The admin's own kommune only.",
        security,
        response: { 200: RetentionReport, ...errors },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'retention.run')) throw forbidden();
      return runRetention(ctx, { kommuneId: user.kommuneId, dryRun: true });
    },
  );

  app.post(
    '/api/v1/privacy/retention/run',
    {
      schema: {
        tags: ['privacy'],
        summary: "Run retention now: anonymise the kommune's closed cases past the retention period (admin)",
        description:
          'What the nightly job does, for the admin’s own kommune: the report of what was due, and how many cases and citizen records were anonymised.',
        security,
        response: { 200: RetentionReport, ...errors },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'retention.run')) throw forbidden();
      return runRetention(ctx, { kommuneId: user.kommuneId, dryRun: false });
    },
  );

  app.post(
    '/api/v1/privacy/citizens/search',
    {
      config: { personalData: true },
      schema: {
        tags: ['privacy'],
        summary:
          'Find the citizen an access or erasure request is about, by case number, CPR or e-mail (admin)',
        description:
          'Exactly one criterion. CPR goes in the body, never the URL, and is matched on its keyed hash. Audited.',
        security,
        body: Type.Object({
          caseNumber: Type.Optional(Type.String({ pattern: '^[0-9]{3}-[0-9]{4}-[0-9]{6,}$' })),
          cpr: Type.Optional(Type.String({ maxLength: 20 })),
          email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
        }),
        response: {
          200: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), cases: Type.Integer() })),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = admin(req);
      const { caseNumber, cpr, email } = req.body;
      if ([caseNumber, cpr, email].filter((v) => v !== undefined).length !== 1)
        throw badRequest('privacy.error.criterion');
      const parsed = cpr === undefined ? null : parseCpr(cpr);
      if (parsed && !parsed.ok) throw badRequest('privacy.error.cpr', { cpr: 'privacy.error.cpr' });
      const cprHash = parsed?.ok ? keyedHash(ctx.config.cprKey, parsed.cpr) : undefined;
      return findCitizens(ctx, user, { caseNumber, cprHash, email }, req.ip);
    },
  );

  app.get(
    '/api/v1/privacy/citizens/:citizenId/export',
    {
      config: { personalData: true },
      schema: {
        tags: ['privacy'],
        summary:
          "A citizen's access request (GDPR art. 15): record, cases, timelines, agreements, messages and look-ups",
        description:
          'Everything held on the citizen, with the dates and purposes of look-ups on them. The export is recorded and audited (purpose "indsigtsbegæring"). CPR is shown masked.',
        security,
        params: CitizenParams,
        response: { 200: CitizenExport, ...errors },
      },
    },
    async (req) => {
      const { user, citizen } = await citizenFor(req, 'citizen.export');
      return exportCitizen(ctx, user, citizen, req.ip);
    },
  );

  app.post(
    '/api/v1/privacy/citizens/:citizenId/erasure',
    {
      schema: {
        tags: ['privacy'],
        summary: "Erase a citizen's data where the law allows (GDPR art. 17), or say why it must be kept",
        description:
          'Each case is anonymised if it is closed and past the retention period; otherwise kept, with the reason (open case, or within the retention period and until when). The citizen record goes when no case keeps it. Recorded and audited.',
        security,
        params: CitizenParams,
        response: { 200: ErasureResult, ...errors },
      },
    },
    async (req) => {
      const { user, citizen } = await citizenFor(req, 'citizen.erase');
      const result = await eraseCitizen(ctx, user, citizen, req.ip);
      const t = translator(CATALOG, requestLocale(req));
      return {
        outcome: result.outcome,
        message: t(`privacy.erasure.${result.outcome}`),
        cases: result.cases.map((c) => ({
          ...c,
          reasonText: c.reason
            ? t(`privacy.reason.${c.reason}`, {
                date: c.keptUntil ? localDate(new Date(c.keptUntil)) : '',
                period: periodText(result.retention, t),
              })
            : null,
        })),
      };
    },
  );
}
