// Schema validation failures (TypeBox via Fastify's validator) in the user's language: each failure becomes
// the field it concerns and an i18n key with parameters, instead of the validator's English sentence.
// A schema names its own messages with the `x-messages` annotation — `{ minLength: '<module>.error.…', default: … }`
// on the property (the key for a missing property sits on that property too) — otherwise a generic message is used.

/** The annotation keyword; Ajv is told to accept it (request-errors.ts). */
export const MESSAGES_KEYWORD = 'x-messages';

/** The parts of a validator error this needs (Ajv's ErrorObject shape). */
export interface SchemaFailure {
  keyword: string;
  instancePath?: string;
  schemaPath?: string;
  params?: Record<string, unknown>;
}

export interface FieldMessage {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

const FORMAT_KEYS: Record<string, string> = {
  date: 'common.validation.date',
  'date-time': 'common.validation.dateTime',
  email: 'common.validation.email',
  uuid: 'common.validation.uuid',
};

/** '/notes/opening' → 'notes.opening'; a missing property names itself. */
function fieldOf(f: SchemaFailure): string {
  const path = (f.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const missing = f.keyword === 'required' ? String(f.params?.missingProperty ?? '') : '';
  return [path, missing].filter(Boolean).join('.') || '_';
}

type SchemaNode = Record<string, unknown>;
const isNode = (v: unknown): v is SchemaNode => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The schema of the value at a JSON pointer ('/a/0/b'), following properties, items and additionalProperties. */
function schemaAt(root: unknown, instancePath: string): SchemaNode | undefined {
  let node: unknown = root;
  for (const raw of instancePath.split('/').slice(1)) {
    if (!isNode(node)) return undefined;
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const props = node.properties;
    if (isNode(props) && isNode(props[seg])) node = props[seg];
    else if (isNode(node.items) && /^\d+$/.test(seg)) node = node.items;
    else if (isNode(node.additionalProperties)) node = node.additionalProperties;
    else return undefined;
  }
  return isNode(node) ? node : undefined;
}

/** The i18n key the schema names for this failure, if it names one. */
function annotatedKey(f: SchemaFailure, schema: unknown): string | undefined {
  let node = schemaAt(schema, f.instancePath ?? '');
  if (f.keyword === 'required') {
    const props = node?.properties;
    const missing = String(f.params?.missingProperty ?? '');
    node = isNode(props) && isNode(props[missing]) ? props[missing] : undefined;
  }
  const messages = node?.[MESSAGES_KEYWORD];
  if (!isNode(messages)) return undefined;
  const key = messages[f.keyword] ?? messages.default;
  return typeof key === 'string' ? key : undefined;
}

export function describeFailure(f: SchemaFailure, schema?: unknown): FieldMessage {
  const field = fieldOf(f);
  const own = schema === undefined ? undefined : annotatedKey(f, schema);
  if (own) return { field, key: own };
  const limit = Number(f.params?.limit);
  switch (f.keyword) {
    case 'required':
      return { field, key: 'common.validation.required' };
    case 'format':
      return { field, key: FORMAT_KEYS[String(f.params?.format)] ?? 'common.validation.invalid' };
    case 'type':
      return { field, key: 'common.validation.type' };
    case 'controlCharacters':
      return { field, key: 'common.validation.controlCharacters' };
    case 'minLength':
      return limit <= 1
        ? { field, key: 'common.validation.required' }
        : { field, key: 'common.validation.minLength', params: { limit } };
    case 'maxLength':
      return { field, key: 'common.validation.maxLength', params: { limit } };
    case 'minimum':
      return { field, key: 'common.validation.minimum', params: { limit } };
    case 'maximum':
      return { field, key: 'common.validation.maximum', params: { limit } };
    case 'enum':
    case 'const':
    case 'anyOf':
      return { field, key: 'common.validation.choice' };
    case 'additionalProperties':
      return {
        field: [field === '_' ? '' : field, String(f.params?.additionalProperty ?? '')]
          .filter(Boolean)
          .join('.'),
        key: 'common.validation.unknownField',
      };
    default:
      return { field, key: 'common.validation.invalid' };
  }
}

/** Failures that only say that another one happened (an `if` whose `then` failed). */
const SUMMARY_KEYWORDS = new Set(['if']);

/** One message per field: the first failure wins (the validator may report several for one value). */
export function describeFailures(failures: readonly SchemaFailure[], schema?: unknown): FieldMessage[] {
  const seen = new Map<string, FieldMessage>();
  for (const f of failures) {
    if (SUMMARY_KEYWORDS.has(f.keyword)) continue;
    const m = describeFailure(f, schema);
    if (!seen.has(m.field)) seen.set(m.field, m);
  }
  return [...seen.values()];
}
