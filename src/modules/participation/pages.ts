// The citizen pages of participation: /k/{kommunekode}/deltag (the list) and /k/{kommunekode}/deltag/{id} (one
// process, with the contribution form, posted back to the same address). Server-rendered, no account, hidden
// from OpenAPI like the other citizen pages; the form's submissions share the intake rate limit.
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { normalizeKommunekode } from '../../core/identifiers.js';
import { checkImage, IMAGE_MAX_BYTES, takesContributions } from '../../core/participation.js';
import type { App, AppContext } from '../../platform/context.js';
import { HttpError, notFound } from '../../platform/errors.js';
import { sendHtml } from '../../platform/html/layout.js';
import { requestFrame } from '../../platform/html/message-page.js';
import { requestLocale } from '../../platform/locale.js';
import { PUBLIC_READ_LIMIT, submissionLimit } from '../../platform/rate-limits.js';
import { htmlErrorHandler } from '../../platform/request-errors.js';
import { describeFailures } from '../../platform/schema-errors.js';
import { getKommune } from '../../platform/tenancy.js';
import { publicResults, summaryOf } from './api.js';
import { renderOwnContribution, renderProcessList, renderProcessPage } from './pages/ParticipationPages.js';
import { listProcesses } from './queries.js';
import { ContributionBody } from './schemas.js';
import { contributeOnline, contributionStatus, IMAGE_ERRORS, processDetail, processPath } from './service.js';

const ListParams = Type.Object({ kommunekode: Type.String({ maxLength: 10 }) });
const PageParams = Type.Object({
  kommunekode: Type.String({ maxLength: 10 }),
  processId: Type.String({ maxLength: 64 }),
});
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FIELDS = new Set(['text', 'name', 'email', 'phone']);

/** The image field of the multipart form: its bytes, or that it was larger than the limit (cut off). */
type Upload = Buffer | { tooLarge: true };
const uploads = new WeakMap<FastifyRequest, Upload>();

/** Reads the one file of the form into memory, at most IMAGE_MAX_BYTES; a larger one is marked, not kept. */
async function readUpload(this: FastifyRequest, part: MultipartFile) {
  const bytes = await part.toBuffer();
  (part as unknown as { value: Upload }).value = part.file.truncated ? { tooLarge: true } : bytes;
}

/** The i18n key of what is wrong with the uploaded image; none when it is fine or there is none. */
function imageError(upload: Upload | undefined): string | undefined {
  if (!upload) return undefined;
  if (!Buffer.isBuffer(upload)) return IMAGE_ERRORS.size;
  if (upload.length === 0) return undefined;
  const r = checkImage(upload);
  return r.ok ? undefined : IMAGE_ERRORS[r.reason];
}

/** Text fields trimmed, empty ones dropped, anything else left out: the form has four fields. */
function tidy(body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null) return {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body))
    if (FIELDS.has(k) && typeof v === 'string' && v.trim() !== '') out[k] = v.trim();
  return out;
}

