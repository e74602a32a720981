import { DebetCredit, type Domein, type Retourcode } from '#keten/domain';
import type {
  Bericht305,
  Bericht306,
  Bericht307,
  Bericht308,
  Bericht315,
  Bericht316,
  Bericht317,
  Bericht318,
  Bericht319,
  Bericht325,
} from './berichten/bericht.types.js';
import type { Antwoord } from './berichten/verzoek.types.js';
import type { Declaratie323Kop, DeclaratieAntwoordClient, Prestatie } from './berichten/declaratie.types.js';
import type {
  BerichtIdentificatie,
  Header,
  TotaalBedragMetDebetCredit,
  XsdVersie,
} from './berichten/gemeenschappelijk.types.js';
import { bouwBericht } from './bouw-bericht.util.js';
import { berichtSchema } from './schema/berichten.schema.js';
import type { Complex } from './schema/schema.types.js';
import { XSD_VERSIE, berichtsoort } from './standaard.constant.js';
import type { Bevinding } from './validatie/bevinding.types.js';

export interface AfgewezenPrestatieInvoer {
  bsn: string;
  // Copied unchanged from the 323 (TR367).
  prestatie: Prestatie;
  retourCodes: Retourcode[];
}

export interface Maak325Invoer {
  // The 323 being answered (a parsed Bericht323, or the streamed header and Declaratie class).
  declaratie: { domein: Domein; header: Header; declaratie: Declaratie323Kop };
  berichtIdentificatie: BerichtIdentificatie;
  afgewezen: readonly AfgewezenPrestatieInvoer[];
  // Codes on the Declaratie class itself when it is rejected as a whole (e.g. 9333): then nothing is awarded (TR342).
  declaratieRetourCodes?: Retourcode[];
  xsltVersie?: string;
}

function getekend(b: TotaalBedragMetDebetCredit | { bedrag: number; debetCredit: DebetCredit }): number {
  const bedrag = 'totaalBedrag' in b ? b.totaalBedrag : b.bedrag;
  return b.debetCredit === DebetCredit.Credit ? -bedrag : bedrag;
}

function totaal(getal: number): TotaalBedragMetDebetCredit {
  // A zero total is debet (CS325 by analogy).
  return getal < 0
    ? { totaalBedrag: -getal, debetCredit: DebetCredit.Credit }
    : { totaalBedrag: getal, debetCredit: DebetCredit.Debet };
}

// The 325 for a 323 (istandaarden.md 3.4 F): header linked to the 323 (TR337/TR371), only the rejected Prestaties
// grouped per client (OP303/OP304), TotaalToegekendBedrag = ingediend − Σ afgewezen (TR342), 8001 when all is awarded.
export function maak325(invoer: Maak325Invoer): Bericht325 {
  const { domein, header: heen, declaratie } = invoer.declaratie;
  const klasseAfgewezen = invoer.declaratieRetourCodes?.some((c) => c !== '0200') ?? false;
  const perClient = new Map<string, DeclaratieAntwoordClient>();
  let afgewezenSom = 0;
  if (!klasseAfgewezen) {
    for (const a of invoer.afgewezen) {
      let client = perClient.get(a.bsn);
      if (!client) {
        client = { bsn: a.bsn, prestaties: [], retourCodes: ['0200'] };
        perClient.set(a.bsn, client);
      }
      client.prestaties.push({ ...a.prestatie, retourCodes: [...a.retourCodes] });
      afgewezenSom += getekend(a.prestatie.ingediendBedrag);
    }
  }
  const ingediend = getekend(declaratie.totaalIngediendBedrag);
  const toegekend = klasseAfgewezen ? 0 : ingediend - afgewezenSom;
  const clienten = [...perClient.values()];
  return {
    domein,
    berichtType: '325',
    berichtsoort: berichtsoort(domein, '325'),
    header: {
      afzender: heen.ontvanger,
      ontvanger: heen.afzender,
      berichtIdentificatie: invoer.berichtIdentificatie,
      xsdVersie: { ...XSD_VERSIE },
      declaratieIdentificatie: heen.berichtIdentificatie,
      ...(invoer.xsltVersie ? { xsltVersie: invoer.xsltVersie } : {}),
      xsdVersieDeclaratie: heen.xsdVersie,
      retourCodes: ['0200'],
    },
    declaratieAntwoord: {
      declaratieNummer: declaratie.declaratieNummer,
      totaalIngediendBedrag: declaratie.totaalIngediendBedrag,
      totaalToegekendBedrag: totaal(toegekend),
      ...(clienten.length > 0 ? { clienten } : {}),
      retourCodes: klasseAfgewezen ? invoer.declaratieRetourCodes! : clienten.length === 0 ? ['8001'] : ['0200'],
    },
  };
}

export function bouw325(invoer: Maak325Invoer): string {
  return bouwBericht(maak325(invoer));
}

// A 325 for a 323 that was technically rejected (0001): no DeclaratieAntwoord, the whole message counts as not sent.
export function maakTechnischeAfwijzing325(invoer: {
  domein: Domein;
  afzender: string;
  ontvanger: string;
  berichtIdentificatie: BerichtIdentificatie;
  declaratieIdentificatie: BerichtIdentificatie;
  xsdVersieDeclaratie: XsdVersie;
}): Bericht325 {
  const { domein, declaratieIdentificatie, xsdVersieDeclaratie, ...rest } = invoer;
  return {
    domein,
    berichtType: '325',
    berichtsoort: berichtsoort(domein, '325'),
    header: {
      ...rest,
      xsdVersie: { ...XSD_VERSIE },
      declaratieIdentificatie,
      xsdVersieDeclaratie,
      retourCodes: ['0001'],
    },
  };
}

