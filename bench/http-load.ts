// HTTP load with autocannon, in this process. A POST carries `body` with a fresh [<id>] per request
// (Idempotency-Key); a GET goes to `paths` in turn when given (staff reads spread over many cases).
// Latencies are taken from every response, in fractions of a millisecond: autocannon's own histogram
// rounds to whole milliseconds, too coarse next to pgbench's microseconds.
import autocannon from 'autocannon';
import { type LoadResult, percentile } from './stats.js';

export interface HttpLoadOptions {
  url: string;
  connections: number;
  seconds: number;
  body?: unknown; // POST this JSON; without it, GET
  headers?: Record<string, string>;
  paths?: string[]; // GET these in turn (round-robin over all connections) instead of the url's own path
}

/** autocannon's per-request hook: each request takes the next path of the list. */
function roundRobin(paths: string[]) {
  let next = 0;
  return [
    {
      setupRequest: (req: { path?: string }) => {
        req.path = paths[next++ % paths.length];
        return req;
      },
    },
  ];
}

export function httpLoad(o: HttpLoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const post = o.body !== undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: o.url,
        method: post ? 'POST' : 'GET',
        connections: o.connections,
        duration: o.seconds,
        headers: post ? { 'content-type': 'application/json', ...o.headers } : { ...o.headers },
        ...(post ? { body: JSON.stringify(o.body), idReplacement: true } : {}),
        ...(o.paths?.length ? { requests: roundRobin(o.paths) } : {}),
      },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        resolve({
          rps: result.requests.total / result.duration,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          errors: result.non2xx + result.errors + result.timeouts,
          total: result.requests.total,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
  });
}
