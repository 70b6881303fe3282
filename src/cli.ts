#!/usr/bin/env node
// Command line: start | migrate | seed [--cases N] | retention [--dry-run] | backup <file> | restore <file>
import { parseArgs } from 'node:util';
import { type RetentionReport, runRetention } from './modules/privacy/index.js';
import { backupDatabase, restoreDatabase, type TableSum } from './platform/backup.js';
import { loadConfig } from './platform/config.js';
import { progressBar } from './platform/progress.js';
import { isEmpty } from './platform/tenancy.js';
import { openContext, seedDemo, startServer } from './server.js';

// Operators read this in English, like the configuration errors and the server log.
const USAGE = `Usage: borgerdialog <command>
  start                 start the server (migrates, and seeds demo data into an empty database)
  migrate               apply database migrations
  seed [--cases N]      seed demo data (kommuner, users and N cases; default 200)
  retention [--dry-run] [--kommune CODE]
                        anonymise closed cases after the retention period (--dry-run: only report what would happen)
  backup <file>         back up the database (PostgreSQL: pg_dump; PGlite: the data directory; stop the server first)
  restore <file>        restore a backup into an empty database (DATABASE_URL) or an empty DATA_DIR`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      cases: { type: 'string' },
      'dry-run': { type: 'boolean' },
      kommune: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, file] = positionals;
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
      console.log('Migrations applied.');
      return;
    }
    case 'seed': {
      const n = Number(values.cases ?? 200);
      if (!Number.isInteger(n) || n < 0) throw new Error('--cases must be a whole number ≥ 0');
      const ctx = await openContext(config);
      if (!(await isEmpty(ctx)))
        throw new Error('The database is not empty; demo data is seeded into an empty database only.');
      await seedDemo(ctx, n, progressBar);
      process.stdout.write('\n');
      await ctx.dbh.close();
      return;
    }
    case 'retention': {
      const ctx = await openContext(config);
      const report = await runRetention(ctx, {
        kommuneId: values.kommune ?? null,
        dryRun: values['dry-run'] === true,
      });
      console.log(formatRetention(report));
      await ctx.dbh.close();
      return;
    }
    case 'backup':
    case 'restore': {
      if (!file) throw new Error(`Usage: borgerdialog ${command} <file>`);
      const sums =
        command === 'backup' ? await backupDatabase(config, file) : await restoreDatabase(config, file);
      console.log(formatTables(sums));
      console.log(command === 'backup' ? `Backup written to ${file}.` : `Restored from ${file}.`);
      return;
    }
    default:
      console.error(USAGE);
      process.exitCode = 2;
  }
}

function formatRetention(r: RetentionReport): string {
  const lines = r.kommuner.map(
    (k) =>
      `${k.kommuneId} ${k.name}: retention ${k.retentionYears} y ${k.retentionMonths} m, closed on or before ${k.cutoff.slice(0, 10)}: ${k.due} cases`,
  );
  for (const c of r.cases) lines.push(`  ${c.caseNumber}  closed ${c.closedAt.slice(0, 10)}`);
  lines.push(
    r.dryRun
      ? 'Dry run: nothing changed.'
      : `Anonymised: ${r.anonymised.cases} cases, ${r.anonymised.citizens} citizens.`,
  );
  return lines.join('\n');
}

function formatTables(sums: TableSum[]): string {
  const width = Math.max(...sums.map((s) => s.table.length));
  return sums.map((s) => `${s.table.padEnd(width)} ${String(s.rows).padStart(9)} ${s.checksum}`).join('\n');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
