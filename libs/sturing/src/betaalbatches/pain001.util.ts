/** The parts of a betaalbatch a SEPA credit transfer file needs. */
export interface Pain001Batch {
  nummer: string;
  aangemaaktOp: Date;
  uitvoeringsdatum: string;
  betaler: { naam: string; iban: string };
  regels: { kenmerk: string; naam: string; iban: string; bedragCenten: number; omschrijving: string }[];
}

const NS = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

/**
 * EPC SCT customer-to-PSP (EPC132-08 2023 v1.0, pain.001.001.09): one PmtInf, one CdtTrfTxInf per aanbieder.
 * Text in the SEPA Latin character set only (other characters become a space or their base letter), names ≤ 70.
 */
export function bouwPain001(b: Pain001Batch): string {
  const totaal = b.regels.reduce((s, r) => s + r.bedragCenten, 0);
  const transacties = b.regels
    .map(
      (r) => `
      <CdtTrfTxInf>
        <PmtId><EndToEndId>${tekst(r.kenmerk, 35)}</EndToEndId></PmtId>
        <Amt><InstdAmt Ccy="EUR">${euro(r.bedragCenten)}</InstdAmt></Amt>
        <Cdtr><Nm>${tekst(r.naam, 70)}</Nm></Cdtr>
        <CdtrAcct><Id><IBAN>${r.iban}</IBAN></Id></CdtrAcct>
        <RmtInf><Ustrd>${tekst(r.omschrijving, 140)}</Ustrd></RmtInf>
      </CdtTrfTxInf>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="${NS}">
  <CstmrCdtTrfInitn>
    <GrpHdr>
      <MsgId>${tekst(b.nummer, 35)}</MsgId>
      <CreDtTm>${b.aangemaaktOp.toISOString().slice(0, 19)}</CreDtTm>
      <NbOfTxs>${b.regels.length}</NbOfTxs>
      <CtrlSum>${euro(totaal)}</CtrlSum>
      <InitgPty><Nm>${tekst(b.betaler.naam, 70)}</Nm></InitgPty>
    </GrpHdr>
    <PmtInf>
      <PmtInfId>${tekst(b.nummer, 35)}</PmtInfId>
      <PmtMtd>TRF</PmtMtd>
      <BtchBookg>true</BtchBookg>
      <NbOfTxs>${b.regels.length}</NbOfTxs>
      <CtrlSum>${euro(totaal)}</CtrlSum>
      <PmtTpInf><SvcLvl><Cd>SEPA</Cd></SvcLvl></PmtTpInf>
      <ReqdExctnDt><Dt>${b.uitvoeringsdatum}</Dt></ReqdExctnDt>
      <Dbtr><Nm>${tekst(b.betaler.naam, 70)}</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>${b.betaler.iban}</IBAN></Id></DbtrAcct>
      <DbtrAgt><FinInstnId><Othr><Id>NOTPROVIDED</Id></Othr></FinInstnId></DbtrAgt>
      <ChrgBr>SLEV</ChrgBr>${transacties}
    </PmtInf>
  </CstmrCdtTrfInitn>
</Document>
`;
}

export function euro(centen: number): string {
  return `${Math.trunc(centen / 100)}.${String(centen % 100).padStart(2, '0')}`;
}

/** SEPA Latin set (EPC217-08): a-z A-Z 0-9 / - ? : ( ) . , ' + and space; accents to their base letter; escaped for XML. */
export function tekst(invoer: string, max: number): string {
  const latijn = invoer
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9/\-?:().,'+ ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
  return latijn.replace(/'/g, '&apos;');
}
