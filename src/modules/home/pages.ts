// The citizen's way in: the front door at / and each kommune's home at /k/{kommunekode} (3 digits, a
// zero-padded 4, with or without a trailing slash). Server-rendered in the citizen page frame; hidden from
// OpenAPI like the other citizen pages.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { normalizeKommunekode } from '../../core/identifiers.js';
import type { App, AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { sendHtml } from '../../platform/html/layout.js';
import { requestFrame } from '../../platform/html/message-page.js';
import type { CitizenLink } from '../../platform/module.js';
import { PUBLIC_READ_LIMIT } from '../../platform/rate-limits.js';
import { htmlErrorHandler } from '../../platform/request-errors.js';
import { getKommune } from '../../platform/tenancy.js';
import { contactDirectory } from '../admin/index.js';
import { renderFrontDoor } from './pages/FrontDoorPage.js';
import { renderKommuneHome } from './pages/KommuneHomePage.js';
import { listKommuner } from './queries.js';

const KommuneParams = Type.Object({ kommunekode: Type.String() });

export async function homePages(app: App, ctx: AppContext, links: readonly CitizenLink[]): Promise<void> {
  await app.register(async (scope) => {
    const web = scope.withTypeProvider<TypeBoxTypeProvider>();
    web.setErrorHandler(htmlErrorHandler(ctx));

    web.get('/', { schema: { hide: true }, config: PUBLIC_READ_LIMIT }, async (req, reply) => {
      const frame = await requestFrame(ctx, req);
      return sendHtml(reply, renderFrontDoor(frame, { kommuner: await listKommuner(ctx.db) }));
    });

    for (const path of ['/k/:kommunekode', '/k/:kommunekode/']) {
      web.get(
        path,
        { schema: { hide: true, params: KommuneParams }, config: PUBLIC_READ_LIMIT },
        async (req, reply) => {
          const id = normalizeKommunekode(req.params.kommunekode);
          const kommune = id ? await getKommune(ctx, id) : null;
          if (!kommune) throw notFound('intake.error.kommune');
          const frame = await requestFrame(ctx, req);
          const html = renderKommuneHome(frame, {
            kommuneName: kommune.name,
            formUrl: `/k/${kommune.kommuneId}/henvendelse`,
            links: links.map((l) => ({
              key: l.key,
              heading: l.heading,
              text: l.text,
              label: l.label,
              href: l.href(kommune.kommuneId),
            })),
            accessibilityUrl: kommune.accessibilityUrl,
            directory: await contactDirectory(ctx, kommune.kommuneId),
          });
          return sendHtml(reply, html);
        },
      );
    }
  });
}
