// JSON API of messaging: the dev mailbox, where mail and SMS land when no provider is configured.
import { Type } from 'typebox';
import { recordAudit } from '../../platform/audit.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden, notFound } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { findDevMailboxAttachment, listDevMailbox } from './queries.js';

const Attachment = Type.Object({
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer({ description: 'Bytes' }),
  sha256: Type.String({ description: 'sha-256 of the file as caught' }),
  url: Type.String({ description: 'Where the file is downloaded' }),
});
const attachmentUrl = (id: string, index: number) => `/api/v1/dev-mailbox/${id}/attachments/${index}`;

const MailboxItem = Type.Object({
  id: Type.String({ format: 'uuid' }),
  channel: Type.Union([Type.Literal('mail'), Type.Literal('sms')]),
  recipient: Type.String(),
  subject: Type.Union([Type.String(), Type.Null()]),
  body: Type.String(),
  attachments: Type.Array(Attachment),
  createdAt: Type.String({ format: 'date-time' }),
});

export function messagingApi(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/dev-mailbox',
    {
      config: { personalData: true },
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
          attachments: (r.attachments ?? []).map((a, i) => ({
            filename: a.filename,
            contentType: a.contentType,
            size: a.size,
            sha256: a.sha256,
            url: attachmentUrl(r.id, i),
          })),
          createdAt: r.createdAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/api/v1/dev-mailbox/:id/attachments/:index',
    {
      config: { personalData: true },
      schema: {
        tags: ['messaging'],
        summary: 'A file caught with a mail in the dev mailbox, exactly as it was sent (admin)',
        security: [{ bearer: [] }, { cookie: [] }],
        params: Type.Object({
          id: Type.String({ format: 'uuid' }),
          index: Type.Integer({ minimum: 0, maximum: 20 }),
        }),
        response: {
          200: Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'The file' }),
          401: ErrorBody,
          403: ErrorBody,
          404: ErrorBody,
        },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      if (!can(user, 'mailbox.read')) throw forbidden();
      const file = await findDevMailboxAttachment(ctx, user.kommuneId, req.params.id, req.params.index);
      if (!file) throw notFound('messaging.error.attachmentNotFound');
      await recordAudit(ctx, {
        kommuneId: user.kommuneId,
        userId: user.userId,
        action: 'read',
        subjectType: 'dev_mailbox',
        subjectId: req.params.id,
        purpose: 'testpostkasse',
        ip: req.ip,
      });
      const name = file.filename.replace(/[^\w.-]/g, '_');
      return reply
        .type(file.contentType)
        .header('content-disposition', `inline; filename="${name}"`)
        .send(Buffer.from(file.contentBase64, 'base64'));
    },
  );
}
