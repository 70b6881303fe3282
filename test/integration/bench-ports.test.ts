// npm run bench measures its own servers only: with a port it needs already taken, it stops before it starts
// anything, naming the port — rather than load whatever listens there and report that.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensurePortFree } from '../../bench/ports.js';

const root = join(import.meta.dirname, '../..');
const held: Server[] = [];
const release = () => Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
afterEach(async () => {
  await release();
});

/** Something else listening on a free port of the machine; resolves with the port. */
async function occupy(port = 0, host = '127.0.0.1'): Promise<number> {
  const server = createServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}'));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  held.push(server);
  return (server.address() as { port: number }).port;
}

/** A port whose next one is free too: tried until a pair is found (other processes take ports meanwhile). */
async function freePair(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = await occupy();
    await release();
    if (base >= 65535) continue;
    try {
      await occupy(base);
      await occupy(base + 1);
      return base;
    } catch {
      // one of the two was taken in the meantime: another pair
    } finally {
      await release();
    }
  }
  throw new Error('no two free ports in a row');
}

describe('the bench and the ports it needs', () => {
  it('finds a port taken, on 127.0.0.1 or on every address, and a free one free', async () => {
    const port = await occupy();
    await expect(ensurePortFree(port)).rejects.toThrow(`port ${port} is already in use on 127.0.0.1`);
    const wildcard = await occupy(0, '0.0.0.0');
    await expect(ensurePortFree(wildcard)).rejects.toThrow(`port ${wildcard} is already in use`);
    await release();
    await expect(ensurePortFree(port)).resolves.toBeUndefined();
  });

  it.each([
    ['the app', 0],
    ['the echo server', 1],
  ])('stops npm run bench with an error when the port of %s is taken', async (_name, offset) => {
    // A base port whose two ports are free, then one of them taken by something else.
    const base = await freePair();
    await occupy(base + offset);
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--port', String(base)], {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(`port ${base + offset} is already in use`);
    // It stopped before it began: no database created, nothing measured.
    expect(run.stderr).not.toContain('bench database');
    expect(run.stdout).toBe('');
  });
});
