// JSON API of participation: the public list and contribution (no account), and the staff's running of a
// process — create, publish, register, moderate, group, answer, close, export. Thin: validate, check the
// policy, call the service.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { normalizeKommunekode } from '../../core/identifiers.js';
import { daysToFeedback } from '../../core/participation.js';
import { CATALOG } from '../../i18n/catalog.js';
import { translator } from '../../i18n/index.js';
import { recordAudit } from '../../platform/audit.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden, notFound } from '../../platform/errors.js';
import { requestLocale } from '../../platform/locale.js';
import { can } from '../../platform/policies.js';
import { PUBLIC_READ_LIMIT, submissionLimit } from '../../platform/rate-limits.js';
import { getKommune } from '../../platform/tenancy.js';
import { findImage, type GroupRow, listProcesses, type ProcessRow } from './queries.js';
import {
  AnswerBody,
  ContributionBody,
  GroupBody,
  ModerationBody,
  ProcessBody,
  PublicContributionBody,
} from './schemas.js';
import {
  answerGroup,
  ClosingRefused,
  closeProcess,
  contributeOnline,
  contributionStatus,
  createGroup,
  createProcess,
  moderate,
  openProcess,
  processCsv,
  processDetail,
  processOptions,
  registerContribution,
  updateProcessDetails,
} from './service.js';

const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const TAGS = ['participation'];
const uuid = (o: { description?: string } = {}) => Type.String({ format: 'uuid', ...o });
const nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
const str = () => Type.String();

const PhaseOut = Type.Object({ kind: str(), startsOn: str(), endsOn: str() });
const ProcessSummary = Type.Object({
  id: uuid(),
  title: str(),
  question: str(),
  influence: str(),
  decided: str(),
  channels: str(),
  area: nullable(str()),
  status: Type.Union([Type.Literal('draft'), Type.Literal('open'), Type.Literal('closed')]),
  phases: Type.Array(PhaseOut),
  hearingEndsOn: str(),
  closedAt: nullable(Type.String({ format: 'date-time' })),
  daysToFeedback: Type.Union([Type.Integer(), Type.Null()], {
    description: 'From the end of the hearing to closing',
  }),
});
const StaffProcess = Type.Object({
  ...ProcessSummary.properties,
  departmentId: nullable(uuid()),
  ownerId: nullable(uuid()),
});
const dateTime = () => Type.String({ format: 'date-time' });
const GroupOut = Type.Object({
  id: uuid(),
  title: str(),
  outcome: nullable(str()),
  answer: nullable(str()),
  askWhom: nullable(str()),
  answeredAt: nullable(
    Type.String({ format: 'date-time', description: 'When the answer was first published' }),
  ),
  answerChangedAt: nullable(
    Type.String({ format: 'date-time', description: 'When the published answer was last corrected' }),
  ),
});
/** An earlier wording of a corrected answer. */
const RevisionOut = Type.Object({
  outcome: str(),
  answer: str(),
  askWhom: nullable(str()),
  publishedAt: dateTime(),
  replacedAt: dateTime(),
});
const StaffGroup = Type.Object({
  ...GroupOut.properties,
  revisions: Type.Array(RevisionOut, { description: 'Earlier wordings of the answer, oldest first' }),
});
const PublicContribution = Type.Object({
  id: uuid(),
  text: str(),
  groupId: nullable(uuid()),
  receivedOn: str(),
  hasImage: Type.Boolean({ description: 'An image is attached: GET …/contributions/{contributionId}/image' }),
});
const StaffContribution = Type.Object({
  id: uuid(),
  text: str(),
  source: str(),
  status: str(),
  moderationReason: nullable(str()),
  groupId: nullable(uuid()),
  name: nullable(str()),
  email: nullable(str()),
  phone: nullable(str()),
  notifiedAt: nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
  hasImage: Type.Boolean(),
});
const MissingOut = Type.Object({
  kind: Type.Union([
    Type.Literal('group_unanswered'),
    Type.Literal('contribution_unmoderated'),
    Type.Literal('contribution_ungrouped'),
    Type.Literal('contributor_not_notified'),
  ]),
  id: uuid(),
  title: Type.Optional(str()),
});
const ClosingConflict = Type.Object(
  { ...ErrorBody.properties, missing: Type.Optional(Type.Array(MissingOut)) },
  { description: 'An ErrorBody; when the process cannot be closed yet, `missing` lists what is missing' },
);

