import type { FastifyRequest } from 'fastify';
import { LOCALES, type Locale } from '../i18n/index.js';

const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v);

/**
 * The language a browser prefers among ours, from its Accept-Language header (RFC 9110 §12.5.4): languages in
 * order of their q-value, `en-GB` counting as `en`, `q=0` meaning "not this one". Danish when nothing matches.
 */
export function negotiateLocale(header: string | undefined): Locale {
  const ranges = (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { lang: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return ranges.map((r) => r.lang).find(isLocale) ?? 'da';
}

/**
 * The caller's language: ?lang= (the language switch), then the `lang` cookie it leaves (the remembered
 * choice), then the browser's Accept-Language; Danish by default.
 */
export function requestLocale(req: FastifyRequest): Locale {
  // Before routing (a malformed or over-long address) neither the query nor the cookies are parsed yet.
  const q = req.query
    ? (req.query as Record<string, unknown>).lang
    : /(?:^|&)lang=(da|en)(?:&|$)/.exec(req.url.slice(req.url.indexOf('?') + 1 || req.url.length))?.[1];
  if (isLocale(q)) return q;
  const c = req.cookies
    ? req.cookies.lang
    : /(?:^|;\s*)lang=(da|en)(?:;|$)/.exec(req.headers.cookie ?? '')?.[1];
  if (isLocale(c)) return c;
  return negotiateLocale(req.headers['accept-language']);
}
