// The intake schemas are the only validation of a submission: every message they name must exist in Danish and
// English, and their lists must be core's lists.
import { describe, expect, it } from 'vitest';
import { CASE_KINDS } from '../../src/core/workflow.js';
import { CATALOG } from '../../src/i18n/catalog.js';
import '../../src/modules/index.js'; // installs every module's messages in the catalog
import { CONTACT_TIMES } from '../../src/modules/intake/contact-times.js';
import {
  CaseSubmission,
  FormSubmission,
  IdempotencyHeaders,
  StaffSubmission,
  tidySubmission,
  toIntakeInput,
} from '../../src/modules/intake/schemas.js';
import { MESSAGES_KEYWORD } from '../../src/platform/schema-errors.js';

/** Every i18n key named in a schema's x-messages, anywhere in it. */
function namedKeys(schema: unknown, found: string[] = []): string[] {
  if (Array.isArray(schema)) for (const s of schema) namedKeys(s, found);
  else if (schema && typeof schema === 'object') {
    for (const [k, v] of Object.entries(schema)) {
      if (k === MESSAGES_KEYWORD) found.push(...Object.values(v as Record<string, string>));
      else namedKeys(v, found);
    }
  }
  return found;
}

const literals = (schema: unknown) =>
  ((schema as { anyOf: { const: string }[] }).anyOf ?? []).map((s) => s.const);

describe('intake schemas', () => {
  it('name only messages the catalog has, in both languages', () => {
    const keys = [CaseSubmission, FormSubmission, StaffSubmission, IdempotencyHeaders].flatMap((s) =>
      namedKeys(s),
    );
    expect(keys.length).toBeGreaterThan(20);
    for (const locale of ['da', 'en'] as const) {
      const table = Object.assign({}, ...CATALOG.map((set) => set[locale])) as Record<string, string>;
      for (const key of keys) expect(table[key], `${locale}: ${key}`).toBeTypeOf('string');
    }
  });

  it("offer core's case kinds and the form's contact times", () => {
    expect(literals(CaseSubmission.properties.kind)).toEqual([...CASE_KINDS]);
    expect(literals(CaseSubmission.properties.preferredContactTime)).toEqual([...CONTACT_TIMES]);
  });

  it('tidy a body before validation: text trimmed, empty fields dropped, other types left alone', () => {
    expect(tidySubmission({ name: '  Ensom ', phone: '', consent: false, n: 0, list: ['x'] })).toEqual({
      name: 'Ensom',
      consent: false,
      n: 0,
      list: ['x'],
    });
    expect(tidySubmission(null)).toBe(null);
    expect(tidySubmission('text')).toBe('text');
  });

  it('normalise the contact and keep the decision only for a complaint', () => {
    const base = {
      kind: 'inquiry' as const,
      area: 'affald',
      decisionDate: '2026-11-20',
      decisionReference: 'X-1',
      description: 'Et spørgsmål om affald.',
      name: 'Testperson',
      phone: '0045 20-30 40 50',
      email: 'Test@Eksempel.Invalid',
    };
    expect(toIntakeInput(base)).toEqual({
      ...base,
      decisionDate: null,
      decisionReference: null,
      phone: '+4520304050',
      email: 'test@eksempel.invalid',
      preferredContactTime: 'any',
    });
    expect(toIntakeInput({ ...base, kind: 'complaint' }).decisionDate).toBe('2026-11-20');
  });
});
