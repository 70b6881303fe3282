// JSON API of messaging: the dev mailbox, where mail and SMS land when no provider is configured.
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { listDevMailbox } from './queries.js';

const MailboxItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  channel: Type.Union([Type.Literal('mail'), Type.Literal('sms')]),
  recipient: Type.String(),
  subject: Type.Union([Type.String(), Type.Null()]),
  body: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
});

export function messagingApi(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/dev-mailbox',
    {
      schema: {
        tags: ['messaging'],
        summary: "The dev mailbox: the kommune's newest 100 caught mail and SMS messages (admin)",
        security: [{ bearer: [] }, { cookie: [] }],
        response: { 200: Type.Object({ items: Type.Array(MailboxItem) }), 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'mailbox.read')) throw forbidden();
      const rows = await listDevMailbox(ctx, user.kommuneId);
      // The caught messages carry names, addresses and case numbers: reading them is audited like a case.
      await recordAudit(ctx, {
        kommuneId: user.kommuneId,
        userId: user.userId,
        action: 'list',
        subjectType: 'dev_mailbox',
        purpose: 'testpostkasse', // formål: checking messages in development and demo
        ip: req.ip,
      });
      return {
        items: rows.map((r) => ({
          ...r,
          channel: r.channel === 'sms' ? ('sms' as const) : ('mail' as const),
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );
}
