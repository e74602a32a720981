import { Injectable } from '@nestjs/common';

interface Antwoord {
  headersSent: boolean;
  setHeader(k: string, v: string): void;
  once(e: 'close', f: () => void): void;
}

/**
 * Whether this API process takes new work: false from the moment it is told to stop, so that /health/ready turns
 * unready first and busy keep-alive connections are answered with `Connection: close` (issue 18).
 */
@Injectable()
export class Gereedheid {
  private stopt = false;
  private readonly lopend = new Set<Antwoord>();

  get bezigMetStoppen(): boolean {
    return this.stopt;
  }

  /** Express middleware: an answer given while stopping closes its connection, also for a request already running. */
  volg(res: Antwoord): void {
    if (this.stopt) {
      res.setHeader('Connection', 'close');
      return;
    }
    this.lopend.add(res);
    res.once('close', () => this.lopend.delete(res));
  }

  stop(): void {
    this.stopt = true;
    for (const res of this.lopend) if (!res.headersSent) res.setHeader('Connection', 'close');
    this.lopend.clear();
  }
}
