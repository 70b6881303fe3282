import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INSERT_CASE, REGISTER_CASE } from '../../src/modules/cases/index.js';

describe('the case-writing statements', () => {
  it('keep web intake’s statement byte for byte as benchmarked (test/fixtures/intake-insert-case.sql)', () => {
    const benchmarked = readFileSync(new URL('../fixtures/intake-insert-case.sql', import.meta.url), 'utf8');
    expect(INSERT_CASE).toBe(benchmarked);
  });

  it('give staff registration its own variant: citizen matched or created, staff member named', () => {
    expect(REGISTER_CASE).not.toBe(INSERT_CASE);
    expect(REGISTER_CASE).toContain('cpr_hash = $28::text');
    expect(REGISTER_CASE).toContain('assignee_id');
    expect(REGISTER_CASE).toContain("'registrering'");
    // Both write the same rows, each once.
    for (const table of ['case_counters', 'cases', 'case_events', 'outbox', 'audit_log']) {
      for (const text of [INSERT_CASE, REGISTER_CASE])
        expect(text.split(`INSERT INTO ${table} `).length).toBe(2);
    }
  });
});
