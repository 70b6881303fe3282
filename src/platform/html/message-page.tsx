// A short page with a heading and a sentence: not found, too many requests, server error. Citizen pages get these
// as HTML — never the JSON the API answers with.
import type { FastifyRequest } from 'fastify';
import { normalizeKommunekode } from '../../core/identifiers.js';
import type { AppContext } from '../context.js';
import { requestLocale } from '../locale.js';
import { getKommune } from '../tenancy.js';
import { pageTranslator, type RequestFrame, renderPage } from './layout.js';

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
