// Starts bench/smtp-sink.ts as a child process and reads its counts.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface SinkStats {
  received: number;
  distinct: number;
  duplicates: { id: string; n: number }[];
  firstAt: number;
  lastAt: number;
  recipients?: string[];
}

export interface SmtpSink {
  url: string;
  stats(): Promise<SinkStats>;
  /** The stats with every envelope recipient, in order of arrival. */
  recipients(): Promise<SinkStats>;
  reset(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/smtp-sink.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.once('exit', () => child.kill('SIGTERM'));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`smtp-sink exited ${code}`)));
  });
  const { smtpPort, httpPort } = JSON.parse(line) as { smtpPort: number; httpPort: number };
  const get = async (path: string) =>
    (await (await fetch(`http://127.0.0.1:${httpPort}${path}`)).json()) as SinkStats;
  return {
    url: `smtp://127.0.0.1:${smtpPort}`,
    stats: () => get('/stats'),
    recipients: () => get('/recipients'),
    reset: async () => {
      await get('/reset');
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
