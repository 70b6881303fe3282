// Staff registration of complaints and inquiries received by phone, at the desk or by mail.
import { Type } from 'typebox';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { getKommune } from '../../platform/tenancy.js';
import { tidyBody } from './api.js';
import { registerCase } from './registration.js';
import { IdempotencyHeaders, StaffSubmission } from './schemas.js';

export function staffIntakeApi(app: App, ctx: AppContext): void {
  app.post(
    '/api/v1/staff/cases',
    {
      schema: {
        tags: ['intake'],
        summary: 'Register a complaint received by phone, at the desk or by mail (staff)',
        description:
          'CPR is optional; it is validated, stored only encrypted with a keyed hash for look-up, and never returned in clear. ' +
          "An `Idempotency-Key` is scoped to the kommune and the signed-in staff member (another user's key never " +
          'matches) and bound to the body: a repeat with the same body answers 200 with the first case, another body 422.',
        security: [{ bearer: [] }, { cookie: [] }],
        headers: IdempotencyHeaders,
        body: StaffSubmission,
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
          422: { ...ErrorBody, description: 'The Idempotency-Key was used before with another body' },
        },
      },
      preValidation: tidyBody,
      // Signed in first (the session is read after validation): without one, nothing about the body is told.
      attachValidation: true,
    },
    async (req, reply) => {
      const user = requireUser(req);
      if (!can(user, 'case.register')) throw forbidden();
      if (req.validationError) throw req.validationError;
      const kommune = (await getKommune(ctx, user.kommuneId))!;
      const c = await registerCase(ctx, kommune, user, req.body, req.headers['idempotency-key'] ?? null);
      return reply.code(c.created ? 201 : 200).send({
        caseNumber: c.caseNumber,
        trackingToken: c.trackingToken,
        firstContactDue: c.firstContactDue,
      });
    },
  );
}
