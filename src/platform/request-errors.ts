// How the platform validates requests and answers the ones it refuses. Every 4xx — from a route, from the schema
// validator or from Fastify itself (bad JSON, wrong content type, a body too large, an unknown address) — is
// answered in the caller's language: `{ error, message, fields? }` on the API, a short HTML page on the citizen
// pages. Bodies are validated without coercion (`name: false` is refused, not stored as "false"); querystrings,
// params and headers arrive as text and are coerced to the schema's type (`?days=2`).
import type { Socket } from 'node:net';
import { AjvCompiler } from '@fastify/ajv-compiler';
import type {
  FastifyError,
  FastifyReply,
  FastifyRequest,
  FastifySchemaCompiler,
  FastifyServerOptions,
} from 'fastify';
import { CATALOG } from '../i18n/catalog.js';
import { type Locale, translator } from '../i18n/index.js';
import type { AppContext } from './context.js';
import { HttpError } from './errors.js';
import { PAGE_CSP } from './html/layout.js';
import { renderMessagePage, requestFrame } from './html/message-page.js';
import { requestLocale } from './locale.js';
import { describeFailures, MESSAGES_KEYWORD, type SchemaFailure } from './schema-errors.js';

type HttpPart = 'body' | 'querystring' | 'params' | 'headers';
type Validate = ((data: unknown, ctx?: unknown) => unknown) & { errors?: unknown; schemaEnv?: unknown };

/**
 * Control characters other than tab, line feed and carriage return. A NUL cannot be stored by PostgreSQL, and
 * the others are invisible to the person who reads the text, so no text field of any route takes them.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** A failure per string (or object key) with a control character, as the validator reports failures. */
