// The citizen's pages of the front desk (server-rendered, no account): booking, the booking's private link
// (see, move, cancel, calendar file), the kiosk check-in and the waiting-room display. Plain HTML forms, so they
// work without JavaScript; hidden from OpenAPI like the other citizen pages (the JSON API documents the same).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { addDays, localDate } from '../../core/calendar.js';
import { icsEvent } from '../../core/reception.js';
import { formatTime } from '../../i18n/format.js';
import type { Locale } from '../../i18n/index.js';
import type { App, AppContext } from '../../platform/context.js';
import { pageTranslator, sendHtml } from '../../platform/html/layout.js';
import { renderMessagePage, requestFrame } from '../../platform/html/message-page.js';
import { requestLocale } from '../../platform/locale.js';
import { PUBLIC_READ_LIMIT, submissionLimit } from '../../platform/rate-limits.js';
import { htmlErrorHandler } from '../../platform/request-errors.js';
import { getKommune } from '../../platform/tenancy.js';
import { contactDirectory } from '../admin/index.js';
import { dayRange } from './api.js';
import { book, bookingByToken, calendarPath, cancelBooking, managePath, moveBooking } from './booking.js';
import { checkInBooking, checkInWalkIn } from './desk.js';
import { kommuneOr404 } from './kommune.js';
import {
  renderBook,
  renderConfirmCancel,
  renderDisplay,
  renderKiosk,
  renderManage,
  type SlotChoice,
} from './pages/ReceptionPages.js';
import {
  type BookingRow,
  displayState,
  findServiceType,
  listServiceTypes,
  listSlots,
  type ServiceTypeRow,
} from './queries.js';

const KommuneParams = Type.Object({ kommunekode: Type.String() });
const TokenParams = Type.Object({ token: Type.String() });
const Form = Type.Record(Type.String(), Type.String());

export const bookingPagePath = (kommuneId: string) => `/k/${kommuneId}/tidsbestilling`;
export const kioskPath = (kommuneId: string) => `/k/${kommuneId}/kiosk`;
export const displayPath = (kommuneId: string) => `/k/${kommuneId}/skaerm`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PHONE = /^(\+45|0045)?[ -]*[2-9]([ -]*[0-9]){7}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const SHOWN_DAYS = 14;

const serviceName = (t: ServiceTypeRow, locale: Locale) => (locale === 'en' ? t.nameEn : t.name);
const bringOf = (t: ServiceTypeRow, locale: Locale) => (locale === 'en' ? t.bringEn : t.bring);

/** The free times of the coming two weeks, one per time (the desk with most places left). */
async function freeSlots(ctx: AppContext, type: ServiceTypeRow, locale: Locale): Promise<SlotChoice[]> {
  const today = localDate(ctx.now());
  const range = dayRange(today, addDays(today, SHOWN_DAYS))!;
  const slots = await listSlots(ctx, type.kommuneId, type.id, range.start, range.end, ctx.now());
  const byTime = new Map<number, (typeof slots)[number]>();
  for (const s of slots) {
    if (s.remaining <= 0) continue;
    const at = s.startsAt.getTime();
    const seen = byTime.get(at);
    if (!seen || s.remaining > seen.remaining) byTime.set(at, s);
  }
  return [...byTime.values()].map((s) => ({
    slotId: s.slotId,
    date: localDate(s.startsAt),
    time: formatTime(s.startsAt, locale),
    remaining: s.remaining,
  }));
}

function supportWords(b: BookingRow, t: (k: string, p?: Record<string, string>) => string): string[] {
  const n = b.supportNeeds as Record<string, unknown>;
  const out: string[] = [];
  if (n.interpreter)
    out.push(
      typeof n.language === 'string' && n.language
        ? t('reception.support.interpreterLanguage', { language: n.language })
        : t('reception.support.interpreter'),
    );
  if (n.companion) out.push(t('reception.support.companion'));
  if (n.readingDifficulties) out.push(t('reception.support.reading'));
  if (n.hearingDifficulties) out.push(t('reception.support.hearing'));
  return out;
}

