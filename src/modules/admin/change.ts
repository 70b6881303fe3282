// How every administrative change is made: checked completely first (all field errors at once, nothing
// written), then written in one transaction together with its audit row. Admin changes also move the
// tenancy cache (areas, calendar), so it is forgotten after each commit.
import type { Database } from '../../adapters/db/client.js';
import { type AuditAction, recordAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest, notFound } from '../../platform/errors.js';
import type { Actor } from '../../platform/policies.js';
import { forgetTenancyCache } from '../../platform/tenancy.js';

/** Formål in the audit log for every administrative change. */
export const ADMIN_PURPOSE = 'administration';

export type SubjectType = 'user' | 'department' | 'team' | 'area' | 'kommune' | 'closingDay' | 'contact';

/** Collects per-field problems (i18n keys); `throwIfAny` refuses the request with all of them. */
export class FieldProblems {
  readonly fields: Record<string, string> = {};
  add(field: string, key: string): void {
    this.fields[field] ??= key;
  }
  throwIfAny(): void {
    if (Object.keys(this.fields).length > 0) throw badRequest('common.validation.summary', this.fields);
  }
}

export interface ChangeRef {
  actor: Actor;
  ip: string | null;
}

/** Runs `write` in a transaction and records its audit row in the same one. */
export async function adminChange<T>(
  ctx: AppContext,
  ref: ChangeRef,
  what: { action: AuditAction; subjectType: SubjectType; subjectId?: (result: T) => string },
  write: (tx: Database) => Promise<T>,
): Promise<T> {
  const result = await ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const out = await write(tx);
    await recordAudit(
      ctx,
      {
        kommuneId: ref.actor.kommuneId,
        userId: ref.actor.userId,
        action: what.action,
        subjectType: `admin.${what.subjectType}`,
        subjectId: what.subjectId?.(out) ?? null,
        purpose: ADMIN_PURPOSE,
        ip: ref.ip,
      },
      tx,
    );
    return out;
  });
  forgetTenancyCache();
  return result;
}

/** The record, or 404 with the module's message (also for another kommune's id). */
export function found<T>(row: T | null, what: SubjectType): T {
  if (!row) throw notFound(`admin.error.notFound.${what}`);
  return row;
}

/** Trims, and turns an empty string into null (optional text fields). */
export const optionalText = (v: string | null | undefined): string | null => {
  const s = v?.trim();
  return s ? s : null;
};

/** A Danish phone number as citizens read it ('56 67 67 67'), or null when it is not one. */
export function formatDanishPhone(raw: string): string | null {
  const digits = raw.replace(/[\s-]/g, '').replace(/^(\+45|0045)/, '');
  if (!/^[2-9]\d{7}$/.test(digits)) return null;
  return digits.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/** A unique index refused the write (a second request raced this one past the checks). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (x: unknown) => (x as { code?: unknown } | null)?.code;
  return code(e) === '23505' || code((e as { cause?: unknown } | null)?.cause) === '23505';
}
