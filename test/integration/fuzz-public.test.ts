// Property-based fuzzing of every public route: generated bodies, headers, addresses and encodings, thrown at the
// app through inject. Whatever arrives, the answer is never a 5xx, and every 4xx speaks the language asked for —
// a JSON body `{ error, message, fields? }` whose texts come from that language's catalog, or an HTML page in it.
// Seeded, so a failure repeats; FUZZ_SCALE=10 (npm run test:fuzz) runs ten times as many.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/i18n/catalog.js';
import type { Locale } from '../../src/i18n/index.js';
import { type Harness, startHarness, validSubmission } from '../support/harness.js';

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const runs = (n: number) => ({ numRuns: Math.round(n * SCALE), seed: SEED, endOnFailure: true });
/** Each route's runs take seconds; allow minutes on a busy machine. */
const TIMEOUT = 180_000 * SCALE;

let h: Harness;
let sent = 0;
beforeAll(async () => {
  // Each generated request comes from its own address, but the intake limit is lifted all the same: the fuzzer
  // is here to reach the handlers, and the limits have their own tests.
  h = await startHarness({ intakeRateLimitPerMinute: 1_000_000 });
}, 240_000); // a fresh database can take minutes to start on a machine busy with other suites
afterAll(async () => {
  await h.close();
  // Thousands in total: the figure the suite promises.
  expect(sent).toBeGreaterThanOrEqual(Math.round(2_000 * SCALE));
});

