// JSON API of the dialogue loop: contact attempts, the conversation, agreements, outcomes (transitions),
// reassignment and the team lead's overview. Thin: validate, check the policy, call the module.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { CONTACT_CHANNELS, CONTACT_RESULTS } from '../../core/contact.js';
import { CONVERSATION_PHASES } from '../../core/conversation.js';
import { ROOT_CAUSES } from '../../core/workflow.js';
import { recordAudit } from '../../platform/audit.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody } from '../../platform/errors.js';
import { requestLocale } from '../../platform/locale.js';
import { caseToWork } from '../cases/index.js';
import { addAgreement, completeAgreement, listAgreements } from './agreements.js';
import { missedCallPreview, recordAttempt, sendMissedCallMessage } from './attempts.js';
import { getConversation, saveConversation } from './conversation.js';
import { markForBundle } from './documents.js';
import { Agreement, Conversation } from './schemas.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const CaseParams = Type.Object({ caseNumber: Type.String({ pattern: '^[0-9]{3}-[0-9]{4}-[0-9]{6,}$' }) });
const Uuid = Type.String({ format: 'uuid' });
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export function loopApi(app: App, ctx: AppContext): void {
  const work = async (req: FastifyRequest) => {
    const user = requireUser(req);
    return { user, c: await caseToWork(ctx, user, (req.params as { caseNumber: string }).caseNumber) };
  };

  app.post(
    '/api/v1/cases/:caseNumber/contact-attempts',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'Log a contact attempt (kontaktforsøg); reaching the citizen meets first contact',
        security,
        params: CaseParams,
        body: Type.Object({
          channel: literals(CONTACT_CHANNELS),
          result: literals(CONTACT_RESULTS),
          note: Type.Optional(Type.String({ maxLength: 2000 })),
          letterReason: Type.Optional(
            Type.String({
              maxLength: 2000,
              description: 'Required when a letter is the first action on a complaint',
            }),
          ),
        }),
        response: {
          201: Type.Object({
            id: Type.String(),
            state: Type.String(),
            firstContactMetOn: Type.Union([Type.String(), Type.Null()]),
            offerMissedCallMessage: Type.Boolean(),
          }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { user, c } = await work(req);
      return reply.code(201).send(await recordAttempt(ctx, user.userId, c, req.body));
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/missed-call-message',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'After a missed call: send the ready "we tried to call you" SMS or e-mail (one click)',
        security,
        params: CaseParams,
        body: Type.Object({ channel: literals(['sms', 'email'] as const) }),
        response: { 201: Type.Object({ id: Type.String(), state: Type.String() }), ...errors },
      },
    },
    async (req, reply) => {
      const { user, c } = await work(req);
      const out = await sendMissedCallMessage(ctx, user.userId, c, req.body.channel, requestLocale(req));
      return reply.code(201).send({ id: out.id, state: out.state });
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/missed-call-message',
    {
      schema: {
        tags: ['dialogue'],
        operationId: 'previewMissedCallMessage',
        summary: 'Preview the "we tried to call you" SMS or e-mail as the citizen would get it',
        description:
          "The number and phone hours come from the contact directory: the case's area, else its department.",
        security,
        params: CaseParams,
        querystring: Type.Object({ channel: literals(['sms', 'email'] as const) }),
        response: {
          200: Type.Object({ subject: Type.Union([Type.String(), Type.Null()]), text: Type.String() }),
          ...errors,
        },
      },
    },
    async (req) => {
      const { c } = await work(req);
      return missedCallPreview(ctx, c, req.query.channel, requestLocale(req));
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/conversation',
    {
      config: { personalData: true },
      schema: {
        tags: ['dialogue'],
        summary: 'The conversation record of the case (empty phases if not started)',
        security,
        params: CaseParams,
        response: { 200: Type.Union([Conversation, Type.Null()]), ...errors },
      },
    },
    async (req) => {
      const { user, c } = await work(req);
      // Conversation notes are personal data: reading them is logged like opening the case.
      await recordAudit(ctx, {
        kommuneId: c.kommuneId,
        userId: user.userId,
        action: 'read',
        subjectType: 'conversation',
        subjectId: c.id,
        caseId: c.id,
        citizenId: c.citizenId,
        purpose: 'sagsbehandling',
        ip: req.ip,
      });
      return getConversation(ctx.db, c.id);
    },
  );

  app.put(
    '/api/v1/cases/:caseNumber/conversation/bundle',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'Mark the conversation notes for the case bundle sent to the appeals body (or unmark them)',
        security,
        params: CaseParams,
        body: Type.Object({ inBundle: Type.Boolean() }),
        response: { 200: Type.Object({ inBundle: Type.Boolean() }), ...errors },
      },
    },
    async (req) => {
      const { c } = await work(req);
      return markForBundle(ctx, { kommuneId: c.kommuneId, caseId: c.id }, req.body.inBundle);
    },
  );

  app.put(
    '/api/v1/cases/:caseNumber/conversation',
    {
      config: { personalData: true },
      schema: {
        tags: ['dialogue'],
        summary: 'Save the conversation guide (autosave): notes per phase, root causes, elapsed talk time',
        description: `Phases: ${CONVERSATION_PHASES.join(', ')}. Root causes: ${ROOT_CAUSES.join(', ')}. Send the last seen \`version\` to refuse overwriting a newer save (409).`,
        security,
        params: CaseParams,
        body: Type.Object({
          currentPhase: literals(CONVERSATION_PHASES),
          notes: Type.Record(Type.String(), Type.String()),
          rootCause: Type.Union([literals(ROOT_CAUSES), Type.Null()]),
          secondaryCauses: Type.Array(literals(ROOT_CAUSES), { maxItems: ROOT_CAUSES.length }),
          elapsedSeconds: Type.Integer({ minimum: 0, maximum: 14400 }),
          version: Type.Optional(Type.Integer({ minimum: 1 })),
          end: Type.Optional(Type.Boolean({ description: 'The call has ended' })),
        }),
        response: { 200: Conversation, ...errors },
      },
    },
    async (req) => {
      const { user, c } = await work(req);
      const saved = await saveConversation(ctx, user.userId, c, req.body);
      // The answer holds every phase's notes, not only those sent: logged like reading them.
      await recordAudit(ctx, {
        kommuneId: c.kommuneId,
        userId: user.userId,
        action: 'update',
        subjectType: 'conversation',
        subjectId: c.id,
        caseId: c.id,
        citizenId: c.citizenId,
        purpose: 'sagsbehandling',
        ip: req.ip,
      });
      return saved;
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/agreements',
    {
      config: { personalData: true },
      schema: {
        tags: ['dialogue'],
        summary: 'Agreements of the case',
        security,
        params: CaseParams,
        response: { 200: Type.Array(Agreement), ...errors },
      },
    },
    async (req) => {
      const { user, c } = await work(req);
      // Agreements are free text about the citizen: reading them is logged like opening the case.
      await recordAudit(ctx, {
        kommuneId: c.kommuneId,
        userId: user.userId,
        action: 'read',
        subjectType: 'agreements',
        subjectId: c.id,
        caseId: c.id,
        citizenId: c.citizenId,
        purpose: 'sagsbehandling',
        ip: req.ip,
      });
      return listAgreements(ctx.db, c.id);
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/agreements',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'Make an agreement (aftale): what, owner (a staff member or the citizen), due date',
        security,
        params: CaseParams,
        body: Type.Object({
          what: Type.String({ maxLength: 2000 }),
          owner: Type.Union([Type.Literal('citizen'), Uuid], {
            description: "'citizen' or a staff member's id",
          }),
          dueOn: Type.String({ format: 'date' }),
        }),
        response: { 201: Type.Object({ id: Type.String() }), ...errors },
      },
    },
    async (req, reply) => {
      const { user, c } = await work(req);
      return reply.code(201).send(await addAgreement(ctx, user.userId, c, req.body));
    },
  );

  app.patch(
    '/api/v1/cases/:caseNumber/agreements/:agreementId',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'Mark an agreement as kept or cancelled',
        security,
        params: Type.Object({ ...CaseParams.properties, agreementId: Uuid }),
        body: Type.Object({ status: literals(['kept', 'cancelled'] as const) }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      const { user, c } = await work(req);
      await completeAgreement(ctx, user.userId, c, req.params.agreementId, req.body.status);
      return reply.code(204).send(null);
    },
  );
}
