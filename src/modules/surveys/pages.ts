// The citizen's survey page behind the private link (/undersoegelse/{token}): the form, the answer, the opt-out.
// Plain HTML forms, so they work without JavaScript. Hidden from OpenAPI: the JSON API documents the survey.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { isScore, SURVEY_QUESTIONS } from '../../core/surveys.js';
import type { App, AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';
import { sendHtml } from '../../platform/html/layout.js';
import { requestLocale } from '../../platform/locale.js';
import { PUBLIC_READ_LIMIT, submissionLimit } from '../../platform/rate-limits.js';
import { htmlErrorHandler } from '../../platform/request-errors.js';
import { getKommune } from '../../platform/tenancy.js';
import { renderSurveyForm, renderSurveyNotice } from './pages/SurveyPage.js';
import { answerSurvey, optOut, type SurveyInput, type SurveyView, surveyPath, surveyView } from './survey.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });

const NOTICES: Record<SurveyView['status'], [string, string]> = {
  open: ['surveys.page.title', 'surveys.page.intro'],
  answered: ['surveys.page.answered.title', 'surveys.page.answered.text'],
  opted_out: ['surveys.page.optedOut.title', 'surveys.page.optedOut.text'],
  expired: ['surveys.page.expired.title', 'surveys.page.expired.text'],
};

/** The form's fields as the survey takes them, or the i18n key of each field's problem. */
function readForm(body: Record<string, unknown>): { input?: SurveyInput; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const scores: Record<string, number> = {};
  for (const q of SURVEY_QUESTIONS) {
    const n = Number(body[q]);
    if (!isScore(n)) errors[q] = 'surveys.error.score';
    else scores[q] = n;
  }
  const disagree = body.stillDisagree;
  if (disagree !== 'yes' && disagree !== 'no') errors.stillDisagree = 'surveys.error.stillDisagree';
  const comment = typeof body.comment === 'string' ? body.comment : '';
  if (comment.length > 4000) errors.comment = 'surveys.error.comment';
  if (Object.keys(errors).length > 0) return { errors };
  return {
    errors,
    input: {
      heard: scores.heard!,
      understood: scores.understood!,
      fair: scores.fair!,
      overall: scores.overall!,
      stillDisagree: disagree === 'yes',
      comment,
    },
  };
}

const values = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

export async function surveyPages(app: App, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    const web = scope.withTypeProvider<TypeBoxTypeProvider>();
    web.setErrorHandler(htmlErrorHandler(ctx));

    const frameFor = async (req: FastifyRequest, view: SurveyView | null) => ({
      locale: requestLocale(req),
      url: req.url,
      kommune: view ? await getKommune(ctx, view.kommuneId) : null,
    });
    const notFoundPage = async (req: FastifyRequest) =>
      renderSurveyNotice(await frameFor(req, null), 'common.notFound.title', 'surveys.page.notFound.text');
    const form = (token: string, v: Record<string, string> = {}, errors: Record<string, string> = {}) => ({
      action: surveyPath(token),
      optOutAction: `${surveyPath(token)}/fravalg`,
      values: v,
      errors,
    });

    web.get(
      '/undersoegelse/:token',
      { schema: { hide: true, params: TokenParams }, config: PUBLIC_READ_LIMIT },
      async (req, reply) => {
        const view = await surveyView(ctx, req.params.token);
        if (!view) return sendHtml(reply, await notFoundPage(req), 404);
        const frame = await frameFor(req, view);
        if (view.status !== 'open') {
          const [title, text] = NOTICES[view.status];
          return sendHtml(
            reply,
            renderSurveyNotice(frame, title, text),
            view.status === 'expired' ? 410 : 200,
          );
        }
        return sendHtml(reply, renderSurveyForm(frame, view, form(req.params.token)));
      },
    );

    web.post(
      '/undersoegelse/:token',
      {
        schema: { hide: true, params: TokenParams },
        config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      },
      async (req, reply) => {
        const view = await surveyView(ctx, req.params.token);
        if (!view) return sendHtml(reply, await notFoundPage(req), 404);
        const frame = await frameFor(req, view);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const read = readForm(typeof body === 'object' ? body : {});
        if (!read.input && view.status === 'open')
          return sendHtml(
            reply,
            renderSurveyForm(frame, view, form(req.params.token, values(body), read.errors)),
            400,
          );
        try {
          if (read.input) await answerSurvey(ctx, req.params.token, read.input);
        } catch (err) {
          if (!(err instanceof HttpError) || err.statusCode === 404) throw err;
        }
        // Answered now or before, expired or opted out: the page says which (a refresh shows the same).
        return reply.redirect(surveyPath(req.params.token), 303);
      },
    );

    web.post(
      '/undersoegelse/:token/fravalg',
      {
        schema: { hide: true, params: TokenParams },
        config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      },
      async (req, reply) => {
        const view = await surveyView(ctx, req.params.token);
        if (!view) return sendHtml(reply, await notFoundPage(req), 404);
        await optOut(ctx, req.params.token);
        const frame = await frameFor(req, view);
        return sendHtml(
          reply,
          renderSurveyNotice(frame, 'surveys.page.optedOut.title', 'surveys.page.optedOut.text'),
        );
      },
    );
  });
}
