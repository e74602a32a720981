import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Injectable } from '@nestjs/common';
import { KetenConfig } from '../config/keten-config.js';

/**
 * BSN and other client data at rest (architecture.md 4, sturing-en-schaal.md 2): encrypted with AES-256-GCM, and
 * looked up by a keyed hash (HMAC-SHA256) so that a database leak reveals neither. Never log what goes in here.
 */
@Injectable()
export class BsnKluis {
  private readonly versleutelSleutel: Buffer;
  private readonly hashSleutel: Buffer;

  constructor(config: KetenConfig) {
    const hoofdsleutel = leesHoofdsleutel(config);
    // Separate keys per purpose, derived from one secret.
    this.versleutelSleutel = createHmac('sha256', hoofdsleutel).update('keten-bsn-versleuteling').digest();
    this.hashSleutel = createHmac('sha256', hoofdsleutel).update('keten-bsn-hash').digest();
  }

  hash(bsn: string): string {
    return createHmac('sha256', this.hashSleutel).update(bsn, 'utf8').digest('hex');
  }

  versleutel(tekst: string): Buffer {
    return this.versleutelBytes(Buffer.from(tekst, 'utf8'));
  }

  ontsleutel(data: Buffer): string {
    return this.ontsleutelBytes(data).toString('utf8');
  }

  /** iv (12) + tag (16) + ciphertext; for whole documents such as a received message. */
  versleutelBytes(data: Uint8Array): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.versleutelSleutel, iv);
    const inhoud = Buffer.concat([cipher.update(data), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), inhoud]);
  }

  ontsleutelBytes(data: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.versleutelSleutel, data.subarray(0, 12));
    decipher.setAuthTag(data.subarray(12, 28));
    return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]);
  }
}

function leesHoofdsleutel(config: KetenConfig): Buffer {
  if (config.KETEN_BSN_SLEUTEL) return Buffer.from(config.KETEN_BSN_SLEUTEL, 'hex');
  if (config.NODE_ENV === 'production') throw new Error('KETEN_BSN_SLEUTEL is required in production');
  // Development and the embedded setup: a key kept next to the embedded database, made once.
  const bestand = path.resolve(config.KETEN_DATA_DIR, 'bsn-sleutel');
  if (!existsSync(bestand)) {
    mkdirSync(path.dirname(bestand), { recursive: true });
    writeFileSync(bestand, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  return Buffer.from(readFileSync(bestand, 'utf8').trim(), 'hex');
}
