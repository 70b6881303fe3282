// What every load run reports, whichever tool made it.
export interface LoadResult {
  rps: number;
  p50: number; // ms
  p99: number; // ms
  errors: number; // failed requests or transactions (non-2xx, errors, timeouts)
  total: number;
}

/** The p-th percentile of an ascending list (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
