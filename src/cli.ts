#!/usr/bin/env node
// Command line: start | migrate | seed [--cases N]
import { parseArgs } from 'node:util';
import { loadConfig } from './platform/config.js';
import { isEmpty } from './platform/tenancy.js';
import { openContext, seedDemo, startServer } from './server.js';

const USAGE = `Brug: borgerdialog <kommando>
  start                 start serveren (migrerer og indlæser demodata på en tom database)
  migrate               kør databasemigreringer
  seed [--cases N]      indlæs demodata (kommuner, brugere og N sager; standard 200)`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { cases: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command] = positionals;
  const config = loadConfig();
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  switch (command) {
    case 'start': {
      const server = await startServer(config);
      for (const sig of ['SIGINT', 'SIGTERM'] as const) {
        process.once(sig, () => void server.close().then(() => process.exit(0)));
      }
      return;
    }
    case 'migrate': {
      const ctx = await openContext(config);
      await ctx.dbh.close();
      console.log('Migreringer anvendt.');
      return;
    }
    case 'seed': {
      const n = Number(values.cases ?? 200);
      if (!Number.isInteger(n) || n < 0) throw new Error('--cases skal være et heltal ≥ 0');
      const ctx = await openContext(config);
      if (!(await isEmpty(ctx)))
        throw new Error('Databasen er ikke tom; demodata indlæses kun i en tom database.');
      await seedDemo(ctx, n, progressBar);
      process.stdout.write('\n');
      await ctx.dbh.close();
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

function progressBar(done: number, total: number): void {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} sager`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
