// CPU time of the benchmark's own processes: this node process plus the PostgreSQL backends serving its database
// (same machine). On a shared, busy machine wall time measures the neighbours too; CPU seconds do much less so.
import { readFileSync } from 'node:fs';

const TICKS_PER_SECONDE = 100;

/** utime + stime of a process in seconds, 0 when it is gone or not readable (PostgreSQL on another machine). */
export function procesCpu(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const velden = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(velden[11]) + Number(velden[12])) / TICKS_PER_SECONDE;
  } catch {
    return 0;
  }
}

export interface CpuMeting {
  /** CPU seconds since the start: node (this process and the worker processes), PostgreSQL backends. */
  stop(): Promise<{ node: number; workers: number; postgres: number }>;
}

/** Starts a measurement; `backends` lists the PostgreSQL backend pids to count (asked again at stop, for new ones). */
export async function meetCpu(backends: () => Promise<number[]>, workers: number[] = []): Promise<CpuMeting> {
  const nodeStart = process.cpuUsage();
  const workerStart = workers.map(procesCpu);
  const pgStart = new Map((await backends()).map((pid) => [pid, procesCpu(pid)]));
  return {
    async stop() {
      const node = process.cpuUsage(nodeStart);
      let postgres = 0;
      for (const pid of await backends()) postgres += procesCpu(pid) - (pgStart.get(pid) ?? 0);
      const workerCpu = workers.reduce((som, pid, i) => som + procesCpu(pid) - workerStart[i], 0);
      return { node: (node.user + node.system) / 1e6 + workerCpu, workers: workerCpu, postgres };
    },
  };
}