export function controlCharacterFailures(value: unknown, path = '', out: SchemaFailure[] = [], depth = 0) {
  if (typeof value === 'string') {
    if (CONTROL_CHARACTERS.test(value)) out.push({ keyword: 'controlCharacters', instancePath: path });
  } else if (depth < 32 && Array.isArray(value)) {
    value.forEach((v, i) => {
      controlCharacterFailures(v, `${path}/${i}`, out, depth + 1);
    });
  } else if (depth < 32 && typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const at = `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (CONTROL_CHARACTERS.test(k)) out.push({ keyword: 'controlCharacters', instancePath: at });
      else controlCharacterFailures(v, at, out, depth + 1);
    }
  }
  return out;
}

/** The schema's validator, then the control-character check, reporting the failures of both. */
function refusingControlCharacters(validate: Validate): Validate {
  const wrapped: Validate = Object.assign(
    (data: unknown, ctx?: unknown) => {
      const ok = validate(data, ctx) === true;
      const found = controlCharacterFailures(data);
      wrapped.errors =
        ok && found.length === 0
          ? null
          : [...(ok ? [] : ((validate.errors as SchemaFailure[]) ?? [])), ...found];
      return wrapped.errors === null;
    },
    { schemaEnv: validate.schemaEnv, errors: null },
  );
  return wrapped;
}

/**
 * The validators: one Ajv without coercion for bodies, one with for the parts that arrive as text. All errors
 * are collected (bodies are at most 256 KB), so a form comes back with every field's message at once.
 */
type ValidatorFactory = NonNullable<
  NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']
>['buildValidator'];

export function validatorFactory(): ValidatorFactory {
  const pool = AjvCompiler();
  const onCreate = (ajv: { addKeyword(def: { keyword: string; schemaType: string }): unknown }) => {
    // The annotation naming the i18n key of each failure (see schema-errors.ts); Ajv itself ignores it.
    ajv.addKeyword({ keyword: MESSAGES_KEYWORD, schemaType: 'object' });
  };
  const factory = (externalSchemas: unknown, _serverOptions: unknown) => {
    const build = (coerceTypes: false | 'array') =>
      pool(
        externalSchemas as never,
        {
          customOptions: { coerceTypes, allErrors: true },
          onCreate,
        } as never,
      ) as unknown as FastifySchemaCompiler<unknown>;
    const strict = build(false);
    const coercing = build('array');
    return (route: Parameters<FastifySchemaCompiler<unknown>>[0]) => {
      const validate = (route.httpPart === 'body' ? strict : coercing)(route) as unknown as Validate;
      return route.httpPart === 'headers' ? validate : refusingControlCharacters(validate);
    };
  };
  return factory as unknown as ValidatorFactory;
}

/** Fastify's own 4xx errors: a stable code and the i18n key of the message. */
const FASTIFY_ERRORS: Record<string, [string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'common.request.invalidJson'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 'common.request.emptyJson'],
  FST_ERR_CTP_BODY_TOO_LARGE: ['too_large', 'common.request.tooLarge'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'common.request.mediaType'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ['bad_request', 'common.request.contentLength'],
  FST_ERR_BAD_URL: ['bad_request', 'common.request.badUrl'],
};

const BY_STATUS: Record<number, [string, string]> = {
  404: ['not_found', 'common.request.notFound'],
  405: ['method_not_allowed', 'common.request.methodNotAllowed'],
  413: ['too_large', 'common.request.tooLarge'],
  414: ['too_long', 'common.request.tooLong'],
  415: ['unsupported_media_type', 'common.request.mediaType'],
  429: ['rate_limited', 'common.rateLimited'],
  431: ['too_long', 'common.request.tooLong'],
};

export interface ErrorAnswer {
  status: number;
  error: string;
  /** An i18n key (or a text the catalog does not know, shown as it is). */
  message: string;
  params?: Record<string, string | number>;
  fields?: Record<string, { key: string; params?: Record<string, string | number> }>;
}

/** What to answer for an error, before translation. */
export function errorAnswer(err: FastifyError | HttpError, req: FastifyRequest): ErrorAnswer {
  if (err instanceof HttpError) {
    const fields =
      err.fields &&
      Object.fromEntries(Object.entries(err.fields).map(([f, key]) => [f, { key, params: err.params }]));
    return { status: err.statusCode, error: err.code, message: err.message, params: err.params, fields };
  }
  if ('validation' in err && err.validation) {
    const part = (err as { validationContext?: HttpPart }).validationContext ?? 'body';
    const schema = (req.routeOptions?.schema as Record<string, unknown> | undefined)?.[part];
    const fields = Object.fromEntries(
      describeFailures(err.validation as SchemaFailure[], schema).map((m) => [
        m.field,
        { key: m.key, params: m.params },
      ]),
    );
    return { status: 400, error: 'validation', message: 'common.validation.summary', fields };
  }
  const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
  if (status >= 500) return { status, error: 'error', message: 'common.error' };
  const [error, message] = FASTIFY_ERRORS[err.code] ??
    BY_STATUS[status] ?? ['bad_request', 'common.request.invalid'];
  return { status, error, message };
}

/** The JSON body of an error answer in a language. */
export function errorBody(answer: ErrorAnswer, locale: Locale) {
  const t = translator(CATALOG, locale);
  const fields =
    answer.fields &&
    Object.fromEntries(Object.entries(answer.fields).map(([f, m]) => [f, t(m.key, m.params)]));
  return { error: answer.error, message: t(answer.message, answer.params), ...(fields ? { fields } : {}) };
}

/** The API, the health check and the OpenAPI document answer JSON; every other address is a page. */
export const answersHtml = (url: string) =>
  !(url.startsWith('/api/') || url === '/api' || url.startsWith('/healthz'));

const PAGE_TITLES: Record<number, [string, string]> = {
  404: ['common.notFound.title', 'common.notFound.text'],
  429: ['common.tooMany.title', 'common.tooMany.text'],
};

/** The HTML page for an error answer: its title by status, its text the answer's own message for a 4xx. */
export function errorPage(answer: ErrorAnswer, frame: Parameters<typeof renderMessagePage>[0]): string {
  const byStatus =
    PAGE_TITLES[answer.status] ?? (answer.error === 'not_found' ? PAGE_TITLES[404] : undefined);
  const [title, text] =
    byStatus ??
    (answer.status < 500
      ? ['common.badRequest.title', answer.error === 'validation' ? 'common.badRequest.text' : answer.message]
      : ['common.serverError.title', 'common.serverError.text']);
  return renderMessagePage(frame, title, text);
}

/** A URL too long to repeat in the page's language switch gives the front page's instead. */
const frameUrl = (url: string) => (url.length > 2000 ? '/' : url);

export async function sendErrorAnswer(
  ctx: AppContext,
  req: FastifyRequest,
  reply: FastifyReply,
  answer: ErrorAnswer,
  asHtml = answersHtml(req.url),
): Promise<FastifyReply> {
  const locale = requestLocale(req);
  if (!asHtml) return reply.code(answer.status).send(errorBody(answer, locale));
  const frame = await requestFrame(ctx, req).catch(() => ({ locale, url: req.url, kommune: null }));
  const html = errorPage(answer, { ...frame, url: frameUrl(frame.url) });
  return reply
    .code(answer.status)
    .type('text/html; charset=utf-8')
    .header('content-security-policy', PAGE_CSP)
    .header('cache-control', 'no-store')
    .send(html);
}

/** The application's error handler: log what is ours to fix, answer the rest in the caller's language. */
export function errorHandler(ctx: AppContext) {
  return (err: FastifyError | HttpError, req: FastifyRequest, reply: FastifyReply) => {
    const answer = errorAnswer(err, req);
    if (answer.status >= 500) req.log.error(err);
    return sendErrorAnswer(ctx, req, reply, answer);
  };
}

/** For an encapsulated group of citizen pages: every error, whatever the address, answers with a page. */
export function htmlErrorHandler(ctx: AppContext) {
  return (err: FastifyError | HttpError, req: FastifyRequest, reply: FastifyReply) => {
    const answer = errorAnswer(err, req);
    if (answer.status >= 500) req.log.error(err);
    return sendErrorAnswer(ctx, req, reply, answer, true);
  };
}

/** Errors Fastify meets before routing (a malformed address, a parameter over 100 characters). */
export function frameworkErrorHandler(ctx: AppContext) {
  return (err: FastifyError, req: FastifyRequest, reply: FastifyReply) =>
    sendErrorAnswer(ctx, req, reply, errorAnswer(err, req));
}

export function notFoundHandler(ctx: AppContext) {
  return (req: FastifyRequest, reply: FastifyReply) =>
    sendErrorAnswer(ctx, req, reply, { status: 404, error: 'not_found', message: 'common.request.notFound' });
}

const STATUS_LINES: Record<number, string> = {
  400: 'Bad Request',
  408: 'Request Timeout',
  431: 'Request Header Fields Too Large',
};

/**
 * A request Node's parser refuses before Fastify sees it (headers or URL over 16 KB, a malformed request line).
 * What arrived is read for the path and the language, so a citizen page still gets a page in the right language.
 */
export function clientErrorHandler(err: Error & { code?: string; rawPacket?: unknown }, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const raw = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.subarray(0, 64 * 1024).toString('latin1') : '';
  const path = /^[A-Z]+ (\S+)/.exec(raw)?.[1] ?? '/';
  const lang = /[?&]lang=(da|en)\b/.exec(path.slice(0, 4096))?.[1];
  const cookie = /^cookie:.*\blang=(da|en)\b/im.exec(raw)?.[1];
  const accept = /^accept-language:\s*en\b/im.test(raw) ? 'en' : undefined;
  const locale: Locale = (lang ?? cookie ?? accept ?? 'da') === 'en' ? 'en' : 'da';
  const answer: ErrorAnswer =
    status === 431
      ? { status, error: 'too_long', message: 'common.request.tooLong' }
      : status === 408
        ? { status, error: 'timeout', message: 'common.request.invalid' }
        : { status, error: 'bad_request', message: 'common.request.invalid' };
  const html = answersHtml(path);
  const body = html
    ? errorPage(answer, { locale, url: '/', kommune: null })
    : JSON.stringify(errorBody(answer, locale));
  const type = html ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_LINES[status]}`,
    `Content-Type: ${type}`,
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(html ? [`Content-Security-Policy: ${PAGE_CSP}`] : []),
    'Cache-Control: no-store',
    'Connection: close',
  ];
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
}
