// The retention job (sletning efter opbevaringsperioden): closed cases are anonymised once the kommune's
// retention period has run from their closing. A dry run reports what a run would do, changing nothing.
import { keptUntil, retentionCutoff } from '../../core/retention.js';
import type { AppContext } from '../../platform/context.js';
import { anonymiseCases, dueForAnonymisation, retentionSummary } from './queries.js';

/** How many due cases a report lists by number (the counts per kommune are always complete). */
export const REPORT_CASE_LIMIT = 1000;
const BATCH = 200; // cases per transaction: short locks, steady progress

export interface RetentionReport {
  dryRun: boolean;
  at: string;
  kommuner: {
    kommuneId: string;
    name: string;
    retentionYears: number;
    retentionMonths: number;
    cutoff: string;
    due: number;
  }[];
  /** The due cases, oldest closing first, up to REPORT_CASE_LIMIT. */
  cases: { caseNumber: string; kommuneId: string; closedAt: string; keptUntil: string }[];
  /** What the run changed; zero on a dry run. */
  anonymised: { cases: number; citizens: number };
}

/** Reports what is due (dry run), or anonymises it; one kommune, or every kommune when `kommuneId` is null. */
export async function runRetention(
  ctx: AppContext,
  opts: { kommuneId: string | null; dryRun: boolean },
): Promise<RetentionReport> {
  const now = ctx.now();
  const [summary, due] = await Promise.all([
    retentionSummary(ctx, now, opts.kommuneId),
    dueForAnonymisation(ctx, now, opts.kommuneId, REPORT_CASE_LIMIT),
  ]);
  const report: RetentionReport = {
    dryRun: opts.dryRun,
    at: now.toISOString(),
    kommuner: summary.map((k) => ({
      kommuneId: k.kommuneId,
      name: k.name,
      retentionYears: k.years,
      retentionMonths: k.months,
      cutoff: retentionCutoff(now, k).toISOString(),
      due: k.due,
    })),
    cases: due.map((c) => ({
      caseNumber: c.number,
      kommuneId: c.kommuneId,
      closedAt: c.closedAt.toISOString(),
      keptUntil: keptUntil(c.closedAt, c).toISOString(),
    })),
    anonymised: { cases: 0, citizens: 0 },
  };
  if (opts.dryRun) return report;
  for (;;) {
    const batch = await dueForAnonymisation(ctx, now, opts.kommuneId, BATCH);
    if (batch.length === 0) break;
    const done = await ctx.dbh.transaction((sql) =>
      anonymiseCases(
        sql,
        batch.map((c) => c.id),
        now,
      ),
    );
    report.anonymised.cases += done.cases;
    report.anonymised.citizens += done.citizens;
    if (done.cases === 0) break; // another run got there first
  }
  return report;
}
