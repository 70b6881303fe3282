// The benchmark's answer: one row per target (its median round), and the ratios the target is set in.
import { execSync } from 'node:child_process';
import { cpus } from 'node:os';
import type { CpuSplit } from './cpu.js';
import type { LoadResult } from './stats.js';

export interface Sample {
  target: string;
  round: number;
  result: LoadResult;
  cpu: CpuSplit;
}

export const PGBENCH = 'pgbench (same statement)';
export const INTAKE = 'intake (PostgreSQL)';
const P99_TARGET_MS = 15; // intake, 10 connections
const READ_P99_TARGET_MS = 50; // a caseworker's queue or case, at a million cases
const RATIO_TARGET = 0.9; // intake ÷ pgbench running the same statement, same concurrency

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** The round with the median req/s stands for the target (its latencies come from the same round). */
function medianRound(samples: Sample[]): Sample {
  const sorted = [...samples].sort((a, b) => a.result.rps - b.result.rps);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/** CPU per request (ms) in the server, PostgreSQL and the load generator, over all rounds. */
function cpuPerRequest(samples: Sample[]): CpuSplit & { total: number } {
  const n = samples.reduce((sum, s) => sum + s.result.total, 0);
  const sum = (k: keyof CpuSplit) => samples.reduce((t, s) => t + s.cpu[k], 0) / n;
  const split = { server: sum('server'), postgres: sum('postgres'), load: sum('load') };
  return { ...split, total: split.server + split.postgres + split.load };
}

/** A number for the table; '—' where a target had no successful request (all timed out). */
const fmt = (x: number, digits: number) => (Number.isFinite(x) ? x.toFixed(digits) : '—');

function machine(): string {
  const pg = execSync('psql --version').toString().trim();
  return `${cpus().length} × ${cpus()[0]?.model ?? '?'}; Node ${process.version}; ${pg}`;
}

export function printReport(
  samples: Sample[],
  o: { seconds: number; rounds: number; connections: number; cases: number; socket: boolean },
): void {
  const targets = [...new Set(samples.map((s) => s.target))];
  const rowOf = (t: string) => medianRound(samples.filter((s) => s.target === t)).result;
  console.log(`\n${machine()}`);
  console.log(
    `${o.rounds} rounds × ${o.seconds} s per target, ${o.connections} connections, ${o.cases} pre-existing cases, ` +
      `PostgreSQL over ${o.socket ? 'its Unix socket' : 'TCP'}; median round\n`,
  );
  console.log(
    '| target | req/s | p50 ms | p99 ms | errors | req/s per round | CPU ms/req: server + postgres + load = total |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
  for (const t of targets) {
    const r = rowOf(t);
    const perRound = samples.filter((s) => s.target === t).map((s) => s.result.rps.toFixed(0));
    const errors = samples.filter((s) => s.target === t).reduce((n, s) => n + s.result.errors, 0);
    const c = cpuPerRequest(samples.filter((s) => s.target === t));
    const cpu = [c.server, c.postgres, c.load].map((x) => fmt(x, 3)).join(' + ');
    console.log(
      `| ${t} | ${r.rps.toFixed(0)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${errors} | ${perRound.join(', ')} | ${cpu} = ${fmt(c.total, 3)} |`,
    );
  }
  const perRound = (a: string, b: string) =>
    samples
      .filter((s) => s.target === a)
      .map((s) => {
        const other = samples.find((x) => x.target === b && x.round === s.round);
        return other ? s.result.rps / other.result.rps : Number.NaN;
      });
  const echo = targets.find((t) => t.startsWith('echo'));
  if (!targets.includes(INTAKE) || !targets.includes(PGBENCH) || !echo) return;
  const ratio = median(perRound(INTAKE, PGBENCH));
  const p99 = rowOf(INTAKE).p99;
  const fixed = (xs: number[]) => xs.map((r) => r.toFixed(2)).join(', ');
  console.log(
    `\nintake/pgbench = ${ratio.toFixed(2)} (target ≥ ${RATIO_TARGET}; per round ${fixed(perRound(INTAKE, PGBENCH))})` +
      ` · intake/echo = ${median(perRound(INTAKE, echo)).toFixed(3)}` +
      ` · intake p99 ${p99.toFixed(1)} ms (target < ${P99_TARGET_MS} ms)`,
  );
  const atPool = targets.find((t) => t.startsWith('pgbench,'));
  if (atPool) {
    console.log(
      `intake/${atPool} = ${median(perRound(INTAKE, atPool)).toFixed(2)} (per round ${fixed(perRound(INTAKE, atPool))})`,
    );
  }
  console.log(ratio >= RATIO_TARGET && p99 < P99_TARGET_MS ? 'Target met.' : 'Target NOT met.');
}

/** The caseworker's reads (--reads): each one's median-round p99 against the read target. */
export function printReadVerdict(samples: Sample[], names: string[]): void {
  const p99s = names.map((t) => medianRound(samples.filter((s) => s.target === t)).result.p99);
  const list = names.map((t, i) => `${t} ${fmt(p99s[i]!, 1)}`).join(' · ');
  const met = p99s.every((p) => p < READ_P99_TARGET_MS); // NaN (nothing answered) is not met
  console.log(`\nreads p99 ms: ${list} (target < ${READ_P99_TARGET_MS} ms): ${met ? 'met' : 'NOT met'}.`);
}
