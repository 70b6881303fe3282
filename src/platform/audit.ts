// The log of personal-data use (who, when, what, which case or citizen, why). Every read of personal data
// writes one row; a citizen may later see the dates and purposes of look-ups on them.
import type { Database } from '../adapters/db/client.js';
import { auditLog } from '../adapters/db/schema.js';
import type { AppContext } from './context.js';

export type AuditAction = 'read' | 'list' | 'search' | 'create' | 'update' | 'delete' | 'export';

export interface AuditEntry {
  kommuneId: string;
  userId: string | null;
  action: AuditAction;
  subjectType: string; // case | citizen | …
  subjectId?: string | null;
  caseId?: string | null;
  citizenId?: string | null;
  purpose: string; // formål, e.g. 'sagsbehandling'
  ip?: string | null;
}

/** Writes one audit row at the injected clock's instant; pass a transaction as `db` to write with a change. */
export async function recordAudit(ctx: AppContext, entry: AuditEntry, db: Database = ctx.db): Promise<void> {
  await db.insert(auditLog).values({
    kommuneId: entry.kommuneId,
    at: ctx.now(),
    userId: entry.userId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    caseId: entry.caseId ?? null,
    citizenId: entry.citizenId ?? null,
    purpose: entry.purpose,
    ip: entry.ip ?? null,
  });
}
