// CPU time per request, by process group: on a shared machine throughput moves with whatever else runs,
// but the CPU each request costs in the server, in PostgreSQL and in the load generator hardly does.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // Linux USER_HZ = 100 (getconf CLK_TCK)

function cpuTicks(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null; // exited
  }
}

/** PostgreSQL backends serving one database: their process title names it. */
export function backendsOf(database: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmd.startsWith('postgres: ') && cmd.includes(` ${database} `)) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

/** This process's children running a program (e.g. pgbench, our load generator for the database alone). */
export function childrenNamed(name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (comm === name && ppid === process.pid) pids.push(Number(entry));
    } catch {
      // gone
    }
  }
  return pids;
}

type Group = 'server' | 'postgres' | 'load';
export type CpuSplit = Record<Group, number>; // ms of CPU

/**
 * Samples the processes every 100 ms while a run lasts, keeping each one's last reading, so processes that
 * exit at the end of the run still count (all but their last tenth of a second). A process first seen after
 * the start was born during the run and counts whole. This process (autocannon) counts as load.
 */
export function sampleCpu(groups: Partial<Record<Group, () => number[]>>) {
  const start = new Map<number, number>();
  const last = new Map<number, { group: Group; ticks: number }>();
  let first = true;
  const read = () => {
    for (const [group, pids] of Object.entries(groups) as [Group, () => number[]][]) {
      for (const pid of pids()) {
        const ticks = cpuTicks(pid);
        if (ticks === null) continue;
        if (!start.has(pid)) start.set(pid, first ? ticks : 0);
        last.set(pid, { group, ticks });
      }
    }
    first = false;
  };
  read();
  const own = process.cpuUsage();
  const timer = setInterval(read, 100);
  return {
    stop(): CpuSplit {
      clearInterval(timer);
      read();
      const used = process.cpuUsage(own);
      const split: CpuSplit = { server: 0, postgres: 0, load: (used.user + used.system) / 1000 };
      for (const [pid, { group, ticks }] of last) split[group] += (ticks - (start.get(pid) ?? 0)) * TICK_MS;
      return split;
    },
  };
}