export async function participationPages(app: App, ctx: AppContext): Promise<void> {
  await app.register(async (scope) => {
    const web = scope.withTypeProvider<TypeBoxTypeProvider>();
    web.setErrorHandler(htmlErrorHandler(ctx));
    // The contribution form is multipart (its optional image); only here, the rest of the app takes none.
    await scope.register(multipart, {
      attachFieldsToBody: 'keyValues',
      onFile: readUpload,
      throwFileSizeLimit: false,
      limits: { fileSize: IMAGE_MAX_BYTES, files: 1, fields: 8, parts: 9, fieldSize: 64 * 1024 },
    });

    const kommuneOr404 = async (code: string) => {
      const id = normalizeKommunekode(code);
      const kommune = id ? await getKommune(ctx, id) : null;
      if (!kommune) throw notFound('intake.error.kommune');
      return kommune;
    };

    web.get(
      '/k/:kommunekode/deltag',
      { schema: { hide: true, params: ListParams }, config: PUBLIC_READ_LIMIT },
      async (req, reply) => {
        const kommune = await kommuneOr404(req.params.kommunekode);
        const all = (await listProcesses(ctx.db, kommune.kommuneId, ['open', 'closed'])).map(summaryOf);
        const card = (p: ReturnType<typeof summaryOf>) => ({
          id: p.id,
          title: p.title,
          question: p.question,
          hearingEndsOn: p.hearingEndsOn,
          closedOn: p.closedAt ? p.closedAt.slice(0, 10) : null,
          daysToFeedback: p.daysToFeedback,
        });
        return sendHtml(
          reply,
          renderProcessList(await requestFrame(ctx, req), {
            kommuneId: kommune.kommuneId,
            open: all.filter((p) => p.status === 'open').map(card),
            closed: all.filter((p) => p.status === 'closed').map(card),
          }),
        );
      },
    );

    const page = async (
      req: FastifyRequest,
      kommunekode: string,
      processId: string,
      form: {
        values: Record<string, string>;
        errors: Record<string, string>;
        thanks: boolean;
        ownPath?: string | null;
      },
    ) => {
      const kommune = await kommuneOr404(kommunekode);
      const d = UUID.test(processId) ? await processDetail(ctx, kommune.kommuneId, processId) : null;
      if (!d || d.process.status === 'draft') throw notFound('participation.error.notFound');
      const summary = summaryOf(d.process);
      return renderProcessPage(await requestFrame(ctx, req), {
        kommuneId: kommune.kommuneId,
        process: summary,
        ...publicResults(d),
        takesContributions: takesContributions(d.process, ctx.now()) && d.process.channels !== 'meeting',
        ...form,
      });
    };

    web.get(
      '/k/:kommunekode/deltag/:processId',
      {
        schema: {
          hide: true,
          params: PageParams,
          // sent: the id of the contribution just sent (its own page is linked from the thanks).
          querystring: Type.Object({ sent: Type.Optional(Type.String({ maxLength: 64 })) }),
        },
        config: PUBLIC_READ_LIMIT,
      },
      async (req, reply) => {
        const { kommunekode, processId } = req.params;
        const sent = req.query.sent;
        const thanks = sent === '1' || (sent !== undefined && UUID.test(sent));
        const html = await page(req, kommunekode, processId, {
          values: {},
          errors: {},
          thanks,
          ownPath: thanks && sent !== '1' ? `${processPath(kommunekode, processId)}/bidrag/${sent}` : null,
        });
        return sendHtml(reply, html);
      },
    );

    web.post(
      '/k/:kommunekode/deltag/:processId',
      {
        schema: { hide: true, params: PageParams, body: ContributionBody },
        attachValidation: true,
        preValidation: async (req) => {
          const image = (req.body as Record<string, unknown> | undefined)?.image;
          if (Buffer.isBuffer(image) || (typeof image === 'object' && image !== null))
            uploads.set(req, image as Upload);
          req.body = tidy(req.body) as typeof req.body;
        },
        config: submissionLimit(ctx.config.intakeRateLimitPerMinute),
      },
      async (req, reply) => {
        const { kommunekode, processId } = req.params;
        const values = tidy(req.body);
        const again = async (errors: Record<string, string>, status: number) =>
          sendHtml(reply, await page(req, kommunekode, processId, { values, errors, thanks: false }), status);
        const upload = uploads.get(req);
        const badImage = imageError(upload);
        if (req.validationError || badImage) {
          const errors: Record<string, string> = {};
          for (const m of describeFailures(req.validationError?.validation ?? [], ContributionBody))
            errors[FIELDS.has(m.field) ? m.field : 'text'] ??= m.key;
          if (badImage) errors.image = badImage;
          return again(errors, 400);
        }
        const kommune = await kommuneOr404(kommunekode);
        if (!UUID.test(processId)) throw notFound('participation.error.notFound');
        const image = Buffer.isBuffer(upload) && upload.length > 0 ? upload : undefined;
        let sent: string;
        try {
          const c = await contributeOnline(
            ctx,
            kommune.kommuneId,
            processId,
            req.body,
            requestLocale(req),
            image,
          );
          sent = c.id;
        } catch (err) {
          // The hearing ended while the citizen wrote: the page says it takes no contributions now.
          if (err instanceof HttpError && err.statusCode === 409) return again({}, 409);
          throw err;
        }
        return reply.redirect(`${processPath(kommune.kommuneId, processId)}?sent=${sent}#contribute`, 303);
      },
    );

    web.get(
      '/k/:kommunekode/deltag/:processId/bidrag/:contributionId',
      {
        schema: {
          hide: true,
          params: Type.Object({ ...PageParams.properties, contributionId: Type.String({ maxLength: 64 }) }),
        },
        config: PUBLIC_READ_LIMIT,
      },
      async (req, reply) => {
        const { kommunekode, processId, contributionId } = req.params;
        const kommune = await kommuneOr404(kommunekode);
        const own =
          UUID.test(processId) && UUID.test(contributionId)
            ? await contributionStatus(ctx, kommune.kommuneId, processId, contributionId)
            : null;
        if (!own) throw notFound('participation.error.contributionNotFound');
        return sendHtml(
          reply,
          renderOwnContribution(await requestFrame(ctx, req), {
            kommuneId: kommune.kommuneId,
            process: { id: own.process.id, title: own.process.title },
            contribution: own.contribution,
            group: own.group,
          }),
        );
      },
    );
  });
}
