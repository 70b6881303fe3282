// The command line refuses to start on a bad setting, before it touches the database or a port.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const dataDir = mkdtempSync(join(tmpdir(), 'bd-cli-config-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
    cwd: root,
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, JOBS: 'false', SEED_DEMO: 'false', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('cli start with bad settings', () => {
  it('stops before opening the database, naming every bad variable', () => {
    const run = start({
      PORT: 'abc',
      DATABASE_POOL_SIZE: '0',
      CPR_KEY: 'abcd',
      SESSION_HOURS: '-1',
      LOG_LEVEL: 'loud',
      JOBS: 'yes',
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      'Invalid configuration:',
      '  PORT must be a whole number from 1 to 65535 (got "abc")',
      '  DATABASE_POOL_SIZE must be a whole number from 1 to 1000 (got "0")',
      '  CPR_KEY must be 32 bytes: 64 hex characters or base64 (openssl rand -hex 32)',
      '  SESSION_HOURS must be a number greater than 0 (got "-1")',
      '  JOBS must be "true" or "false" (got "yes")',
      '  LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
    ]);
    expect(readdirSync(dataDir)).toEqual([]);
  });
});
