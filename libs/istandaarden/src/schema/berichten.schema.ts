import { Domein } from '#keten/domain';
import { BERICHT_CODES, RELEASE, type BerichtType } from '../standaard.constant.js';
import {
  CDT,
  LDT,
  NAAM,
  bericht,
  lijst,
  optioneel,
  productType,
  redenBeeindigingType,
  productCategorieType,
  vast,
  veld,
} from './bouwstenen.util.js';
import type { Complex, Veld } from './schema.types.js';

// The message structures of the 3.2 XSDs (WMO301.xsd, JW323.xsd ...). Retourberichten (302/306/308/316/318/320)
// are derived from their heenbericht the way the XSDs do it: the same header plus retour fields, the same classes
// each closed by RetourCodes, the body optional.

type Richting = 'vanGemeente' | 'vanAanbieder';

function header(domein: Domein, type: BerichtType, richting: Richting, extra: Veld[] = []): Complex {
  const [afzender, ontvanger] = richting === 'vanGemeente' ? [LDT.Gemeente, LDT.AgbCode] : [LDT.AgbCode, LDT.Gemeente];
  return bericht(
    veld('BerichtCode', vast('LDT_BerichtCode', BERICHT_CODES[domein][type])),
    veld('BerichtVersie', vast('LDT_BerichtVersie', String(RELEASE.versie))),
    veld('BerichtSubversie', vast('LDT_BerichtSubversie', String(RELEASE.subversie))),
    veld('Afzender', afzender),
    veld('Ontvanger', ontvanger),
    veld('BerichtIdentificatie', CDT.BerichtIdentificatie),
    veld('XsdVersie', CDT.XsdVersie),
    ...extra,
  );
}

const retourCodes = (verplicht = true): Veld => lijst('RetourCodes', 'RetourCode', LDT.RetourCode, verplicht);

function toegewezenProduct(domein: Domein): Complex {
  return bericht(
    veld('ToewijzingNummer', LDT.Nummer),
    optioneel('ReferentieAanbieder', LDT.Referentie),
    optioneel('Product', productType(domein)),
    veld('Toewijzingsdatum', LDT.Datum),
    veld('Toewijzingstijd', LDT.Tijd),
    veld('Ingangsdatum', LDT.Datum),
    optioneel('Einddatum', LDT.Datum),
    optioneel('RedenWijziging', LDT.RedenWijziging),
    optioneel('Omvang', CDT.Omvang),
    optioneel('Budget', LDT.Budget),
    optioneel('Commentaar', LDT.Commentaar),
  );
}

const contact = bericht(
  veld('Soort', LDT.AdresSoort),
  optioneel('Adres', CDT.Adres),
  optioneel('Organisatie', LDT.Organisatienaam),
  optioneel('Telefoon', CDT.Telefoonnummers),
  optioneel('Emailadres', LDT.Emailadres),
  optioneel('Periode', CDT.OpenPeriode),
);

function body301(domein: Domein): Veld {
  return veld(
    'Client',
    bericht(
      veld('Bsn', LDT.BurgerServicenummer),
      veld('Geboortedatum', CDT.Geboortedatum),
      veld('Geslacht', LDT.Geslacht),
      veld('Naam', NAAM.Volledig),
      optioneel('Communicatie', CDT.Communicatie),
      optioneel('JuridischeStatus', LDT.JuridischeStatus),
      optioneel('WettelijkeVertegenwoordiging', LDT.WettelijkeVertegenwoordiging),
      optioneel('Commentaar', LDT.Commentaar),
      lijst(
        'Relaties',
        'Relatie',
        bericht(
          veld('Nummer', LDT.Persoonsid),
          optioneel('Volgorde', LDT.RelatieVolgorde),
          veld('Soort', LDT.SoortRelatie),
          optioneel('Geboortedatum', CDT.Geboortedatum),
          optioneel('Geslacht', LDT.Geslacht),
          veld('Naam', NAAM.Volledig),
          veld('Contact', contact),
        ),
        false,
      ),
      lijst('Contactgegevens', 'Contact', contact),
      lijst('ToegewezenProducten', 'ToegewezenProduct', toegewezenProduct(domein)),
    ),
  );
}

const regieClient = (lijstElement: string, item: string, product: Complex): Veld =>
  veld(
    'Client',
    bericht(
      veld('Bsn', LDT.BurgerServicenummer),
      veld('Geboortedatum', CDT.Geboortedatum),
      veld('Geslacht', LDT.Geslacht),
      veld('Naam', NAAM.Verkort),
      lijst(lijstElement, item, product),
    ),
  );

