import { DebetCredit, Eenheid } from '#keten/domain';
import {
  INGEDIENDE_KOLOMMEN,
  pakIngediendUit,
  verpakIngediend,
  type IngediendePrestaties,
} from './ingediende-prestaties.util.js';

const ingediend: IngediendePrestaties = {
  client_id: ['6f1c1a52-5d0b-4b4e-9d3c-0c1f9d1e2a01', '6f1c1a52-5d0b-4b4e-9d3c-0c1f9d1e2a01'],
  referentie_nummer: ['R1', 'R2'],
  vorig_referentie_nummer: [null, 'R0'],
  toewijzing_nummer: [1001, 1002],
  productcategorie: ['02', '02'],
  productcode: ['02A01', '02A01'],
  begindatum: ['2026-04-01', '2026-04-01'],
  einddatum: ['2026-04-30', '2026-04-30'],
  geleverd_volume: [4, 240],
  eenheid: [Eenheid.Uur, Eenheid.Minuut],
  product_tarief_centen: [6_850, null],
  ingediend_bedrag_centen: [27_400, 27_400],
  debet_credit: [DebetCredit.Debet, DebetCredit.Credit],
};

describe('ingediende prestaties (a declaratie waiting for its beoordeling)', () => {
  it('should give back every column exactly, nulls included, from the compressed document', async () => {
    const opgeslagen = await verpakIngediend(ingediend);
    expect(opgeslagen.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(pakIngediendUit(opgeslagen)).toEqual(ingediend);
    expect(Object.keys(pakIngediendUit(opgeslagen)).sort()).toEqual([...INGEDIENDE_KOLOMMEN].sort());
  });

  it('should read the plain JSON that the migration wrote for declaraties then still open', () => {
    expect(pakIngediendUit(Buffer.from(JSON.stringify(ingediend), 'utf8'))).toEqual(ingediend);
  });
});
