import { createServer } from 'node:net';

// Ports handed out by this process: the kernel may give a port that was just closed again, and a test that starts
// a server and its embedded PostgreSQL (or two Ketens at once) needs ports that differ.
const uitgegeven = new Set<number>();

/** A free TCP port on 127.0.0.1 that no earlier call in this process returned. */
export async function vrijePoort(): Promise<number> {
  for (;;) {
    const poort = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });
    if (!uitgegeven.has(poort)) {
      uitgegeven.add(poort);
      return poort;
    }
  }
}
