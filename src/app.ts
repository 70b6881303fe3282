// Assembles the application: platform plugins, then every module from the list in modules/index.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { Type } from 'typebox';
import { PLATFORM } from './modules/index.js';
import { registerAuth } from './platform/auth/plugin.js';
import { authRoutes } from './platform/auth/routes.js';
import type { App, AppContext } from './platform/context.js';
import { projectRoot } from './platform/paths.js';
import {
  clientErrorHandler,
  errorHandler,
  frameworkErrorHandler,
  notFoundHandler,
  validatorFactory,
} from './platform/request-errors.js';

export async function buildApp(
  ctx: AppContext,
  opts: { logger?: boolean; logStream?: NodeJS.WritableStream } = {},
): Promise<App> {
  const redact = ['req.headers.authorization', 'req.headers.cookie'];
  const app = Fastify({
    logger: opts.logStream
      ? { level: 'trace', redact, stream: opts.logStream }
      : opts.logger
        ? { level: process.env.LOG_LEVEL ?? 'info', redact }
        : false,
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 256 * 1024,
    // Bodies validated without coercion, the rest with; every refusal in the caller's language.
    schemaController: { compilersFactory: { buildValidator: validatorFactory() } },
    clientErrorHandler,
    // A malformed or over-long address answers like any other refused request (a page on citizen addresses).
    frameworkErrors: frameworkErrorHandler(ctx),
  }).withTypeProvider<TypeBoxTypeProvider>() as unknown as App;

  await app.register(cookie);
  await app.register(formbody);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Borgerdialog API',
        version: '1',
        description: 'Dialogue-first complaint handling for Danish municipalities.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          cookie: { type: 'apiKey', in: 'cookie', name: 'bd_session' },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onSend', async (_req, reply) => {
    // Tracking links carry a secret token in the URL: never leak it through the Referer header.
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
  });

  app.setErrorHandler(errorHandler(ctx));
  app.setNotFoundHandler(notFoundHandler(ctx));

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['system'],
        response: { 200: Type.Object({ status: Type.String(), engine: Type.String() }) },
      },
    },
    async () => {
      await ctx.dbh.sql('SELECT 1');
      return { status: 'ok', engine: ctx.dbh.engine };
    },
  );

  // DKFDS (Det Fælles Designsystem): CSS, fonts, icons straight from the package.
  await app.register(fastifyStatic, {
    root: join(projectRoot(), 'node_modules/dkfds/dist'),
    prefix: '/assets/dkfds/',
    decorateReply: false,
  });
  const webDist = ctx.config.webDist;
  if (existsSync(webDist)) {
    await app.register(fastifyStatic, {
      root: webDist,
      prefix: '/staff/',
      decorateReply: false,
      wildcard: false,
    });
    // The staff app routes on the client: every unknown /staff/ path serves its index.html.
    const indexHtml = readFileSync(join(webDist, 'index.html'), 'utf8');
    app.get('/staff/*', { schema: { hide: true } }, (_req, reply) => reply.type('text/html').send(indexHtml));
  }

  // Every API route documents itself: one without a summary would be missing from /api/docs, so refuse it.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/v1') && !route.schema?.summary) {
      throw new Error(`${String(route.method)} ${route.url} has no OpenAPI summary`);
    }
  });
  registerAuth(app, ctx);
  authRoutes(app, ctx);
  await PLATFORM.routes(app, ctx);
  return app;
}
