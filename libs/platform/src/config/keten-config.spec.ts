import { ConfigFout, laadKetenConfig } from './keten-config.js';

describe('laadKetenConfig', () => {
  it('should apply the embedded defaults when nothing is set', () => {
    const config = laadKetenConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.REDIS_URL).toBeUndefined();
    expect(config.KETEN_UPLOAD_LIMIT_BYTES).toBe(25 * 1024 * 1024);
    expect(config.KETEN_SEED_DEMO).toBe(true);
    expect(config.KETEN_QUEUE_PREFIX).toBe('keten');
    expect(config.KETEN_SHUTDOWN_TIMEOUT_MS).toBe(10_000);
    expect(config.KETEN_VEEG_NA_SECONDEN).toBe(120);
    expect(config.KETEN_METRICS_TOKEN).toBeUndefined();
  });

  it('should name every wrong variable when the environment is invalid', () => {
    let fout: unknown;
    try {
      laadKetenConfig({
        PORT: 'abc',
        DATABASE_URL: 'mysql://x',
        KETEN_BOOTSTRAP_TOKEN: 'short',
        KETEN_METRICS_TOKEN: 'kort',
      });
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(ConfigFout);
    const namen = (fout as ConfigFout).fouten.map((f) => f.variabele).sort();
    expect(namen).toEqual(['DATABASE_URL', 'KETEN_BOOTSTRAP_TOKEN', 'KETEN_METRICS_TOKEN', 'PORT']);
    expect((fout as ConfigFout).message).toContain('DATABASE_URL: must be a postgres:// or postgresql:// URL');
  });

  it('should parse numbers and booleans when given as strings', () => {
    const config = laadKetenConfig({ PORT: '8080', KETEN_SEED_DEMO: 'false', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(config.PORT).toBe(8080);
    expect(config.KETEN_SEED_DEMO).toBe(false);
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });
});
