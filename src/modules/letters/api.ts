// JSON API of the letters module: the readability check, letters on a case (draft from a template, update,
// PDF, send, list), the kommune's templates and plain-language settings, and the development Digital Post
// outbox. Thin: validate, ask the policy, call the module.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Static, Type } from 'typebox';
import { LETTER_KINDS, SECTION_KEYS } from '../../core/letters.js';
import { LIX_BANDS } from '../../core/lix.js';
import { CATALOG } from '../../i18n/catalog.js';
import { translator } from '../../i18n/index.js';
import { type AuditAction, recordAudit } from '../../platform/audit.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { SessionUser } from '../../platform/auth/sessions.js';
import type { App, AppContext } from '../../platform/context.js';
import { badRequest, ErrorBody, forbidden, notFound } from '../../platform/errors.js';
import { requestLocale } from '../../platform/locale.js';
import { can } from '../../platform/policies.js';
import { getAreas } from '../../platform/tenancy.js';
import { type CaseRef, findCaseRef } from '../cases/index.js';
import { analyseText } from './analysis.js';
import {
  createLetter,
  letterOf,
  pdfOf,
  reachedCall,
  SEND_CHANNELS,
  sendLetter,
  sendOptions,
  settingsOf,
  toView,
  updateLetter,
  validateContent,
} from './letters.js';
import {
  devOutboxPdf,
  findArea,
  listDevOutbox,
  listLetters,
  listTemplates,
  saveSettings,
  saveTemplate,
  sentPdf,
} from './queries.js';

/** One of the values, typed as their union (the schema is the same anyOf of literals). */
const literals = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v))));
const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);
const tags = ['letters'];
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const CaseParams = Type.Object({ caseNumber: Type.String({ pattern: '^[0-9]{3}-[0-9]{4}-[0-9]{6,}$' }) });
const LetterParams = Type.Object({
  ...CaseParams.properties,
  letterNumber: Type.Integer({ minimum: 1, maximum: 100000, description: 'The letter’s number on the case' }),
});
const Pdf = Type.Unsafe<Buffer>({ type: 'string', format: 'binary', description: 'The letter as a PDF' });

const Section = Type.Object({
  key: literals(SECTION_KEYS),
  heading: Type.String({ maxLength: 200 }),
  body: Type.String({ maxLength: 20000 }),
});
const Officialese = Type.Object({
  phrase: Type.String({ minLength: 1, maxLength: 100 }),
  suggestion: Type.String({ maxLength: 100, description: "The plainer wording; '' for leave it out" }),
});
const Settings = Type.Object({
  lixLimit: Type.Integer({ minimum: 20, maximum: 60 }),
  officialese: Type.Array(Officialese, { maxItems: 300 }),
});
const Letter = Type.Object({
  number: Type.Integer(),
  kind: Type.String(),
  title: Type.String(),
  sections: Type.Array(Section),
  status: literals(['draft', 'sent'] as const),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
  sentAt: nullable(Type.String({ format: 'date-time' })),
  sentBy: nullable(Type.String()),
  channel: nullable(Type.String()),
  contentHash: nullable(Type.String({ description: 'sha-256 of the title and sections as sent' })),
  lix: nullable(Type.Integer()),
});
const LetterWithContext = Type.Object({
  letter: Letter,
  settings: Settings,
  reachedCall: Type.Boolean({ description: 'Someone has reached the citizen by phone or in person' }),
  channels: Type.Array(literals(SEND_CHANNELS), {
    description:
      'How a letter on the case can be sent: Digital Post (needs the CPR number), e-mail (needs an address)',
  }),
  email: nullable(
    Type.String({ description: "The citizen's e-mail address, where e-mail sends the letter" }),
  ),
});
const Analysis = Type.Object({
  lix: Type.Integer(),
  band: literals(LIX_BANDS),
  words: Type.Integer(),
  sentences: Type.Integer(),
  longWords: Type.Integer({ description: 'Words of more than 6 letters' }),
  longSentences: Type.Array(
    Type.Object({ start: Type.Integer(), end: Type.Integer(), words: Type.Integer() }),
    { description: 'Sentences of more than 25 words, as offsets in the text' },
  ),
  findings: Type.Array(
    Type.Object({
      kind: literals(['passive', 'nominalisation', 'officialese', 'paragraph'] as const),
      start: Type.Integer(),
      end: Type.Integer(),
      text: Type.String(),
      suggestion: Type.Optional(Type.String()),
    }),
  ),
  limit: Type.Integer({ description: "The kommune's LIX limit" }),
  aboveLimit: Type.Boolean(),
});
const Template = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  area: nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  title: Type.String(),
  sections: Type.Array(Section),
  updatedAt: Type.String({ format: 'date-time' }),
});

