// A short page with a heading and a sentence: not found, too many requests, server error. Citizen pages get these
// as HTML — never the JSON the API answers with.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { normalizeKommunekode } from '../../core/identifiers.js';
import type { AppContext } from '../context.js';
import { HttpError } from '../errors.js';
import { requestLocale } from '../locale.js';
import { getKommune } from '../tenancy.js';
import { pageTranslator, type RequestFrame, renderPage, sendHtml } from './layout.js';

export function renderMessagePage(frame: RequestFrame, titleKey: string, textKey: string): string {
  const t = pageTranslator(frame.locale);
  return renderPage(
    { ...frame, title: t(titleKey) },
    <>
      <h1>{t(titleKey)}</h1>
      <p>{t(textKey)}</p>
    </>,
  );
}

/** The frame for a request: its language, URL, and the kommune named in `:kommunekode` when there is one. */
export async function requestFrame(ctx: AppContext, req: FastifyRequest): Promise<RequestFrame> {
  const code = (req.params as Record<string, unknown> | undefined)?.kommunekode;
  const id = typeof code === 'string' ? normalizeKommunekode(code) : null;
  return { locale: requestLocale(req), url: req.url, kommune: id ? await getKommune(ctx, id) : null };
}

/** For an encapsulated group of citizen pages: errors become friendly HTML pages with the right status. */
export function htmlErrorHandler(ctx: AppContext) {
  return async (err: FastifyError | HttpError, req: FastifyRequest, reply: FastifyReply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status >= 500) req.log.error(err);
    const frame = await requestFrame(ctx, req).catch(() => ({
      locale: requestLocale(req),
      url: req.url,
      kommune: null,
    }));
    const [title, text] =
      status === 404 || (err instanceof HttpError && err.code === 'not_found')
        ? ['common.notFound.title', 'common.notFound.text']
        : status === 429
          ? ['common.tooMany.title', 'common.tooMany.text']
          : ['common.serverError.title', 'common.serverError.text'];
    return sendHtml(reply, renderMessagePage(frame, title, text), status);
  };
}
