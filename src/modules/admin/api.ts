// JSON API of the administration, under /api/v1/admin: the signed-in administrator's own kommune. Thin:
// validate with TypeBox, ask the policy, call one function of the module.
import type { FastifyRequest } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import type { ChangeRef } from './change.js';
import { adminContacts, changeContact, createContact, removeContact } from './contacts.js';
import { KLE_MAIN_GROUPS } from './kle.js';
import {
  adminOrganisation,
  changeArea,
  changeDepartment,
  createArea,
  createDepartment,
  createTeam,
  renameTeam,
} from './organisation.js';
import { STAFF_ROLES } from './roles.js';
import { addClosingDay, changeSettings, kommuneSettings, removeClosingDay } from './settings.js';
import { adminUsers, changeUser, createUser, setUserActive, setUserPassword } from './users.js';

const ErrorBody = Type.Object(
  {
    error: Type.String(),
    message: Type.String({ description: "In the caller's language (Accept-Language)" }),
    fields: Type.Optional(Type.Record(Type.String(), Type.String(), { description: 'Per-field messages' })),
  },
  { description: 'The error body of every refusal' },
);
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const tags = ['admin'];
const refusals = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const readRefusals = { 401: ErrorBody, 403: ErrorBody };

const nullable = <T extends TSchema>(s: T) => Type.Union([s, Type.Null()]);
const Uuid = Type.String({ format: 'uuid' });
const IdParams = Type.Object({ id: Uuid });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const IsoDate = Type.String({ format: 'date' });
const WorkingDays = (description: string) => Type.Integer({ minimum: 1, maximum: 250, description });
const Role = Type.Union(STAFF_ROLES.map((r) => Type.Literal(r)));
const Password = Type.String({ minLength: 10, maxLength: 200, description: 'At least 10 characters' });

const User = Type.Object({
  id: Uuid,
  name: Type.String(),
  email: Type.String(),
  role: Type.String(),
  departmentId: nullable(Uuid),
  teamId: nullable(Uuid),
  active: Type.Boolean(),
  hasPassword: Type.Boolean(),
});
const Department = Type.Object({
  id: Uuid,
  name: Type.String(),
  methodStartedOn: nullable(IsoDate),
});
const Team = Type.Object({ id: Uuid, name: Type.String(), departmentId: Uuid });
const AreaFields = {
  code: Type.String({
    pattern: '^[a-z0-9][a-z0-9-]{1,39}$',
    description: 'Stable slug used by forms and the API (a–z, 0–9, -)',
  }),
  name: Name,
  kleNumber: Type.String({
    maxLength: 8,
    description: 'KLE number HH, HH.GG or HH.GG.EE; HH one of KL’s main groups',
  }),
  departmentId: Uuid,
  firstContactDays: WorkingDays('Service goal: first contact within N working days (the call-back date)'),
  resolutionDays: WorkingDays('Service goal: resolved within N working days'),
  answerDays: WorkingDays('Service goal: a written answer within N working days'),
  public: Type.Optional(Type.Boolean({ description: 'Offered on the citizen form' })),
};
const Area = Type.Object({ id: Uuid, ...AreaFields, public: Type.Boolean() });
const Settings = Type.Object({
  kommuneId: Type.String(),
  name: Type.String(),
  accessibilityUrl: Type.String(),
  closedMonthDays: Type.Array(Type.String(), { description: "Closed every year, 'MM-DD'" }),
  closedDates: Type.Array(IsoDate, { description: 'Extra closing days (lukkedage)' }),
  delayNoticeDays: Type.Integer(),
  retentionYears: Type.Integer(),
  retentionMonths: Type.Integer(),
});
const ContactDetails = {
  phone: Type.Optional(nullable(Type.String({ maxLength: 30, description: 'Danish phone number' }))),
  openingHours: Type.Optional(
    nullable(Type.String({ maxLength: 200, description: 'When the phone is open' })),
  ),
  address: Type.Optional(nullable(Type.String({ maxLength: 300 }))),
  email: Type.Optional(
    nullable(Type.Union([Type.String({ format: 'email', maxLength: 254 }), Type.Literal('')])),
  ),
};
const Contact = Type.Object({
  id: Uuid,
  departmentId: nullable(Uuid),
  areaId: nullable(Uuid),
  phone: nullable(Type.String()),
  openingHours: nullable(Type.String()),
  address: nullable(Type.String()),
  email: nullable(Type.String()),
});

