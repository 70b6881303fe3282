import type { SeededOrganisation } from '../../src/modules/cases/seed/organisation.js';

/** What the global setup made once for the run (see global-setup.ts). */
export interface SeededTemplate {
  /** PGlite: the migrated, seeded data directory as a gzipped tarball. */
  dataDirFile?: string;
  /** PostgreSQL: the migrated, seeded template database. */
  templateDb?: string;
  koege: SeededOrganisation;
  rudersdal: SeededOrganisation;
}
