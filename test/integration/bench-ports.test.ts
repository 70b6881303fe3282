// npm run bench measures its own servers only: with a port it needs already taken, it stops before it starts
// anything, naming the port — rather than load whatever listens there and report that.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensurePortFree } from '../../bench/ports.js';

const root = join(import.meta.dirname, '../..');
const held: Server[] = [];
afterEach(async () => {
  await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
});

/** Something else listening on a free port of the machine; resolves with the port. */
async function occupy(port = 0, host = '127.0.0.1'): Promise<number> {
  const server = createServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}'));
  held.push(server);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  return (server.address() as { port: number }).port;
}

describe('the bench and the ports it needs', () => {
  it('finds a port taken, on 127.0.0.1 or on every address, and a free one free', async () => {
    const port = await occupy();
    await expect(ensurePortFree(port)).rejects.toThrow(`port ${port} is already in use on 127.0.0.1`);
    const wildcard = await occupy(0, '0.0.0.0');
    await expect(ensurePortFree(wildcard)).rejects.toThrow(`port ${wildcard} is already in use`);
    await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
    await expect(ensurePortFree(port)).resolves.toBeUndefined();
  });

  it.each([
    ['the app', 0],
    ['the echo server', 1],
  ])('stops npm run bench with an error when the port of %s is taken', async (_name, offset) => {
    // A base port whose two ports are free, then one of them taken by something else.
    let base = await occupy();
    await Promise.all(held.splice(0).map((s) => new Promise((r) => s.close(r))));
    if (base > 65000) base = 40000;
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
