// JSON API of the staff queue: the department's cases, one case, "assign to me", and the areas and teams
// the queue filters by. Thin: validate, check the policy, call the module.
import { Type } from 'typebox';
import { SEARCH_PURPOSE_MAX, SEARCH_TERM_MAX } from '../../core/search.js';
import { CASE_STATES } from '../../core/workflow.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden, HttpError, notFound } from '../../platform/errors.js';
import type { Declared } from '../../platform/module.js';
import { can } from '../../platform/policies.js';
import { Agreement, Attempt, Citizen, Conversation } from '../dialogue/index.js';
import { assignToMe } from './assign.js';
import { DEFAULT_READ_PURPOSE, openCase } from './case.js';
import { listCaseStaff, listDepartmentTeams, listStaffAreas } from './organisation.js';
import { listQueue, QUEUE_PAGE_MAX } from './queue.js';
import { SEARCH_LIMIT, searchCases } from './search.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const Ref = Type.Object({ id: Type.String(), name: Type.String() });
const IsoDate = Type.String({ format: 'date' });
const CaseParams = Type.Object({ caseNumber: Type.String({ pattern: '^[0-9]{3}-[0-9]{4}-[0-9]{6,}$' }) });
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** One row of the queue (sagskø). */
export const QueueItem = Type.Object({
  caseNumber: Type.String(),
  kind: Type.String({ description: 'complaint | grievance | inquiry' }),
  state: Type.String(),
  area: Type.Object({ code: Type.String(), name: Type.String() }),
  team: nullable(Ref),
  assignee: nullable(Ref),
  citizenName: Type.String(),
  receivedAt: Type.String({ format: 'date-time' }),
  receivedOn: IsoDate,
  firstContactDue: IsoDate,
  firstContactMetOn: nullable(IsoDate),
  firstContactStatus: Type.Enum(['met', 'missed', 'due_today', 'overdue', 'pending']),
  reassessmentDue: Type.Optional(nullable(IsoDate)),
  reassessmentStatus: Type.Optional(
    nullable(Type.Enum(['met', 'missed', 'due_today', 'overdue', 'pending'])),
  ),
});

/** One case as the caseworker opens it: the queue row plus details, next moves and the timeline. */
export const CaseDetail = Type.Object({
  ...QueueItem.properties,
  id: Type.String(),
  channel: Type.String(),
  department: Ref,
  description: Type.String(),
  decisionDate: nullable(IsoDate),
  decisionReference: nullable(Type.String()),
  preferredContactTime: nullable(Type.String()),
  citizen: Citizen,
  reassessmentDue: nullable(IsoDate),
  rootCause: nullable(Type.String()),
  allowedTransitions: Type.Array(Type.String()),
  attempts: Type.Array(Attempt),
  conversation: nullable(Conversation),
  agreements: Type.Array(Agreement),
  timeline: Type.Array(
    Type.Object({
      type: Type.String(),
      at: Type.String({ format: 'date-time' }),
      actor: nullable(Ref),
      data: Type.Record(Type.String(), Type.Unknown()),
    }),
  ),
});

const queueForbidden = () => new HttpError(403, 'forbidden', 'dialogue.api.queueForbidden');

