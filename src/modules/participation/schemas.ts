// The request schemas of participation, for the JSON API and the citizen form alike (`x-messages`: the i18n key
// of each field's failure).
import { type TSchema, Type } from 'typebox';
import { IMAGE_MAX_BYTES, OUTCOMES } from '../../core/participation.js';
import { MESSAGES_KEYWORD } from '../../platform/schema-errors.js';

function messages<T extends TSchema>(schema: T, keys: Record<string, string>): T {
  return Object.assign(schema, { [MESSAGES_KEYWORD]: keys });
}

/** Text without control characters except tab, line feed and carriage return. */
const PLAIN_TEXT = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';
const DANISH_PHONE = '^(\\+45|0045)?[ -]*[2-9]([ -]*[0-9]){7}$';
const EMAIL_WITH_DOMAIN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$';
const ISO_DATE = '^20[0-9]{2}-[0-9]{2}-[0-9]{2}$';
const CONTROL = 'common.validation.controlCharacters';

const text = (max: number, key: string, min = 1) =>
  messages(Type.String({ minLength: min, maxLength: max, pattern: PLAIN_TEXT }), {
    required: key,
    minLength: key,
    maxLength: key,
    pattern: CONTROL,
    default: key,
  });

export const ContributionBody = Type.Object(
  {
    text: text(5000, 'participation.error.text', 3),
    name: Type.Optional(text(200, 'participation.error.name')),
    email: Type.Optional(
      messages(Type.String({ format: 'email', maxLength: 254, pattern: EMAIL_WITH_DOMAIN }), {
        default: 'participation.error.email',
      }),
    ),
    phone: Type.Optional(
      messages(Type.String({ maxLength: 30, pattern: DANISH_PHONE }), {
        default: 'participation.error.phone',
      }),
    ),
  },
  { additionalProperties: false },
);

/** Base64 of at most IMAGE_MAX_BYTES bytes. */
const IMAGE_BASE64_MAX = Math.ceil(IMAGE_MAX_BYTES / 3) * 4;

/** The public API's contribution: the form's fields and an optional image, base64 in the JSON. */
export const PublicContributionBody = Type.Object(
  {
    ...ContributionBody.properties,
    image: Type.Optional(
      messages(
        Type.String({
          contentEncoding: 'base64',
          minLength: 4,
          maxLength: IMAGE_BASE64_MAX,
          pattern: '^[A-Za-z0-9+/]+={0,2}$',
          description:
            'A JPEG or PNG image, base64 (at most 5 MB decoded). Told by its bytes; stored without its ' +
            'metadata (EXIF …) and shown publicly only once the contribution is approved.',
        }),
        { maxLength: 'participation.error.imageSize', default: 'participation.error.imageType' },
      ),
    ),
  },
  { additionalProperties: false },
);

const Phase = Type.Object(
  {
    kind: Type.Union([
      Type.Literal('idea'),
      Type.Literal('hearing'),
      Type.Literal('decision'),
      Type.Literal('feedback'),
    ]),
    startsOn: Type.String({ format: 'date', pattern: ISO_DATE }),
    endsOn: Type.String({ format: 'date', pattern: ISO_DATE }),
  },
  { additionalProperties: false },
);

export const ProcessBody = Type.Object(
  {
    title: text(200, 'participation.error.answer'),
    question: text(2000, 'participation.error.answer'),
    influence: Object.assign(text(4000, 'participation.error.influence'), {
      description: 'What citizens can influence (indflydelsesrum) — mandatory',
    }),
    decided: Object.assign(text(4000, 'participation.error.decided'), {
      description: 'What is already decided, and by whom (politically or by law) — mandatory',
    }),
    channels: Type.Union([Type.Literal('online'), Type.Literal('meeting'), Type.Literal('both')]),
    phases: Type.Array(Phase, { maxItems: 8 }),
    hearingEndsOn: Type.String({
      format: 'date',
      pattern: ISO_DATE,
      description: 'Last day contributions are taken',
    }),
    area: Type.Optional(text(200, 'participation.error.answer')),
    departmentId: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    ownerId: Type.Optional(
      Type.String({ format: 'uuid', description: 'The staff member who runs it; the creator when left out' }),
    ),
  },
  { additionalProperties: false },
);

export const ModerationBody = Type.Object(
  {
    decision: Type.Union([Type.Literal('approved'), Type.Literal('rejected')]),
    reason: Type.Optional(text(1000, 'participation.error.reason')),
  },
  { additionalProperties: false },
);

export const GroupBody = Type.Object(
  {
    title: text(200, 'participation.error.answer'),
    contributionIds: Type.Array(Type.String({ format: 'uuid' }), { maxItems: 1000 }),
  },
  { additionalProperties: false },
);

export const AnswerBody = Type.Object(
  {
    outcome: Type.Union(OUTCOMES.map((o) => Type.Literal(o))),
    text: text(4000, 'participation.error.answer'),
    askWhom: Type.Optional(text(500, 'participation.error.askWhom')),
  },
  { additionalProperties: false },
);
