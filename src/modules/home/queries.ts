// The front door's SQL: which kommuner this installation serves.
import { asc } from 'drizzle-orm';
import type { Database } from '../../adapters/db/client.js';
import { kommuner } from '../../adapters/db/schema.js';

export const listKommuner = (db: Database): Promise<{ kommuneId: string; name: string }[]> =>
  db
    .select({ kommuneId: kommuner.kommuneId, name: kommuner.name })
    .from(kommuner)
    .orderBy(asc(kommuner.name));