function body305(domein: Domein): Veld {
  return regieClient(
    'StartProducten',
    'StartProduct',
    bericht(
      optioneel('ToewijzingNummer', LDT.Nummer),
      optioneel('Product', productType(domein)),
      optioneel('ToewijzingIngangsdatum', LDT.Datum),
      veld('Begindatum', LDT.Datum),
      veld('StatusAanlevering', LDT.StatusAanlevering),
    ),
  );
}

function body307(domein: Domein): Veld {
  return regieClient(
    'StopProducten',
    'StopProduct',
    bericht(
      optioneel('ToewijzingNummer', LDT.Nummer),
      optioneel('Product', productType(domein)),
      optioneel('ToewijzingIngangsdatum', LDT.Datum),
      veld('Begindatum', LDT.Datum),
      veld('RedenBeeindiging', redenBeeindigingType(domein)),
      veld('Einddatum', LDT.Datum),
      veld('StatusAanlevering', LDT.StatusAanlevering),
    ),
  );
}

function body315(domein: Domein): Veld {
  return veld(
    'Client',
    bericht(
      veld('Bsn', LDT.BurgerServicenummer),
      veld('Geboortedatum', CDT.Geboortedatum),
      veld('Geslacht', LDT.Geslacht),
      veld('Naam', NAAM.Verkort),
      // iJw only (JW315/JW316): whether a gezagsdrager is known.
      ...(domein === Domein.Jeugd ? [optioneel('GezagsdragerBekend', LDT.JaNee)] : []),
      optioneel('Commentaar', LDT.Commentaar),
      lijst(
        'AangevraagdeProducten',
        'AangevraagdProduct',
        bericht(
          veld('ReferentieAanbieder', LDT.Referentie),
          optioneel('BeschikkingNummer', LDT.Nummer),
          optioneel('Product', productType(domein)),
          optioneel('BeschikkingIngangsdatum', LDT.Datum),
          veld('ToewijzingIngangsdatum', LDT.Datum),
          optioneel('ToewijzingEinddatum', LDT.Datum),
          optioneel('Omvang', CDT.Omvang),
          optioneel('Budget', LDT.Budget),
          veld('Verwijzer', CDT.Verwijzer),
          optioneel('Raamcontract', LDT.JaNee),
          optioneel('Commentaar', LDT.Commentaar),
        ),
      ),
    ),
  );
}

function body317(domein: Domein): Veld {
  return veld(
    'Client',
    bericht(
      veld('Bsn', LDT.BurgerServicenummer),
      veld(
        'Verzoek',
        bericht(
          veld('ReferentieAanbieder', LDT.Referentie),
          veld('RedenVerzoek', LDT.RedenVerzoek),
          lijst('OngewijzigdeProducten', 'OngewijzigdProduct', bericht(veld('ToewijzingNummer', LDT.Nummer)), false),
          lijst(
            'TeWijzigenProducten',
            'TeWijzigenProduct',
            bericht(
              veld('ToewijzingNummer', LDT.Nummer),
              veld('GewensteIngangsdatum', LDT.Datum),
              optioneel('Einddatum', LDT.Datum),
              optioneel('Omvang', CDT.Omvang),
              optioneel('Budget', LDT.Budget),
            ),
            false,
          ),
          lijst(
            'NieuweProducten',
            'NieuwProduct',
            bericht(
              optioneel('Product', productType(domein)),
              veld('GewensteIngangsdatum', LDT.Datum),
              optioneel('Einddatum', LDT.Datum),
              optioneel('Omvang', CDT.Omvang),
              optioneel('Budget', LDT.Budget),
            ),
            false,
          ),
        ),
      ),
    ),
  );
}

function body319(domein: Domein): Veld {
  return veld(
    'Antwoord',
    bericht(
      veld('ReferentieAanbieder', LDT.Referentie),
      veld('VerzoekAntwoord', LDT.VerzoekAntwoord),
      optioneel('RedenAfwijzingVerzoek', LDT.RedenAfwijzingVerzoek),
      // iJw only (JW319, TR377/TR409): the responsible gemeente when refused for woonplaatsbeginsel.
      ...(domein === Domein.Jeugd ? [optioneel('Woonplaatsbeginsel', bericht(veld('Gemeente', LDT.Gemeente)))] : []),
    ),
  );
}

function prestatie(domein: Domein, extra: Veld[] = []): Complex {
  return bericht(
    veld('ProductReferentie', CDT.Referentie),
    veld('ToewijzingNummer', LDT.Nummer),
    veld('ProductCategorie', productCategorieType(domein)),
    veld('ProductCode', LDT.ProductCode),
    veld('ProductPeriode', CDT.GeslotenPeriode),
    veld('GeleverdVolume', LDT.Volume),
    veld('Eenheid', LDT.Eenheid),
    optioneel('ProductTarief', LDT.Bedrag),
    veld('IngediendBedrag', CDT.BedragMetDC),
    ...extra,
  );
}

