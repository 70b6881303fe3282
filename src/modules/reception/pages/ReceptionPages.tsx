// The citizen pages of the front desk: booking, the booking's own page (see, move, cancel), the kiosk and the
// waiting-room display. Plain HTML forms in the DKFDS frame; the display is a page of its own, in large type.
import { renderToStaticMarkup } from 'react-dom/server';
import { formatDateLong, type IsoDate } from '../../../core/calendar.js';
import type { Locale, Translate } from '../../../i18n/index.js';
import { ErrorSummary, GroupedSelect, RadioGroup, TextField } from '../../../platform/html/form.js';
import {
  CITIZEN_ASSETS,
  DKFDS,
  iconHref,
  pageTranslator,
  type RequestFrame,
  renderPage,
  usePage,
} from '../../../platform/html/layout.js';

export interface SlotChoice {
  slotId: string;
  date: IsoDate;
  time: string;
  remaining: number;
}

export interface ServiceChoice {
  code: string;
  name: string;
  bring: string;
}

const slotGroups = (slots: readonly SlotChoice[], locale: Locale, t: Translate) => {
  const days = new Map<IsoDate, SlotChoice[]>();
  for (const s of slots) days.set(s.date, [...(days.get(s.date) ?? []), s]);
  return [...days.entries()].map(([date, list]) => ({
    label: formatDateLong(date, locale),
    options: list.map((s) => ({
      value: s.slotId,
      text: `${s.time} (${t('reception.book.remaining', { count: s.remaining })})`,
    })),
  }));
};

function Alert({ kind, children }: { kind: 'success' | 'info' | 'warning'; children: React.ReactNode }) {
  return (
    <div className={`alert alert-${kind}`}>
      <svg className="icon-svg alert-icon" focusable="false" aria-hidden="true">
        <use
          href={iconHref(kind === 'success' ? 'success' : kind === 'warning' ? 'report-problem' : 'info')}
        />
      </svg>
      <div className="alert-body">{children}</div>
    </div>
  );
}

export interface BookView {
  action: string;
  services: readonly ServiceChoice[];
  serviceType: string | null;
  slots: readonly SlotChoice[];
  values: Record<string, string>;
  errors: Record<string, string>;
  contact: { address: string | null; phone: string | null; openingHours: string | null }[];
}

