// The request schemas of intake — the only validation of a complaint or inquiry, for the JSON API, the HTML form
// and staff registration alike. Each property names the i18n key of its failures (`x-messages`), so the schema
// error mapping (platform/schema-errors.ts) answers with the Danish or English sentence per field. What a schema
// cannot know — the area exists in this kommune, the decision is not in the future — service.ts checks.
import { type Static, type TSchema, Type } from 'typebox';
import type { CaseKind } from '../../core/workflow.js';
import { MESSAGES_KEYWORD } from '../../platform/schema-errors.js';
import type { ContactTime } from './contact-times.js';

/** The i18n keys of a property's failures, by validator keyword; `default` for any other. */
function messages<T extends TSchema>(schema: T, keys: Record<string, string>): T {
  return Object.assign(schema, { [MESSAGES_KEYWORD]: keys });
}

/**
 * Text without control characters, except tab, line feed and carriage return (a form's line breaks). A NUL
 * cannot be stored by PostgreSQL, and the others are invisible to the caseworker who reads the text.
 */
export const PLAIN_TEXT = '^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$';
const CONTROL = 'common.validation.controlCharacters';

/** A Danish number: 8 digits, the first 2–9, optionally +45 or 0045; spaces and dashes allowed. */
const DANISH_PHONE = '^(\\+45|0045)?[ -]*[2-9]([ -]*[0-9]){7}$';
/** A real date (the format checks the day of the month) in 1900–2099: a decision letter's date. */
const DECISION_DATE = '^(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}$';
const EMAIL_WITH_DOMAIN = '^[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}$';

// Spelled out (a mapped array would lose the literal types); the test of this file holds them to core's lists.
const Kind = messages(
  Type.Union([Type.Literal('complaint'), Type.Literal('grievance'), Type.Literal('inquiry')]),
  { default: 'intake.error.kind' },
);

/** The properties every submission has, from the citizen or registered by staff. */
const submissionProperties = {
  kind: Object.assign(Kind, {
    description: 'complaint = klage over en afgørelse; grievance = beklagelse; inquiry = henvendelse',
  }),
  area: messages(
    Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: PLAIN_TEXT,
      description: 'Area code from GET /kommuner/{kommunekode}/areas',
    }),
    { default: 'intake.error.area' },
  ),
  decisionDate: Type.Optional(
    messages(
      Type.String({ format: 'date', pattern: DECISION_DATE, description: 'Required for a complaint' }),
      { required: 'intake.error.decisionDate.required', default: 'intake.error.decisionDate.invalid' },
    ),
  ),
  decisionReference: Type.Optional(
    messages(Type.String({ maxLength: 100, pattern: PLAIN_TEXT }), {
      maxLength: 'intake.error.decisionReference.long',
      pattern: CONTROL,
    }),
  ),
  description: messages(Type.String({ minLength: 10, maxLength: 5000, pattern: PLAIN_TEXT }), {
    required: 'intake.error.description.short',
    minLength: 'intake.error.description.short',
    maxLength: 'intake.error.description.long',
    pattern: CONTROL,
  }),
  name: messages(Type.String({ minLength: 1, maxLength: 200, pattern: PLAIN_TEXT }), {
    required: 'intake.error.name.required',
    minLength: 'intake.error.name.required',
    maxLength: 'intake.error.name.long',
    pattern: CONTROL,
  }),
  phone: Type.Optional(
    messages(
      Type.String({
        maxLength: 30,
        pattern: DANISH_PHONE,
        description: 'Danish phone number; phone or email is required',
      }),
      // Only required when there is no e-mail: the message says either will do.
      { required: 'intake.error.contact.required', default: 'intake.error.phone.invalid' },
    ),
  ),
  email: Type.Optional(
    messages(Type.String({ format: 'email', maxLength: 254, pattern: EMAIL_WITH_DOMAIN }), {
      default: 'intake.error.email.invalid',
    }),
  ),
  preferredContactTime: Type.Optional(
    messages(
      Type.Union([
        Type.Literal('any'),
        Type.Literal('morning'),
        Type.Literal('midday'),
        Type.Literal('afternoon'),
      ]),
      {
        default: 'intake.error.preferredContactTime',
      },
    ),
  ),
};

