// JSON API of learning: the redaction tool, learning cases (draft from a closed case, review, publish, search)
// and buddy feedback. Thin: validate, check the policy, call the module, map the result.
import type { FastifyRequest } from 'fastify';
import { type TSchema, Type } from 'typebox';
import { CONVERSATION_PHASES } from '../../core/conversation.js';
import {
  LEARNING_OUTCOMES,
  LEARNING_TERMS_MAX,
  LEARNING_TEXT_MAX,
  LEARNING_TITLE_MAX,
} from '../../core/learning.js';
import { MAX_REDACTION_NAMES, MAX_REDACTION_TEXT, REDACTION_KINDS, redact } from '../../core/redaction.js';
import { ROOT_CAUSES } from '../../core/workflow.js';
import { requireUser } from '../../platform/auth/plugin.js';
import type { App, AppContext } from '../../platform/context.js';
import { ErrorBody, forbidden, notFound } from '../../platform/errors.js';
import { can } from '../../platform/policies.js';
import { MESSAGES_KEYWORD } from '../../platform/schema-errors.js';
import { answerFeedback, myFeedback, readFeedback, requestFeedback } from './feedback.js';
import {
  discardDraft,
  draftFromClosedCase,
  myDrafts,
  publish,
  readLearningCase,
  saveDraft,
} from './learning-cases.js';
import { searchPublished } from './search.js';

const literals = <T extends string>(values: readonly T[]) =>
  Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v))));
const messages = <T extends TSchema>(schema: T, keys: Record<string, string>): T =>
  Object.assign(schema, { [MESSAGES_KEYWORD]: keys });
const nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** Text without control characters other than tab and line breaks. */
const PLAIN_TEXT = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';
const text = (max: number, key: string, min = 0) =>
  messages(Type.String({ minLength: min, maxLength: max, pattern: PLAIN_TEXT }), {
    maxLength: key,
    minLength: key,
    pattern: 'common.validation.controlCharacters',
  });
const security: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const CaseParams = Type.Object({ caseNumber: Type.String({ pattern: '^[0-9]{3}-[0-9]{4}-[0-9]{6,}$' }) });
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
const Instant = Type.String({ format: 'date-time' });
const Kind = literals(REDACTION_KINDS);
const Person = Type.Object({ id: Type.String(), name: Type.String() });

const RedactionSpan = Type.Object({
  kind: Kind,
  start: Type.Integer({ description: 'Offset (UTF-16 code units) of the span in the ORIGINAL text' }),
  end: Type.Integer({ description: 'Offset just after the span in the ORIGINAL text (exclusive)' }),
});
const Term = Type.Object({ text: text(200, 'learning.error.term', 2), kind: Kind });

const LearningCase = Type.Object({
  id: Type.String(),
  status: literals(['draft', 'published'] as const),
  title: Type.String(),
  happened: Type.String({ description: 'What happened (hvad skete der)' }),
  worked: Type.String({ description: 'What worked (hvad virkede)' }),
  differently: Type.String({
    description: 'What the author would do differently (hvad ville jeg gøre anderledes)',
  }),
  techniques: Type.Array(Type.String(), {
    description: `Conversation guide phases: ${CONVERSATION_PHASES.join(', ')}`,
  }),
  rootCause: nullable(Type.String()),
  outcome: nullable(Type.String()),
  area: nullable(Type.Object({ code: Type.String(), name: Type.String() })),
  author: Person,
  version: Type.Integer(),
  createdAt: Instant,
  updatedAt: Instant,
  publishedAt: nullable(Instant),
  review: nullable(
    Type.Object(
      {
        fields: Type.Array(
          Type.Object({
            field: Type.String(),
            text: Type.String({ description: 'The field as written' }),
            redacted: Type.String({ description: 'The field as it will be published' }),
            redactions: Type.Array(
              Type.Object({ kind: Kind, start: Type.Integer(), end: Type.Integer(), text: Type.String() }),
            ),
          }),
        ),
        kept: Type.Array(Type.String()),
        added: Type.Array(Type.Object({ text: Type.String(), kind: Kind })),
      },
      { description: 'A draft’s review, for its author: every redaction per field, and the decisions made' },
    ),
  ),
});

const FeedbackSummary = Type.Object({
  id: Type.String(),
  caseNumber: Type.String(),
  requester: Person,
  reviewer: Person,
  status: literals(['open', 'answered'] as const),
  createdAt: Instant,
  answeredAt: nullable(Instant),
});

