// The kommune named in a public path, or 404.
import { normalizeKommunekode } from '../../core/identifiers.js';
import type { AppContext } from '../../platform/context.js';
import { notFound } from '../../platform/errors.js';
import { getKommune, type Kommune } from '../../platform/tenancy.js';

export async function kommuneOr404(ctx: AppContext, code: string): Promise<Kommune> {
  const id = normalizeKommunekode(code);
  const kommune = id ? await getKommune(ctx, id) : null;
  if (!kommune) throw notFound('reception.error.kommune');
  return kommune;
}
