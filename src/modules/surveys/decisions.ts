// Decision volumes (afgørelser per område og måned): imported as CSV (upload or API) or as a JSON list; every
// bad row is reported with its line number and nothing is imported when any row is bad.
import {
  type ImportError,
  parseDecisionCsv,
  type RawDecisionRow,
  validateDecisionRows,
} from '../../core/surveys.js';
import type { AppContext } from '../../platform/context.js';
import { DECISION_CSV_COLUMNS } from './import-messages.js';
import * as q from './queries.js';

export type ImportOutcome = { ok: true; imported: number } | { ok: false; errors: ImportError[] };

export async function importDecisionVolumes(
  ctx: AppContext,
  kommuneId: string,
  input: { csv?: string; rows?: { area: string; month: string; decisions: number | string }[] },
): Promise<ImportOutcome> {
  let raw: RawDecisionRow[];
  if (input.csv !== undefined) {
    const parsed = parseDecisionCsv(input.csv, DECISION_CSV_COLUMNS);
    if (!parsed.ok) return parsed;
    raw = parsed.rows;
  } else {
    raw = (input.rows ?? []).map((r, i) => ({
      line: i + 1,
      area: r.area,
      month: r.month,
      decisions: String(r.decisions),
    }));
  }
  const areas = await q.areaCodes(ctx.dbh.sql.bind(ctx.dbh), kommuneId);
  const byCode = new Map(areas.map((a) => [a.code.toLowerCase(), a.id]));
  const checked = validateDecisionRows(raw, new Set(byCode.keys()));
  if (!checked.ok) return checked;
  const at = ctx.now();
  await ctx.dbh.transaction(async (sql) => {
    for (const r of checked.rows)
      await q.upsertDecisionVolume(sql, {
        kommuneId,
        areaId: byCode.get(r.area)!,
        month: r.month,
        decisions: r.decisions,
        at,
      });
  });
  return { ok: true, imported: checked.rows.length };
}

export interface DecisionVolume {
  area: string;
  month: string;
  decisions: number;
  complaints: number;
}

/** Decisions per area and month, with the complaints received in the same area and month (for insight). */
export async function decisionsByAreaMonth(
  ctx: AppContext,
  s: { kommuneId: string; from: string; to: string; departmentId?: string | null; areaId?: string | null },
): Promise<(DecisionVolume & { areaId: string; departmentId: string })[]> {
  const rows = await q.decisionVolumes(ctx.dbh.sql.bind(ctx.dbh), s);
  return rows.map((r) => ({
    areaId: r.area_id,
    departmentId: r.department_id,
    area: r.area,
    month: r.month,
    decisions: r.decisions,
    complaints: r.complaints,
  }));
}
