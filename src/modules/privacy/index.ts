// What other modules and the command line may use of the privacy module. The retention period lives in one
// place, kommuner.retention_years and retention_months; the admin module sets it, this module acts on it.
import type { RetentionPeriod } from '../../core/retention.js';
import type { AppContext } from '../../platform/context.js';
import { retentionPeriodOf } from './queries.js';

export { privacy } from './module.js';
export { type RetentionReport, runRetention } from './retention.js';

/** The kommune's retention period from closing, or null for an unknown kommune. */
export const retentionPeriod = (ctx: AppContext, kommuneId: string): Promise<RetentionPeriod | null> =>
  retentionPeriodOf((text, values) => ctx.dbh.sql(text, values), kommuneId);
