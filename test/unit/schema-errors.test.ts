import { describe, expect, it } from 'vitest';
import { describeFailure, describeFailures } from '../../src/platform/schema-errors.js';

describe('schema validation failures in the user language', () => {
  it.each([
    [
      { keyword: 'required', instancePath: '', params: { missingProperty: 'to' } },
      'to',
      'common.validation.required',
    ],
    [
      { keyword: 'format', instancePath: '/from', params: { format: 'date' } },
      'from',
      'common.validation.date',
    ],
    [{ keyword: 'format', instancePath: '/id', params: { format: 'uuid' } }, 'id', 'common.validation.uuid'],
    [{ keyword: 'format', instancePath: '/x', params: { format: 'ipv6' } }, 'x', 'common.validation.invalid'],
    [
      { keyword: 'type', instancePath: '/days', params: { type: 'integer' } },
      'days',
      'common.validation.type',
    ],
    [{ keyword: 'enum', instancePath: '/channel', params: {} }, 'channel', 'common.validation.choice'],
    [{ keyword: 'anyOf', instancePath: '/owner', params: {} }, 'owner', 'common.validation.choice'],
    [
      { keyword: 'minLength', instancePath: '/what', params: { limit: 1 } },
      'what',
      'common.validation.required',
    ],
    [{ keyword: 'whatever', instancePath: '', params: {} }, '_', 'common.validation.invalid'],
  ])('maps %o to field %s and key %s', (failure, field, key) => {
    expect(describeFailure(failure)).toMatchObject({ field, key });
  });

  it('names nested fields with dots and keeps the limit for length and range messages', () => {
    expect(
      describeFailure({ keyword: 'maxLength', instancePath: '/notes/opening', params: { limit: 10000 } }),
    ).toEqual({ field: 'notes.opening', key: 'common.validation.maxLength', params: { limit: 10000 } });
    expect(describeFailure({ keyword: 'maximum', instancePath: '/days', params: { limit: 1000 } })).toEqual({
      field: 'days',
      key: 'common.validation.maximum',
      params: { limit: 1000 },
    });
  });

  it('names an unknown property by its path', () => {
    expect(
      describeFailure({
        keyword: 'additionalProperties',
        instancePath: '/citizen',
        params: { additionalProperty: 'cpr' },
      }),
    ).toEqual({ field: 'citizen.cpr', key: 'common.validation.unknownField' });
  });

  it('gives one message per field, the first failure winning', () => {
    const out = describeFailures([
      { keyword: 'type', instancePath: '/to', params: {} },
      { keyword: 'enum', instancePath: '/to', params: {} },
      { keyword: 'required', instancePath: '', params: { missingProperty: 'reason' } },
    ]);
    expect(out.map((m) => [m.field, m.key])).toEqual([
      ['to', 'common.validation.type'],
      ['reason', 'common.validation.required'],
    ]);
  });
});

describe('messages a schema names for its fields (x-messages)', () => {
  const schema = {
    type: 'object',
    properties: {
      name: {
        type: 'string',
        minLength: 1,
        'x-messages': { required: 'k.name.required', minLength: 'k.name.short' },
      },
      list: { type: 'array', items: { type: 'string', 'x-messages': { default: 'k.item' } } },
      plain: { type: 'string' },
    },
  };

  it('uses the key named for the keyword, for a missing property the property’s own', () => {
    expect(
      describeFailures(
        [
          { keyword: 'required', instancePath: '', params: { missingProperty: 'name' } },
          { keyword: 'type', instancePath: '/list/2', params: {} },
          { keyword: 'maxLength', instancePath: '/plain', params: { limit: 5 } },
        ],
        schema,
      ),
    ).toEqual([
      { field: 'name', key: 'k.name.required' },
      { field: 'list.2', key: 'k.item' },
      { field: 'plain', key: 'common.validation.maxLength', params: { limit: 5 } },
    ]);
    expect(
      describeFailures([{ keyword: 'minLength', instancePath: '/name', params: { limit: 1 } }], schema),
    ).toEqual([{ field: 'name', key: 'k.name.short' }]);
  });

  it('leaves out the failure of an if whose then failed', () => {
    expect(
      describeFailures([{ keyword: 'if', instancePath: '', params: { failingKeyword: 'then' } }], schema),
    ).toEqual([]);
  });
});
