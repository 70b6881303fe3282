// The citizen page frame (DKFDS, the borger.dk look): skip link, header with the kommune's name, language switch,
// <main>, and a footer with the kommune's accessibility statement. Rendered on the server; no script needed.
import type { FastifyReply } from 'fastify';
import { createContext, type ReactNode, useContext } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { CATALOG } from '../../i18n/catalog.js';
import { type Locale, type Translate, translator } from '../../i18n/index.js';
import type { Kommune } from '../tenancy.js';

export const DKFDS = '/assets/dkfds';
/** Our own stylesheet and script for the citizen pages, served from `public/citizen`. */
export const CITIZEN_ASSETS = '/assets/citizen';
/** An icon from the DKFDS sprite, referenced rather than inlined so the CSP needs no exceptions. */
export const iconHref = (name: string) => `${DKFDS}/img/all-svg-icons.svg#${name}`;

// No inline script or style anywhere on these pages (the one script is a file of our own), so the policy can
// forbid both.
export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

export interface PageFrame {
  locale: Locale;
  /** The page's own title; the layout adds the kommune's name. */
  title: string;
  /** Null when no kommune is known, e.g. on the page for an unknown tracking link. */
  kommune: Pick<Kommune, 'kommuneId' | 'name' | 'accessibilityUrl'> | null;
  /** The request URL (path and query), for the language switch. */
  url: string;
  /** Prefixes the title with "Fejl:", so a screen reader hears at once that the form came back with errors. */
  hasErrors?: boolean;
}

/** What a page's route knows about the request; each page adds its own title. */
export type RequestFrame = Omit<PageFrame, 'title' | 'hasErrors'>;

/** The translator pages use: every message set in the catalog. */
export const pageTranslator = (locale: Locale): Translate => translator(CATALOG, locale);

interface PageContextValue {
  locale: Locale;
  t: Translate;
}

const PageContext = createContext<PageContextValue>({ locale: 'da', t: pageTranslator('da') });

/** The page's language and translator, for any component inside `renderPage`. */
export const usePage = () => useContext(PageContext);

const otherLocale = (l: Locale): Locale => (l === 'da' ? 'en' : 'da');

/** The same page in the other language: the current URL with `lang` replaced. */
export function switchLanguageHref(url: string, to: Locale): string {
  const u = new URL(url, 'http://page.invalid');
  u.searchParams.set('lang', to);
  return `${u.pathname}${u.search}`;
}

function LanguageSwitch({ url }: { url: string }) {
  const { locale, t } = usePage();
  const to = otherLocale(locale);
  return (
    <nav className="ml-auto" aria-label={t('common.language')}>
      <a href={switchLanguageHref(url, to)} lang={to} hrefLang={to}>
        {t('common.language.switch')}
      </a>
    </nav>
  );
}

function Page({ frame, children }: { frame: PageFrame; children: ReactNode }) {
  const { t } = usePage();
  const { kommune } = frame;
  const site = kommune?.name ?? t('app.name');
  const title = `${frame.hasErrors ? `${t('common.errorTitlePrefix')} ` : ''}${frame.title} – ${site}`;
  return (
    <html lang={frame.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="stylesheet" href={`${DKFDS}/css/dkfds-borgerdk.min.css`} />
        <link rel="stylesheet" href={`${CITIZEN_ASSETS}/citizen.css`} />
        <script src={`${CITIZEN_ASSETS}/citizen.js`} defer />
      </head>
      <body>
        <a className="skipnav" href="#main">
          {t('common.skipToContent')}
        </a>
        <header className="header">
          <div className="solution-info">
            <div className="solution-info-inner container">
              <div className="solution-heading">
                {kommune ? <a href={`/k/${kommune.kommuneId}`}>{site}</a> : <a href="/">{site}</a>}
              </div>
              <LanguageSwitch url={frame.url} />
            </div>
          </div>
        </header>
        <main id="main" className="container py-7">
          <div className="row">
            <div className="col-12 col-lg-8">{children}</div>
          </div>
        </main>
        <footer>
          <div className="footer">
            <div className="container">
              <ul className="unstyled-list inline-list">
                <li>{site}</li>
                {kommune && (
                  <li>
                    <a href={kommune.accessibilityUrl}>{t('common.footer.accessibility')}</a>
                  </li>
                )}
              </ul>
            </div>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The full HTML document for a citizen page. */
export function renderPage(frame: PageFrame, body: ReactNode): string {
  const value = { locale: frame.locale, t: pageTranslator(frame.locale) };
  return `<!doctype html>${renderToStaticMarkup(
    <PageContext.Provider value={value}>
      <Page frame={frame}>{body}</Page>
    </PageContext.Provider>,
  )}`;
}

const ONE_YEAR_SECONDS = 365 * 24 * 3600;

/**
 * Sends a rendered page with its security headers. A `?lang=` choice is remembered in the `lang` cookie, so the
 * next page (and the form's POST) stays in the language the citizen picked.
 */
export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  const lang = (reply.request.query as Record<string, unknown> | undefined)?.lang;
  if (lang === 'da' || lang === 'en') {
    reply.setCookie('lang', lang, { path: '/', sameSite: 'lax', maxAge: ONE_YEAR_SECONDS, secure: 'auto' });
  }
  return (
    reply
      .code(status)
      .type('text/html; charset=utf-8')
      .header('content-security-policy', PAGE_CSP)
      // Forms carry a fresh submission id and receipts a private link: never serve them from a shared cache.
      .header('cache-control', 'no-store')
      // The language comes from the switch's cookie or the browser's Accept-Language.
      .header('vary', 'Accept-Language, Cookie')
      .send(html)
  );
}
