// npm run audit:deps — the supply-chain check in CI: `npm audit --omit=dev` on the production dependencies
// (pinned by package-lock.json), failing on any advisory of high or critical severity.
// When the advisory service cannot be reached (offline, or a registry mirror without the audit endpoint),
// nothing was checked: that is said plainly, and it fails only with AUDIT_STRICT=true — so an outage of the
// registry does not stop every build, yet nobody mistakes "not checked" for "clean".
import { spawnSync } from 'node:child_process';

export type AuditVerdict =
  | { kind: 'clean'; counts: Record<string, number> }
  | { kind: 'vulnerable'; counts: Record<string, number>; packages: string[] }
  | { kind: 'unavailable'; reason: string };

interface AuditJson {
  error?: { summary?: string; code?: string };
  message?: string;
  metadata?: { vulnerabilities?: Record<string, number> };
  vulnerabilities?: Record<string, { severity: string }>;
}

/** Reads `npm audit --json` output; high and critical advisories fail. */
export function auditVerdict(output: string): AuditVerdict {
  let json: AuditJson;
  try {
    json = JSON.parse(output) as AuditJson;
  } catch {
    return { kind: 'unavailable', reason: 'npm audit gave no JSON answer' };
  }
  if (json.error || !json.metadata?.vulnerabilities) {
    return {
      kind: 'unavailable',
      reason: json.error?.summary || json.message || json.error?.code || 'no advisory data',
    };
  }
  const counts = json.metadata.vulnerabilities;
  const packages = Object.entries(json.vulnerabilities ?? {})
    .filter(([, v]) => v.severity === 'high' || v.severity === 'critical')
    .map(([name, v]) => `${name} (${v.severity})`);
  if ((counts.high ?? 0) + (counts.critical ?? 0) > 0 || packages.length > 0) {
    return { kind: 'vulnerable', counts, packages };
  }
  return { kind: 'clean', counts };
}

function main(): void {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const verdict = auditVerdict(run.stdout);
  switch (verdict.kind) {
    case 'clean':
      console.log(`npm audit --omit=dev: no high or critical advisories (${JSON.stringify(verdict.counts)})`);
      return;
    case 'vulnerable':
      console.error(`npm audit --omit=dev: high or critical advisories in ${verdict.packages.join(', ')}`);
      console.error(
        'Run `npm audit --omit=dev` for details; update the lockfile (npm audit fix) and commit it.',
      );
      process.exitCode = 1;
      return;
    case 'unavailable':
      console.error(
        `npm audit --omit=dev: NOT CHECKED — the advisory service did not answer (${verdict.reason}).`,
      );
      if (process.env.AUDIT_STRICT === 'true') process.exitCode = 1;
  }
}

if (process.argv[1]?.endsWith('audit.ts')) main();