export async function receptionPages(app: App, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    const web = scope.withTypeProvider<TypeBoxTypeProvider>();
    web.setErrorHandler(htmlErrorHandler(ctx));

    const bookPage = async (
      req: FastifyRequest,
      kommuneId: string,
      serviceType: string | null,
      values: Record<string, string>,
      errors: Record<string, string>,
    ) => {
      const locale = requestLocale(req);
      const types = (await listServiceTypes(ctx, kommuneId)).filter((t) => t.bookableOnline);
      const chosen = types.find((t) => t.code === serviceType) ?? null;
      const directory = await contactDirectory(ctx, kommuneId);
      return renderBook(await requestFrame(ctx, req), {
        action: bookingPagePath(kommuneId),
        services: types.map((t) => ({
          code: t.code,
          name: serviceName(t, locale),
          bring: bringOf(t, locale),
        })),
        serviceType: chosen?.code ?? null,
        slots: chosen ? await freeSlots(ctx, chosen, locale) : [],
        values,
        errors,
        contact: directory
          .slice(0, 1)
          .map((d) => ({ address: d.address, phone: d.phone, openingHours: d.openingHours })),
      });
    };

    web.get(
      '/k/:kommunekode/tidsbestilling',
      {
        schema: {
          hide: true,
          params: KommuneParams,
          querystring: Type.Object({ serviceType: Type.Optional(Type.String()) }),
        },
        config: PUBLIC_READ_LIMIT,
      },
      async (req, reply) => {
        const kommune = await kommuneOr404(ctx, req.params.kommunekode);
        return sendHtml(reply, await bookPage(req, kommune.kommuneId, req.query.serviceType ?? null, {}, {}));
      },
    );

    web.post(
      '/k/:kommunekode/tidsbestilling',
      {
        schema: { hide: true, params: KommuneParams, body: Form },
        config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      },
      async (req, reply) => {
        const kommune = await kommuneOr404(ctx, req.params.kommunekode);
        const v = Object.fromEntries(Object.entries(req.body).map(([k, x]) => [k, String(x).trim()]));
        const errors: Record<string, string> = {};
        if (!v.slotId || !UUID.test(v.slotId)) errors.slotId = 'reception.error.slot.required';
        if (!v.name) errors.name = 'reception.error.name.required';
        else if (v.name.length > 200) errors.name = 'reception.error.name.invalid';
        if (v.email && (!EMAIL.test(v.email) || v.email.length > 254))
          errors.email = 'reception.error.email.invalid';
        if (v.phone && !PHONE.test(v.phone)) errors.phone = 'reception.error.phone.invalid';
        if (!v.email && !v.phone && !errors.email) errors.email = 'reception.error.contact.required';
        const again = async (status: number) =>
          sendHtml(reply, await bookPage(req, kommune.kommuneId, v.serviceType ?? null, v, errors), status);
        if (Object.keys(errors).length) return again(400);
        const result = await book(ctx, kommune.kommuneId, {
          slotId: v.slotId!,
          name: v.name!,
          phone: v.phone || null,
          email: v.email || null,
          locale: requestLocale(req),
        });
        if (!result.ok) {
          errors.slotId =
            result.reason === 'full' ? 'reception.error.slot.full' : 'reception.error.slot.unknown';
          return again(409);
        }
        return reply.redirect(managePath(result.manageToken), 303);
      },
    );

    const unknownBooking = async (req: FastifyRequest) =>
      renderMessagePage(
        await requestFrame(ctx, req),
        'common.notFound.title',
        'reception.error.booking.unknown',
      );

    const managePage = async (
      req: FastifyRequest,
      b: BookingRow,
      notice: 'moved' | 'cancelled' | null,
      error: string | null,
    ) => {
      const locale = requestLocale(req);
      const kommune = await getKommune(ctx, b.kommuneId);
      const type = (await findServiceType(ctx, b.kommuneId, b.serviceType))!;
      const t = pageTranslator(locale);
      const token = req.params as { token: string };
      const changeable = b.status === 'booked' && b.startsAt > ctx.now() && !b.checkedIn;
      return renderManage(
        { locale, url: req.url, kommune },
        {
          code: b.code,
          status: b.status,
          changeable,
          checkedIn: b.checkedIn,
          serviceName: serviceName(type, locale),
          bring: bringOf(type, locale),
          place: b.place,
          date: localDate(b.startsAt),
          time: formatTime(b.startsAt, locale),
          support: supportWords(b, t),
          calendarUrl: calendarPath(token.token),
          moveAction: `${managePath(token.token)}/flyt`,
          cancelUrl: `${managePath(token.token)}/aflys`,
          slots: changeable ? (await freeSlots(ctx, type, locale)).filter((s) => s.slotId !== b.slotId) : [],
          notice,
          error,
        },
      );
    };

    web.get(
      '/tid/:token',
      {
        schema: {
          hide: true,
          params: TokenParams,
          querystring: Type.Object({ flyttet: Type.Optional(Type.String()) }),
        },
        config: PUBLIC_READ_LIMIT,
      },
      async (req, reply) => {
        const b = await bookingByToken(ctx, req.params.token);
        if (!b) return sendHtml(reply, await unknownBooking(req), 404);
        return sendHtml(reply, await managePage(req, b, req.query.flyttet ? 'moved' : null, null));
      },
    );

    web.post(
      '/tid/:token/flyt',
      {
        schema: { hide: true, params: TokenParams, body: Form },
        config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      },
      async (req, reply) => {
        const slotId = String(req.body.slotId ?? '');
        const b = await bookingByToken(ctx, req.params.token);
        if (!b) return sendHtml(reply, await unknownBooking(req), 404);
        if (!UUID.test(slotId))
          return sendHtml(reply, await managePage(req, b, null, 'reception.error.slot.required'), 400);
        const result = await moveBooking(ctx, req.params.token, slotId);
        if (!result.ok) {
          const key =
            result.reason === 'full' ? 'reception.error.slot.full' : 'reception.error.booking.closed';
          return sendHtml(reply, await managePage(req, b, null, key), 409);
        }
        return reply.redirect(`${managePath(req.params.token)}?flyttet=1`, 303);
      },
    );

    web.get(
      '/tid/:token/aflys',
      { schema: { hide: true, params: TokenParams }, config: PUBLIC_READ_LIMIT },
      async (req, reply) => {
        const b = await bookingByToken(ctx, req.params.token);
        if (!b) return sendHtml(reply, await unknownBooking(req), 404);
        const frame = {
          locale: requestLocale(req),
          url: req.url,
          kommune: await getKommune(ctx, b.kommuneId),
        };
        return sendHtml(
          reply,
          renderConfirmCancel(frame, `${managePath(req.params.token)}/aflys`, managePath(req.params.token)),
        );
      },
    );

    web.post(
      '/tid/:token/aflys',
      {
        schema: { hide: true, params: TokenParams },
        config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      },
      async (req, reply) => {
        const result = await cancelBooking(ctx, req.params.token);
        if (!result.ok && result.reason === 'not_found')
          return sendHtml(reply, await unknownBooking(req), 404);
        return reply.redirect(managePath(req.params.token), 303);
      },
    );

    web.get(
      '/tid/:token/kalender.ics',
      { schema: { hide: true, params: TokenParams }, config: PUBLIC_READ_LIMIT },
      async (req, reply) => {
        const b = await bookingByToken(ctx, req.params.token);
        if (b?.status !== 'booked') return sendHtml(reply, await unknownBooking(req), 404);
        const locale = (b.locale === 'en' ? 'en' : 'da') as Locale;
        const kommune = await getKommune(ctx, b.kommuneId);
        const type = (await findServiceType(ctx, b.kommuneId, b.serviceType))!;
        const ics = icsEvent({
          uid: `${b.id}@borgerdialog`,
          stamp: ctx.now(),
          startsAt: b.startsAt,
          endsAt: b.endsAt,
          summary: `${serviceName(type, locale)} – ${kommune?.name ?? ''}`,
          location: `${b.place}, ${kommune?.name ?? ''}`,
          description: [b.code, bringOf(type, locale)].filter(Boolean).join('\n'),
        });
        return reply
          .type('text/calendar; charset=utf-8')
          .header('content-disposition', 'attachment; filename="tid.ics"')
          .header('cache-control', 'no-store')
          .send(ics);
      },
    );

    const kioskPage = async (
      req: FastifyRequest,
      kommuneId: string,
      ticket: string | null,
      values: Record<string, string>,
      errors: Record<string, string>,
    ) => {
      const locale = requestLocale(req);
      const types = await listServiceTypes(ctx, kommuneId);
      return renderKiosk(await requestFrame(ctx, req), {
        action: kioskPath(kommuneId),
        start: kioskPath(kommuneId),
        services: types.map((t) => ({ code: t.code, name: serviceName(t, locale), bring: '' })),
        ticket,
        values,
        errors,
      });
    };

    web.get(
      '/k/:kommunekode/kiosk',
      {
        schema: {
          hide: true,
          params: KommuneParams,
          querystring: Type.Object({ billet: Type.Optional(Type.String({ maxLength: 10 })) }),
        },
        config: PUBLIC_READ_LIMIT,
      },
      async (req, reply) => {
        const kommune = await kommuneOr404(ctx, req.params.kommunekode);
        const ticket =
          req.query.billet && /^[A-Z][0-9]{3,}$/.test(req.query.billet) ? req.query.billet : null;
        return sendHtml(reply, await kioskPage(req, kommune.kommuneId, ticket, {}, {}));
      },
    );

    web.post(
      '/k/:kommunekode/kiosk',
      {
        schema: { hide: true, params: KommuneParams, body: Form },
        config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      },
      async (req, reply) => {
        const kommune = await kommuneOr404(ctx, req.params.kommunekode);
        const code = String(req.body.bookingCode ?? '').trim();
        const serviceType = String(req.body.serviceType ?? '').trim();
        const fail = async (errors: Record<string, string>) =>
          sendHtml(reply, await kioskPage(req, kommune.kommuneId, null, { bookingCode: code }, errors), 400);
        if (!code && !serviceType) return fail({ bookingCode: 'reception.error.checkIn.required' });
        if (code && !/^[A-Za-z0-9 -]{4,20}$/.test(code))
          return fail({ bookingCode: 'reception.error.code.unknown' });
        const result = code
          ? await checkInBooking(ctx, kommune.kommuneId, code)
          : await checkInWalkIn(ctx, kommune.kommuneId, serviceType);
        if (!result.ok) {
          const key = {
            unknown_code: 'reception.error.code.unknown',
            not_today: 'reception.error.code.notToday',
            cancelled: 'reception.error.code.cancelled',
            unknown_service: 'reception.error.serviceType.unknown',
          }[result.reason];
          return fail(result.reason === 'unknown_service' ? { serviceType: key } : { bookingCode: key });
        }
        return reply.redirect(`${kioskPath(kommune.kommuneId)}?billet=${result.ticket}`, 303);
      },
    );

    web.get(
      '/k/:kommunekode/skaerm',
      { schema: { hide: true, params: KommuneParams }, config: PUBLIC_READ_LIMIT },
      async (req, reply) => {
        const kommune = await kommuneOr404(ctx, req.params.kommunekode);
        const state = await displayState(ctx, kommune.kommuneId, localDate(ctx.now()));
        const html = renderDisplay(requestLocale(req), {
          kommuneName: kommune.name,
          stateUrl: `/api/v1/kommuner/${kommune.kommuneId}/waiting-display`,
          called: state.called.map((c) => ({ ticket: c.ticket, desk: c.desk })),
          waiting: state.waiting,
        });
        return sendHtml(reply, html);
      },
    );
  });
}
