// What the safety module gives the effect dashboard: anonymised incident counts for the safety committee. A
// count under the minimum group size is hidden (value null, count 0), so a small group points to nobody.
// Incidents are counted for the kommune as a whole: a department's own count would be too small to show.
import { MIN_GROUP_SIZE } from '../../core/incidents.js';
import type { AppContext } from '../../platform/context.js';
import type { FigureDefinition, FigureScope } from '../../platform/module.js';

async function countIncidents(
  ctx: AppContext,
  s: FigureScope,
  types: string[] | null,
  places: string[] | null,
) {
  if (s.departmentId) return { value: null, count: 0 };
  const [row] = await ctx.dbh.sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM incidents
      WHERE kommune_id = $1 AND occurred_on >= $2::date AND occurred_on <= $3::date
        AND ($4::text[] IS NULL OR type = ANY($4::text[]))
        AND ($5::text[] IS NULL OR place = ANY($5::text[]))`,
    [s.kommuneId, s.from, s.to, types, places],
  );
  const n = Number(row?.n ?? 0);
  return n < MIN_GROUP_SIZE ? { value: null, count: 0 } : { value: n, count: n };
}

const incidentFigure = (
  key: string,
  label: string,
  types: string[] | null,
  places: string[] | null = null,
): FigureDefinition => ({
  key,
  label,
  unit: 'count',
  compute: (ctx, s) => countIncidents(ctx, s, types, places),
});

export const safetyFigures: FigureDefinition[] = [
  incidentFigure('safety.incidents', 'safety.figure.incidents', null),
  incidentFigure('safety.incidents.violence', 'safety.figure.incidents.violence', ['violence']),
  incidentFigure('safety.incidents.threat', 'safety.figure.incidents.threat', ['threat']),
  incidentFigure('safety.incidents.harassment', 'safety.figure.incidents.harassment', ['harassment']),
  incidentFigure('safety.incidents.outside_work', 'safety.figure.incidents.outsideWork', null, [
    'free_time',
    'online',
  ]),
];
