// The log of personal-data use (who, when, what, which case or citizen, why). Every read of personal data
// writes one row; a citizen may later see the dates and purposes of look-ups on them.
import type { Database } from '../adapters/db/client.js';
import { auditLog } from '../adapters/db/schema.js';
import type { AppContext } from './context.js';

export type AuditAction = 'read' | 'list' | 'search' | 'create' | 'update' | 'export';

export interface AuditEntry {
  kommuneId: string;
  userId: string | null;
  action: AuditAction;
  subjectType: string; // case | citizen | …
  subjectId?: string | null;
  caseId?: string | null;
  citizenId?: string | null;
  purpose: string; // formål, e.g. 'sagsbehandling'
  /** A search's criterion (søgekriterium), for action 'search'. */
  criterion?: string | null;
  ip?: string | null;
}

const auditRow = (at: Date, entry: AuditEntry) => ({
  kommuneId: entry.kommuneId,
  at,
  userId: entry.userId,
  action: entry.action,
  subjectType: entry.subjectType,
  subjectId: entry.subjectId ?? null,
  caseId: entry.caseId ?? null,
  citizenId: entry.citizenId ?? null,
  purpose: entry.purpose,
  criterion: entry.criterion ?? null,
  ip: entry.ip ?? null,
});

/** Writes one audit row at the injected clock's instant; pass a transaction as `db` to write with a change. */
export async function recordAudit(ctx: AppContext, entry: AuditEntry, db: Database = ctx.db): Promise<void> {
  await db.insert(auditLog).values(auditRow(ctx.now(), entry));
}

/** Writes several audit rows (e.g. one per case a search showed) in one statement, at one instant. */
export async function recordAudits(
  ctx: AppContext,
  entries: readonly AuditEntry[],
  db: Database = ctx.db,
): Promise<void> {
  if (entries.length === 0) return;
  const at = ctx.now();
  await db.insert(auditLog).values(entries.map((e) => auditRow(at, e)));
}
