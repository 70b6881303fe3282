// The bench measures its own servers only: a port it needs that something else already listens on would have it
// load that other server instead (and report its figures as ours). So it checks first, and stops.
import { createServer } from 'node:net';

/** Resolves when nothing listens on host:port; otherwise rejects, naming the port. */
export function ensurePortFree(port: number, host = '127.0.0.1'): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        new Error(
          err.code === 'EADDRINUSE'
            ? `port ${port} is already in use on ${host}: stop what listens there, or run the bench with --port N`
            : `port ${port} on ${host} cannot be used: ${err.message}`,
        ),
      );
    });
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/** Checks every port before anything starts; the first one taken stops the run. */
export async function ensurePortsFree(ports: readonly number[]): Promise<void> {
  for (const port of ports) await ensurePortFree(port);
}
