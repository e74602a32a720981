import { Logger } from '@nestjs/common';
import { JsonLogger } from '../config/json-logger.service.js';
import { CORRELATIE_HEADER, correlatieMiddleware } from './correlatie.util.js';
import { KetenExceptionFilter } from './keten-exception.filter.js';

describe('correlation ids', () => {
  const verzoek = (werk: () => void) => {
    const headers: Record<string, string> = {};
    correlatieMiddleware({}, { setHeader: (k, v) => (headers[k] = v) }, werk);
    return headers[CORRELATIE_HEADER];
  };

  it('should give a 500 the correlation id of its request, the one in its response header', () => {
    Logger.overrideLogger(false);
    let correlatieId: string | undefined;
    const header = verzoek(
      () => (correlatieId = new KetenExceptionFilter().naarAntwoord(new Error('boem')).correlatieId),
    );
    Logger.overrideLogger(['error']);
    expect(header).toMatch(/^[0-9a-f-]{36}$/);
    expect(correlatieId).toBe(header);
  });

  it("should write one JSON line per event with the request's correlation id when logging in production", () => {
    const regels: string[] = [];
    const echt = process.stdout.write;
    process.stdout.write = ((r: string) => regels.push(r) > 0) as typeof process.stdout.write;
    const logger = new JsonLogger(['log', 'error']);
    let header: string | undefined;
    try {
      header = verzoek(() => logger.log('bericht ontvangen', 'Intake'));
      logger.log('buiten een verzoek');
      logger.debug('niet op dit niveau');
    } finally {
      process.stdout.write = echt;
    }
    expect(regels.map((r) => r.endsWith('\n'))).toEqual([true, true]);
    expect(JSON.parse(regels[0])).toMatchObject({
      niveau: 'log',
      context: 'Intake',
      bericht: 'bericht ontvangen',
      correlatieId: header,
    });
    expect(JSON.parse(regels[1]).correlatieId).toBeUndefined();
  });
});
