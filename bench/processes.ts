// Child processes of a benchmark run: started here, always stopped here — on success, failure or Ctrl-C.
import { type ChildProcess, spawn } from 'node:child_process';

const children = new Set<ChildProcess>();

function stopAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
/** Called once by the bench: no child outlives it, whether it ends, fails or is interrupted. */
export function stopChildrenOnExit(): void {
  process.once('exit', stopAll);
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      stopAll();
      process.exit(130);
    });
  }
}

export interface Started {
  child: ChildProcess;
  /** Resolves when the process has exited. */
  stop(): Promise<void>;
}

/** A long-running child (a server); its output is kept to explain a failure. */
export function startProcess(cmd: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  const keep = (b: Buffer) => {
    output = (output + b.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.once('exit', (code, signal) => {
    children.delete(child);
    if (code && signal === null) console.error(`${cmd} ${args.join(' ')} exited ${code}:\n${output}`);
  });
  return {
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  onStdout?: (chunk: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
      onStdout?.(b.toString());
    });
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      children.delete(child);
      if (code === 0) resolve(out);
      else reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${err || out}`));
    });
  });
}

/**
 * Polls a URL until the server answers at all (it listens only after migrating). Given the server's process, stops
 * as soon as that exits: whatever answers then is not ours.
 */
export async function waitForHttp(url: string, server?: Started, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { exitCode, signalCode } = server?.child ?? {};
    if (exitCode != null || signalCode != null) {
      throw new Error(`the server for ${url} exited (${exitCode ?? signalCode}) before it answered`);
    }
    try {
      await fetch(url);
      return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