/** A JSON body with a 5 MB image in base64 and the contribution's text. */
const IMAGE_BODY_LIMIT = 7 * 1024 * 1024 + 64 * 1024;

const ContributionParams = Type.Object({ processId: uuid(), contributionId: uuid() });
const IMAGE_RESPONSE = Type.String({ description: 'The image (image/jpeg or image/png), metadata removed' });

/** Sends a stored image: its sniffed type, never sniffed again by the browser, not kept by shared caches. */
const sendImage = (reply: FastifyReply, image: { contentType: string; bytes: Uint8Array }, cache: string) =>
  reply
    .type(image.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', 'inline')
    .header('cache-control', cache)
    .send(Buffer.from(image.bytes));

const kommunekode = () => Type.String({ maxLength: 10 });
const KommuneParams = Type.Object({ kommunekode: kommunekode() });
const PublicProcessParams = Type.Object({ kommunekode: kommunekode(), processId: uuid() });
const ProcessParams = Type.Object({ processId: uuid() });

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The ErrorBody answers of a route, by status code. */
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [c, ErrorBody]));
const PUBLIC_ERRORS = errors(400, 404, 429);
/** What a staff change of a process can be refused with. */
const CHANGE_ERRORS = errors(400, 401, 403, 404, 409);
/** What a staff read of one process can be refused with. */
const READ_ERRORS = errors(400, 401, 403, 404);

/** The schema of a staff route: the module's tag and the bearer or cookie session. */
const staffSchema = <S extends object>(summary: string, rest: S) => ({
  tags: TAGS,
  summary,
  security,
  ...rest,
});

/** The signed-in staff member who may run processes; 401 or 403 otherwise. */
function manager(req: FastifyRequest): SessionUser {
  const user = requireUser(req);
  if (!can(user, 'participation.manage')) throw forbidden();
  return user;
}

export function summaryOf(p: ProcessRow) {
  return {
    id: p.id,
    title: p.title,
    question: p.question,
    influence: p.influence,
    decided: p.decided,
    channels: p.channels,
    area: p.area,
    status: p.status as 'draft' | 'open' | 'closed',
    phases: p.phases,
    hearingEndsOn: p.hearingEndsOn,
    closedAt: iso(p.closedAt),
    daysToFeedback: p.closedAt ? daysToFeedback(p.hearingEndsOn, p.closedAt) : null,
  };
}

/** The staff's view of a process: also its department and owner. */
const staffSummaryOf = (p: ProcessRow) => ({
  ...summaryOf(p),
  departmentId: p.departmentId,
  ownerId: p.ownerId,
});

const groupOut = (g: GroupRow) => ({
  id: g.id,
  title: g.title,
  outcome: g.outcome,
  answer: g.answer,
  askWhom: g.askWhom,
  answeredAt: iso(g.answeredAt),
  answerChangedAt: iso(g.answerChangedAt),
});

type Detail = NonNullable<Awaited<ReturnType<typeof processDetail>>>;

/** What the public sees of a process: the answered themes and the approved contributions, no contact details. */
export function publicResults(d: Detail) {
  return {
    groups: d.groups.filter((g) => g.answeredAt),
    contributions: d.contributions
      .filter((c) => c.status === 'approved')
      .map((c) => ({
        id: c.id,
        text: c.text,
        groupId: c.groupId,
        receivedOn: c.createdAt.toISOString().slice(0, 10),
        hasImage: d.images.has(c.id),
      })),
  };
}