/** Each catalog text as a pattern ({limit} and the like match anything). */
function catalogPatterns(locale: Locale): RegExp[] {
  const texts = new Set(CATALOG.flatMap((set) => Object.values(set[locale])));
  return [...texts].map((text) => {
    const parts = text.split(/\{\w+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('[\\s\\S]+')}$`);
  });
}
const PATTERNS: Record<Locale, RegExp[]> = { da: catalogPatterns('da'), en: catalogPatterns('en') };
const inCatalog = (locale: Locale, text: unknown) =>
  typeof text === 'string' && PATTERNS[locale].some((p) => p.test(text));

interface Attempt {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  locale: Locale;
  remoteAddress: string;
}

/** Sends one generated request and checks the answer; a failed check says what was sent. */
async function check(a: Attempt): Promise<void> {
  sent++;
  const res = await h.app.inject({
    method: a.method,
    url: a.url,
    headers: a.headers,
    ...(a.payload === undefined ? {} : { payload: a.payload }),
    remoteAddress: a.remoteAddress,
  });
  const what = `${a.method} ${a.url.slice(0, 300)} ${JSON.stringify(a.headers)} → ${res.statusCode} ${res.body.slice(0, 400)}`;
  expect(res.statusCode, what).toBeLessThan(500);
  if (res.statusCode < 400) return;
  const type = String(res.headers['content-type'] ?? '');
  if (type.startsWith('text/html')) {
    expect(res.body, what).toContain(`<html lang="${a.locale}"`);
    return;
  }
  expect(type, what).toMatch(/^application\/json/);
  const body = res.json() as { error?: unknown; message?: unknown; fields?: Record<string, unknown> };
  expect(typeof body.error, what).toBe('string');
  expect(inCatalog(a.locale, body.message), `message not in the ${a.locale} catalog: ${what}`).toBe(true);
  for (const m of Object.values(body.fields ?? {}))
    expect(inCatalog(a.locale, m), `field message not in the ${a.locale} catalog: ${what}`).toBe(true);
}

// --- Building blocks -------------------------------------------------------------------------------------------

/** Any text: control characters, lone surrogates, emoji, long runs. */
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\u0007',
      '\r\n',
      '\uFEFF',
      '\uD800',
      '0000-01-01',
      '2026-02-30',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 4000, maxLength: 6000 }) },
);
/** Any JSON value, nested, with hostile keys among them. */
const anyJson = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  fc.constantFrom(
    null,
    true,
    0,
    -1,
    1e308,
    [],
    {},
    { __proto__: { x: 1 } },
    { constructor: { prototype: 1 } },
  ),
  anyText,
);

/** A valid submission with some fields replaced, removed or added. */
const submission = fc
  .tuple(
    fc.dictionary(
      fc.constantFrom(
        'kind',
        'area',
        'decisionDate',
        'decisionReference',
        'description',
        'name',
        'phone',
        'email',
        'preferredContactTime',
        'consent',
        'submissionId',
        'cpr',
        'extra',
      ),
      fc.oneof(anyJson, fc.constant(undefined)),
      { maxKeys: 4 },
    ),
    fc.boolean(),
  )
  .map(([over, fresh]) => {
    const base: Record<string, unknown> = validSubmission(
      fresh ? {} : { description: 'Den samme klage igen.' },
    );
    for (const [k, v] of Object.entries(over)) {
      if (v === undefined) delete base[k];
      else base[k] = v;
    }
    return base;
  });

/** Printable header text (what a client can send at all). */
const headerText = fc
  .string({ unit: 'binary-ascii', maxLength: 80 })
  .map((s) => s.replace(/[^\x20-\x7e]/g, ''));

const locale = fc.constantFrom<Locale>('da', 'en');

/** How the language is asked for: Accept-Language, the lang cookie or ?lang=, or not at all (Danish). */
const languageChoice = fc.tuple(locale, fc.constantFrom('header', 'cookie', 'query', 'none' as const));

function withLanguage(url: string, headers: Record<string, string>, [loc, how]: [Locale, string]) {
  if (how === 'none') return { url, headers, locale: 'da' as Locale };
  if (how === 'header')
    return {
      url,
      headers: { ...headers, 'accept-language': loc === 'en' ? 'en-GB,en;q=0.9' : 'da' },
      locale: loc,
    };
  if (how === 'cookie') return { url, headers: { ...headers, cookie: `lang=${loc}` }, locale: loc };
  return { url: `${url}${url.includes('?') ? '&' : '?'}lang=${loc}`, headers, locale: loc };
}

/** A path segment: a kommune code, a token, or anything, percent-encoded as a client would (or not quite). */
const segment = (likely: string[]) =>
  fc.oneof(
    fc.constantFrom(...likely),
    anyText.map((s) =>
      [...Buffer.from(s, 'utf8')]
        .map((b) =>
          /[A-Za-z0-9_-]/.test(String.fromCharCode(b))
            ? String.fromCharCode(b)
            : `%${b.toString(16).padStart(2, '0')}`,
        )
        .join(''),
    ),
    fc.constantFrom('%', '%E0%A4%A', '..', '%2e%2e', 'a'.repeat(150), '%00'),
  );
const kommune = segment(['259', '0259', '230', '999', '0', '2590']);

/** How a body is encoded: JSON, a form, raw bytes, under a right or wrong content type. */
const encodedBody = (value: fc.Arbitrary<unknown>) =>
  fc
    .tuple(
      value,
      fc.constantFrom('json', 'form', 'raw' as const),
      fc.constantFrom(
        'application/json',
        'application/json; charset=utf-8',
        'application/x-www-form-urlencoded',
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/json; charset=latin1',
        '',
      ),
      fc.uint8Array({ maxLength: 200 }),
    )
    .map(([v, encoding, contentType, bytes]) => {
      let payload: string | Buffer;
      if (encoding === 'json') payload = JSON.stringify(v) ?? '';
      else if (encoding === 'form') {
        const params = new URLSearchParams();
        if (v && typeof v === 'object')
          for (const [k, x] of Object.entries(v))
            params.append(
              k,
              typeof x === 'string' ? x.replace(/[\uD800-\uDFFF]/g, '') : (JSON.stringify(x) ?? ''),
            );
        payload = params.toString();
      } else payload = Buffer.from(bytes);
      return {
        payload,
        headers: contentType ? { 'content-type': contentType } : ({} as Record<string, string>),
      };
    });

const address = fc.ipV4();

// --- The routes -------------------------------------------------------------------------------------------------

describe('fuzzing the public routes: never a 5xx, every 4xx in the language asked for', () => {
  it(
    'POST /api/v1/kommuner/{kommunekode}/cases',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          kommune,
          encodedBody(fc.oneof({ weight: 4, arbitrary: submission }, anyJson)),
          fc.option(headerText),
          languageChoice,
          address,
          async (k, body, key, lang, ip) => {
            const headers = { ...body.headers, ...(key === null ? {} : { 'idempotency-key': key }) };
            await check({
              method: 'POST',
              payload: body.payload,
              remoteAddress: ip,
              ...withLanguage(`/api/v1/kommuner/${k}/cases`, headers, lang),
            });
          },
        ),
        runs(550),
      );
    },
    TIMEOUT,
  );

  it(
    'POST /k/{kommunekode}/henvendelse (the HTML form)',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ weight: 4, arbitrary: fc.constant('259') }, kommune),
          encodedBody(fc.oneof({ weight: 4, arbitrary: submission }, anyJson)),
          languageChoice,
          address,
          async (k, body, lang, ip) => {
            await check({
              method: 'POST',
              payload: body.payload,
              remoteAddress: ip,
              ...withLanguage(`/k/${k}/henvendelse`, body.headers, lang),
            });
          },
        ),
        runs(400),
      );
    },
    TIMEOUT,
  );

  it(
    'GET the form, the areas and the calendar',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          kommune,
          fc.constantFrom('form', 'areas', 'calendar', 'home' as const),
          segment(['2026-12-01', '0000-01-01', '2026-02-30', '9999-12-31', '']),
          segment(['2', '0', '-1', '1000', '1001', '1e3', '2.5', '']),
          languageChoice,
          address,
          async (k, which, from, days, lang, ip) => {
            const url =
              which === 'form'
                ? `/k/${k}/henvendelse`
                : which === 'home'
                  ? `/k/${k}`
                  : which === 'areas'
                    ? `/api/v1/kommuner/${k}/areas`
                    : `/api/v1/kommuner/${k}/calendar/add-working-days?from=${from}&days=${days}`;
            await check({ method: 'GET', remoteAddress: ip, ...withLanguage(url, {}, lang) });
          },
        ),
        runs(400),
      );
    },
    TIMEOUT,
  );

  it(
    'GET the receipt and the tracking page and API',
    async () => {
      const { trackingToken } = (
        await h.app.inject({ method: 'POST', url: '/api/v1/kommuner/259/cases', payload: validSubmission() })
      ).json() as { trackingToken: string };
      await fc.assert(
        fc.asyncProperty(
          kommune,
          segment([trackingToken, trackingToken.slice(1), `${trackingToken}x`, 'unknown']),
          fc.constantFrom('receipt', 'page', 'api' as const),
          languageChoice,
          address,
          async (k, token, which, lang, ip) => {
            const url =
              which === 'receipt'
                ? `/k/${k}/kvittering/${token}`
                : which === 'page'
                  ? `/spor/${token}`
                  : `/api/v1/track/${token}`;
            await check({ method: 'GET', remoteAddress: ip, ...withLanguage(url, {}, lang) });
          },
        ),
        runs(400),
      );
    },
    TIMEOUT,
  );

  it(
    'POST /api/v1/auth/login',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          encodedBody(
            fc.oneof(
              fc.record({
                email: fc.oneof(anyJson, fc.constant('caseworker@koege.demo')),
                password: anyJson,
              }),
              anyJson,
            ),
          ),
          languageChoice,
          address,
          async (body, lang, ip) => {
            await check({
              method: 'POST',
              payload: body.payload,
              remoteAddress: ip,
              ...withLanguage('/api/v1/auth/login', body.headers, lang),
            });
          },
        ),
        runs(150),
      );
    },
    TIMEOUT,
  );

  it(
    'unknown addresses and methods',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom('GET', 'POST' as const),
          fc.constantFrom('/', '/api/', '/api/v1/', '/k/', '/spor/', '/api/v1/kommuner/'),
          segment(['x', 'henvendelse', 'cases']),
          languageChoice,
          address,
          async (method, prefix, rest, lang, ip) => {
            await check({ method, remoteAddress: ip, ...withLanguage(`${prefix}${rest}`, {}, lang) });
          },
        ),
        runs(150),
      );
    },
    TIMEOUT,
  );
});
