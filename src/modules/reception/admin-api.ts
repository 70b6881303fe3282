// JSON API of the front desk's administration: the kommune's service types (active or not) with their opening
// hours per weekday, desks or rooms and capacity; create, change, deactivate and reactivate. The administrator
// only; every change is audited (admin.ts).
import { Type } from 'typebox';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { changeServiceType, createServiceType, serviceTypeAdminView, setActive } from './admin.js';
import { listServiceTypes } from './queries.js';
import * as S from './schemas.js';

const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['reception'];
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

export function receptionAdminApi(app: App, ctx: AppContext): void {
  const admin = (req: Parameters<typeof requireUser>[0]) => {
    const user = requireUser(req);
    if (!can(user, 'reception.admin')) throw forbidden();
    return { userId: user.userId, kommuneId: user.kommuneId, ip: req.ip };
  };

  app.get(
    '/api/v1/reception/service-types',
    {
      schema: {
        operationId: 'adminListServiceTypes',
        tags,
        summary:
          "The kommune's service types for the administration, deactivated ones too, with opening hours",
        security,
        response: { 200: Type.Array(S.ServiceTypeAdmin), ...errors },
      },
    },
    async (req) => {
      const who = admin(req);
      return (await listServiceTypes(ctx, who.kommuneId, { includeInactive: true })).map(
        serviceTypeAdminView,
      );
    },
  );

  app.post(
    '/api/v1/reception/service-types',
    {
      schema: {
        operationId: 'adminCreateServiceType',
        tags,
        summary:
          'Add a service type with its opening hours, desks or rooms and capacity; its slots are planned',
        description:
          'Opening hours per weekday as HH:MM (Danish time); a weekday left out is closed, and helligdage and ' +
          "the kommune's closing days are never planned. 409 when the code is taken.",
        security,
        body: S.ServiceTypeCreateBody,
        response: { 201: S.ServiceTypeAdmin, 409: ErrorBody, ...errors },
      },
    },
    async (req, reply) => {
      const who = admin(req);
      const row = await createServiceType(ctx, who, req.body);
      return reply.code(201).send(serviceTypeAdminView(row));
    },
  );

  app.put(
    '/api/v1/reception/service-types/:id',
    {
      schema: {
        operationId: 'adminUpdateServiceType',
        tags,
        summary: 'Change a service type; the slots ahead that nobody booked are planned again from it',
        security,
        params: IdParams,
        body: S.ServiceTypeUpdateBody,
        response: { 200: S.ServiceTypeAdmin, ...errors },
      },
    },
    async (req) => {
      const who = admin(req);
      return serviceTypeAdminView(await changeServiceType(ctx, who, req.params.id, req.body));
    },
  );

  for (const [action, active] of [
    ['deactivate', false],
    ['activate', true],
  ] as const)
    app.post(
      `/api/v1/reception/service-types/:id/${action}`,
      {
        schema: {
          operationId: active ? 'adminActivateServiceType' : 'adminDeactivateServiceType',
          tags,
          summary: active
            ? 'Offer a deactivated service type again; its slots are planned again'
            : 'Stop offering a service type: no longer listed, its open slots ahead removed, bookings kept',
          security,
          params: IdParams,
          response: { 200: S.ServiceTypeAdmin, ...errors },
        },
      },
      async (req) => {
        const who = admin(req);
        return serviceTypeAdminView(await setActive(ctx, who, req.params.id, active));
      },
    );
}
