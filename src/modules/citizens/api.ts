// JSON API of the citizen record: primary contact person and support needs.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, notFound } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { citizenSubject, setPrimaryContact, setSupportNeeds } from './contact.js';

const Params = Type.Object({ citizenId: Type.String({ format: 'uuid' }) });
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const SupportNeeds = Type.Object({
  interpreter: Type.Optional(Type.Boolean()),
  language: Type.Optional(Type.String({ maxLength: 100 })),
  companion: Type.Optional(Type.Boolean({ description: 'bisidder' })),
  readingDifficulties: Type.Optional(Type.Boolean()),
  hearingDifficulties: Type.Optional(Type.Boolean()),
  preferredChannel: Type.Optional(
    Type.Union([
      Type.Literal('phone'),
      Type.Literal('email'),
      Type.Literal('sms'),
      Type.Literal('letter'),
      Type.Literal('in_person'),
    ]),
  ),
  preferredTime: Type.Optional(Type.String({ maxLength: 200 })),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
});

export function citizensApi(app: App, ctx: AppContext): void {
  /** The citizen, if the user may work with one of their cases; otherwise 404. */
  const citizenToUpdate = async (req: FastifyRequest) => {
    const user = requireUser(req);
    const { citizenId } = req.params as { citizenId: string };
    const subject = await citizenSubject(ctx.db, user.kommuneId, citizenId);
    if (!subject || !can(user, 'citizen.update', subject)) throw notFound('Borgeren findes ikke');
    return { user, citizenId };
  };

  app.put(
    '/api/v1/citizens/:citizenId/primary-contact',
    {
      schema: {
        tags: ['citizens'],
        summary: "Assign (or clear) the primary contact person who follows all the citizen's cases",
        security,
        params: Params,
        body: Type.Object({ userId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]) }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      const { user, citizenId } = await citizenToUpdate(req);
      await setPrimaryContact(ctx, user, citizenId, req.body.userId);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/v1/citizens/:citizenId/support-needs',
    {
      schema: {
        tags: ['citizens'],
        summary:
          'Record support needs: interpreter and language, companion, reading/hearing, preferred channel and time',
        description:
          'Replaces the support needs as a whole: what is left out is cleared. Audited, and put on the timeline of ' +
          "each of the citizen's cases (which needs changed, not their content).",
        security,
        params: Params,
        body: SupportNeeds,
        response: { 200: SupportNeeds, ...errors },
      },
    },
    async (req) => {
      const { user, citizenId } = await citizenToUpdate(req);
      return setSupportNeeds(ctx, user, citizenId, req.body, req.ip);
    },
  );
}
