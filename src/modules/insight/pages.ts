// The public service-goal page, server-rendered in the citizen page frame; hidden from OpenAPI like the other
// citizen pages (the same figures are at GET /api/v1/kommuner/{kommunekode}/service-goals).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { normalizeKommunekode } from '../../core/identifiers.js';
import type { App, AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { sendHtml } from '../../platform/html/layout.js';
import { requestFrame } from '../../platform/html/message-page.js';
import type { Declared } from '../../platform/module.js';
import { PUBLIC_READ_LIMIT } from '../../platform/rate-limits.js';
import { htmlErrorHandler } from '../../platform/request-errors.js';
import { getKommune } from '../../platform/tenancy.js';
import { renderServiceGoals } from './pages/ServiceGoalsPage.js';
import { serviceGoals } from './service-goals.js';

export const SERVICE_GOALS_PATH = (kommunekode: string) => `/k/${kommunekode}/servicemaal`;

/** `publicGoals`: the sections other modules add to the page (e.g. waiting time at the front desk). */
export async function insightPages(
  app: App,
  ctx: AppContext,
  publicGoals: Declared['publicGoals'],
): Promise<void> {
  await app.register(async (scope) => {
    const web = scope.withTypeProvider<TypeBoxTypeProvider>();
    web.setErrorHandler(htmlErrorHandler(ctx));
    web.get(
      '/k/:kommunekode/servicemaal',
      {
        schema: { hide: true, params: Type.Object({ kommunekode: Type.String() }) },
        config: PUBLIC_READ_LIMIT,
      },
      async (req, reply) => {
        const id = normalizeKommunekode(req.params.kommunekode);
        const kommune = id ? await getKommune(ctx, id) : null;
        if (!kommune) throw notFound('intake.error.kommune');
        const frame = await requestFrame(ctx, req);
        const view = await serviceGoals(ctx, kommune.kommuneId);
        const sections = await publicGoals(ctx, {
          kommuneId: kommune.kommuneId,
          from: view.from,
          to: view.to,
          locale: frame.locale,
        });
        return sendHtml(reply, renderServiceGoals(frame, view, sections));
      },
    );
  });
}
