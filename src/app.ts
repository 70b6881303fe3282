// Assembles the application: platform plugins, then every module from the list in modules/index.ts.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { Type } from 'typebox';
import { PLATFORM } from './modules/index.js';
import { registerAuth } from './platform/auth/plugin.js';
import { authRoutes } from './platform/auth/routes.js';
import type { App, AppContext } from './platform/context.js';
import { registerOpenApi } from './platform/openapi.js';
import { projectRoot } from './platform/paths.js';
import {
  clientErrorHandler,
  errorHandler,
  frameworkErrorHandler,
  notFoundHandler,
  validatorFactory,
} from './platform/request-errors.js';
import { collectApiRoutes } from './platform/route-table.js';
import { securityHeaders } from './platform/security-headers.js';

export async function buildApp(
  ctx: AppContext,
  opts: { logger?: boolean; logStream?: NodeJS.WritableStream } = {},
): Promise<App> {
  const redact = ['req.headers.authorization', 'req.headers.cookie'];
  const app = Fastify({
    logger: opts.logStream
      ? { level: 'trace', redact, stream: opts.logStream }
      : opts.logger
        ? { level: ctx.config.logLevel, redact }
        : false,
    trustProxy: ctx.config.trustProxy,
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
  await registerOpenApi(app, ctx);

  app.addHook('onSend', securityHeaders(ctx.config.production));

  app.setErrorHandler(errorHandler(ctx));
  app.setNotFoundHandler(notFoundHandler(ctx));

  app.get(
    '/healthz',
    {
      schema: {
        tags: ['system'],
        summary: 'Health check: the app answers and reaches its database',
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
  // The citizen pages' own stylesheet and script (reflow, focus on the error summary): files of our origin, so
  // the pages' CSP needs no inline exception.
  await app.register(fastifyStatic, {
    root: join(projectRoot(), 'public/citizen'),
    prefix: '/assets/citizen/',
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

  collectApiRoutes(app);
  registerAuth(app, ctx);
  authRoutes(app, ctx);
  await PLATFORM.routes(app, ctx);
  return app;
}
