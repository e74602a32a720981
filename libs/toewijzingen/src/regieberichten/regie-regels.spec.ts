import { beoordeelRegieProduct, type ActueleRegie, type RegieProduct } from './regie-regels.util.js';

const start = (begindatum: string): ActueleRegie => ({
  soort: 'start',
  begindatum,
  einddatum: null,
  redenBeeindiging: null,
});
const stop = (begindatum: string, einddatum: string, redenBeeindiging: string): ActueleRegie => ({
  soort: 'stop',
  begindatum,
  einddatum,
  redenBeeindiging,
});
const nieuweStart = (begindatum: string, statusAanlevering: '1' | '3' = '1'): RegieProduct => ({
  soort: 'start',
  statusAanlevering,
  begindatum,
});
const nieuweStop = (
  begindatum: string,
  einddatum: string,
  redenBeeindiging: string,
  statusAanlevering: '1' | '3' = '1',
): RegieProduct => ({
  soort: 'stop',
  statusAanlevering,
  begindatum,
  einddatum,
  redenBeeindiging,
});
const codes = (actueel: ActueleRegie[], p: RegieProduct) =>
  beoordeelRegieProduct(actueel, p).bevindingen.map((b) => b.retourcode);

describe('beoordeelRegieProduct', () => {
  it('should accept a first start when the toewijzing has no regieberichten', () => {
    expect(codes([], nieuweStart('2026-04-03'))).toEqual([]);
  });

  it('should reject a start with 9074 when a start with the same begindatum is current (TR074)', () => {
    expect(codes([start('2026-04-03')], nieuweStart('2026-04-03'))).toEqual(['9074']);
  });

  it('should reject a second start with 9326 when the first has no stop, and accept it after a temporary stop (TR326)', () => {
    expect(codes([start('2026-04-03')], nieuweStart('2026-05-01'))).toEqual(['9326']);
    expect(codes([start('2026-04-03'), stop('2026-04-03', '2026-04-20', '20')], nieuweStart('2026-05-01'))).toEqual([]);
  });

  it('should delete a start when it exists and has no stop, and refuse with 9063/9071 otherwise (TR063, TR071)', () => {
    const s = start('2026-04-03');
    expect(beoordeelRegieProduct([s], nieuweStart('2026-04-03', '3'))).toEqual({ bevindingen: [], teVerwijderen: s });
    expect(codes([s], nieuweStart('2026-04-04', '3'))).toEqual(['9063']);
    expect(codes([s, stop('2026-04-03', '2026-06-30', '19')], nieuweStart('2026-04-03', '3'))).toEqual(['9071']);
  });

  it('should reject a stop with 9069 when no current start has its sleutel (TR069/TR382)', () => {
    expect(codes([start('2026-04-03')], nieuweStop('2026-04-04', '2026-06-30', '19'))).toEqual(['9069']);
    expect(codes([start('2026-04-03')], nieuweStop('2026-04-03', '2026-06-30', '19'))).toEqual([]);
  });

  it('should follow a temporary stop only with a definitive stop ending on or after it (TR413, TR414, TR415)', () => {
    const tijdelijk = [start('2026-04-03'), stop('2026-04-03', '2026-06-30', '20')];
    expect(codes(tijdelijk, nieuweStop('2026-04-03', '2026-06-30', '19'))).toEqual([]);
    expect(codes(tijdelijk, nieuweStop('2026-04-03', '2026-07-31', '20'))).toEqual(['9413']);
    expect(codes(tijdelijk, nieuweStop('2026-04-03', '2026-06-29', '19'))).toEqual(['9414']);
    expect(
      codes(
        [start('2026-04-03'), stop('2026-04-03', '2026-06-30', '19')],
        nieuweStop('2026-04-03', '2026-07-31', '23'),
      ),
    ).toEqual(['9415']);
  });

  it('should answer a repeated stop with 9074 only, and delete only a stop that exists (TR074, TR063)', () => {
    const actueel = [start('2026-04-03'), stop('2026-04-03', '2026-06-30', '20')];
    expect(codes(actueel, nieuweStop('2026-04-03', '2026-06-30', '20'))).toEqual(['9074']);
    expect(beoordeelRegieProduct(actueel, nieuweStop('2026-04-03', '2026-06-30', '20', '3')).teVerwijderen).toBe(
      actueel[1],
    );
    expect(codes(actueel, nieuweStop('2026-04-03', '2026-06-30', '19', '3'))).toEqual(['9063']);
  });
});
