import PDFDocument from 'pdfkit';
import { MICROPUNTEN_PER_PUNT, type BriefBeoordeling, type Gunningsbrief } from '#keten/domain';

const punten = (micropunten: number) => (micropunten / Number(MICROPUNTEN_PER_PUNT)).toFixed(2).replace('.', ',');

function datum(d: string): string {
  const [j, m, dag] = d.split('-');
  return `${dag}-${m}-${j}`;
}

function tabel(doc: PDFKit.PDFDocument, b: BriefBeoordeling): void {
  for (const c of b.criteria) {
    const score = c.soort === 'kwaliteit' ? `score ${c.score} van ${c.maximumScore}, ` : '';
    doc.text(`• ${c.naam} (weging ${c.weging}): ${score}${punten(c.micropunten)} punten`);
    if (c.motivering) doc.fillColor('#444').text(`   ${c.motivering}`).fillColor('black');
  }
  doc.text(`Totaal: ${punten(b.totaalMicropunten)} punten (rang ${b.rang} van ${b.aantalGerangschikt})`);
}

/** The letter as a PDF (A4): the same data as the JSON, in the order art. 2.130 Aw asks for it. */
export function gunningsbriefPdf(brief: Gunningsbrief): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `Gunningsbeslissing ${brief.aanbesteding}`, Author: 'Keten' },
  });
  const delen: Buffer[] = [];
  doc.on('data', (d: Buffer) => delen.push(d));
  const klaar = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });
  doc
    .fontSize(16)
    .text(
      `${brief.besluit === 'gegund' ? 'Voorlopige gunningsbeslissing' : 'Voorlopige gunningsbeslissing: afwijzing'}`,
    );
  doc.moveDown(0.5).fontSize(10);
  doc.text(`Aan: ${brief.inschrijver.naam}`);
  doc.text(`Aanbesteding: ${brief.aanbesteding} (${brief.procedure})`);
  doc.text(`Perceel: ${brief.perceel.id} ${brief.perceel.naam}`);
  doc.text(`Datum van de beslissing: ${datum(brief.voorlopigOp)}`);
  doc.moveDown();
  doc.fontSize(12).text('Beslissing en redenen').fontSize(10);
  for (const r of brief.redenen) doc.text(r);
  if (brief.eigen) {
    doc.moveDown().fontSize(12).text('Uw beoordeling').fontSize(10);
    tabel(doc, brief.eigen);
  }
  for (const w of brief.gegund) {
    doc.moveDown().fontSize(12).text(`Beoordeling van de gegunde inschrijving: ${w.naam}`).fontSize(10);
    tabel(doc, w);
  }
  if (brief.relatieveVoordelen.length) {
    doc.moveDown().fontSize(12).text('Kenmerken en relatieve voordelen van de gegunde inschrijving(en)').fontSize(10);
    for (const v of brief.relatieveVoordelen) doc.text(`• ${v}`);
  }
  doc.moveDown().fontSize(12).text('Opschortende termijn').fontSize(10);
  doc.text(
    brief.standstillEinddatum
      ? `De opschortende termijn (art. 2.127 Aw) loopt tot en met ${datum(brief.standstillEinddatum)}. Wie het niet eens is met deze beslissing, kan tot en met die dag een kort geding aanhangig maken; de gunning wacht dan op de uitspraak. Daarna wordt definitief gegund.`
      : 'Voor deze procedure geldt geen opschortende termijn.',
  );
  doc.end();
  return klaar;
}
