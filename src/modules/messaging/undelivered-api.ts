// JSON API of undelivered messages: the admin's list, and "send again". Thin: validate, check the policy, call
// the module.
import { Type } from 'typebox';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { STUCK_AFTER_MINUTES } from './queries.js';
import { resendMessage, undeliveredMessages } from './undelivered.js';

const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];

const UndeliveredItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  channel: Type.Union([Type.Literal('mail'), Type.Literal('sms')]),
  recipient: Type.String({ description: 'The e-mail address or phone number it was meant for' }),
  template: Type.String({ description: 'e.g. intake.receipt, dialogue.missed_call, agreement.reminder' }),
  caseNumber: Type.Union([Type.String(), Type.Null()]),
  attempts: Type.Integer({ minimum: 0 }),
  lastError: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  retriesExhausted: Type.Boolean({ description: 'Nothing will try it again unless it is resent' }),
});

export function undeliveredApi(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/outbox/undelivered',
    {
      schema: {
        tags: ['messaging'],
        summary: "The kommune's undelivered mail and SMS messages, newest first (admin)",
        description: `Unsent messages with a failed attempt, or handed to the queue more than ${STUCK_AFTER_MINUTES} minutes ago. The read is audit-logged.`,
        security,
        response: {
          200: Type.Object({ items: Type.Array(UndeliveredItem) }),
          401: ErrorBody,
          403: ErrorBody,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'mailbox.read')) throw forbidden();
      const rows = await undeliveredMessages(ctx, user, req.ip);
      return {
        items: rows.map((r) => ({
          ...r,
          channel: r.channel === 'sms' ? ('sms' as const) : ('mail' as const),
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );

  app.post(
    '/api/v1/outbox/:id/resend',
    {
      schema: {
        tags: ['messaging'],
        summary: 'Send an undelivered message again, as a new delivery job (admin)',
        description: '409 when the message has been sent, or is being sent right now.',
        security,
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: {
          202: Type.Object({ id: Type.String({ format: 'uuid' }) }),
          400: ErrorBody,
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
          409: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      if (!can(user, 'outbox.resend')) throw forbidden();
      await resendMessage(ctx, user, req.params.id, req.ip);
      return reply.code(202).send({ id: req.params.id });
    },
  );
}
