// Schema validation failures (TypeBox via Fastify's validator) in the user's language: each failure becomes
// the field it concerns and an i18n key with parameters, instead of the validator's English sentence.

/** The parts of a validator error this needs (Ajv's ErrorObject shape). */
export interface SchemaFailure {
  keyword: string;
  instancePath?: string;
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

export function describeFailure(f: SchemaFailure): FieldMessage {
  const field = fieldOf(f);
  const limit = Number(f.params?.limit);
  switch (f.keyword) {
    case 'required':
      return { field, key: 'common.validation.required' };
    case 'format':
      return { field, key: FORMAT_KEYS[String(f.params?.format)] ?? 'common.validation.invalid' };
    case 'type':
      return { field, key: 'common.validation.type' };
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

/** One message per field: the first failure wins (the validator may report several for one value). */
export function describeFailures(failures: readonly SchemaFailure[]): FieldMessage[] {
  const seen = new Map<string, FieldMessage>();
  for (const f of failures) {
    const m = describeFailure(f);
    if (!seen.has(m.field)) seen.set(m.field, m);
  }
  return [...seen.values()];
}