/** The administrator of the kommune, or 401/403; what every change needs to know about who made it. */
function adminOf(req: FastifyRequest): ChangeRef {
  const actor = requireUser(req);
  if (!can(actor, 'admin.manage', { kommuneId: actor.kommuneId })) throw forbidden();
  return { actor, ip: req.ip };
}

export function adminApi(app: App, ctx: AppContext): void {
  // ---- users

  app.get(
    '/api/v1/admin/users',
    {
      schema: {
        tags,
        operationId: 'adminListUsers',
        summary: "The kommune's staff users (admin; audit-logged)",
        security,
        response: { 200: Type.Object({ items: Type.Array(User) }), ...readRefusals },
      },
    },
    async (req) => ({ items: await adminUsers(ctx, adminOf(req)) }),
  );

  app.post(
    '/api/v1/admin/users',
    {
      schema: {
        tags,
        operationId: 'adminCreateUser',
        summary: 'Create a staff user with an initial password (admin)',
        description: 'Caseworkers and team leads need a department; a team must belong to the department.',
        security,
        body: Type.Object({
          name: Name,
          email: Type.String({ format: 'email', maxLength: 254 }),
          role: Role,
          departmentId: Type.Optional(nullable(Uuid)),
          teamId: Type.Optional(nullable(Uuid)),
          password: Password,
        }),
        response: { 201: User, ...refusals },
      },
    },
    async (req, reply) => reply.code(201).send(await createUser(ctx, adminOf(req), req.body)),
  );

  app.patch(
    '/api/v1/admin/users/:id',
    {
      schema: {
        tags,
        operationId: 'adminChangeUser',
        summary: "Change a user's name, role, department or team (admin)",
        description:
          'A new department without a team given clears the team. Takes effect on the next request.',
        security,
        params: IdParams,
        body: Type.Object({
          name: Type.Optional(Name),
          role: Type.Optional(Role),
          departmentId: Type.Optional(nullable(Uuid)),
          teamId: Type.Optional(nullable(Uuid)),
        }),
        response: { 200: User, ...refusals },
      },
    },
    async (req) => changeUser(ctx, adminOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/admin/users/:id/deactivate',
    {
      schema: {
        tags,
        operationId: 'adminDeactivateUser',
        summary: 'Deactivate a user: no login, and their sessions and Bearer tokens stop at once (admin)',
        security,
        params: IdParams,
        response: { 200: User, ...refusals },
      },
    },
    async (req) => setUserActive(ctx, adminOf(req), req.params.id, false),
  );

  app.post(
    '/api/v1/admin/users/:id/activate',
    {
      schema: {
        tags,
        operationId: 'adminActivateUser',
        summary: 'Reactivate a deactivated user (admin)',
        security,
        params: IdParams,
        response: { 200: User, ...refusals },
      },
    },
    async (req) => setUserActive(ctx, adminOf(req), req.params.id, true),
  );

  app.put(
    '/api/v1/admin/users/:id/password',
    {
      schema: {
        tags,
        operationId: 'adminSetUserPassword',
        summary: "Set a user's password; their sessions and tokens end (admin)",
        security,
        params: IdParams,
        body: Type.Object({ password: Password }),
        response: { 204: Type.Null(), ...refusals },
      },
    },
    async (req, reply) => {
      await setUserPassword(ctx, adminOf(req), req.params.id, req.body.password);
      return reply.code(204).send(null);
    },
  );

  // ---- organisation

  app.get(
    '/api/v1/admin/organisation',
    {
      schema: {
        tags,
        operationId: 'adminGetOrganisation',
        summary: "The kommune's departments, teams and areas, and KLE's main groups (admin)",
        security,
        response: {
          200: Type.Object({
            departments: Type.Array(Department),
            teams: Type.Array(Team),
            areas: Type.Array(Area),
            kleMainGroups: Type.Record(Type.String(), Type.String()),
          }),
          ...readRefusals,
        },
      },
    },
    async (req) => {
      const { actor } = adminOf(req);
      return { ...(await adminOrganisation(ctx, actor.kommuneId)), kleMainGroups: KLE_MAIN_GROUPS };
    },
  );

  const DepartmentBody = {
    name: Name,
    methodStartedOn: Type.Optional(
      nullable(
        Type.Union([IsoDate, Type.Literal('')], { description: 'When it started dialogue-first handling' }),
      ),
    ),
  };

  app.post(
    '/api/v1/admin/departments',
    {
      schema: {
        tags,
        operationId: 'adminCreateDepartment',
        summary: 'Create a department (forvaltning) (admin)',
        security,
        body: Type.Object(DepartmentBody),
        response: { 201: Department, ...refusals },
      },
    },
    async (req, reply) => reply.code(201).send(await createDepartment(ctx, adminOf(req), req.body)),
  );

  app.patch(
    '/api/v1/admin/departments/:id',
    {
      schema: {
        tags,
        operationId: 'adminChangeDepartment',
        summary: 'Rename a department or change the date it started the method (admin)',
        security,
        params: IdParams,
        body: Type.Partial(Type.Object(DepartmentBody)),
        response: { 200: Department, ...refusals },
      },
    },
    async (req) => changeDepartment(ctx, adminOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/admin/teams',
    {
      schema: {
        tags,
        operationId: 'adminCreateTeam',
        summary: 'Create a team in a department (admin)',
        security,
        body: Type.Object({ name: Name, departmentId: Uuid }),
        response: { 201: Team, ...refusals },
      },
    },
    async (req, reply) => reply.code(201).send(await createTeam(ctx, adminOf(req), req.body)),
  );

  app.patch(
    '/api/v1/admin/teams/:id',
    {
      schema: {
        tags,
        operationId: 'adminRenameTeam',
        summary: 'Rename a team (admin)',
        security,
        params: IdParams,
        body: Type.Object({ name: Name }),
        response: { 200: Team, ...refusals },
      },
    },
    async (req) => renameTeam(ctx, adminOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/v1/admin/areas',
    {
      schema: {
        tags,
        operationId: 'adminCreateArea',
        summary: 'Create an area (fagområde) with its KLE number and service goals (admin)',
        security,
        body: Type.Object(AreaFields),
        response: { 201: Area, ...refusals },
      },
    },
    async (req, reply) => reply.code(201).send(await createArea(ctx, adminOf(req), req.body)),
  );

  app.patch(
    '/api/v1/admin/areas/:id',
    {
      schema: {
        tags,
        operationId: 'adminChangeArea',
        summary: "Change an area's name, KLE number, department or service goals (admin)",
        description:
          'New cases get their call-back date from the new first-contact goal; existing cases keep theirs.',
        security,
        params: IdParams,
        body: Type.Partial(Type.Object(AreaFields)),
        response: { 200: Area, ...refusals },
      },
    },
    async (req) => changeArea(ctx, adminOf(req), req.params.id, req.body),
  );

  // ---- the kommune's settings and closing days

  app.get(
    '/api/v1/admin/settings',
    {
      schema: {
        tags,
        operationId: 'adminGetSettings',
        summary: "The kommune's settings: closing days, delay notice, retention (admin)",
        security,
        response: { 200: Settings, ...readRefusals },
      },
    },
    async (req) => kommuneSettings(ctx, adminOf(req).actor.kommuneId),
  );

  app.put(
    '/api/v1/admin/settings',
    {
      schema: {
        tags,
        operationId: 'adminChangeSettings',
        summary:
          "Change the kommune's name, accessibility statement, yearly closing days, delay notice and retention (admin)",
        security,
        body: Type.Object({
          name: Name,
          accessibilityUrl: Type.String({ maxLength: 500, description: 'https address of the statement' }),
          closedMonthDays: Type.Array(Type.String({ maxLength: 5 }), { maxItems: 30 }),
          delayNoticeDays: WorkingDays('Tell the citizen of a delay after N working days'),
          retentionYears: Type.Integer({ minimum: 0, maximum: 30 }),
          retentionMonths: Type.Integer({ minimum: 0, maximum: 11 }),
        }),
        response: { 200: Settings, ...refusals },
      },
    },
    async (req) => changeSettings(ctx, adminOf(req), req.body),
  );

  app.post(
    '/api/v1/admin/closing-days',
    {
      schema: {
        tags,
        operationId: 'adminAddClosingDay',
        summary: 'Add an extra closing day; deadlines from now on skip it (admin)',
        security,
        body: Type.Object({ date: IsoDate }),
        response: { 201: Settings, ...refusals },
      },
    },
    async (req, reply) => reply.code(201).send(await addClosingDay(ctx, adminOf(req), req.body.date)),
  );

  app.delete(
    '/api/v1/admin/closing-days/:date',
    {
      schema: {
        tags,
        operationId: 'adminRemoveClosingDay',
        summary: 'Remove an extra closing day (admin)',
        security,
        params: Type.Object({ date: IsoDate }),
        response: { 200: Settings, ...refusals },
      },
    },
    async (req) => removeClosingDay(ctx, adminOf(req), req.params.date),
  );

  // ---- the contact directory

  app.get(
    '/api/v1/admin/contacts',
    {
      schema: {
        tags,
        operationId: 'adminListContacts',
        summary: "The kommune's contact directory, per department or area (admin)",
        security,
        response: { 200: Type.Object({ items: Type.Array(Contact) }), ...readRefusals },
      },
    },
    async (req) => ({ items: await adminContacts(ctx, adminOf(req).actor.kommuneId) }),
  );

  app.post(
    '/api/v1/admin/contacts',
    {
      schema: {
        tags,
        operationId: 'adminCreateContact',
        summary: 'Add the contact details of a department or an area (admin)',
        description:
          'Give exactly one of departmentId and areaId; a phone number or an e-mail address is needed.',
        security,
        body: Type.Object({
          departmentId: Type.Optional(nullable(Uuid)),
          areaId: Type.Optional(nullable(Uuid)),
          ...ContactDetails,
        }),
        response: { 201: Contact, ...refusals },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await createContact(ctx, adminOf(req), { ...req.body, email: req.body.email || null })),
  );

  app.put(
    '/api/v1/admin/contacts/:id',
    {
      schema: {
        tags,
        operationId: 'adminChangeContact',
        summary: 'Replace the contact details of an entry (admin)',
        security,
        params: IdParams,
        body: Type.Object(ContactDetails),
        response: { 200: Contact, ...refusals },
      },
    },
    async (req) =>
      changeContact(ctx, adminOf(req), req.params.id, { ...req.body, email: req.body.email || null }),
  );

  app.delete(
    '/api/v1/admin/contacts/:id',
    {
      schema: {
        tags,
        operationId: 'adminRemoveContact',
        summary: 'Remove an entry from the contact directory (admin)',
        security,
        params: IdParams,
        response: { 204: Type.Null(), ...refusals },
      },
    },
    async (req, reply) => {
      await removeContact(ctx, adminOf(req), req.params.id);
      return reply.code(204).send(null);
    },
  );
}
