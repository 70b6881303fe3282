// Staff registration of complaints and inquiries received by phone, at the desk or by mail.
import { Type } from 'typebox';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { getKommune } from '../../platform/tenancy.js';
import { CaseSubmission } from './api.js';
import { registerCase } from './registration.js';

const ErrorBody = Type.Object({
  error: Type.String(),
  message: Type.String(),
  fields: Type.Optional(Type.Record(Type.String(), Type.String())),
});

export function staffIntakeApi(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/staff/cases',
    {
      schema: {
        tags: ['intake'],
        summary: 'Register a complaint received by phone, at the desk or by mail (staff)',
        description:
          'CPR is optional; it is validated, stored only encrypted with a keyed hash for look-up, and never returned in clear.',
        security: [{ bearer: [] }, { cookie: [] }],
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ maxLength: 200 })) }),
        body: Type.Object({
          ...CaseSubmission.properties,
          channel: Type.Union([Type.Literal('phone'), Type.Literal('desk'), Type.Literal('mail')]),
          cpr: Type.Optional(Type.String({ maxLength: 20, description: 'DDMMYY-SSSS, optional' })),
        }),
        response: {
          201: Type.Object({
            caseNumber: Type.String(),
            trackingToken: Type.String(),
            firstContactDue: Type.String(),
          }),
          200: Type.Object({
            caseNumber: Type.String(),
            trackingToken: Type.String(),
            firstContactDue: Type.String(),
          }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
        },
      },
      // Our validator gives a Danish/English message per field.
      attachValidation: true,
    },
    async (req, reply) => {
      const user = requireUser(req);
      if (!can(user, 'case.register')) throw forbidden();
      const kommune = (await getKommune(ctx, user.kommuneId))!;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const channel = ['phone', 'desk', 'mail'].includes(String(body.channel))
        ? (body.channel as 'phone')
        : 'desk';
      const key = req.headers['idempotency-key'];
      const c = await registerCase(
        ctx,
        kommune,
        user,
        body,
        channel,
        typeof key === 'string' && key ? key : null,
      );
      return reply.code(c.created ? 201 : 200).send({
        caseNumber: c.caseNumber,
        trackingToken: c.trackingToken,
        firstContactDue: c.firstContactDue,
      });
    },
  );
}
