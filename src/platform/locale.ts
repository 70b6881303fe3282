import type { FastifyRequest } from 'fastify';
import { type Locale, pickLocale } from '../i18n/index.js';

/** The caller's language: ?lang=, then the `lang` cookie, then Accept-Language; Danish by default. */
export function requestLocale(req: FastifyRequest): Locale {
  const q = (req.query as Record<string, unknown> | undefined)?.lang;
  if (q === 'da' || q === 'en') return q;
  const c = req.cookies?.lang;
  if (c === 'da' || c === 'en') return c;
  return pickLocale(/^\s*en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'da');
}
