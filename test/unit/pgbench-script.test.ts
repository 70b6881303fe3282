import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writePgbenchScript } from '../../bench/pgbench-intake.js';

const dir = mkdtempSync(join(tmpdir(), 'bd-pgbench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the pgbench script generated from intake’s own statement', () => {
  const area = {
    id: '00000000-0000-4000-8000-000000000001',
    departmentId: '00000000-0000-4000-8000-000000000002',
    firstContactDays: 2,
  };
  const script = writePgbenchScript(dir, area);
  const text = readFileSync(script.file, 'utf8');

  it('leaves no $n parameter for pgbench to choke on', () => {
    expect(text).not.toMatch(/\$\d/);
  });

  it('writes every row intake writes', () => {
    for (const table of ['case_counters', 'citizens', 'cases', 'case_events', 'outbox', 'audit_log']) {
      expect(text).toContain(`INSERT INTO ${table}`);
    }
  });

  it('draws the values that must be unique per complaint afresh in every transaction', () => {
    for (const name of ['key', 'citizen', 'case', 'token']) expect(text).toContain(`\\set ${name} random(`);
    expect(text).toContain('idempotency_key = :key::text');
  });

  it('passes the constant values of the real submission as pgbench variables', () => {
    expect(script.defines).toContain('p1=259');
    expect(script.defines).toContain(`p11=${area.id}`);
    expect(script.defines).toContain('p22=testperson@eksempel.invalid');
  });
});
