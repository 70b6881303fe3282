import { defineConfig } from 'drizzle-kit';

// The platform's tables, then each module's own (src/modules/<module>/tables.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/adapters/db/schema.ts', './src/modules/*/tables.ts'],
  out: './drizzle',
});
