// HTTP load with autocannon, in this process: each request carries a fresh [<id>] (Idempotency-Key).
// Latencies are taken from every response, in fractions of a millisecond: autocannon's own histogram
// rounds to whole milliseconds, too coarse next to pgbench's microseconds.
import autocannon from 'autocannon';
import { type LoadResult, percentile } from './stats.js';

export interface HttpLoadOptions {
  url: string;
  connections: number;
  seconds: number;
  body: unknown;
  headers?: Record<string, string>;
}

export function httpLoad(o: HttpLoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: o.url,
        method: 'POST',
        connections: o.connections,
        duration: o.seconds,
        headers: { 'content-type': 'application/json', ...o.headers },
        body: JSON.stringify(o.body),
        idReplacement: true,
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
