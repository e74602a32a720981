import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { vrijePoort } from './vrije-poort.js';

function pong(poort: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(poort, '127.0.0.1');
    socket.setTimeout(500, () => socket.destroy());
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => {
      resolve(d.toString().startsWith('+PONG'));
      socket.destroy();
    });
  });
}

/**
 * A Redis of the test's own, on a free port and without persistence: stopping it loses everything, as a Redis that
 * restarts empty does. Never the machine's Redis, which other test runs share.
 */
export class TestRedis {
  private proces?: ChildProcess;

  private constructor(readonly poort: number) {}

  static async start(): Promise<TestRedis> {
    const redis = new TestRedis(await vrijePoort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.poort}`;
  }

  async start(): Promise<void> {
    const proces = spawn(
      'redis-server',
      ['--port', String(this.poort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    this.proces = proces;
    const start = Date.now();
    while (!(await pong(this.poort))) {
      if (proces.exitCode !== null || Date.now() - start > 10_000)
        throw new Error(`redis-server on port ${this.poort} did not start`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Kills it outright (a crash, not a shutdown): whatever it held is gone. */
  async stop(): Promise<void> {
    const proces = this.proces;
    if (!proces || proces.exitCode !== null || proces.signalCode !== null) return;
    const weg = new Promise((resolve) => proces.once('exit', resolve));
    proces.kill('SIGKILL');
    await weg;
    this.proces = undefined;
  }
}
