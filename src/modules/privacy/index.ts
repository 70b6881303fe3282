// What other modules and the command line may use of the privacy module. The retention period lives in one
// place, kommuner.retention_years; an admin page reads and sets it through these two functions.
import { RETENTION_YEARS_MAX, RETENTION_YEARS_MIN } from '../../core/retention.js';
import type { AppContext } from '../../platform/context.js';
import { HttpError } from '../../platform/errors.js';
import { retentionYearsOf, setRetentionYearsOf } from './queries.js';

export { privacy } from './module.js';
export { type RetentionReport, runRetention } from './retention.js';

/** The kommune's retention period in years from closing, or null for an unknown kommune. */
export const retentionYears = (ctx: AppContext, kommuneId: string): Promise<number | null> =>
  retentionYearsOf((text, values) => ctx.dbh.sql(text, values), kommuneId);

/** Sets the kommune's retention period; 400 (field `retentionYears`) outside the allowed bounds. */
export async function setRetentionYears(ctx: AppContext, kommuneId: string, years: number): Promise<boolean> {
  if (!Number.isInteger(years) || years < RETENTION_YEARS_MIN || years > RETENTION_YEARS_MAX) {
    const key = 'privacy.error.retentionYears';
    throw new HttpError(
      400,
      'validation',
      key,
      { retentionYears: key },
      {
        min: RETENTION_YEARS_MIN,
        max: RETENTION_YEARS_MAX,
      },
    );
  }
  return setRetentionYearsOf(ctx, kommuneId, years);
}
