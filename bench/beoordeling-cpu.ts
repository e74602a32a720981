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

export interface CpuStand {
  /** This process and the child processes together. */
  node: number;
  /** The child processes (api, workers) together, and each apart in the order given. */
  workers: number;
  kinderen: number[];
  postgres: number;
}

/** Peak resident set size of a process in bytes (VmHWM: its high-water mark over its whole life), 0 when gone. */
export function piekRss(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export interface CpuMeting {
  /** CPU seconds since the start so far: node (this process and the worker processes), PostgreSQL backends. */
  tussenstand(): Promise<CpuStand>;
  /** The same, at the end: the measurement stops. */
  stop(): Promise<CpuStand>;
}

/**
 * Starts a measurement; `backends` lists the PostgreSQL backend pids to count. The list is asked again every 250 ms
 * and at stop: a backend opened during the run counts from its start, and one that closes during the run keeps what
 * it used until it was last seen. `backends` must list every backend, the one it runs on included: a backend missing
 * from the first list but seen later counts its whole life, set-up included.
 */
export async function meetCpu(backends: () => Promise<number[]>, workers: number[] = []): Promise<CpuMeting> {
  const nodeStart = process.cpuUsage();
  const workerStart = workers.map(procesCpu);
  const pgStart = new Map((await backends()).map((pid) => [pid, procesCpu(pid)]));
  const pgLaatst = new Map(pgStart);
  const kijk = async () => {
    for (const pid of await backends()) pgLaatst.set(pid, Math.max(pgLaatst.get(pid) ?? 0, procesCpu(pid)));
  };
  // One look at a time: a tick that finds the previous one still running is skipped, so none pile up.
  let bezig: Promise<void> | null = null;
  const kijkEenmaal = () =>
    (bezig ??= kijk()
      .catch(() => undefined)
      .finally(() => (bezig = null)));
  const timer = setInterval(() => void kijkEenmaal(), 250);
  timer.unref();
  const stand = async (): Promise<CpuStand> => {
    await bezig;
    await kijk();
    const node = process.cpuUsage(nodeStart);
    let postgres = 0;
    for (const [pid, cpu] of pgLaatst) postgres += cpu - (pgStart.get(pid) ?? 0);
    const kinderen = workers.map((pid, i) => procesCpu(pid) - workerStart[i]);
    const workerCpu = kinderen.reduce((som, c) => som + c, 0);
    return { node: (node.user + node.system) / 1e6 + workerCpu, workers: workerCpu, kinderen, postgres };
  };
  return {
    tussenstand: stand,
    async stop() {
      clearInterval(timer);
      return stand();
    },
  };
}
