// Writes the OpenAPI document the running app serves at /api/docs/json to a file, for linting and for
// generating clients: npm run lint:api. The server URL is PUBLIC_URL's, as the running app says it. Building the app registers the routes; no database is needed for that.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/platform/config.js';
import type { AppContext } from '../src/platform/context.js';

const out = process.argv[2] ?? 'dist/openapi.json';
const unused = new Proxy(
  {},
  {
    get: () => {
      throw new Error('the OpenAPI document needs no database');
    },
  },
);
const ctx = {
  config: loadConfig({ PUBLIC_URL: process.env.PUBLIC_URL ?? 'https://borgerdialog.invalid' }),
  dbh: unused,
  db: unused,
  now: () => new Date(),
} as unknown as AppContext;
const app = await buildApp(ctx);
await app.ready();
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(app.swagger(), null, 2)}\n`);
await app.close();
console.log(`OpenAPI document written to ${out}`);