export const DECLARATIE_CLIENT_PAD = ['Bericht', 'Declaratie', 'Clienten', 'Client'] as const;

export function client323(domein: Domein): Complex {
  return bericht(veld('Bsn', LDT.BurgerServicenummer), lijst('Prestaties', 'Prestatie', prestatie(domein)));
}

function body323(domein: Domein): Veld {
  return veld(
    'Declaratie',
    bericht(
      veld('DeclaratieNummer', LDT.DeclaratieNummer323),
      veld('DeclaratiePeriode', CDT.GeslotenPeriode),
      veld('DeclaratieDagtekening', LDT.Datum),
      veld('TotaalIngediendBedrag', CDT.TotaalBedragMetDC),
      lijst('Clienten', 'Client', client323(domein)),
    ),
  );
}

function schema325(domein: Domein): Complex {
  return bericht(
    veld(
      'Header',
      header(domein, '325', 'vanGemeente', [
        veld('DeclaratieIdentificatie', CDT.BerichtIdentificatie),
        optioneel('XsltVersie', LDT.Versie),
        veld('XsdVersieDeclaratie', CDT.XsdVersie),
        retourCodes(),
      ]),
    ),
    optioneel(
      'DeclaratieAntwoord',
      bericht(
        veld('DeclaratieNummer', LDT.IdentificatieDeclaratie),
        veld('TotaalIngediendBedrag', CDT.TotaalBedragMetDC),
        veld('TotaalToegekendBedrag', CDT.TotaalBedragMetDC),
        lijst(
          'Clienten',
          'Client',
          bericht(
            veld('Bsn', LDT.BurgerServicenummer),
            lijst('Prestaties', 'Prestatie', prestatie(domein, [retourCodes()])),
            retourCodes(),
          ),
          false,
        ),
        retourCodes(),
      ),
    ),
  );
}

// Every class of the message's own namespace gets RetourCodes as its last element (JW302.xsd, JW306.xsd ...).
function metRetourCodes(type: Complex): Complex {
  if (type.basis) return type;
  const velden = type.velden.map((v): Veld => {
    if (v.type.soort === 'complex') return { ...v, type: metRetourCodes(v.type) };
    if (v.type.soort === 'lijst' && v.type.type.soort === 'complex') {
      return { ...v, type: { ...v.type, type: metRetourCodes(v.type.type) } };
    }
    return v;
  });
  return bericht(...velden, retourCodes());
}

const HEEN: Record<'301' | '305' | '307' | '315' | '317' | '319', { body: (d: Domein) => Veld; richting: Richting }> = {
  '301': { body: body301, richting: 'vanGemeente' },
  '305': { body: body305, richting: 'vanAanbieder' },
  '307': { body: body307, richting: 'vanAanbieder' },
  '315': { body: body315, richting: 'vanAanbieder' },
  '317': { body: body317, richting: 'vanAanbieder' },
  '319': { body: body319, richting: 'vanGemeente' },
};

const RETOUR_OP: Record<'302' | '306' | '308' | '316' | '318' | '320', keyof typeof HEEN> = {
  '302': '301',
  '306': '305',
  '308': '307',
  '316': '315',
  '318': '317',
  '320': '319',
};

function maakSchema(domein: Domein, type: BerichtType): Complex {
  if (type === '325') return schema325(domein);
  if (type === '323') return bericht(veld('Header', header(domein, type, 'vanAanbieder')), body323(domein));
  if (type in HEEN) {
    const heen = HEEN[type as keyof typeof HEEN];
    return bericht(veld('Header', header(domein, type, heen.richting)), heen.body(domein));
  }
  const heenType = RETOUR_OP[type as keyof typeof RETOUR_OP];
  const heen = HEEN[heenType];
  const body = heen.body(domein);
  const retourHeader = header(domein, type, heen.richting, [
    veld('IdentificatieRetour', LDT.IdentificatieBericht),
    veld('DagtekeningRetour', LDT.Datum),
    optioneel('XsltVersie', LDT.Versie),
    veld('XsdVersieRetour', CDT.XsdVersie),
    retourCodes(false),
  ]);
  return bericht(veld('Header', retourHeader), {
    ...body,
    verplicht: false,
    type: metRetourCodes(body.type as Complex),
  });
}

const CACHE = new Map<string, Complex>();

export function berichtSchema(domein: Domein, type: BerichtType): Complex {
  const sleutel = `${domein}${type}`;
  let schema = CACHE.get(sleutel);
  if (!schema) {
    schema = maakSchema(domein, type);
    CACHE.set(sleutel, schema);
  }
  return schema;
}
