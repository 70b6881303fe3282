// The citizen record (borger), shared by a person's cases: matched on CPR (keyed hash) or on contact
// details staff have verified, when staff register a case (cases' createCase). CPR is stored only
// encrypted, shown masked, and never logged.
import { eq } from 'drizzle-orm';
import { users } from '../../adapters/db/schema.js';
import { maskCpr } from '../../core/cpr.js';
import type { AppContext } from '../../platform/context.js';
import { decryptSecret } from '../../platform/crypto.js';
import { citizens } from './tables.js';

/** Support needs shown before every contact (seeds 002, 004: meet the citizen where they are). */
export type SupportNeeds = {
  interpreter?: boolean;
  language?: string;
  companion?: boolean; // bisidder
  readingDifficulties?: boolean;
  hearingDifficulties?: boolean;
  preferredChannel?: 'phone' | 'email' | 'sms' | 'letter' | 'in_person';
  preferredTime?: string;
  note?: string;
};

export interface CitizenView {
  id: string;
  name: string;
  phone: string | null;
  email: string | null;
  cprMasked: string | null;
  supportNeeds: SupportNeeds;
  primaryContact: { id: string; name: string } | null;
}

export async function citizenView(ctx: AppContext, citizenId: string): Promise<CitizenView | null> {
  const [row] = await ctx.db
    .select({ c: citizens, contactName: users.name })
    .from(citizens)
    .leftJoin(users, eq(users.id, citizens.primaryContactId))
    .where(eq(citizens.id, citizenId));
  if (!row) return null;
  const { c } = row;
  return {
    id: c.id,
    name: c.name,
    phone: c.phone,
    email: c.email,
    cprMasked: c.cprEncrypted ? maskCpr(decryptSecret(ctx.config.cprKey, c.cprEncrypted)) : null,
    supportNeeds: c.supportNeeds as SupportNeeds,
    primaryContact: c.primaryContactId ? { id: c.primaryContactId, name: row.contactName ?? '' } : null,
  };
}