function Book({ view }: { view: BookView }) {
  const { t, locale } = usePage();
  const chosen = view.services.find((s) => s.code === view.serviceType) ?? null;
  const items = Object.entries(view.errors).map(([field, key]) => ({
    target: field === 'serviceType' ? `serviceType-${view.services[0]?.code}` : field,
    message: t(key),
  }));
  return (
    <>
      <h1>{t('reception.book.title')}</h1>
      <ErrorSummary heading={t('reception.book.errorSummary')} items={items} />
      <p>{t('reception.book.intro')}</p>
      <form method="get" action={view.action} noValidate>
        <RadioGroup
          name="serviceType"
          legend={t('reception.book.service')}
          value={view.serviceType ?? undefined}
          error={view.errors.serviceType ? t(view.errors.serviceType) : undefined}
          options={view.services.map((s) => ({ value: s.code, label: s.name }))}
        />
        <button type="submit" className="button button-secondary">
          {t('reception.book.show')}
        </button>
      </form>
      {chosen && (
        <form method="post" action={view.action} noValidate className="mt-7">
          <input type="hidden" name="serviceType" value={chosen.code} />
          <h2>{t('reception.book.slots')}</h2>
          {chosen.bring && (
            <p>
              <strong>{t('reception.manage.bring')}:</strong> {chosen.bring}
            </p>
          )}
          {view.slots.length === 0 ? (
            <p>{t('reception.book.noSlots')}</p>
          ) : (
            <>
              <GroupedSelect
                id="slotId"
                label={t('reception.book.slot')}
                placeholder={t('reception.book.slot')}
                value={view.values.slotId}
                error={view.errors.slotId ? t(view.errors.slotId) : undefined}
                groups={slotGroups(view.slots, locale, t)}
              />
              <h2>{t('reception.book.you')}</h2>
              <TextField
                id="name"
                label={t('reception.book.name')}
                autoComplete="name"
                value={view.values.name}
                error={view.errors.name ? t(view.errors.name) : undefined}
              />
              <TextField
                id="email"
                type="email"
                label={t('reception.book.email')}
                autoComplete="email"
                hint={t('reception.book.contactHint')}
                value={view.values.email}
                error={view.errors.email ? t(view.errors.email) : undefined}
              />
              <TextField
                id="phone"
                type="tel"
                label={t('reception.book.phone')}
                autoComplete="tel"
                optional
                width="input-width-s"
                value={view.values.phone}
                error={view.errors.phone ? t(view.errors.phone) : undefined}
              />
              <button type="submit" className="button button-primary">
                {t('reception.book.submit')}
              </button>
            </>
          )}
        </form>
      )}
      {view.contact.length > 0 && (
        <>
          <h2 className="mt-8">{t('reception.book.where')}</h2>
          <ul>
            {view.contact.map((c) => (
              <li key={`${c.address}-${c.phone}`}>
                {[c.address, c.phone, c.openingHours].filter(Boolean).join(' · ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function renderBook(frame: RequestFrame, view: BookView): string {
  const title = pageTranslator(frame.locale)('reception.book.title');
  return renderPage(
    { ...frame, title, hasErrors: Object.keys(view.errors).length > 0 },
    <Book view={view} />,
  );
}

export interface ManageView {
  code: string;
  status: 'booked' | 'cancelled';
  changeable: boolean;
  checkedIn: boolean;
  serviceName: string;
  bring: string;
  place: string;
  date: IsoDate;
  time: string;
  support: string[];
  calendarUrl: string;
  moveAction: string;
  cancelUrl: string;
  slots: readonly SlotChoice[];
  notice: 'moved' | 'cancelled' | null;
  error: string | null;
}

function Manage({ view }: { view: ManageView }) {
  const { t, locale } = usePage();
  return (
    <>
      <h1>{t('reception.manage.title')}</h1>
      {view.error && (
        <ErrorSummary
          heading={t('reception.book.errorSummary')}
          items={[{ target: 'slotId', message: t(view.error) }]}
        />
      )}
      {view.notice === 'moved' && (
        <Alert kind="success">
          <p className="alert-text">{t('reception.manage.moved')}</p>
        </Alert>
      )}
      {view.status === 'cancelled' ? (
        <Alert kind="info">
          <p className="alert-text">{t('reception.manage.cancelled')}</p>
        </Alert>
      ) : view.checkedIn ? (
        <Alert kind="success">
          <p className="alert-text">{t('reception.manage.checkedIn')}</p>
        </Alert>
      ) : (
        view.notice !== 'moved' && (
          <Alert kind="success">
            <p className="alert-text">{t('reception.manage.booked')}</p>
          </Alert>
        )
      )}
      <dl>
        <dt>{t('reception.manage.code')}</dt>
        <dd>
          <strong className="booking-code">{view.code}</strong>
          <br />
          {t('reception.manage.codeHint')}
        </dd>
        <dt>{t('reception.manage.service')}</dt>
        <dd>{view.serviceName}</dd>
        <dt>{t('reception.manage.when')}</dt>
        <dd>{t('reception.book.time', { date: formatDateLong(view.date, locale), time: view.time })}</dd>
        <dt>{t('reception.manage.where')}</dt>
        <dd>{view.place}</dd>
        {view.bring && (
          <>
            <dt>{t('reception.manage.bring')}</dt>
            <dd>{view.bring}</dd>
          </>
        )}
        {view.support.length > 0 && (
          <>
            <dt>{t('reception.manage.support')}</dt>
            <dd>{view.support.join(', ')}</dd>
          </>
        )}
      </dl>
      {view.status === 'booked' && (
        <p>
          <a href={view.calendarUrl}>{t('reception.manage.calendar')}</a>
        </p>
      )}
      {view.changeable && (
        <>
          <p>{t('reception.manage.keep')}</p>
          <h2>{t('reception.manage.move')}</h2>
          {view.slots.length === 0 ? (
            <p>{t('reception.book.noSlots')}</p>
          ) : (
            <form method="post" action={view.moveAction} noValidate>
              <GroupedSelect
                id="slotId"
                label={t('reception.book.slot')}
                placeholder={t('reception.book.slot')}
                error={view.error ? t(view.error) : undefined}
                groups={slotGroups(view.slots, locale, t)}
              />
              <button type="submit" className="button button-secondary">
                {t('reception.manage.moveSubmit')}
              </button>
            </form>
          )}
          <h2>{t('reception.manage.cancel')}</h2>
          <p>
            <a href={view.cancelUrl} className="button button-secondary">
              {t('reception.manage.cancel')}
            </a>
          </p>
        </>
      )}
    </>
  );
}

export function renderManage(frame: RequestFrame, view: ManageView): string {
  const title = pageTranslator(frame.locale)('reception.manage.title');
  return renderPage({ ...frame, title, hasErrors: view.error !== null }, <Manage view={view} />);
}

function ConfirmCancel({ action, back }: { action: string; back: string }) {
  const { t } = usePage();
  return (
    <>
      <h1>{t('reception.manage.cancel')}</h1>
      <Alert kind="warning">
        <p className="alert-text">{t('reception.manage.cancelWarning')}</p>
      </Alert>
      <form method="post" action={action}>
        <button type="submit" className="button button-primary">
          {t('reception.manage.cancelConfirm')}
        </button>{' '}
        <a href={back}>{t('reception.kiosk.again')}</a>
      </form>
    </>
  );
}

export function renderConfirmCancel(frame: RequestFrame, action: string, back: string): string {
  const title = pageTranslator(frame.locale)('reception.manage.cancel');
  return renderPage({ ...frame, title }, <ConfirmCancel action={action} back={back} />);
}

export interface KioskView {
  action: string;
  start: string;
  services: readonly ServiceChoice[];
  ticket: string | null;
  errors: Record<string, string>;
  values: Record<string, string>;
}

function Kiosk({ view }: { view: KioskView }) {
  const { t } = usePage();
  if (view.ticket)
    return (
      <>
        <h1>{t('reception.kiosk.ticket')}</h1>
        <p className="ticket-number" role="status">
          {view.ticket}
        </p>
        <p>{t('reception.kiosk.ticketText')}</p>
        <p>
          <a href={view.start} className="button button-secondary">
            {t('reception.kiosk.again')}
          </a>
        </p>
      </>
    );
  const items = Object.entries(view.errors).map(([field, key]) => ({
    target: field === 'serviceType' ? `serviceType-${view.services[0]?.code}` : field,
    message: t(key),
  }));
  return (
    <>
      <h1>{t('reception.kiosk.title')}</h1>
      <ErrorSummary heading={t('reception.kiosk.errorSummary')} items={items} />
      <p>{t('reception.kiosk.intro')}</p>
      <form method="post" action={view.action} noValidate>
        <TextField
          id="bookingCode"
          label={t('reception.kiosk.code')}
          hint={t('reception.kiosk.codeHint')}
          width="input-width-s"
          autoComplete="off"
          value={view.values.bookingCode}
          error={view.errors.bookingCode ? t(view.errors.bookingCode) : undefined}
        />
        <button type="submit" className="button button-primary">
          {t('reception.kiosk.withCode')}
        </button>
      </form>
      <h2 className="mt-8">{t('reception.kiosk.walkIn')}</h2>
      <form method="post" action={view.action} noValidate>
        <RadioGroup
          name="serviceType"
          legend={t('reception.book.service')}
          error={view.errors.serviceType ? t(view.errors.serviceType) : undefined}
          options={view.services.map((s) => ({ value: s.code, label: s.name }))}
        />
        <button type="submit" className="button button-secondary">
          {t('reception.kiosk.walkInSubmit')}
        </button>
      </form>
    </>
  );
}

export function renderKiosk(frame: RequestFrame, view: KioskView): string {
  const title = pageTranslator(frame.locale)(
    view.ticket ? 'reception.kiosk.ticket' : 'reception.kiosk.title',
  );
  return renderPage(
    { ...frame, title, hasErrors: Object.keys(view.errors).length > 0 },
    <Kiosk view={view} />,
  );
}

export interface DisplayView {
  kommuneName: string;
  stateUrl: string;
  called: { ticket: string; desk: string }[];
  waiting: number;
}

/**
 * The waiting-room display: its own page in large type, readable across the room, with no personal data. The
 * script (public/citizen/waiting-display.js) polls the state every few seconds and announces a new call in a
 * live region; without it the page reloads itself once a minute.
 */
export function renderDisplay(locale: Locale, view: DisplayView): string {
  const t = pageTranslator(locale);
  const body = (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <noscript>
          <meta httpEquiv="refresh" content="60" />
        </noscript>
        <title>{`${t('reception.display.title')} – ${view.kommuneName}`}</title>
        <link rel="stylesheet" href={`${DKFDS}/css/dkfds-borgerdk.min.css`} />
        <link rel="stylesheet" href={`${CITIZEN_ASSETS}/waiting-display.css`} />
        <script src={`${CITIZEN_ASSETS}/waiting-display.js`} defer />
      </head>
      <body className="waiting-display">
        <main
          id="main"
          data-state-url={view.stateUrl}
          data-announce={t('reception.display.announce', { ticket: '{ticket}', desk: '{desk}' })}
          data-waiting={t('reception.display.waiting', { count: '{count}' })}
          data-none={t('reception.display.none')}
        >
          <h1>
            {t('reception.display.title')} – {view.kommuneName}
          </h1>
          <h2>{t('reception.display.called')}</h2>
          <table className="table display-table">
            <thead>
              <tr>
                <th scope="col">{t('reception.display.ticket')}</th>
                <th scope="col">{t('reception.display.desk')}</th>
              </tr>
            </thead>
            <tbody id="called">
              {view.called.length === 0 ? (
                <tr>
                  <td colSpan={2}>{t('reception.display.none')}</td>
                </tr>
              ) : (
                view.called.map((c, i) => (
                  <tr key={c.ticket} className={i === 0 ? 'latest' : undefined}>
                    <td>{c.ticket}</td>
                    <td>{c.desk}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <p id="waiting">{t('reception.display.waiting', { count: view.waiting })}</p>
          <p id="announce" className="sr-only" aria-live="assertive" />
        </main>
      </body>
    </html>
  );
  return `<!doctype html>${renderToStaticMarkup(body)}`;
}
