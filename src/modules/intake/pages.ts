// The citizen's web pages of intake: the form, the receipt and the tracking page. Plain HTML forms, so they work
// without JavaScript. Hidden from OpenAPI: the JSON API documents intake.

import { randomUUID } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { localDate } from '../../core/calendar.js';
import { decisionLooksLate } from '../../core/formal.js';
import type { App, AppContext } from '../../platform/context.js';
import { type RequestFrame, sendHtml } from '../../platform/html/layout.js';
import { renderMessagePage, requestFrame } from '../../platform/html/message-page.js';
import { requestLocale } from '../../platform/locale.js';
import { PUBLIC_READ_LIMIT, submissionLimit } from '../../platform/rate-limits.js';
import { htmlErrorHandler } from '../../platform/request-errors.js';
import { describeFailures, type SchemaFailure } from '../../platform/schema-errors.js';
import { getAreas, getKommune, type Kommune } from '../../platform/tenancy.js';
import { kommuneOr404, tidyBody } from './api.js';
import { renderIntakeForm } from './pages/IntakeFormPage.js';
import { renderReceipt } from './pages/ReceiptPage.js';
import { renderTracking } from './pages/TrackingPage.js';
import { FormSubmission, formValues, toIntakeInput } from './schemas.js';
import { receiveCase, trackingPath } from './service.js';
import { decisionDatesOf, findTracking } from './tracking.js';

const KommuneParams = Type.Object({ kommunekode: Type.String() });
const TokenParams = Type.Object({ token: Type.String() });
const KommuneTokenParams = Type.Object({ kommunekode: Type.String(), token: Type.String() });

export const formPath = (kommuneId: string) => `/k/${kommuneId}/henvendelse`;
export const receiptPath = (kommuneId: string, token: string) => `/k/${kommuneId}/kvittering/${token}`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The form's hidden submission id, when it is one we could have made. */
const submissionIdOf = (body: unknown) => {
  const id = (body as Record<string, unknown> | null | undefined)?.submissionId;
  return typeof id === 'string' && UUID.test(id) ? id : null;
};

/** The fields the form shows errors at; a failure elsewhere (a body that is no form at all) is the form's. */
const FORM_FIELDS = new Set(Object.keys(FormSubmission.properties).filter((f) => f !== 'submissionId'));

/** The schema's failures as the form shows them: field → i18n key. */
function formErrors(failures: readonly SchemaFailure[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const m of describeFailures(failures, FormSubmission)) {
    const field = FORM_FIELDS.has(m.field) ? m.field : 'form';
    errors[field] ??= field === 'form' ? 'common.request.invalid' : m.key;
  }
  return errors;
}

const unknownLinkPage = (frame: RequestFrame) =>
  renderMessagePage(frame, 'common.notFound.title', 'intake.tracking.notFound.text');

export async function intakePages(app: App, ctx: AppContext): Promise<void> {
  // In their own scope, so errors here (404, 429) answer with an HTML page, not the API's JSON.
  await app.register(async (scope) => {
    const web = scope.withTypeProvider<TypeBoxTypeProvider>();
    web.setErrorHandler(htmlErrorHandler(ctx));

    const formPage = async (
      req: FastifyRequest,
      kommune: Kommune,
      form: { values: Record<string, string>; errors: Record<string, string>; submissionId: string },
    ) =>
      renderIntakeForm(await requestFrame(ctx, req), {
        action: formPath(kommune.kommuneId),
        areas: await getAreas(ctx, kommune.kommuneId),
        today: localDate(ctx.now()),
        privacy: {
          controller: kommune.name,
          retentionYears: kommune.retentionYears,
          dpoEmail: kommune.dpoEmail,
        },
        ...form,
      });

    web.get(
      '/k/:kommunekode/henvendelse',
      { schema: { hide: true, params: KommuneParams }, config: PUBLIC_READ_LIMIT },
      async (req, reply) => {
        const kommune = await kommuneOr404(ctx, req.params.kommunekode);
        const html = await formPage(req, kommune, { values: {}, errors: {}, submissionId: randomUUID() });
        return sendHtml(reply, html);
      },
    );

    web.post(
      '/k/:kommunekode/henvendelse',
      {
        schema: { hide: true, params: KommuneParams, body: FormSubmission },
        // The form comes back with a message at each field, so a schema failure is the handler's to show.
        attachValidation: true,
        preValidation: tidyBody,
        config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      },
      async (req, reply) => {
        const kommune = await kommuneOr404(ctx, req.params.kommunekode);
        const submissionId = submissionIdOf(req.body);
        const again = async (errors: Record<string, string>, status: number, id = submissionId) =>
          sendHtml(
            reply,
            await formPage(req, kommune, {
              values: formValues(req.body),
              errors,
              submissionId: id ?? randomUUID(),
            }),
            status,
          );
        if (req.validationError) return again(formErrors(req.validationError.validation ?? []), 400);
        // The same submission id twice (a double click, a refresh) gives the same case and the same receipt;
        // so does the same complaint sent again from a restored form (Back, then Send) — see receiveCase.
        const result = await receiveCase(ctx, kommune, toIntakeInput(req.body), {
          channel: 'web',
          idempotencyKey: submissionId ? `form:${submissionId}` : null,
          ip: req.ip,
          locale: requestLocale(req),
        });
        if (result.ok) return reply.redirect(receiptPath(kommune.kommuneId, result.case.trackingToken), 303);
        // A form sent before with other content: show it again with a fresh id, so Send makes a new case.
        if ('conflict' in result) return again({ form: 'intake.error.resent' }, 422, randomUUID());
        return again(result.fields, 400);
      },
    );

    web.get(
      '/k/:kommunekode/kvittering/:token',
      {
        schema: { hide: true, params: KommuneTokenParams },
        config: PUBLIC_READ_LIMIT,
      },
      async (req, reply) => {
        const kommune = await kommuneOr404(ctx, req.params.kommunekode);
        const found = await findTracking(ctx, req.params.token, req.ip);
        const c = found?.kommuneId === kommune.kommuneId ? found : null;
        const frame = await requestFrame(ctx, req);
        if (!c) return sendHtml(reply, unknownLinkPage(frame), 404);
        const dates = c.kind === 'complaint' ? await decisionDatesOf(ctx, req.params.token) : null;
        const html = renderReceipt(frame, {
          caseNumber: c.caseNumber,
          kind: c.kind,
          firstContactDue: c.firstContactDue,
          looksLate: dates?.decisionDate
            ? decisionLooksLate(dates.decisionDate, dates.receivedOn, kommune.calendar)
            : false,
          trackingUrl: `${ctx.config.publicUrl}${trackingPath(req.params.token)}`,
        });
        return sendHtml(reply, html);
      },
    );

    web.get(
      '/spor/:token',
      {
        schema: { hide: true, params: TokenParams },
        config: PUBLIC_READ_LIMIT,
      },
      async (req, reply) => {
        const c = await findTracking(ctx, req.params.token, req.ip);
        const kommune = c ? await getKommune(ctx, c.kommuneId) : null;
        const frame = { locale: requestLocale(req), url: req.url, kommune };
        if (!c) return sendHtml(reply, unknownLinkPage(frame), 404);
        return sendHtml(reply, renderTracking(frame, c));
      },
    );
  });
}
