// A citizen's access request (indsigt, GDPR art. 15): everything we hold on them — the record, the cases with
// their timelines, contact attempts, conversation notes, agreements and messages — and the look-ups on them
// (dates and purposes, not who). Answered by the kommune's administrator; the export itself is audited.
import { maskCpr } from '../../core/cpr.js';
import type { AppContext } from '../../platform/context.js';
import { decryptSecret } from '../../platform/crypto.js';
import type { Actor } from '../../platform/policies.js';
import {
  agreementsOf,
  type CitizenRow,
  caseEventsOf,
  citizenCases,
  contactAttemptsOf,
  conversationsOf,
  findCitizen,
  insertAudit,
  lookupsOf,
  messagesOf,
  recordPrivacyRequest,
} from './queries.js';

/** formål of the export in the audit log; the citizen sees it among the look-ups on them. */
export const ACCESS_PURPOSE = 'indsigtsbegæring';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** The citizen record of the actor's kommune, or null. */
export const citizenRecord = (ctx: AppContext, actor: Actor, citizenId: string) =>
  findCitizen(ctx, actor.kommuneId, citizenId);

export async function exportCitizen(ctx: AppContext, actor: Actor, citizen: CitizenRow, ip: string | null) {
  const cases = await citizenCases(ctx, citizen.id);
  const ids = cases.map((c) => c.id);
  const [events, attempts, conversations, agreements, messages, lookups] = await Promise.all([
    caseEventsOf(ctx, ids),
    contactAttemptsOf(ctx, ids),
    conversationsOf(ctx, ids),
    agreementsOf(ctx, ids),
    messagesOf(ctx, ids),
    lookupsOf(ctx, citizen.id, ids),
  ]);
  const numberOf = new Map(cases.map((c) => [c.id, c.number]));
  const forCase = <T extends { caseId: string }>(rows: T[], id: string) =>
    rows.filter((r) => r.caseId === id);
  const now = ctx.now();
  const out = {
    exportedAt: now.toISOString(),
    citizen: {
      id: citizen.id,
      name: citizen.name,
      email: citizen.email,
      phone: citizen.phone,
      // CPR is never shown in clear, not even here: the citizen knows it, the export shows which one.
      cprMasked: citizen.cprEncrypted
        ? maskCpr(decryptSecret(ctx.config.cprKey, citizen.cprEncrypted))
        : null,
      supportNeeds: citizen.supportNeeds,
      primaryContact: citizen.primaryContactName,
      createdAt: iso(citizen.createdAt)!,
      anonymisedAt: iso(citizen.anonymisedAt),
    },
    cases: cases.map((c) => ({
      caseNumber: c.number,
      kind: c.kind,
      state: c.state,
      channel: c.channel,
      area: c.area,
      department: c.department,
      description: c.description,
      decisionDate: c.decisionDate,
      decisionReference: c.decisionReference,
      receivedAt: iso(c.receivedAt)!,
      closedAt: iso(c.closedAt),
      anonymisedAt: iso(c.anonymisedAt),
      timeline: forCase(events, c.id).map((e) => ({ type: e.type, at: iso(e.at)!, data: e.data })),
      contactAttempts: forCase(attempts, c.id).map((a) => ({
        at: iso(a.at)!,
        channel: a.channel,
        result: a.result,
        note: a.note,
      })),
      conversations: forCase(conversations, c.id).map((v) => ({
        startedAt: iso(v.startedAt)!,
        endedAt: iso(v.endedAt),
        notes: v.notes,
        rootCause: v.rootCause,
      })),
      agreements: forCase(agreements, c.id).map(({ caseId: _, ...a }) => a),
      messages: forCase(messages, c.id).map((m) => ({
        channel: m.channel,
        recipient: m.recipient,
        template: m.template,
        createdAt: iso(m.createdAt)!,
        sentAt: iso(m.sentAt),
      })),
    })),
    lookups: lookups.map((l) => ({
      at: iso(l.at)!,
      action: l.action,
      subject: l.subjectType,
      purpose: l.purpose,
      caseNumber: l.caseId ? (numberOf.get(l.caseId) ?? null) : null,
    })),
  };
  await ctx.dbh.transaction(async (sql) => {
    await recordPrivacyRequest(sql, {
      kommuneId: citizen.kommuneId,
      citizenId: citizen.id,
      kind: 'access',
      outcome: 'delivered',
      details: { cases: cases.length, lookups: lookups.length },
      requestedBy: actor.userId,
      at: now,
    });
    await insertAudit(sql, {
      kommuneId: citizen.kommuneId,
      userId: actor.userId,
      action: 'export',
      subjectType: 'citizen',
      citizenId: citizen.id,
      purpose: ACCESS_PURPOSE,
      ip,
      at: now,
    });
  });
  return out;
}

export type CitizenExport = Awaited<ReturnType<typeof exportCitizen>>;