export function lettersApi(app: App, ctx: AppContext): void {
  /** The case, if the user may write its letters; otherwise 404 (its existence is not revealed). */
  const letterCase = async (req: FastifyRequest): Promise<{ user: SessionUser; c: CaseRef }> => {
    const user = requireUser(req);
    const number = (req.params as { caseNumber: string }).caseNumber;
    const c = await findCaseRef(ctx.db, user.kommuneId, number);
    if (!c || !can(user, 'letter.write', c)) throw notFound('dialogue.api.caseNotFound');
    return { user, c };
  };
  /** Letters carry the citizen's name and the facts of their case: every answer is logged like a case read. */
  const audit = (
    req: FastifyRequest,
    user: SessionUser,
    c: CaseRef,
    action: AuditAction,
    subjectId: string,
  ) =>
    recordAudit(ctx, {
      kommuneId: c.kommuneId,
      userId: user.userId,
      action,
      subjectType: 'letter',
      subjectId,
      caseId: c.id,
      citizenId: c.citizenId,
      purpose: 'sagsbehandling',
      ip: req.ip,
    });
  const onActor = (req: FastifyRequest, action: 'text.check' | 'letter.templates' | 'digitalpost.outbox') => {
    const user = requireUser(req);
    if (!can(user, action)) throw forbidden();
    return user;
  };
  const withContext = async (c: CaseRef, letter: Static<typeof Letter>) => ({
    letter,
    settings: await settingsOf(ctx, c.kommuneId),
    reachedCall: await reachedCall(ctx, c.id),
    ...(await sendOptions(ctx, c)),
  });
  const sendPdf = (reply: FastifyReply, pdf: Buffer, name: string) =>
    reply.type('application/pdf').header('content-disposition', `inline; filename="${name}.pdf"`).send(pdf);

  app.post(
    '/api/v1/text/lix',
    {
      schema: {
        tags,
        operationId: 'checkText',
        summary: 'Readability of a text: LIX with its band, long sentences and plain-language findings',
        description:
          "LIX = words / sentences + 100 × long words (more than 6 letters) / words. Findings: passive -s forms, nominalisations, officialese from the kommune's list, and § references (allowed when `section` is `legal_basis`).",
        security,
        body: Type.Object({
          text: Type.String({ maxLength: 50000 }),
          section: Type.Optional(literals(SECTION_KEYS)),
        }),
        response: { 200: Analysis, ...errors },
      },
    },
    async (req) => {
      const user = onActor(req, 'text.check');
      const settings = await settingsOf(ctx, user.kommuneId);
      return analyseText(req.body.text, translator(CATALOG, requestLocale(req)), {
        ...settings,
        legalBasis: req.body.section === 'legal_basis',
      });
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/letters',
    {
      config: { personalData: true },
      schema: {
        tags,
        summary: 'The letters on a case, newest first (drafts and sent ones)',
        security,
        params: CaseParams,
        response: {
          200: Type.Object({ items: Type.Array(Letter), settings: Settings, reachedCall: Type.Boolean() }),
          ...errors,
        },
      },
    },
    async (req) => {
      const { user, c } = await letterCase(req);
      await audit(req, user, c, 'list', c.number);
      return {
        items: (await listLetters(ctx.db, c.id)).map(toView),
        settings: await settingsOf(ctx, c.kommuneId),
        reachedCall: await reachedCall(ctx, c.id),
      };
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/letters',
    {
      config: { personalData: true },
      schema: {
        tags,
        summary: "A new draft letter from the kommune's template for the kind and the case's area",
        description:
          'Placeholders are filled from the case. A delay letter (fristbrev) takes the reason and the new expected date.',
        security,
        params: CaseParams,
        body: Type.Object({
          kind: literals(LETTER_KINDS),
          reason: Type.Optional(Type.String({ maxLength: 500 })),
          expectedOn: Type.Optional(Type.String({ format: 'date' })),
        }),
        response: { 201: LetterWithContext, ...errors },
      },
    },
    async (req, reply) => {
      const { user, c } = await letterCase(req);
      const letter = await createLetter(ctx, user.userId, c, req.body);
      await audit(req, user, c, 'create', `${c.number}/${letter.number}`);
      return reply.code(201).send(await withContext(c, letter));
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/letters/:letterNumber',
    {
      config: { personalData: true },
      schema: {
        tags,
        summary: 'One letter on the case, with the kommune’s LIX limit and officialese list',
        security,
        params: LetterParams,
        response: { 200: LetterWithContext, ...errors },
      },
    },
    async (req) => {
      const { user, c } = await letterCase(req);
      const letter = toView(await letterOf(ctx, c, req.params.letterNumber));
      await audit(req, user, c, 'read', `${c.number}/${letter.number}`);
      return withContext(c, letter);
    },
  );

  app.put(
    '/api/v1/cases/:caseNumber/letters/:letterNumber',
    {
      config: { personalData: true },
      schema: {
        tags,
        summary: 'Change a draft letter: its title and sections (a sent letter is never changed: 409)',
        security,
        params: LetterParams,
        body: Type.Object({
          title: Type.String({ maxLength: 200 }),
          sections: Type.Array(Section, { maxItems: SECTION_KEYS.length }),
        }),
        response: { 200: LetterWithContext, ...errors },
      },
    },
    async (req) => {
      const { user, c } = await letterCase(req);
      const letter = await updateLetter(ctx, c, req.params.letterNumber, req.body);
      await audit(req, user, c, 'update', `${c.number}/${letter.number}`);
      return withContext(c, letter);
    },
  );

  app.get(
    '/api/v1/cases/:caseNumber/letters/:letterNumber/pdf',
    {
      config: { personalData: true },
      schema: {
        tags,
        summary:
          'The letter as a PDF: a draft as it would be sent today, a sent letter exactly as it was sent',
        security,
        params: LetterParams,
        response: { 200: Pdf, ...errors },
      },
    },
    async (req, reply) => {
      const { user, c } = await letterCase(req);
      const letter = await letterOf(ctx, c, req.params.letterNumber);
      const pdf = await pdfOf(ctx, c, letter, await sentPdf(ctx.db, c.id, letter.number));
      await audit(req, user, c, 'read', `${c.number}/${letter.number}`);
      return sendPdf(reply, pdf, `${c.number}-${letter.number}`);
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/letters/:letterNumber/send',
    {
      config: { personalData: true },
      schema: {
        tags,
        summary:
          'Send a draft letter by Digital Post or by e-mail (the PDF attached, through the outbox); it is kept as sent and put on the case timeline',
        description:
          'Refused (400) while placeholders are left or when e-mail is chosen and the citizen has no e-mail address, and (409) when the letter is already sent, the case is anonymised, or the citizen has no CPR number for Digital Post.',
        security,
        params: LetterParams,
        body: Type.Object({
          channel: Type.Optional(literals(SEND_CHANNELS)),
        }),
        response: { 200: LetterWithContext, ...errors },
      },
      // No body at all is the same as {} (Digital Post), as before the channel could be chosen.
      preValidation: async (req) => {
        if (req.body == null) req.body = {};
      },
    },
    async (req) => {
      const { user, c } = await letterCase(req);
      const channel = req.body.channel ?? 'digital_post';
      const letter = await sendLetter(ctx, user.userId, c, req.params.letterNumber, channel);
      await audit(req, user, c, 'update', `${c.number}/${letter.number}`);
      return withContext(c, letter);
    },
  );

  app.get(
    '/api/v1/letter-templates',
    {
      schema: {
        tags,
        summary: "The kommune's letter templates, its areas, and its LIX limit and officialese list (admin)",
        security,
        response: {
          200: Type.Object({
            items: Type.Array(Template),
            areas: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
            settings: Settings,
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = onActor(req, 'letter.templates');
      const rows = await listTemplates(ctx.db, user.kommuneId);
      const areas = (await getAreas(ctx, user.kommuneId)).map((a) => ({ code: a.code, name: a.name }));
      return {
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          area: r.areaCode ? { code: r.areaCode, name: r.areaName ?? '' } : null,
          title: r.title,
          sections: r.sections,
          updatedAt: r.updatedAt.toISOString(),
        })),
        areas,
        settings: await settingsOf(ctx, user.kommuneId),
      };
    },
  );

  app.put(
    '/api/v1/letter-templates/:kind',
    {
      schema: {
        tags,
        summary:
          "Write the kommune's template for a kind, for one area or (area null) for every area (admin)",
        description:
          'The sections must be the kind’s, in the reader-friendly order: result, legal basis, facts, main considerations, the citizen’s arguments, next steps, guidance on appeals.',
        security,
        params: Type.Object({ kind: literals(LETTER_KINDS) }),
        body: Type.Object({
          area: nullable(
            Type.String({ maxLength: 100, description: "The area's code; null for every area" }),
          ),
          title: Type.String({ maxLength: 200 }),
          sections: Type.Array(Section, { maxItems: SECTION_KEYS.length }),
        }),
        response: { 200: Type.Object({ id: Type.String() }), ...errors },
      },
    },
    async (req) => {
      const user = onActor(req, 'letter.templates');
      const { kind } = req.params;
      const { title, sections } = req.body;
      validateContent(kind, title, sections);
      let areaId: string | null = null;
      if (req.body.area !== null) {
        const area = await findArea(ctx.db, user.kommuneId, req.body.area);
        if (!area) throw badRequest('letters.error.area', { area: 'letters.error.area' });
        areaId = area.id;
      }
      const id = await saveTemplate(
        ctx.db,
        { kommuneId: user.kommuneId, kind, areaId, title: title.trim(), sections },
        user.userId,
        ctx.now(),
      );
      return { id };
    },
  );

  app.put(
    '/api/v1/letter-settings',
    {
      schema: {
        tags,
        summary: "The kommune's LIX limit and its list of officialese with plainer wording (admin)",
        security,
        body: Settings,
        response: { 200: Settings, ...errors },
      },
    },
    async (req) => {
      const user = onActor(req, 'letter.templates');
      const officialese = req.body.officialese.map((o) => ({
        phrase: o.phrase.trim(),
        suggestion: o.suggestion.trim(),
      }));
      if (officialese.some((o) => o.phrase.length === 0))
        throw badRequest('letters.error.officialese', { officialese: 'letters.error.officialese' });
      const settings = { lixLimit: req.body.lixLimit, officialese };
      await saveSettings(ctx.db, user.kommuneId, settings, ctx.now());
      return settings;
    },
  );

  app.get(
    '/api/v1/digital-post/dev-outbox',
    {
      config: { personalData: true },
      schema: {
        tags,
        summary: 'Development Digital Post: the letters that would have been sent, newest first (admin)',
        security,
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                at: Type.String({ format: 'date-time' }),
                recipientName: Type.String(),
                recipientCprMasked: nullable(Type.String()),
                subject: Type.String(),
                caseNumber: Type.String(),
                letterNumber: Type.Integer(),
                pdfBytes: Type.Integer(),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = onActor(req, 'digitalpost.outbox');
      const rows = await listDevOutbox(ctx.db, user.kommuneId);
      await recordAudit(ctx, {
        kommuneId: user.kommuneId,
        userId: user.userId,
        action: 'list',
        subjectType: 'digital_post_dev_outbox',
        subjectId: user.kommuneId,
        purpose: 'kontrol',
        ip: req.ip,
      });
      return {
        items: rows.map((r) => ({
          ...r,
          at: r.at.toISOString(),
          pdfBytes: Math.floor((Number(r.pdfBytes) * 3) / 4),
        })),
      };
    },
  );

  app.get(
    '/api/v1/digital-post/dev-outbox/:id/pdf',
    {
      config: { personalData: true },
      schema: {
        tags,
        summary: 'Development Digital Post: the PDF exactly as it would have been sent (admin)',
        security,
        params: Type.Object({ id: Type.String({ format: 'uuid' }) }),
        response: { 200: Pdf, ...errors },
      },
    },
    async (req, reply) => {
      const user = onActor(req, 'digitalpost.outbox');
      const pdf = await devOutboxPdf(ctx.db, user.kommuneId, req.params.id);
      if (!pdf) throw notFound('letters.error.notFound');
      await recordAudit(ctx, {
        kommuneId: user.kommuneId,
        userId: user.userId,
        action: 'read',
        subjectType: 'digital_post_dev_outbox',
        subjectId: req.params.id,
        purpose: 'kontrol',
        ip: req.ip,
      });
      return sendPdf(reply, Buffer.from(pdf, 'base64'), req.params.id);
    },
  );
}
