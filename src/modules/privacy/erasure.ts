// Erasure (sletning, GDPR art. 17) where the law allows: each case is anonymised if it is closed and past the
// kommune's retention period; otherwise it is kept, with the reason (art. 17(3)(b): a complaint is handled as
// the exercise of public authority, and the record must be kept while open and for the retention period).
// The citizen record goes when no case is left to keep it. The decision is recorded and audited.
import {
  DEFAULT_RETENTION,
  type ErasureDecision,
  erasureDecision,
  type RetentionPeriod,
} from '../../core/retention.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/policies.js';
import {
  anonymiseCases,
  anonymiseCitizensWithoutCases,
  type CitizenRow,
  casesForErasure,
  insertAudit,
  recordPrivacyRequest,
  retentionPeriodOf,
} from './queries.js';

export const ERASURE_PURPOSE = 'sletningsanmodning';

export type ErasureOutcome = 'erased' | 'partly_erased' | 'refused';

export interface ErasureResult {
  outcome: ErasureOutcome;
  retention: RetentionPeriod;
  cases: {
    caseNumber: string;
    outcome: 'anonymised' | 'already_anonymised' | 'kept';
    reason: 'open_case' | 'retention' | null;
    keptUntil: string | null;
  }[];
}

export async function eraseCitizen(
  ctx: AppContext,
  actor: Actor,
  citizen: CitizenRow,
  ip: string | null,
): Promise<ErasureResult> {
  const now = ctx.now();
  return ctx.dbh.transaction(async (sql) => {
    const period = (await retentionPeriodOf(sql, citizen.kommuneId)) ?? DEFAULT_RETENTION;
    const rows = await casesForErasure(sql, citizen.id);
    const decided = rows.map((c) => ({ c, d: erasureDecision(c, now, period) }));
    const toErase = decided.filter((x) => x.d.erase && !x.d.already).map((x) => x.c.id);
    await anonymiseCases(sql, toErase, now);
    const kept = decided.filter((x) => !x.d.erase);
    if (kept.length === 0) await anonymiseCitizensWithoutCases(sql, [citizen.id], now);
    const result: ErasureResult = {
      outcome: kept.length === 0 ? 'erased' : toErase.length > 0 ? 'partly_erased' : 'refused',
      retention: period,
      cases: decided.map(({ c, d }) => ({ caseNumber: c.number, ...caseOutcome(d) })),
    };
    await recordPrivacyRequest(sql, {
      kommuneId: citizen.kommuneId,
      citizenId: citizen.id,
      kind: 'erasure',
      outcome: result.outcome,
      details: { cases: result.cases, retention: period },
      requestedBy: actor.userId,
      at: now,
    });
    await insertAudit(sql, {
      kommuneId: citizen.kommuneId,
      userId: actor.userId,
      action: 'erase',
      subjectType: 'citizen',
      citizenId: citizen.id,
      purpose: ERASURE_PURPOSE,
      ip,
      at: now,
    });
    return result;
  });
}

function caseOutcome(d: ErasureDecision): Omit<ErasureResult['cases'][number], 'caseNumber'> {
  if (d.erase)
    return { outcome: d.already ? 'already_anonymised' : 'anonymised', reason: null, keptUntil: null };
  return {
    outcome: 'kept',
    reason: d.reason,
    keptUntil: d.reason === 'retention' ? d.keptUntil.toISOString() : null,
  };
}
