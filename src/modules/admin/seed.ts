// The demo contact directory: how citizens reach each department of the seeded kommuner (synthetic numbers,
// e-mail addresses on .demo, made-up addresses).
import { asc, eq } from 'drizzle-orm';
import { departments, kommuner } from '../../adapters/db/schema.js';
import type { AppContext } from '../../platform/context.js';
import { contactPoints } from './tables.js';

export async function seedContactDirectory(ctx: AppContext): Promise<void> {
  const all = await ctx.db.select({ kommuneId: kommuner.kommuneId }).from(kommuner);
  for (const { kommuneId } of all) {
    const deps = await ctx.db
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.kommuneId, kommuneId))
      .orderBy(asc(departments.name));
    if (deps.length === 0) continue;
    await ctx.db.insert(contactPoints).values(
      deps.map((d, i) => ({
        kommuneId,
        departmentId: d.id,
        phone: `40 ${kommuneId.slice(0, 2)} ${10 + i} 00`,
        openingHours: 'Man–ons kl. 9–15, tors kl. 9–17, fre kl. 9–13',
        address: `${d.name}, Rådhuset, Demovej 1`,
        email: `forvaltning${i + 1}@kommune${kommuneId}.demo`,
      })),
    );
  }
}
