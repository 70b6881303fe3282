import type { FastifyRequest } from 'fastify';
import { type Locale, pickLocale } from '../i18n/index.js';

/** The caller's language: ?lang=, then the `lang` cookie, then Accept-Language; Danish by default. */
export function requestLocale(req: FastifyRequest): Locale {
  // Before routing (a malformed or over-long address) neither the query nor the cookies are parsed yet.
  const q = req.query
    ? (req.query as Record<string, unknown>).lang
    : /(?:^|&)lang=(da|en)(?:&|$)/.exec(req.url.slice(req.url.indexOf('?') + 1 || req.url.length))?.[1];
  if (q === 'da' || q === 'en') return q;
  const c = req.cookies
    ? req.cookies.lang
    : /(?:^|;\s*)lang=(da|en)(?:;|$)/.exec(req.headers.cookie ?? '')?.[1];
  if (c === 'da' || c === 'en') return c;
  return pickLocale(/^\s*en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'da');
}