export function queueApi(app: App, ctx: AppContext, declared: Declared): void {
  // What other modules add to the case (their own keys, e.g. the formal track's deadlines), never named here.
  const CaseDetailWithContributions = Type.Object({
    ...CaseDetail.properties,
    ...Object.fromEntries(
      declared.caseDetails.map((d) => [d.key, Type.Optional(Type.Union([d.schema, Type.Null()]))]),
    ),
  });
  app.get(
    '/api/v1/cases',
    {
      config: { personalData: true },
      schema: {
        tags: ['dialogue'],
        summary: "The department's queue: the cases that need work, soonest first-contact deadline first",
        description:
          'Caseworkers and team leads only. Without `state`, `open` (default true) lists only the cases that ' +
          'need work: not resolved, withdrawn, appeal-decided or closed (search finds those). `open=false` lists all. ' +
          'Each request is written to the audit log (purpose "kø"), as the rows show citizens\' names.',
        security,
        querystring: Type.Object({
          state: Type.Optional(Type.Enum(CASE_STATES)),
          area: Type.Optional(Type.String({ maxLength: 100, description: 'Area code' })),
          team: Type.Optional(Type.String({ format: 'uuid', description: 'Team id' })),
          mine: Type.Optional(Type.Boolean({ description: 'Only cases assigned to me' })),
          open: Type.Optional(Type.Boolean({ default: true })),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: QUEUE_PAGE_MAX })),
          offset: Type.Optional(Type.Integer({ minimum: 0 })),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(QueueItem),
            total: Type.Integer({ description: 'Cases matching the filters, counted up to 1000' }),
            totalCapped: Type.Boolean({ description: 'True when there are more than `total` (1000) cases' }),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'case.list')) throw queueForbidden();
      return listQueue(ctx, user, req.query, req.ip);
    },
  );

  app.post(
    '/api/v1/cases/search',
    {
      config: { personalData: true },
      schema: {
        tags: ['dialogue'],
        summary: 'Search any case in scope, closed ones too, by case number, citizen or description',
        description:
          'Finds the cases the user may read (the same scope as the queue) by a whole case number, the ' +
          "citizen's phone number, e-mail address or name (words as prefixes), or words of the description " +
          '(Danish full-text search). A search by personal data: `purpose` (formål) is required, and the search ' +
          'is written to the audit log with it and the criterion, as is each case it shows. Most recent first, ' +
          `at most ${SEARCH_LIMIT}; \`more\` says there are more. POST, so that the names, phone numbers and ` +
          'e-mail addresses searched for stay out of URLs and request logs.',
        security,
        body: Type.Object({
          q: Type.String({ maxLength: SEARCH_TERM_MAX, description: 'What to search for' }),
          purpose: Type.String({ maxLength: SEARCH_PURPOSE_MAX, description: 'Why you search (formål)' }),
        }),
        response: {
          200: Type.Object({
            by: Type.Enum(['caseNumber', 'phone', 'email', 'words'], {
              description: 'How the term was read',
            }),
            items: Type.Array(
              Type.Object({
                ...QueueItem.properties,
                closedAt: nullable(Type.String({ format: 'date-time' })),
              }),
            ),
            more: Type.Boolean(),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'case.list')) throw queueForbidden();
      return searchCases(ctx, user, req.body, req.ip);
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber',
    {
      config: { personalData: true },
      schema: {
        tags: ['dialogue'],
        summary:
          'One case with the citizen, the allowed next moves and the timeline (logged with its purpose)',
        description:
          "A case outside the user's scope answers 404, as if it did not exist. Every read is written to the " +
          'audit log with `purpose` (formål).',
        security,
        params: CaseParams,
        querystring: Type.Object({
          purpose: Type.Optional(
            Type.String({ minLength: 1, maxLength: 100, default: DEFAULT_READ_PURPOSE }),
          ),
        }),
        response: { 200: CaseDetailWithContributions, ...errors },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'case.list')) throw queueForbidden();
      const purpose = req.query.purpose ?? DEFAULT_READ_PURPOSE;
      const detail = await openCase(ctx, user, req.params.caseNumber, { purpose, ip: req.ip });
      if (!detail) throw notFound('dialogue.api.caseNotFound');
      return {
        ...detail,
        ...(await declared.loadCaseDetails(ctx, { kommuneId: user.kommuneId, caseId: detail.id })),
      };
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/assign-to-me',
    {
      schema: {
        tags: ['dialogue'],
        summary: 'Take the case (assign it to me); a case a colleague holds is for the team lead to move',
        security,
        params: CaseParams,
        response: { 200: Type.Object({ caseNumber: Type.String(), assignee: Ref }), ...errors },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'case.list')) throw queueForbidden();
      return assignToMe(ctx, user, req.params.caseNumber);
    },
  );

  app.get(
    '/api/v1/staff/areas',
    {
      schema: {
        tags: ['dialogue'],
        summary: "The kommune's areas (fagområder) with their department, for filters and forms",
        security,
        response: {
          200: Type.Array(
            Type.Object({
              code: Type.String(),
              name: Type.String(),
              department: Type.String(),
              departmentId: Type.String(),
            }),
          ),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'organisation.read')) throw forbidden();
      return listStaffAreas(ctx, user.kommuneId);
    },
  );

  app.get(
    '/api/v1/staff/teams',
    {
      schema: {
        tags: ['dialogue'],
        summary: "The teams of the user's department",
        security,
        response: {
          200: Type.Array(
            Type.Object({ id: Type.String(), name: Type.String(), departmentId: Type.String() }),
          ),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'organisation.read')) throw forbidden();
      return listDepartmentTeams(ctx, user.kommuneId, user.departmentId);
    },
  );

  app.get(
    '/api/v1/staff/users',
    {
      schema: {
        tags: ['dialogue'],
        summary:
          "The kommune's caseworkers and team leads, for choosing an agreement's owner or a contact person",
        description:
          'Active staff with the role caseworker or team_lead, by name. `department` narrows the list to one ' +
          "department (forvaltning), e.g. the case's own, whose staff may own its agreements.",
        security,
        querystring: Type.Object({
          department: Type.Optional(Type.String({ format: 'uuid', description: 'Department id' })),
        }),
        response: {
          200: Type.Array(
            Type.Object({
              id: Type.String(),
              name: Type.String(),
              role: Type.String({ description: 'caseworker | team_lead' }),
              teamId: nullable(Type.String()),
              departmentId: nullable(Type.String()),
            }),
          ),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'organisation.read')) throw forbidden();
      return listCaseStaff(ctx, user.kommuneId, req.query.department);
    },
  );
}
