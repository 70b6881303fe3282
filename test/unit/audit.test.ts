import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../scripts/audit.js';

const report = (vulnerabilities: Record<string, { severity: string }>, counts: Record<string, number>) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
    },
  });

describe('supply-chain check (npm audit --omit=dev)', () => {
  it('passes with no advisories, or only low and moderate ones', () => {
    expect(auditVerdict(report({}, {})).kind).toBe('clean');
    expect(
      auditVerdict(report({ 'some-lib': { severity: 'moderate' } }, { moderate: 1, total: 1 })).kind,
    ).toBe('clean');
  });

  it('fails on a high or critical advisory, naming the package', () => {
    const high = auditVerdict(report({ 'bad-lib': { severity: 'high' } }, { high: 1, total: 1 }));
    expect(high).toMatchObject({ kind: 'vulnerable', packages: ['bad-lib (high)'] });
    const critical = auditVerdict(report({ worse: { severity: 'critical' } }, { critical: 1, total: 1 }));
    expect(critical.kind).toBe('vulnerable');
  });

  it('never mistakes an unreachable advisory service for a clean result', () => {
    const down = JSON.stringify({ error: { code: 'ENOAUDIT', summary: 'audit endpoint returned an error' } });
    expect(auditVerdict(down)).toEqual({ kind: 'unavailable', reason: 'audit endpoint returned an error' });
    expect(auditVerdict('').kind).toBe('unavailable');
  });
});
