#!/usr/bin/env node
// Command line: start | migrate | seed [--cases N] | retention [--dry-run] | backup <file> | restore <file>
import { parseArgs } from 'node:util';
import { type RetentionReport, runRetention } from './modules/privacy/index.js';
import { backupDatabase, restoreDatabase, type TableSum } from './platform/backup.js';
import { loadConfig } from './platform/config.js';
import { isEmpty } from './platform/tenancy.js';
import { openContext, seedDemo, startServer } from './server.js';

const USAGE = `Brug: borgerdialog <kommando>
  start                 start serveren (migrerer og indlæser demodata på en tom database)
  migrate               kør databasemigreringer
  seed [--cases N]      indlæs demodata (kommuner, brugere og N sager; standard 200)
  retention [--dry-run] [--kommune KODE]
                        anonymisér lukkede sager efter opbevaringsperioden (--dry-run: vis kun, hvad der ville ske)
  backup <fil>          sikkerhedskopi af databasen (PostgreSQL: pg_dump; PGlite: datamappen; stop serveren først)
  restore <fil>         gendan en sikkerhedskopi i en tom database (DATABASE_URL) eller en tom DATA_DIR`;

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
      if (!file) throw new Error(`Brug: borgerdialog ${command} <fil>`);
      const sums =
        command === 'backup' ? await backupDatabase(config, file) : await restoreDatabase(config, file);
      console.log(formatTables(sums));
      console.log(command === 'backup' ? `Sikkerhedskopi skrevet til ${file}.` : `Gendannet fra ${file}.`);
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
      `${k.kommuneId} ${k.name}: ${k.retentionYears} år ${k.retentionMonths} mdr., lukket senest ${k.cutoff.slice(0, 10)}: ${k.due} sager`,
  );
  for (const c of r.cases) lines.push(`  ${c.caseNumber}  lukket ${c.closedAt.slice(0, 10)}`);
  lines.push(
    r.dryRun
      ? 'Prøvekørsel: intet er ændret.'
      : `Anonymiseret: ${r.anonymised.cases} sager, ${r.anonymised.citizens} borgere.`,
  );
  return lines.join('\n');
}

function formatTables(sums: TableSum[]): string {
  const width = Math.max(...sums.map((s) => s.table.length));
  return sums.map((s) => `${s.table.padEnd(width)} ${String(s.rows).padStart(9)} ${s.checksum}`).join('\n');
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
