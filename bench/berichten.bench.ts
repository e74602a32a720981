// `npm run bench -- berichten [--mb 24.5]`: generates a ~25 MB JW323 (OP179's limit) in memory, streams it through
// the safe parser with the within-message validation on, and prints prestaties per second and peak memory.
import { DebetCredit, Domein, Eenheid } from '#keten/domain';
import {
  bouwBericht,
  leesDeclaratieStroom,
  maakHeader,
  parseBericht,
  type Bericht323,
  type DeclaratieClient,
} from '#keten/istandaarden';

function optie(args: string[], naam: string, standaard: number): number {
  const i = args.indexOf(`--${naam}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : standaard;
}

// Builds the 323 from the real builder (so it is XSD-shaped), growing client by client until the target size.
export function genereer323(doelBytes: number): { xml: string; prestaties: number } {
  const client = (n: number): DeclaratieClient => {
    // A BSN that passes the elfproef: adjust the last digit so the weighted sum is divisible by 11.
    const basis = String(100000000 + n).slice(1, 9);
    let som = 0;
    for (let i = 0; i < 8; i++) som += (9 - i) * Number(basis[i]);
    const rest = som % 11;
    const bsn = rest === 10 ? '999900006' : basis + String(rest);
    return {
      bsn,
      prestaties: [0, 1, 2, 3].map((j) => ({
        productReferentie: { referentieNummer: `R${n}-${j}` },
        toewijzingNummer: 100000 + n,
        productCategorie: '45',
        productCode: '45A03',
        productPeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
        geleverdVolume: 4 + j,
        eenheid: Eenheid.Uur,
        productTarief: 1250,
        ingediendBedrag: { bedrag: (4 + j) * 1250, debetCredit: DebetCredit.Debet },
      })),
    };
  };
  const bericht = (clienten: DeclaratieClient[]): Bericht323 => {
    const totaal = clienten.reduce((s, c) => s + c.prestaties.reduce((t, p) => t + p.ingediendBedrag.bedrag, 0), 0);
    return {
      domein: Domein.Jeugd,
      berichtType: '323',
      berichtsoort: 'JW323',
      header: maakHeader({
        afzender: '65656055',
        ontvanger: '0384',
        berichtIdentificatie: { identificatie: 'BENCH1', dagtekening: '2026-05-06' },
      }),
      declaratie: {
        declaratieNummer: 'BENCH1',
        declaratiePeriode: { begindatum: '2026-04-01', einddatum: '2026-04-30' },
        declaratieDagtekening: '2026-05-06',
        totaalIngediendBedrag: { totaalBedrag: totaal, debetCredit: DebetCredit.Debet },
        clienten,
      },
    };
  };
  // Built in batches of clients and spliced together, so the generator never holds one huge object graph.
  const leeg = bouwBericht(bericht([client(0)]));
  const open = leeg.indexOf('<jw323:Client>');
  const sluit = leeg.lastIndexOf('</jw323:Client>') + '</jw323:Client>'.length;
  const delen: string[] = [];
  let grootte = leeg.length;
  let totaal = 0;
  let n = 0;
  for (;;) {
    const batch = Array.from({ length: 100 }, (_, i) => client(n + i + 1));
    const xml = bouwBericht(bericht(batch));
    const deel = xml.slice(
      xml.indexOf('<jw323:Client>') - 3,
      xml.lastIndexOf('</jw323:Client>') + '</jw323:Client>'.length,
    );
    if (grootte + Buffer.byteLength(deel) > doelBytes) break;
    n += batch.length;
    totaal += batch.reduce((s, c) => s + c.prestaties.reduce((t, p) => t + p.ingediendBedrag.bedrag, 0), 0);
    delen.push(deel);
    grootte += Buffer.byteLength(deel);
  }
  const kop = leeg.slice(0, open - 3).replace(/<ijw:TotaalBedrag>[0-9]+</, `<ijw:TotaalBedrag>${totaal}<`);
  return { xml: kop + delen.join('') + leeg.slice(sluit), prestaties: n * 4 };
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export async function run(args: string[]): Promise<void> {
  const doel = optie(args, 'mb', 24.5) * 1024 * 1024;
  const { xml, prestaties } = genereer323(doel);
  const bytes = Buffer.from(xml);
  console.log(`JW323: ${mb(bytes.byteLength)} MB, ${prestaties} prestaties`);

  // The generated string and its objects are garbage now; measure from here.
  let piekHeap = process.memoryUsage().heapUsed;
  const basisHeap = piekHeap;
  const rssVoor = process.memoryUsage().rss;
  let gelezen = 0;
  const start = process.hrtime.bigint();
  const resultaat = await leesDeclaratieStroom(bytes, {
    valideer: true,
    opClient: (c, i) => {
      gelezen += c.prestaties.length;
      if (i % 500 === 0) piekHeap = Math.max(piekHeap, process.memoryUsage().heapUsed);
    },
  });
  const seconden = Number(process.hrtime.bigint() - start) / 1e9;
  if (!resultaat.ok) throw new Error(`parse failed: ${resultaat.reden} at ${resultaat.pad}`);
  if (resultaat.bevindingen.length > 0) throw new Error(`unexpected findings: ${resultaat.bevindingen[0].toelichting}`);

  console.log(
    `streaming (leesDeclaratieStroom, with validation): ${seconden.toFixed(2)} s, ${Math.round(gelezen / seconden).toLocaleString('en')} prestaties/s, ${(bytes.byteLength / (1024 * 1024) / seconden).toFixed(1)} MB/s`,
  );
  console.log(
    `  heap growth during parse: ${mb(piekHeap - basisHeap)} MB (peak heapUsed ${mb(piekHeap)} MB); rss before ${mb(rssVoor)} MB`,
  );

  const start2 = process.hrtime.bigint();
  const volledig = parseBericht(bytes);
  const seconden2 = Number(process.hrtime.bigint() - start2) / 1e9;
  if (!volledig.ok) throw new Error(volledig.reden);
  console.log(
    `full object (parseBericht): ${seconden2.toFixed(2)} s, ${Math.round(prestaties / seconden2).toLocaleString('en')} prestaties/s, heapUsed after ${mb(process.memoryUsage().heapUsed)} MB`,
  );
  console.log(`peak RSS of the process: ${mb(process.resourceUsage().maxRSS * 1024)} MB`);
}
