// JSON API of the formal track: re-assessment, forwarding with the case bundle, the appeals body's result, the
// decision on a late complaint, the facts of the decision (how it reached the citizen, klagevejledning),
// aktindsigt requests, and the appeals body per area. Thin: validate, check the policy, call the module.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { DECISION_DELIVERIES } from '../../core/formal.js';
import { REASSESSMENT_RESULTS } from '../../core/workflow.js';
import { recordAudit } from '../../platform/audit.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { conflict, ErrorBody, forbidden, HttpError } from '../../platform/errors.js';
import type { Declared } from '../../platform/module.js';
import { can } from '../../platform/policies.js';
import { caseToWork } from '../cases/index.js';
import { bundleOf, findArea, listAppealsBodies, setAppealsBody } from './queries.js';
import {
  decideLateComplaint,
  forwardCase,
  markAccessRequestAnswered,
  reassessmentLetterUrl,
  recordAppealResult,
  recordDecisionFacts,
  recordReassessment,
  registerAccessRequest,
} from './service.js';

const literals = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
const CaseParams = Type.Object({ caseNumber: Type.String({ pattern: '^[0-9]{3}-[0-9]{4}-[0-9]{6,}$' }) });
const IsoDate = Type.String({ format: 'date' });
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['formal'];
/** The appeals body's results as the API names them (dismissed: afvist/bortfaldet). */
const API_APPEAL_RESULTS = ['upheld', 'changed', 'annulled', 'sent_back', 'dismissed'] as const;
const Moved = Type.Object({
  caseNumber: Type.String(),
  state: Type.String(),
  letterUrl: Type.Union([Type.String(), Type.Null()], {
    description: 'The letter to send next (changed in full: the re-assessment letter), if any',
  }),
});

