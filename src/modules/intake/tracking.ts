// What a citizen sees through the private tracking link: status, dates, public milestones and the agreements made
// with them — no name, contact details or description.
import { and, asc, eq, notInArray, sql } from 'drizzle-orm';
import { type Static, Type } from 'typebox';
import { areas } from '../../adapters/db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { hashToken } from '../../platform/tokens.js';
import { caseEvents, cases } from '../cases/tables.js';
import { agreementsWithCitizen } from '../dialogue/index.js';

/** Agreements are listed apart, each with what was agreed: one milestone per agreement only repeated itself. */
const AGREEMENT_EVENTS = ['agreement_made', 'agreement_kept'];

export const Tracking = Type.Object({
  caseNumber: Type.String(),
  kommuneId: Type.String(),
  kind: Type.String(),
  state: Type.String(),
  area: Type.String(),
  receivedOn: Type.String({ format: 'date' }),
  firstContactDue: Type.String({ format: 'date' }),
  firstContactMetOn: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  milestones: Type.Array(
    Type.Object({
      type: Type.String(),
      at: Type.String({ format: 'date-time' }),
      // For a status change: the new state. Only this is read from the event's data — a reason may be personal.
      state: Type.Optional(Type.String()),
    }),
  ),
  agreements: Type.Array(
    Type.Object({
      what: Type.String(),
      owner: Type.Union([Type.Literal('citizen'), Type.Literal('kommune')], {
        description: 'Who does it: the citizen, or the kommune',
      }),
      dueOn: Type.String({ format: 'date' }),
      kept: Type.Boolean(),
    }),
    { description: 'The agreements made with the citizen, by due date; cancelled ones are left out' },
  ),
});
export type Tracking = Static<typeof Tracking>;

/**
 * The case behind a tracking token. The answer carries what was agreed with the citizen (personal data), so the
 * look-up is audited: no user, the purpose 'borgerens_opslag' (the citizen's own look-up), the client address.
 */
export async function findTracking(ctx: AppContext, token: string, ip: string): Promise<Tracking | null> {
  const [c] = await ctx.db
    .select({
      id: cases.id,
      caseNumber: cases.number,
      kommuneId: cases.kommuneId,
      kind: cases.kind,
      state: cases.state,
      area: areas.name,
      receivedOn: cases.receivedOn,
      firstContactDue: cases.firstContactDue,
      firstContactMetOn: cases.firstContactMetOn,
    })
    .from(cases)
    .innerJoin(areas, eq(areas.id, cases.areaId))
    .where(eq(cases.trackingTokenHash, hashToken(token)))
    .limit(1);
  if (!c) return null;
  const events = await ctx.db
    .select({ type: caseEvents.type, at: caseEvents.at, to: sql<string | null>`${caseEvents.data}->>'to'` })
    .from(caseEvents)
    .where(
      and(
        eq(caseEvents.caseId, c.id),
        eq(caseEvents.public, true),
        notInArray(caseEvents.type, AGREEMENT_EVENTS),
      ),
    )
    .orderBy(asc(caseEvents.at), asc(caseEvents.seq));
  const agreements = await agreementsWithCitizen(ctx.db, c.id);
  await recordAudit(ctx, {
    kommuneId: c.kommuneId,
    userId: null,
    action: 'read',
    subjectType: 'case',
    subjectId: c.caseNumber,
    caseId: c.id,
    purpose: 'borgerens_opslag',
    ip,
  });
  const { id: _id, ...rest } = c;
  const milestones = events.map((e) => {
    const state = e.type === 'state_changed' ? e.to : null;
    return { type: e.type, at: e.at.toISOString(), ...(state ? { state } : {}) };
  });
  return { ...rest, milestones, agreements };
}

/** The decision date and day of receipt of the case behind a tracking token (a klage), for the receipt's notice. */
export async function decisionDatesOf(
  ctx: AppContext,
  token: string,
): Promise<{ decisionDate: string | null; receivedOn: string } | null> {
  const [c] = await ctx.db
    .select({ decisionDate: cases.decisionDate, receivedOn: cases.receivedOn })
    .from(cases)
    .where(eq(cases.trackingTokenHash, hashToken(token)))
    .limit(1);
  return c ?? null;
}
