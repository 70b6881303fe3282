// The OpenAPI document integrators generate clients from (/api/docs/json). The platform completes every
// documented route once, so a new module gets it free: a stable operationId derived from method and path when the
// route names none, `security: []` on public routes (staff routes declare STAFF_SECURITY, and the platform then
// refuses anonymous callers with 401 before anything else), and the common 4xx answers with the shared error
// body. `npm run lint:api` checks the result with Redocly's recommended rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyRequest, RouteOptions } from 'fastify';
import type { App, AppContext } from './context.js';
import { ErrorBody, unauthorized } from './errors.js';
import { projectRoot } from './paths.js';

/** Staff routes: a Bearer token (integrations) or the staff app's session cookie. */
export const STAFF_SECURITY: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];

const documented = (url: string) => url.startsWith('/api/v1/') || url === '/healthz';

/** `POST /api/v1/cases/:caseNumber/transitions` -> `postCasesByCaseNumberTransitions`. */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '/')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const param = segment.startsWith(':');
      const parts = segment
        .replace(/^:/, '')
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean);
      return param ? ['By', ...parts] : parts;
    });
  const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return method.toLowerCase() + words.map(capital).join('');
}

type RouteSchema = NonNullable<RouteOptions['schema']> & {
  summary?: string;
  operationId?: string;
  security?: Record<string, string[]>[];
  hide?: boolean;
  response?: Record<string, unknown>;
};

/** The 4xx answers a route can give, from what it declares: input, path parameters, security, rate limit. */
function commonErrors(route: RouteOptions, schema: RouteSchema, secured: boolean): Record<string, unknown> {
  const errors: Record<string, unknown> = {};
  if (schema.body || schema.querystring || schema.params) errors['400'] = ErrorBody;
  if (secured) {
    errors['401'] = ErrorBody;
    errors['403'] = ErrorBody;
  }
  if (route.url.includes(':')) errors['404'] = ErrorBody;
  if ((route.config as { rateLimit?: unknown } | undefined)?.rateLimit) errors['429'] = ErrorBody;
  return errors;
}

/** Anonymous callers of a staff route get 401 before validation: they learn nothing about its input. */
async function refuseAnonymous(req: FastifyRequest): Promise<void> {
  if (!req.user && !req.csrfFailed) throw unauthorized();
}

/** Registers the document, its interactive view at /api/docs, and the hook that completes every route. */
export async function registerOpenApi(app: App, ctx: AppContext): Promise<void> {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { license: string };
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Borgerdialog API',
        version: '1',
        description: 'Dialogue-first complaint handling for Danish municipalities.',
        license: { name: pkg.license, identifier: pkg.license },
      },
      servers: [{ url: ctx.config.publicUrl }],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'bd_session' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  const operationIds = new Map<string, string>();
  app.addHook('onRoute', (route) => {
    const schema = route.schema as RouteSchema | undefined;
    if (!documented(route.url) || schema?.hide) return;
    const where = `${String(route.method)} ${route.url}`;
    // One without a summary would be an unexplained operation in /api/docs, so refuse it.
    if (!schema?.summary) throw new Error(`${where} has no OpenAPI summary`);
    // HEAD routes Fastify adds for GETs share the GET's documentation.
    if (route.method === 'HEAD') return;
    const operationId = schema.operationId ?? operationIdFor(String(route.method), route.url);
    const taken = operationIds.get(operationId);
    if (taken) throw new Error(`${where} has the operationId ${operationId} of ${taken}`);
    operationIds.set(operationId, where);
    const security = schema.security ?? [];
    const secured = security.length > 0;
    // A copy: modules may share one schema object between routes.
    route.schema = {
      ...schema,
      operationId,
      security,
      response: { ...commonErrors(route, schema, secured), ...schema.response },
    } as RouteSchema;
    if (secured) {
      const existing = route.preValidation;
      route.preValidation = [...(existing ? [existing].flat() : []), refuseAnonymous];
    }
  });
}
