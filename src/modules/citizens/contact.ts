// The primary contact person (primær kontaktperson, seed 004) follows the citizen's cases to the end;
// support needs are shown to the caseworker before every contact.
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { users } from '../../adapters/db/schema.js';
import { recordAudit } from '../../platform/audit.js';
import type { AppContext } from '../../platform/context.js';
import { badRequest } from '../../platform/errors.js';
import type { Actor } from '../../platform/policies.js';
import { appendEvents, event } from '../cases/index.js';
import { cases } from '../cases/tables.js';
import type { SupportNeeds } from './citizens.js';
import type { CitizenSubject } from './policies.js';
import { citizens } from './tables.js';

export async function citizenSubject(
  db: Database,
  kommuneId: string,
  citizenId: string,
): Promise<CitizenSubject | null> {
  const [c] = await db
    .select({ primaryContactId: citizens.primaryContactId })
    .from(citizens)
    .where(and(eq(citizens.id, citizenId), eq(citizens.kommuneId, kommuneId)));
  if (!c) return null;
  const rows = await db
    .select({ kommuneId: cases.kommuneId, departmentId: cases.departmentId })
    .from(cases)
    .where(eq(cases.citizenId, citizenId));
  return { primaryContactId: c.primaryContactId, cases: rows };
}

export async function setPrimaryContact(
  ctx: AppContext,
  actor: Actor,
  citizenId: string,
  userId: string | null,
): Promise<void> {
  if (userId) {
    const [u] = await ctx.db
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.id, userId),
          eq(users.kommuneId, actor.kommuneId),
          eq(users.active, true),
          inArray(users.role, ['caseworker', 'team_lead']),
        ),
      );
    if (!u) throw badRequest('citizens.error.contact', { userId: 'citizens.error.contact' });
  }
  const at = ctx.now();
  await ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    await tx.update(citizens).set({ primaryContactId: userId }).where(eq(citizens.id, citizenId));
    // On every case of the citizen's timeline: who follows them from now on.
    const theirCases = await tx
      .select({ id: cases.id, kommuneId: cases.kommuneId })
      .from(cases)
      .where(eq(cases.citizenId, citizenId));
    for (const c of theirCases) {
      await appendEvents(tx, c, [event('primary_contact_set', at, actor.userId, { userId })]);
    }
  });
}

const CHANNELS = ['phone', 'email', 'sms', 'letter', 'in_person'];
const NEED_KEYS = [
  'interpreter',
  'language',
  'companion',
  'readingDifficulties',
  'hearingDifficulties',
  'preferredChannel',
  'preferredTime',
  'note',
] as const satisfies readonly (keyof SupportNeeds)[];

/** Sets the citizen's support needs as a whole (what is left out is cleared), validated per field. */
function cleanSupportNeeds(needs: SupportNeeds): SupportNeeds {
  const fields: Record<string, string> = {};
  if (needs.preferredChannel && !CHANNELS.includes(needs.preferredChannel)) {
    fields.preferredChannel = 'citizens.error.channel';
  }
  if (needs.interpreter && !needs.language?.trim()) fields.language = 'citizens.error.language';
  if (Object.keys(fields).length > 0) throw badRequest('citizens.error.supportNeeds', fields);
  const clean: SupportNeeds = {
    interpreter: needs.interpreter === true,
    // A language is kept only with an interpreter: on its own it says nothing to the caseworker.
    language: (needs.interpreter && needs.language?.trim()) || undefined,
    companion: needs.companion === true,
    readingDifficulties: needs.readingDifficulties === true,
    hearingDifficulties: needs.hearingDifficulties === true,
    preferredChannel: needs.preferredChannel,
    preferredTime: needs.preferredTime?.trim() || undefined,
    note: needs.note?.trim() || undefined,
  };
  return clean;
}

/**
 * Records the citizen's support needs (seeds 002, 004). A change to personal data: audited, and on the timeline of
 * each of the citizen's cases with the names of the needs that changed (not their content), in one transaction.
 */
export async function setSupportNeeds(
  ctx: AppContext,
  actor: Actor,
  citizenId: string,
  needs: SupportNeeds,
  ip: string | null,
): Promise<SupportNeeds> {
  const clean = cleanSupportNeeds(needs);
  const at = ctx.now();
  await ctx.db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const [before] = await tx
      .select({ supportNeeds: citizens.supportNeeds })
      .from(citizens)
      .where(eq(citizens.id, citizenId));
    const old = (before?.supportNeeds ?? {}) as SupportNeeds;
    const changed = NEED_KEYS.filter((k) => (old[k] ?? false) !== (clean[k] ?? false));
    await tx
      .update(citizens)
      .set({ supportNeeds: clean as Record<string, unknown> })
      .where(eq(citizens.id, citizenId));
    await recordAudit(
      ctx,
      {
        kommuneId: actor.kommuneId,
        userId: actor.userId,
        action: 'update',
        subjectType: 'support_needs',
        subjectId: citizenId,
        citizenId,
        purpose: 'sagsbehandling',
        ip,
      },
      tx,
    );
    if (changed.length === 0) return;
    const theirCases = await tx
      .select({ id: cases.id, kommuneId: cases.kommuneId })
      .from(cases)
      .where(eq(cases.citizenId, citizenId));
    for (const c of theirCases) {
      await appendEvents(tx, c, [event('support_needs_set', at, actor.userId, { changed })]);
    }
  });
  return clean;
}