export function learningApi(app: App, ctx: AppContext): void {
  const ip = (req: FastifyRequest) => req.ip ?? null;
  const idOf = (req: FastifyRequest) => (req.params as { id: string }).id;

  app.post(
    '/api/v1/text/redact',
    {
      schema: {
        tags: ['learning'],
        summary: 'Redact personal data in a text (anonymisering), for staff',
        description:
          'Finds names (those given in `names`, and Danish full names), CPR numbers (with and without the dash), ' +
          'Danish phone numbers (+45, 0045, spaced), e-mail addresses, street addresses with house number and ' +
          'postcode, case numbers and dates of birth, and replaces each by a placeholder: [navn], [cpr], ' +
          '[telefon], [e-mail], [adresse], [sagsnummer], [fødselsdato]. Each redaction’s `start` and `end` are ' +
          'UTF-16 offsets into the ORIGINAL text that was sent (not into the redacted text). Stores nothing.',
        security,
        body: Type.Object({
          text: text(MAX_REDACTION_TEXT, 'learning.error.redactText'),
          names: Type.Optional(
            Type.Array(text(200, 'learning.error.name', 1), {
              maxItems: MAX_REDACTION_NAMES,
              description: 'Names to redact wherever they stand (whole name, each part, and genitive -s)',
            }),
          ),
        }),
        response: {
          200: Type.Object({ text: Type.String(), redactions: Type.Array(RedactionSpan) }),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'text.redact')) throw forbidden();
      return redact(req.body.text, { names: req.body.names ?? [] });
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/learning-case',
    {
      config: { personalData: true },
      schema: {
        tags: ['learning'],
        summary: 'Make a draft learning case (erfaringscase) from a closed case, in one click',
        description:
          'Reads the case (audited) and proposes a draft: the description and conversation notes as what ' +
          'happened, the phases used and the root cause as tags, and the names the case knows for redaction. ' +
          'The draft is the author’s alone until reviewed and published. 409 when the case is not closed or ' +
          'already has a learning case.',
        security,
        params: CaseParams,
        response: { 201: LearningCase, ...errors },
      },
    },
    async (req, reply) => {
      const user = requireUser(req);
      const draft = await draftFromClosedCase(ctx, user, req.params.caseNumber, ip(req));
      return reply.code(201).send(draft);
    },
  );

  app.get(
    '/api/v1/learning/cases',
    {
      schema: {
        tags: ['learning'],
        summary:
          'Search published learning cases (Danish full-text search), ranked, with highlighted snippets',
        description:
          'Words are matched with Danish stemming (the `danish` text-search configuration): "samtalerne" finds ' +
          '"samtale". Best match first; without `q`, the newest. In each snippet, matched words are the parts ' +
          'with `hit: true`.',
        security,
        querystring: Type.Object({
          q: Type.Optional(messages(Type.String({ maxLength: 200 }), { default: 'learning.error.q' })),
          technique: Type.Optional(literals(CONVERSATION_PHASES)),
          rootCause: Type.Optional(literals(ROOT_CAUSES)),
          area: Type.Optional(Type.String({ maxLength: 100, description: 'Area code' })),
          outcome: Type.Optional(literals(LEARNING_OUTCOMES)),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.String(),
                title: Type.String(),
                area: nullable(Type.Object({ code: Type.String(), name: Type.String() })),
                techniques: Type.Array(Type.String()),
                rootCause: nullable(Type.String()),
                outcome: nullable(Type.String()),
                publishedAt: Instant,
                rank: Type.Number(),
                snippet: Type.Array(Type.Object({ text: Type.String(), hit: Type.Boolean() })),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      const user = requireUser(req);
      if (!can(user, 'learning.read')) throw forbidden();
      return { items: await searchPublished(ctx, user, req.query) };
    },
  );

  app.get(
    '/api/v1/learning/drafts',
    {
      schema: {
        tags: ['learning'],
        summary: 'My draft learning cases, waiting for review',
        security,
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), updatedAt: Instant })),
          }),
          ...errors,
        },
      },
    },
    async (req) => ({ items: await myDrafts(ctx, requireUser(req)) }),
  );

  app.get(
    '/api/v1/learning/cases/:id',
    {
      config: { personalData: true },
      schema: {
        tags: ['learning'],
        summary: 'One learning case: a draft with its review (its author only), or a published case',
        description: 'A draft holds the texts as written, before redaction: reading it is audited.',
        security,
        params: IdParams,
        response: { 200: LearningCase, ...errors },
      },
    },
    async (req) => {
      const found = await readLearningCase(ctx, requireUser(req), idOf(req), ip(req));
      if (!found) throw notFound('learning.error.notFound');
      return found;
    },
  );

  app.put(
    '/api/v1/learning/cases/:id',
    {
      config: { personalData: true },
      schema: {
        tags: ['learning'],
        summary: 'Save a draft: texts, tags, and the review’s decisions (redactions added and undone)',
        description:
          '`kept` lists texts found by the redaction that the author keeps as written (undo); `added` lists terms ' +
          'the author redacts by hand. Send the `version` last seen: 409 when another save came first.',
        security,
        params: IdParams,
        body: Type.Object({
          version: Type.Integer({ minimum: 1 }),
          title: text(LEARNING_TITLE_MAX, 'learning.error.title'),
          happened: text(LEARNING_TEXT_MAX, 'learning.error.long'),
          worked: text(LEARNING_TEXT_MAX, 'learning.error.long'),
          differently: text(LEARNING_TEXT_MAX, 'learning.error.long'),
          techniques: Type.Array(literals(CONVERSATION_PHASES), { maxItems: CONVERSATION_PHASES.length }),
          rootCause: nullable(literals(ROOT_CAUSES)),
          outcome: nullable(literals(LEARNING_OUTCOMES)),
          kept: Type.Array(text(200, 'learning.error.term', 1), { maxItems: LEARNING_TERMS_MAX }),
          added: Type.Array(Term, { maxItems: LEARNING_TERMS_MAX }),
        }),
        response: { 200: LearningCase, ...errors },
      },
    },
    async (req) => {
      const body = { ...req.body, techniques: [...new Set(req.body.techniques)] };
      return saveDraft(ctx, requireUser(req), idOf(req), body, ip(req));
    },
  );

  app.post(
    '/api/v1/learning/cases/:id/publish',
    {
      schema: {
        tags: ['learning'],
        summary: 'Publish a reviewed draft: its redactions are applied and only the redacted texts are kept',
        description:
          'Nothing is published unreviewed: `reviewed` must be true (the author went through every redaction) and ' +
          '`version` the one reviewed (a later save needs a new review, 409).',
        security,
        params: IdParams,
        body: Type.Object({
          version: Type.Integer({ minimum: 1 }),
          reviewed: messages(Type.Boolean(), { default: 'learning.error.unreviewed' }),
        }),
        response: { 200: LearningCase, ...errors },
      },
    },
    async (req) => publish(ctx, requireUser(req), idOf(req), req.body, ip(req)),
  );

  app.delete(
    '/api/v1/learning/cases/:id',
    {
      schema: {
        tags: ['learning'],
        summary: 'Discard a draft learning case (its author only)',
        security,
        params: IdParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (req, reply) => {
      await discardDraft(ctx, requireUser(req), idOf(req));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/cases/:caseNumber/feedback-requests',
    {
      schema: {
        tags: ['learning'],
        summary: 'Ask a named colleague for feedback on the case’s conversation record (makkerskab)',
        description:
          'The colleague is a caseworker or team lead of the kommune. Only the two see the request and the answer.',
        security,
        params: CaseParams,
        body: Type.Object({
          reviewerId: messages(Type.String({ format: 'uuid' }), { default: 'learning.error.reviewer' }),
          question: Type.Optional(text(2000, 'learning.error.long')),
        }),
        response: { 201: FeedbackSummary, ...errors },
      },
    },
    async (req, reply) => {
      const created = await requestFeedback(ctx, requireUser(req), req.params.caseNumber, req.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/v1/feedback',
    {
      schema: {
        tags: ['learning'],
        summary: 'The feedback requests I sent and received',
        security,
        response: { 200: Type.Object({ items: Type.Array(FeedbackSummary) }), ...errors },
      },
    },
    async (req) => ({ items: await myFeedback(ctx, requireUser(req)) }),
  );

  app.get(
    '/api/v1/feedback/:id',
    {
      config: { personalData: true },
      schema: {
        tags: ['learning'],
        summary: 'One feedback request with the conversation record (redacted) and the answer; the two only',
        security,
        params: IdParams,
        response: {
          200: Type.Object({
            ...FeedbackSummary.properties,
            question: Type.String(),
            record: Type.Array(Type.Object({ phase: Type.String(), text: Type.String() }), {
              description: 'The conversation record, redacted, phase by phase',
            }),
            answer: nullable(Type.Object({ whatWorked: Type.String(), tryNext: Type.String() })),
          }),
          ...errors,
        },
      },
    },
    async (req) => readFeedback(ctx, requireUser(req), idOf(req), ip(req)),
  );

  app.post(
    '/api/v1/feedback/:id/answer',
    {
      schema: {
        tags: ['learning'],
        summary:
          'Answer a feedback request: what worked, and one thing to try next time (the named colleague)',
        security,
        params: IdParams,
        body: Type.Object({
          whatWorked: text(4000, 'learning.error.whatWorked', 3),
          tryNext: text(4000, 'learning.error.tryNext', 3),
        }),
        response: { 200: FeedbackSummary, ...errors },
      },
    },
    async (req) => answerFeedback(ctx, requireUser(req), idOf(req), req.body),
  );
}