/** A read of personal data by staff, audit-logged under participation's purpose. */
const auditRead = (
  ctx: AppContext,
  req: FastifyRequest,
  user: SessionUser,
  subjectType: string,
  id: string,
) =>
  recordAudit(ctx, {
    kommuneId: user.kommuneId,
    userId: user.userId,
    action: 'read',
    subjectType,
    subjectId: id,
    purpose: 'borgerinddragelse',
    ip: req.ip,
  });

/** The process of the user's kommune with everything in it; 404 when there is none. */
async function detailOr404(ctx: AppContext, user: SessionUser, processId: string): Promise<Detail> {
  const d = await processDetail(ctx, user.kommuneId, processId);
  if (!d) throw notFound('participation.error.notFound');
  return d;
}

async function kommuneOr404(ctx: AppContext, code: string) {
  const id = normalizeKommunekode(code);
  const kommune = id ? await getKommune(ctx, id) : null;
  if (!kommune) throw notFound('intake.error.kommune');
  return kommune;
}

export function participationApi(app: App, ctx: AppContext): void {
  app.get(
    '/api/v1/kommuner/:kommunekode/participation',
    {
      schema: {
        tags: TAGS,
        summary: "The kommune's participation processes, open and closed (public)",
        security: [],
        params: KommuneParams,
        response: {
          200: Type.Object({ open: Type.Array(ProcessSummary), closed: Type.Array(ProcessSummary) }),
          ...PUBLIC_ERRORS,
        },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const all = await listProcesses(ctx.db, kommune.kommuneId, ['open', 'closed']);
      return {
        open: all.filter((p) => p.status === 'open').map(summaryOf),
        closed: all.filter((p) => p.status === 'closed').map(summaryOf),
      };
    },
  );

  app.get(
    '/api/v1/kommuner/:kommunekode/participation/:processId',
    {
      schema: {
        tags: TAGS,
        summary:
          'One process with its answered themes and approved contributions (public, no contact details)',
        security: [],
        params: PublicProcessParams,
        response: {
          200: Type.Object({
            process: ProcessSummary,
            groups: Type.Array(GroupOut),
            contributions: Type.Array(PublicContribution),
          }),
          ...PUBLIC_ERRORS,
        },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const d = await processDetail(ctx, kommune.kommuneId, req.params.processId);
      if (!d || d.process.status === 'draft') throw notFound('participation.error.notFound');
      const shown = publicResults(d);
      return {
        process: summaryOf(d.process),
        groups: shown.groups.map(groupOut),
        contributions: shown.contributions,
      };
    },
  );

  app.post(
    '/api/v1/kommuner/:kommunekode/participation/:processId/contributions',
    {
      schema: {
        tags: TAGS,
        summary: 'Give a contribution to an open process (public, no account, rate-limited)',
        description:
          'Name and e-mail or phone are optional: give them to be told the answer to the contribution. ' +
          'Contact details are never shown publicly. The contribution is shown once a moderator has approved it.',
        security: [],
        params: PublicProcessParams,
        body: PublicContributionBody,
        response: {
          201: Type.Object({
            id: uuid({ description: 'Keep it to follow the contribution: GET …/contributions/{id}' }),
            status: Type.Literal('pending'),
          }),
          ...errors(400, 404, 409, 413, 415, 429),
        },
      },
      // Room for a 5 MB image in base64; the other JSON routes keep the app's limit.
      bodyLimit: IMAGE_BODY_LIMIT,
      config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
    },
    async (req, reply) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const { image, ...fields } = req.body;
      const c = await contributeOnline(
        ctx,
        kommune.kommuneId,
        req.params.processId,
        fields,
        requestLocale(req),
        image ? Buffer.from(image, 'base64') : undefined,
      );
      return reply.code(201).send({ id: c.id, status: 'pending' as const });
    },
  );

  app.get(
    '/api/v1/kommuner/:kommunekode/participation/:processId/contributions/:contributionId',
    {
      schema: {
        tags: TAGS,
        summary: 'The state of one’s own contribution, by the id its sending returned (public, no account)',
        description:
          'Whether it waits, is shown, or is not shown and why, and the answer to its theme; never its text ' +
          'or contact details. The citizen form links to the same as a page.',
        security: [],
        params: Type.Object({ kommunekode: kommunekode(), ...ContributionParams.properties }),
        response: {
          200: Type.Object({
            id: uuid(),
            status: Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]),
            moderationReason: nullable(str()),
            receivedOn: str(),
            group: Type.Union([GroupOut, Type.Null()]),
          }),
          ...PUBLIC_ERRORS,
        },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const own = await contributionStatus(
        ctx,
        kommune.kommuneId,
        req.params.processId,
        req.params.contributionId,
      );
      if (!own) throw notFound('participation.error.contributionNotFound');
      return { ...own.contribution, group: own.group ? groupOut(own.group) : null };
    },
  );

  app.get(
    '/api/v1/kommuner/:kommunekode/participation/:processId/contributions/:contributionId/image',
    {
      schema: {
        tags: TAGS,
        summary: "An approved contribution's image (public; 404 until the contribution is approved)",
        security: [],
        params: Type.Object({ kommunekode: kommunekode(), ...ContributionParams.properties }),
        produces: ['image/jpeg', 'image/png'],
        response: { 200: IMAGE_RESPONSE, ...PUBLIC_ERRORS },
      },
      config: PUBLIC_READ_LIMIT,
    },
    async (req, reply) => {
      const kommune = await kommuneOr404(ctx, req.params.kommunekode);
      const image = await findImage(
        ctx.db,
        kommune.kommuneId,
        req.params.processId,
        req.params.contributionId,
      );
      if (image?.status !== 'approved' || image.processStatus === 'draft')
        throw notFound('participation.error.imageNotFound');
      // A moderator may still reject it: caches ask again each time.
      return sendImage(reply, image, 'no-cache');
    },
  );

  app.get(
    '/api/v1/participation',
    {
      schema: staffSchema("The kommune's processes, drafts included (staff)", {
        response: { 200: Type.Object({ items: Type.Array(StaffProcess) }), ...errors(401, 403) },
      }),
    },
    async (req) => {
      const user = manager(req);
      const all = await listProcesses(ctx.db, user.kommuneId, ['draft', 'open', 'closed']);
      return { items: all.map(staffSummaryOf) };
    },
  );

  app.post(
    '/api/v1/participation',
    {
      schema: staffSchema('Create a process as a draft (not public until opened)', {
        description: 'What can be influenced and what is already decided (and by whom) are mandatory.',
        body: ProcessBody,
        response: { 201: StaffProcess, ...errors(400, 401, 403) },
      }),
    },
    async (req, reply) => {
      const user = manager(req);
      return reply.code(201).send(staffSummaryOf(await createProcess(ctx, user, req.body)));
    },
  );

  app.get(
    '/api/v1/participation/options',
    {
      schema: staffSchema(
        "What a process may belong to and who may own it: the kommune's departments and staff",
        {
          response: {
            200: Type.Object({
              departments: Type.Array(Type.Object({ id: uuid(), name: str() })),
              owners: Type.Array(Type.Object({ id: uuid(), name: str(), departmentId: nullable(uuid()) })),
            }),
            ...errors(401, 403),
          },
        },
      ),
    },
    async (req) => processOptions(ctx, manager(req).kommuneId),
  );

  app.put(
    '/api/v1/participation/:processId',
    {
      schema: staffSchema('Change a draft or an open process (the whole form; a closed one cannot change)', {
        description: 'The same rules as creating: what can be influenced and what is decided are mandatory.',
        params: ProcessParams,
        body: ProcessBody,
        response: { 200: StaffProcess, ...CHANGE_ERRORS },
      }),
    },
    async (req) =>
      staffSummaryOf(await updateProcessDetails(ctx, manager(req), req.params.processId, req.body)),
  );

  app.get(
    '/api/v1/participation/:processId',
    {
      config: { personalData: true },
      schema: staffSchema(
        'A process with every contribution (contact details included), its themes and what is missing',
        {
          description: 'The read is audit-logged.',
          params: ProcessParams,
          response: {
            200: Type.Object({
              process: StaffProcess,
              groups: Type.Array(StaffGroup),
              contributions: Type.Array(StaffContribution),
              missing: Type.Array(MissingOut),
            }),
            ...READ_ERRORS,
          },
        },
      ),
    },
    async (req) => {
      const user = manager(req);
      const d = await detailOr404(ctx, user, req.params.processId);
      // Contact details are for the staff who may change the process (its department, or leads and admins).
      if (!can(user, 'participation.edit', d.process)) throw forbidden();
      await auditRead(ctx, req, user, 'participation_process', d.process.id);
      return {
        process: staffSummaryOf(d.process),
        groups: d.groups.map((g) => ({
          ...groupOut(g),
          revisions: d.revisions
            .filter((r) => r.groupId === g.id)
            .map((r) => ({
              outcome: r.outcome,
              answer: r.answer,
              askWhom: r.askWhom,
              publishedAt: r.publishedAt.toISOString(),
              replacedAt: r.replacedAt.toISOString(),
            })),
        })),
        contributions: d.contributions.map((c) => ({
          id: c.id,
          text: c.text,
          source: c.source,
          status: c.status,
          moderationReason: c.moderationReason,
          groupId: c.groupId,
          name: c.name,
          email: c.email,
          phone: c.phone,
          notifiedAt: iso(c.notifiedAt),
          createdAt: c.createdAt.toISOString(),
          hasImage: d.images.has(c.id),
        })),
        missing: d.missing,
      };
    },
  );

  app.post(
    '/api/v1/participation/:processId/open',
    {
      schema: staffSchema(
        'Publish a draft: it is shown publicly and takes contributions until the hearing ends',
        { params: ProcessParams, response: { 200: StaffProcess, ...CHANGE_ERRORS } },
      ),
    },
    async (req) => staffSummaryOf(await openProcess(ctx, manager(req), req.params.processId)),
  );

  app.post(
    '/api/v1/participation/:processId/contributions',
    {
      schema: staffSchema('Register a contribution heard at a meeting (approved at once)', {
        params: ProcessParams,
        body: ContributionBody,
        response: { 201: Type.Object({ id: uuid(), status: Type.Literal('approved') }), ...CHANGE_ERRORS },
      }),
    },
    async (req, reply) => {
      const c = await registerContribution(ctx, manager(req), req.params.processId, req.body);
      return reply.code(201).send({ id: c.id, status: 'approved' as const });
    },
  );

  app.post(
    '/api/v1/participation/:processId/contributions/:contributionId/moderation',
    {
      schema: staffSchema(
        'Approve a contribution, or reject it with a reason the contributor sees (and is told)',
        {
          params: ContributionParams,
          body: ModerationBody,
          response: {
            200: Type.Object({ id: uuid(), status: str(), moderationReason: nullable(str()) }),
            ...CHANGE_ERRORS,
          },
        },
      ),
    },
    async (req) => {
      const { processId, contributionId } = req.params;
      const { decision, reason } = req.body;
      const c = await moderate(ctx, manager(req), processId, contributionId, decision, reason);
      return { id: c.id, status: c.status, moderationReason: c.moderationReason };
    },
  );

  app.post(
    '/api/v1/participation/:processId/groups',
    {
      schema: staffSchema('Gather approved contributions in a theme', {
        params: ProcessParams,
        body: GroupBody,
        response: {
          201: Type.Object({ id: uuid(), title: str(), contributions: Type.Integer() }),
          ...CHANGE_ERRORS,
        },
      }),
    },
    async (req, reply) => {
      const { title, contributionIds } = req.body;
      const g = await createGroup(ctx, manager(req), req.params.processId, title, contributionIds);
      return reply.code(201).send({ id: g.id, title: g.title, contributions: g.contributions });
    },
  );

  app.post(
    '/api/v1/participation/:processId/groups/:groupId/answer',
    {
      schema: staffSchema(
        "Publish or correct the kommune's answer to a theme; its contributors with contact details are told",
        {
          description:
            'adopted, partly (adopted in part) or not_adopted with why; outside (the room for influence) with ' +
            'whom to ask. The answers go out by mail or SMS through the outbox, in the same transaction. ' +
            'A theme already answered has its answer corrected (until the process is closed): the earlier ' +
            'wording is kept, the change is audit-logged and shown publicly with its date, and everyone told ' +
            'the earlier answer is told of the change once. The same answer again changes nothing.',
          params: Type.Object({ processId: uuid(), groupId: uuid() }),
          body: AnswerBody,
          response: {
            200: Type.Object({
              group: GroupOut,
              notified: Type.Integer(),
              corrected: Type.Boolean({ description: 'An earlier published answer was replaced' }),
            }),
            ...CHANGE_ERRORS,
          },
        },
      ),
    },
    async (req) => {
      const { processId, groupId } = req.params;
      const r = await answerGroup(ctx, manager(req), processId, groupId, req.body);
      return { group: groupOut(r.group), notified: r.notified, corrected: r.corrected };
    },
  );

  app.post(
    '/api/v1/participation/:processId/close',
    {
      schema: staffSchema(
        'Close the process once every theme is answered and every contributor with contact details told',
        {
          description: 'Refused with 409 and the list of what is missing otherwise.',
          params: ProcessParams,
          response: { 200: StaffProcess, ...READ_ERRORS, 409: ClosingConflict },
        },
      ),
    },
    async (req, reply) => {
      const user = manager(req);
      try {
        return staffSummaryOf(await closeProcess(ctx, user, req.params.processId));
      } catch (err) {
        if (!(err instanceof ClosingRefused)) throw err;
        const t = translator(CATALOG, requestLocale(req));
        return reply.code(409).send({
          error: 'participation_feedback_missing',
          message: t('participation.error.closing', { count: err.missing.length }),
          missing: err.missing,
        });
      }
    },
  );

  app.get(
    '/api/v1/participation/:processId/export',
    {
      schema: staffSchema(
        'The process as CSV: every contribution with its theme and answer (no contact details)',
        {
          params: ProcessParams,
          produces: ['text/csv'],
          response: {
            200: Type.String({ description: 'CSV, semicolon-separated, UTF-8 with BOM' }),
            ...READ_ERRORS,
          },
        },
      ),
    },
    async (req, reply) => {
      const d = await detailOr404(ctx, manager(req), req.params.processId);
      const t = translator(CATALOG, requestLocale(req));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="participation-${d.process.id}.csv"`)
        .send(processCsv(d, t));
    },
  );

  app.get(
    '/api/v1/participation/:processId/contributions/:contributionId/image',
    {
      config: { personalData: true },
      schema: staffSchema(
        "A contribution's image, whatever its moderation (staff; the read is audit-logged)",
        {
          params: ContributionParams,
          produces: ['image/jpeg', 'image/png'],
          response: { 200: IMAGE_RESPONSE, ...READ_ERRORS },
        },
      ),
    },
    async (req, reply) => {
      const user = manager(req);
      const { processId, contributionId } = req.params;
      const image = await findImage(ctx.db, user.kommuneId, processId, contributionId);
      if (!image) throw notFound('participation.error.imageNotFound');
      if (!can(user, 'participation.edit', { kommuneId: user.kommuneId, departmentId: image.departmentId }))
        throw forbidden();
      await auditRead(ctx, req, user, 'participation_contribution', contributionId);
      return sendImage(reply, image, 'private, no-store');
    },
  );
}