export function formalApi(app: App, ctx: AppContext, declared: Declared): void {
  const work = async (req: FastifyRequest) => {
    const user = requireUser(req);
    return { user, c: await caseToWork(ctx, user, (req.params as { caseNumber: string }).caseNumber) };
  };

  app.post(
    '/api/v1/cases/:caseNumber/reassessment',
    {
      schema: {
        tags,
        summary:
          'Record the re-assessment (genvurdering): changed in full closes the case, otherwise forward it',
        description:
          'Only a complaint about a decision whose complaint is maintained; a second re-assessment, or one after ' +
          "the appeals body's result, is refused with 409.",
        security,
        params: CaseParams,
        body: Type.Object({
          result: literals(REASSESSMENT_RESULTS),
          reasoning: Type.String({ minLength: 1, maxLength: 10000 }),
        }),
        response: { 200: Moved, ...errors },
      },
    },
    async (req) => {
      const { user, c } = await work(req);
      const { state } = await recordReassessment(ctx, user.userId, c, req.body);
      return {
        caseNumber: c.number,
        state,
        letterUrl: req.body.result === 'changed' ? reassessmentLetterUrl(c.number) : null,
      };
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/forwarding',
    {
      schema: {
        tags,
        summary: 'Forward the upheld complaint to the appeals body with the case bundle (kept on the case)',
        description: "`appealBody` defaults to the area's configured appeals body (Ankestyrelsen if none).",
        security,
        params: CaseParams,
        body: Type.Object({ appealBody: Type.Optional(Type.String({ maxLength: 200 })) }),
        response: {
          200: Type.Object({ forwardedOn: IsoDate, bundleUrl: Type.String() }),
          ...errors,
        },
      },
    },
    async (req) => {
      const { user, c } = await work(req);
      return forwardCase(ctx, declared, user.userId, c, req.body);
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/bundle.pdf',
    {
      config: { personalData: true },
      schema: {
        tags,
        summary: 'The case bundle as sent to the appeals body (PDF): the latest, or the given version',
        description:
          'Answers 409 while the case has not been forwarded (or has no such version). Every download is written to the audit log.',
        security,
        params: CaseParams,
        querystring: Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1 })) }),
        response: {
          200: Type.String({ format: 'binary', description: 'application/pdf' }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { user, c } = await work(req);
      const pdf = await bundleOf(ctx.db, c.kommuneId, c.id, req.query.version);
      if (!pdf) throw conflict('no_bundle', 'formal.error.noBundle');
      await recordAudit(ctx, {
        kommuneId: c.kommuneId,
        userId: user.userId,
        action: 'read',
        subjectType: 'case_bundle',
        subjectId: c.id,
        caseId: c.id,
        citizenId: c.citizenId,
        purpose: 'sagsbehandling',
        ip: req.ip,
      });
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="sagsakter-${c.number}${req.query.version ? `-${req.query.version}` : ''}.pdf"`,
        )
        .send(Buffer.from(pdf) as unknown as string);
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/appeal-result',
    {
      schema: {
        tags,
        summary: "Record the appeals body's decision and its date; sent back re-enters re-assessment",
        security,
        params: CaseParams,
        body: Type.Object({ result: literals(API_APPEAL_RESULTS), decidedOn: IsoDate }),
        response: { 200: Moved, ...errors },
      },
    },
    async (req) => {
      const { user, c } = await work(req);
      const { state } = await recordAppealResult(ctx, user.userId, c, req.body);
      return { caseNumber: c.number, state, letterUrl: null };
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/late-decision',
    {
      schema: {
        tags,
        summary:
          'Decide whether a complaint received after the klagefrist is handled anyway, with the reason',
        security,
        params: CaseParams,
        body: Type.Object({
          accepted: Type.Boolean(),
          reason: Type.String({ minLength: 1, maxLength: 4000 }),
        }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      const { user, c } = await work(req);
      await decideLateComplaint(ctx, user.userId, c, req.body);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/v1/cases/:caseNumber/decision-facts',
    {
      schema: {
        tags,
        summary: 'How the decision reached the citizen, and whether it carried a proper klagevejledning',
        security,
        params: CaseParams,
        body: Type.Object({ delivery: literals(DECISION_DELIVERIES), properGuidance: Type.Boolean() }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      const { user, c } = await work(req);
      await recordDecisionFacts(ctx, user.userId, c, req.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/access-requests',
    {
      schema: {
        tags,
        summary: 'Register a request for access to the files (aktindsigt): due in 7 working days',
        security,
        params: CaseParams,
        body: Type.Object({
          receivedOn: Type.Optional(IsoDate),
          note: Type.Optional(Type.String({ maxLength: 2000 })),
        }),
        response: {
          201: Type.Object({ id: Type.String(), receivedOn: IsoDate, dueOn: IsoDate }),
          ...errors,
        },
      },
    },
    async (req, reply) => {
      const { user, c } = await work(req);
      return reply.code(201).send(await registerAccessRequest(ctx, user.userId, c, req.body));
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/access-requests/:id/answered',
    {
      schema: {
        tags,
        summary: 'Mark a request for access to the files answered (today)',
        security,
        params: Type.Object({ ...CaseParams.properties, id: Type.String({ format: 'uuid' }) }),
        response: { 200: Type.Object({ id: Type.String(), answeredOn: IsoDate }), ...errors },
      },
    },
    async (req) => {
      const { user, c } = await work(req);
      return markAccessRequestAnswered(ctx, user.userId, c, req.params.id);
    },
  );

  app.get(
    '/api/v1/appeals-bodies',
    {
      schema: {
        tags,
        summary: 'Every area of the kommune with its appeals body (null: Ankestyrelsen, the default)',
        security,
        response: {
          200: Type.Array(
            Type.Object({
              areaCode: Type.String(),
              areaName: Type.String(),
              appealsBody: Type.Union([Type.String(), Type.Null()]),
            }),
          ),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'appealsBodies.read')) throw forbidden();
      const rows = await listAppealsBodies(ctx.db, user.kommuneId);
      return rows.map((r) => ({ areaCode: r.code, areaName: r.name, appealsBody: r.appealsBody }));
    },
  );

  app.put(
    '/api/v1/appeals-bodies/:areaCode',
    {
      schema: {
        tags,
        summary: "Set the area's appeals body (null: back to Ankestyrelsen) — the kommune administrator",
        security,
        params: Type.Object({ areaCode: Type.String({ minLength: 1, maxLength: 100 }) }),
        body: Type.Object({ name: Type.Union([Type.String({ maxLength: 200 }), Type.Null()]) }),
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      if (!can(user, 'appealsBodies.manage')) {
        throw new HttpError(403, 'forbidden', 'formal.forbidden.appealsBodies');
      }
      const name = req.body.name === null ? null : req.body.name.trim();
      if (name === '')
        throw new HttpError(400, 'validation', 'formal.error.appealsBody', {
          name: 'formal.error.appealsBody',
        });
      const area = await findArea(ctx.db, user.kommuneId, req.params.areaCode);
      if (!area) throw new HttpError(404, 'not_found', 'formal.error.areaNotFound');
      await setAppealsBody(ctx.db, user.kommuneId, area.id, name, ctx.now());
      return reply.code(204).send(null);
    },
  );
}