type Heen = Bericht305 | Bericht307 | Bericht315 | Bericht317;
type RetourVan<H extends Heen> = H extends Bericht305
  ? Bericht306
  : H extends Bericht307
    ? Bericht308
    : H extends Bericht315
      ? Bericht316
      : Bericht318;
const RETOUR_TYPE = { '305': '306', '307': '308', '315': '316', '317': '318' } as const;

export interface MaakRetourInvoer {
  identificatieRetour: string;
  dagtekeningRetour: string;
  xsltVersie?: string;
  bevindingen: readonly Bevinding[];
}

// Walks the body along its schema, copying it and closing every class of the message namespace with its RetourCodes.
function metCodes(
  type: Complex,
  obj: Record<string, unknown>,
  pad: string,
  codes: Map<string, Retourcode[]>,
): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const veld of type.velden) {
    const waarde = obj[veld.sleutel];
    if (waarde === undefined) continue;
    const veldPad = `${pad}/${veld.element}`;
    if (veld.type.soort === 'complex' && !veld.type.basis) {
      uit[veld.sleutel] = metCodes(veld.type, waarde as Record<string, unknown>, veldPad, codes);
    } else if (veld.type.soort === 'lijst' && veld.type.type.soort === 'complex' && !veld.type.type.basis) {
      const itemType = veld.type.type;
      const item = veld.type.item;
      uit[veld.sleutel] = (waarde as Record<string, unknown>[]).map((w, i) =>
        metCodes(itemType, w, `${veldPad}/${item}[${i + 1}]`, codes),
      );
    } else {
      uit[veld.sleutel] = waarde;
    }
  }
  uit.retourCodes = codes.get(pad) ?? ['0200'];
  return uit;
}

function klassePaden(type: Complex, obj: Record<string, unknown>, pad: string, uit: Set<string>): void {
  uit.add(pad);
  for (const veld of type.velden) {
    const waarde = obj[veld.sleutel];
    if (waarde === undefined) continue;
    if (veld.type.soort === 'complex' && !veld.type.basis)
      klassePaden(veld.type, waarde as Record<string, unknown>, `${pad}/${veld.element}`, uit);
    if (veld.type.soort === 'lijst' && veld.type.type.soort === 'complex' && !veld.type.type.basis) {
      const { item, type: itemType } = veld.type;
      (waarde as Record<string, unknown>[]).forEach((w, i) =>
        klassePaden(itemType as Complex, w, `${pad}/${veld.element}/${item}[${i + 1}]`, uit),
      );
    }
  }
}

// The technical retour (306/308/316/318) on an inbound 305/307/315/317: every finding lands on the class that holds
// the offending element; classes without findings get 0200. Only sent with a body when the body has findings (OP065).
export function maakRetour<H extends Heen>(heen: H, invoer: MaakRetourInvoer): RetourVan<H> {
  const schema = berichtSchema(heen.domein, heen.berichtType);
  const clientVeld = schema.velden.find((v) => v.element === 'Client')!;
  const client = (heen as unknown as { client: Record<string, unknown> }).client;
  const paden = new Set<string>(['/Bericht/Header']);
  klassePaden(clientVeld.type as Complex, client, '/Bericht/Client', paden);
  const codes = new Map<string, Retourcode[]>();
  for (const b of invoer.bevindingen) {
    let pad = b.pad;
    while (pad && !paden.has(pad)) pad = pad.slice(0, pad.lastIndexOf('/'));
    const klasse = pad || '/Bericht/Header';
    const lijst = codes.get(klasse) ?? [];
    if (!lijst.includes(b.retourcode)) lijst.push(b.retourcode);
    codes.set(klasse, lijst);
  }
  const bodyHeeftBevindingen = [...codes.keys()].some((k) => k !== '/Bericht/Header');
  const type = RETOUR_TYPE[heen.berichtType];
  return {
    domein: heen.domein,
    berichtType: type,
    berichtsoort: berichtsoort(heen.domein, type),
    header: {
      ...heen.header,
      identificatieRetour: invoer.identificatieRetour,
      dagtekeningRetour: invoer.dagtekeningRetour,
      ...(invoer.xsltVersie ? { xsltVersie: invoer.xsltVersie } : {}),
      xsdVersieRetour: { ...XSD_VERSIE },
      retourCodes: codes.get('/Bericht/Header') ?? ['0200'],
    },
    ...(bodyHeeftBevindingen ? { client: metCodes(clientVeld.type as Complex, client, '/Bericht/Client', codes) } : {}),
  } as unknown as RetourVan<H>;
}

/**
 * The antwoordbericht (319) on a VOT/VOW: gemeente → aanbieder, one per ReferentieAanbieder. VerzoekAntwoord 1
 * (afgewezen) carries its RedenAfwijzingVerzoek (CD085), 2 (in onderzoek) none (CD086); iJw adds the responsible
 * gemeente when refused for woonplaatsbeginsel (TR377/TR409).
 */
export function maak319(invoer: {
  domein: Domein;
  afzender: string;
  ontvanger: string;
  berichtIdentificatie: BerichtIdentificatie;
  antwoord: Antwoord;
}): Bericht319 {
  const { domein, antwoord, ...header } = invoer;
  return {
    domein,
    berichtType: '319',
    berichtsoort: berichtsoort(domein, '319'),
    header: { ...header, xsdVersie: { ...XSD_VERSIE } },
    antwoord,
  };
}