/** The rules across fields: a complaint names the decision's date; phone or e-mail, at least one. */
const crossFieldRules = {
  allOf: [
    {
      if: { properties: { kind: { const: 'complaint' } }, required: ['kind'] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise
      then: { required: ['decisionDate'] },
    },
    {
      if: { not: { required: ['email'] } },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then, not a promise
      then: { required: ['phone'] },
    },
  ],
};

/** A property with other message keys for some failures: a copy, so the original keeps its own. */
function reworded<T extends TSchema>(schema: T, keys: Record<string, string>): T {
  const own = (schema as Record<string, unknown>)[MESSAGES_KEYWORD] as Record<string, string> | undefined;
  return messages({ ...schema }, { ...own, ...keys });
}

/** The same properties for staff registration: the refusals speak to the staff member about the citizen. */
const staffProperties = {
  ...submissionProperties,
  area: reworded(submissionProperties.area, { default: 'intake.staffError.area' }),
  decisionDate: reworded(submissionProperties.decisionDate, {
    required: 'intake.staffError.decisionDate.required',
  }),
  name: reworded(submissionProperties.name, {
    required: 'intake.staffError.name.required',
    minLength: 'intake.staffError.name.required',
  }),
  phone: reworded(submissionProperties.phone, { required: 'intake.staffError.contact.required' }),
};

// No consent: a kommune handles a complaint as a public authority (GDPR art. 6(1)(e)); the form gives the
// art. 13 information instead. A client that still sends `consent` has it dropped with the other unknown fields.
/** A citizen's complaint, grievance or inquiry (POST /api/v1/kommuner/{kommunekode}/cases). */
export const CaseSubmission = Type.Object(submissionProperties, crossFieldRules as Record<string, unknown>);
export type CaseSubmissionBody = Static<typeof CaseSubmission>;

/** The citizen form: the same fields, and the hidden submission id that makes a double click one case. */
export const FormSubmission = Type.Object(
  {
    ...submissionProperties,
    submissionId: Type.Optional(Type.String({ maxLength: 100 })),
  },
  crossFieldRules as Record<string, unknown>,
);
export type FormSubmissionBody = Static<typeof FormSubmission>;

/** A complaint registered by staff from a call, the desk or a letter; the CPR number optional. */
export const StaffSubmission = Type.Object(
  {
    ...staffProperties,
    channel: messages(Type.Union([Type.Literal('phone'), Type.Literal('desk'), Type.Literal('mail')]), {
      default: 'common.validation.choice',
    }),
    cpr: Type.Optional(
      messages(
        // The shape is checked with the other fields, so a refusal names them all at once; the date in
        // registration (core/cpr.ts).
        Type.String({
          maxLength: 20,
          pattern: '^\\s*(\\d{6}[-\\s]?\\d{4})?\\s*$',
          description: 'DDMMYY-SSSS, optional',
        }),
        {
          default: 'intake.error.cpr.format',
        },
      ),
    ),
  },
  crossFieldRules as Record<string, unknown>,
);
export type StaffSubmissionBody = Static<typeof StaffSubmission>;

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    messages(
      Type.String({
        minLength: 1,
        maxLength: 200,
        pattern: '^[\\x21-\\x7E]+$',
        description:
          'Up to 200 visible ASCII characters. A repeat with the same key and the same body answers 200 with the case ' +
          'created first; the same key with another body is refused with 422. Keys are scoped: per kommune for ' +
          'the public API, per kommune and staff member for staff registration.',
      }),
      { default: 'intake.error.idempotencyKey' },
    ),
  ),
});

/**
 * Before validation: text fields trimmed, and an empty field treated as not given (an HTML form sends every
 * field, filled or not). Values of other types are left for the schema to refuse.
 */
export function tidySubmission(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const tidy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    const value = typeof v === 'string' ? v.trim() : v;
    if (value !== '') tidy[k] = value;
  }
  return tidy;
}

/** What the citizen wrote, as text, to show the form again; values of other types are left out. */
export function formValues(body: unknown): Record<string, string> {
  if (typeof body !== 'object' || body === null) return {};
  return Object.fromEntries(
    Object.entries(body).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v.trim()]] : [])),
  );
}

/** A complaint as intake stores it: the contact normalised, the decision only for a complaint. */
export interface IntakeInput {
  kind: CaseKind & CaseSubmissionBody['kind'];
  area: string;
  decisionDate: string | null; // afgørelsens dato — for a klage
  decisionReference: string | null;
  description: string;
  name: string;
  phone: string | null; // +45XXXXXXXX
  email: string | null; // lower case
  preferredContactTime: ContactTime;
}

/** +45 and the 8 digits of a number the schema accepted. */
export const normalizePhone = (raw: string) => `+45${raw.replace(/[ -]/g, '').replace(/^(\+45|0045)/, '')}`;

export function toIntakeInput(body: CaseSubmissionBody): IntakeInput {
  const complaint = body.kind === 'complaint';
  return {
    kind: body.kind,
    area: body.area,
    decisionDate: complaint ? (body.decisionDate ?? null) : null,
    decisionReference: complaint ? (body.decisionReference ?? null) : null,
    description: body.description,
    name: body.name,
    phone: body.phone ? normalizePhone(body.phone) : null,
    email: body.email ? body.email.toLowerCase() : null,
    preferredContactTime: body.preferredContactTime ?? 'any',
  };
}
