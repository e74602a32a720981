import { isGeldigBsn } from '../bsn/bsn.util.js';
import { Domein } from '../codelijsten/domein.enum.js';
import { EENHEID_OMSCHRIJVING } from '../codelijsten/eenheid.enum.js';
import { laatsteVanMaand, plusDagen, weekdag, type Kalenderdatum } from '../datum/kalenderdatum.util.js';
import type {
  Aanbesteding,
  Aanbieder,
  MiniCompetitieUitslag,
  Perceel,
  ProductTarief,
  RaamovereenkomstVoorstel,
} from '../inkoop/aanbesteding.types.js';
import { heeftKwaliteitscriterium } from '../inkoop/beoordeling.util.js';
import { geraamdeWaarde, maximaleEinddatum } from '../inkoop/drempel.util.js';
import { PROCEDURE_CONFIG } from '../inkoop/procedure-config.constant.js';
import { AanbestedingStatus, GunningMethode, Opdrachtsoort, Publicatie } from '../inkoop/procedure-type.enum.js';
import type {
  AanbestedingVersie,
  Contractwijziging,
  OcdsAward,
  OcdsContract,
  OcdsItem,
  OcdsLot,
  OcdsOpties,
  OcdsOrganization,
  OcdsOrganizationReference,
  OcdsPeriod,
  OcdsRecordPackage,
  OcdsRelease,
  OcdsRelatedProcess,
  OcdsReleasePackage,
  OcdsTechniques,
  OcdsValue,
} from './ocds.types.js';

/** The extension versions the tests validate against (libs/domain/src/ocds/schema/README.md). */
export const OCDS_EXTENSIES = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/8d3b52eb26ce0f1a015c91b665c120b17ef619a0/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/5568b00a8dd694a3d34441bdd9ef2bd3f9d44b11/extension.json',
] as const;

// Beyond 10^15 cents a decimal euro amount may no longer survive the round trip through a double.
const MAX_EXACTE_CENTEN = 1_000_000_000_000_000n;

/**
 * Integer cents to the euro number OCDS wants, exactly at the edge: the decimal string "E.CC" is parsed, which
 * yields the double nearest to that decimal, and JSON prints it back as the same "E.CC".
 */
export function centenNaarEuro(centen: number | bigint): number {
  const c = BigInt(centen);
  const abs = c < 0n ? -c : c;
  if (abs > MAX_EXACTE_CENTEN) throw new RangeError(`bedrag te groot voor exacte OCDS-weergave: ${c} cent`);
  return Number(`${c < 0n ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`);
}

function waarde(centen: number | bigint): OcdsValue {
  return { amount: centenNaarEuro(centen), currency: 'EUR' };
}

function laatsteZondag(jaar: number, maand: number): Kalenderdatum {
  const laatste = laatsteVanMaand(`${jaar}-${String(maand).padStart(2, '0')}-01`);
  return plusDagen(laatste, -(weekdag(laatste) % 7));
}

/**
 * A calendar date as an OCDS date-time in Europe/Amsterdam: the start (00:00:00) or the end (23:59:59) of the day,
 * with the offset in force then. Summer time runs from 02:00 on the last Sunday of March to 03:00 on the last
 * Sunday of October, so midnight of the March change day is still +01:00 and its evening +02:00.
 */
export function ocdsMoment(datum: Kalenderdatum, deel: 'begin' | 'eind'): string {
  const jaar = +datum.slice(0, 4);
  const maart = laatsteZondag(jaar, 3);
  const oktober = laatsteZondag(jaar, 10);
  const zomer = deel === 'begin' ? datum > maart && datum <= oktober : datum >= maart && datum < oktober;
  return `${datum}T${deel === 'begin' ? '00:00:00' : '23:59:59'}${zomer ? '+02:00' : '+01:00'}`;
}

type Weergave = 'volledig' | 'openbaar';

/** Keten's document types on the OCDS documentType codelist. */
const DOCUMENTSOORT: Record<string, string> = {
  aankondiging: 'tenderNotice',
  aanbestedingsleidraad: 'biddingDocuments',
  nota_van_inlichtingen: 'clarifications',
  proces_verbaal: 'evaluationReports',
  gunningsbeslissing: 'awardNotice',
  overig: 'tenderNotice',
};

/** The identifier scheme for a gemeente's CBS gemeentecode (not in org-id.guide; the code is the public key). */
export const CBS_SCHEMA = 'NL-CBS';

function aanbiederPartijId(a: Aanbieder): string {
  // A natural person's KvK number identifies the person: use the internal id only.
  return !a.natuurlijkPersoon && a.kvkNummer ? `NL-KVK-${a.kvkNummer}` : `keten-aanbieder-${a.id}`;
}

function aanbiederNaam(a: Aanbieder, weergave: Weergave): string {
  return weergave === 'openbaar' && a.natuurlijkPersoon ? 'Natuurlijk persoon (naam niet gepubliceerd, AVG)' : a.naam;
}

function aanbiederRef(a: Aanbieder, weergave: Weergave): OcdsOrganizationReference {
  return { id: aanbiederPartijId(a), name: aanbiederNaam(a, weergave) };
}

function classificatie(domein: Domein) {
  return domein === Domein.Wmo ? 'WMO020' : 'JZ020';
}

function productItems(aanbesteding: Aanbesteding, perceel: Perceel): OcdsItem[] {
  return perceel.producten.map((p) => {
    const prijs =
      p.prijs.soort === 'vast'
        ? (aanbesteding.onderhandelingsuitkomst?.tarieven[p.code] ?? p.prijs.tariefCenten)
        : p.prijs.soort === 'maximumtarief'
          ? p.prijs.maximumtariefCenten
          : undefined;
    return {
      id: `${perceel.id}-${p.code}`,
      description: p.omschrijving,
      classification: { scheme: classificatie(aanbesteding.domein), id: p.categorie },
      additionalClassifications: [
        { scheme: 'productcode', id: p.code, description: `${p.omschrijving} (${p.uitvoeringsvariant})` },
      ],
      unit: {
        scheme: 'WJ756',
        id: p.eenheid,
        name: EENHEID_OMSCHRIJVING[p.eenheid],
        ...(prijs !== undefined ? { value: waarde(prijs) } : {}),
      },
      relatedLot: perceel.id,
    };
  });
}

function tariefItems(ro: RaamovereenkomstVoorstel, aanbesteding: Aanbesteding): OcdsItem[] {
  return ro.producten.map((t: ProductTarief) => {
    const product = aanbesteding.percelen
      .find((p) => p.id === t.perceelId)
      ?.producten.find((p) => p.code === t.productcode);
    return {
      id: `${t.perceelId}-${t.productcode}`,
      description: product?.omschrijving ?? t.productcode,
      classification: { scheme: classificatie(ro.domein), id: t.categorie },
      additionalClassifications: [{ scheme: 'productcode', id: t.productcode }],
      unit: { scheme: 'WJ756', id: t.eenheid, name: EENHEID_OMSCHRIJVING[t.eenheid], value: waarde(t.tariefCenten) },
      relatedLot: t.perceelId,
    };
  });
}

function looptijdPeriode(begindatum: Kalenderdatum, einddatum: Kalenderdatum, maxEinddatum: Kalenderdatum): OcdsPeriod {
  return {
    startDate: ocdsMoment(begindatum, 'begin'),
    endDate: ocdsMoment(einddatum, 'eind'),
    maxExtentDate: ocdsMoment(maxEinddatum, 'eind'),
  };
}

function tenderStatus(a: Aanbesteding): string {
  const config = PROCEDURE_CONFIG[a.procedureType];
  switch (a.status) {
    case AanbestedingStatus.Concept:
      return 'planning';
    case AanbestedingStatus.Lopend:
      return config.stappen.toetreding !== 'geen' ? 'active' : 'complete';
    case AanbestedingStatus.Afgerond:
      return 'complete';
    case AanbestedingStatus.Ingetrokken:
      return 'cancelled';
    default:
      return 'active';
  }
}

function tags(a: Aanbesteding): string[] {
  switch (a.status) {
    case AanbestedingStatus.Concept:
      return ['planning'];
    case AanbestedingStatus.Ingetrokken:
      return ['tenderCancellation'];
    case AanbestedingStatus.VoorlopigGegund:
      return ['tender', 'award'];
    case AanbestedingStatus.Lopend:
      return a.raamovereenkomsten.length > 0 ? ['tender', 'award', 'contract'] : ['tender'];
    case AanbestedingStatus.Afgerond:
      return ['contractTermination'];
    default:
      return ['tender'];
  }
}

function gunningscriteriumOmschrijving(perceel: Perceel): string {
  if (perceel.gunningscriteria.length === 0)
    return `${perceel.id}: iedere aanbieder die aan de eisen voldoet (geen rangschikking)`;
  const delen = perceel.gunningscriteria.map((c) =>
    c.soort === 'prijs'
      ? `${c.naam} ${c.weging} punten (prijspunten = ${c.weging} × laagste beoordelingsprijs / eigen beoordelingsprijs)`
      : `${c.naam} ${c.weging} punten`,
  );
  return `${perceel.id}: beste prijs-kwaliteitverhouding; ${delen.join('; ')}`;
}

function awardCriteria(a: Aanbesteding): 'priceOnly' | 'qualityOnly' | 'ratedCriteria' | undefined {
  if (
    PROCEDURE_CONFIG[a.procedureType].stappen.miniCompetitie === 'veiling' &&
    !a.percelen.some(heeftKwaliteitscriterium)
  )
    return 'priceOnly';
  const criteria = a.percelen.flatMap((p) => p.gunningscriteria);
  if (criteria.length === 0) return undefined;
  if (criteria.every((c) => c.soort === 'prijs')) return 'priceOnly';
  return criteria.some((c) => c.soort === 'prijs') ? 'ratedCriteria' : 'qualityOnly';
}

function lotTechnieken(perceel: Perceel, methode: OcdsTechniques['frameworkAgreement']): OcdsTechniques {
  const g = perceel.gunning;
  return {
    hasFrameworkAgreement: true,
    frameworkAgreement: {
      method: methode!.method,
      ...(g.methode === GunningMethode.BesteN || g.methode === GunningMethode.MaximaalN
        ? { maximumParticipants: g.aantal }
        : {}),
      ...(g.methode === GunningMethode.Capaciteit ? { minimumParticipants: g.minimumAantal } : {}),
    },
  };
}

function dpsStatus(a: Aanbesteding): 'pending' | 'active' | 'cancelled' | 'terminated' {
  if (a.status === AanbestedingStatus.Concept) return 'pending';
  if (a.status === AanbestedingStatus.Ingetrokken) return 'cancelled';
  if (a.status === AanbestedingStatus.Afgerond) return 'terminated';
  return 'active';
}

/** Whatever a free text holds, a number that passes the BSN elfproef never leaves in a published string. */
function zonderBsn(tekst: string): string {
  return tekst.replace(/\b\d{9}\b/g, (m) => (isGeldigBsn(m) ? '[verwijderd]' : m));
}

function schoon<T>(waarde: T): T {
  if (typeof waarde === 'string') return zonderBsn(waarde) as T;
  if (Array.isArray(waarde)) return waarde.map(schoon) as T;
  if (waarde && typeof waarde === 'object') {
    return Object.fromEntries(Object.entries(waarde).map(([k, v]) => [k, schoon(v)])) as T;
  }
  return waarde;
}

function bouwRelease(a: Aanbesteding, opties: OcdsOpties, weergave: Weergave): OcdsRelease {
  const config = PROCEDURE_CONFIG[a.procedureType];
  const ocid = `${opties.ocidPrefix}-${a.id}`;
  const org = a.inkopendeOrganisatie;
  const koperCode = opties.organisaties?.[org.id]?.cbsCode;
  const koperId = koperCode
    ? `${CBS_SCHEMA}-${koperCode}`
    : org.kvkNummer
      ? `NL-KVK-${org.kvkNummer}`
      : `keten-organisatie-${org.id}`;
  const koper: OcdsOrganizationReference = { id: koperId, name: org.naam };
  const maxEinde = maximaleEinddatum(a.looptijd);
  const contractPeriode = looptijdPeriode(a.looptijd.begindatum, a.looptijd.einddatum, maxEinde);
  const maximumwaarde = a.percelen.reduce((s, p) => s + BigInt(p.maximumwaardeCenten ?? 0), 0n);

  // A gemeente is named, and identified by its CBS gemeentecode; the KvK number is an additional identifier.
  const cbs = (id: string) => opties.organisaties?.[id]?.cbsCode ?? null;
  const koperCbs = cbs(org.id);
  const kvk = org.kvkNummer ? { scheme: 'NL-KVK', id: org.kvkNummer, legalName: org.naam } : null;
  const parties: OcdsOrganization[] = [
    {
      ...koper,
      ...(koperCbs
        ? {
            identifier: { scheme: CBS_SCHEMA, id: koperCbs, legalName: org.naam },
            ...(kvk ? { additionalIdentifiers: [kvk] } : {}),
          }
        : kvk
          ? { identifier: kvk }
          : {}),
      ...(weergave === 'volledig' && org.contactpersoon ? { contactPoint: { name: org.contactpersoon } } : {}),
      roles: ['buyer', 'procuringEntity'],
    },
    ...a.deelnemendeGemeenten
      .filter((g) => g !== org.id)
      .map((g): OcdsOrganization => {
        const bekend = opties.organisaties?.[g];
        const code = cbs(g);
        return {
          id: code ? `${CBS_SCHEMA}-${code}` : `keten-organisatie-${g}`,
          name: bekend?.naam ?? `Gemeente ${g}`,
          ...(code ? { identifier: { scheme: CBS_SCHEMA, id: code, legalName: bekend!.naam } } : {}),
          roles: ['buyer'],
        };
      }),
  ];

  const voorstellenOpen = a.gunning && !a.gunning.definitiefOp ? a.gunning.voorstellen : [];
  const gegund = [...a.raamovereenkomsten, ...voorstellenOpen];
  const leveranciers = new Set(gegund.map((r) => r.aanbieder.id));
  const inschrijvers = new Map<string, Aanbieder>();
  for (const i of a.inschrijvingen) inschrijvers.set(i.aanbieder.id, i.aanbieder);
  for (const r of gegund) inschrijvers.set(r.aanbieder.id, r.aanbieder);
  for (const aanbieder of [...inschrijvers.values()].sort((x, y) => (x.id < y.id ? -1 : 1))) {
    const roles = [
      ...(weergave === 'volledig' && a.inschrijvingen.some((i) => i.aanbieder.id === aanbieder.id) ? ['tenderer'] : []),
      ...(leveranciers.has(aanbieder.id) ? ['supplier'] : []),
    ];
    if (roles.length === 0) continue;
    const openbaarNatuurlijk = weergave === 'openbaar' && aanbieder.natuurlijkPersoon;
    parties.push({
      ...aanbiederRef(aanbieder, weergave),
      ...(!aanbieder.natuurlijkPersoon && aanbieder.kvkNummer
        ? { identifier: { scheme: 'NL-KVK', id: aanbieder.kvkNummer, legalName: aanbieder.naam } }
        : {}),
      ...(aanbieder.natuurlijkPersoon && !openbaarNatuurlijk && aanbieder.kvkNummer
        ? { identifier: { scheme: 'NL-KVK', id: aanbieder.kvkNummer } }
        : {}),
      roles,
    });
  }

  const frameworkMethode = {
    method: a.vernieuwdeMededinging ? ('withReopeningCompetition' as const) : config.ocds.frameworkMethod,
  };
  const techniques: OcdsTechniques = {
    hasFrameworkAgreement: true,
    frameworkAgreement: {
      ...frameworkMethode,
      period: contractPeriode,
      value: waarde(maximumwaarde),
      ...(a.motiveringLangeLooptijd ? { periodRationale: a.motiveringLangeLooptijd } : {}),
      ...(a.deelnemendeGemeenten.length > 0
        ? {
            buyerCategories: `Deelnemende gemeenten: ${a.deelnemendeGemeenten.map((g) => opties.organisaties?.[g]?.naam ?? g).join(', ')}`,
          }
        : {}),
    },
    hasDynamicPurchasingSystem: config.ocds.dynamischAankoopsysteem,
    ...(config.ocds.dynamischAankoopsysteem
      ? { dynamicPurchasingSystem: { type: 'closed' as const, status: dpsStatus(a) } }
      : {}),
    hasElectronicAuction: config.ocds.elektronischeVeiling,
    ...(config.ocds.elektronischeVeiling
      ? {
          electronicAuction: {
            description: a.percelen.some(heeftKwaliteitscriterium)
              ? 'Besloten veiling per cliënt onder het maximumtarief; beste prijs-kwaliteitverhouding wint.'
              : 'Besloten veiling per cliënt onder het maximumtarief; laagste geldige bod wint.',
          },
        }
      : {}),
  };

  const lots: OcdsLot[] = a.percelen.map((p) => ({
    id: p.id,
    title: p.naam,
    status: tenderStatus(a),
    ...(p.maximumwaardeCenten !== undefined ? { value: waarde(p.maximumwaardeCenten) } : {}),
    contractPeriod: contractPeriode,
    techniques: lotTechnieken(p, frameworkMethode),
  }));

  const tenderPeriod: OcdsPeriod | undefined = a.inschrijfperiode
    ? {
        startDate: ocdsMoment(a.inschrijfperiode.begindatum, 'begin'),
        ...(a.inschrijfperiode.einddatum ? { endDate: ocdsMoment(a.inschrijfperiode.einddatum, 'eind') } : {}),
      }
    : config.stappen.toetreding !== 'geen' && a.publicatiedatum
      ? { startDate: ocdsMoment(a.publicatiedatum, 'begin'), endDate: ocdsMoment(maxEinde, 'eind') }
      : undefined;

  const procurementMethod =
    a.publicatie === Publicatie.Uitnodiging && config.ocds.procurementMethod === 'open'
      ? 'limited'
      : config.ocds.procurementMethod;
  const criteria = awardCriteria(a);
  const eisen = [...new Set(a.percelen.flatMap((p) => p.eisen.map((e) => `${e.omschrijving} (${e.soort})`)))];

  const tender = {
    id: a.id,
    title: a.naam,
    status: tenderStatus(a),
    procuringEntity: koper,
    items: a.percelen.flatMap((p) => productItems(a, p)),
    value: waarde(geraamdeWaarde(a)),
    procurementMethod,
    procurementMethodDetails: config.naam,
    ...(a.motiveringProcedurekeuze ? { procurementMethodRationale: a.motiveringProcedurekeuze } : {}),
    mainProcurementCategory:
      a.opdrachtsoort === Opdrachtsoort.Werken
        ? ('works' as const)
        : a.opdrachtsoort === Opdrachtsoort.Leveringen
          ? ('goods' as const)
          : ('services' as const),
    ...(criteria ? { awardCriteria: criteria } : {}),
    awardCriteriaDetails: a.percelen.map(gunningscriteriumOmschrijving).join(' | '),
    submissionMethod: ['electronicSubmission'],
    ...(tenderPeriod ? { tenderPeriod } : {}),
    contractPeriod: contractPeriode,
    ...(eisen.length > 0 ? { eligibilityCriteria: eisen.join('; ') } : {}),
    numberOfTenderers: new Set(a.inschrijvingen.map((i) => i.aanbieder.id)).size,
    ...(weergave === 'volledig'
      ? {
          tenderers: [
            ...new Map(a.inschrijvingen.map((i) => [i.aanbieder.id, aanbiederRef(i.aanbieder, weergave)])).values(),
          ],
        }
      : {}),
    lots,
    techniques,
    ...(config.stappen.toetreding === 'vensters' && a.toetredingsvensters?.length
      ? {
          submissionMethodDetails: `Aanmelden kan in de toetredingsvensters: ${a.toetredingsvensters.map((v) => `${v.begindatum} t/m ${v.einddatum}`).join('; ')}`,
        }
      : {}),
    ...(opties.documenten?.length
      ? {
          documents: opties.documenten.map((d) => ({
            id: d.id,
            documentType: DOCUMENTSOORT[d.soort] ?? 'tenderNotice',
            title: d.titel,
            datePublished: ocdsMoment(d.datum, 'begin'),
            format: d.mediaType,
          })),
        }
      : {}),
  };

  const awardStatus = (ro: RaamovereenkomstVoorstel): OcdsAward['status'] =>
    ro.gesloten ? 'active' : a.status === AanbestedingStatus.Ingetrokken ? 'cancelled' : 'pending';
  // A tender award dates from the (definitive) gunning; an admission (toelating, DAS) from its start.
  const gunningsdatum = (ro: RaamovereenkomstVoorstel): Kalenderdatum => {
    const g = a.gunning;
    return g && g.voorstellen.some((v) => v.id === ro.id) ? (g.definitiefOp ?? g.voorlopigOp) : ro.begindatum;
  };
  const awards: OcdsAward[] = gegund.map((ro) => ({
    id: ro.id,
    title: `Raamovereenkomst ${a.naam}`,
    status: awardStatus(ro),
    date: ocdsMoment(gunningsdatum(ro), 'begin'),
    suppliers: [aanbiederRef(ro.aanbieder, weergave)],
    // The award's value: the maximum value that may be ordered under the raamovereenkomst (art. 2.140 Aw).
    value: waarde(ro.maximumwaardeCenten),
    items: tariefItems(ro, a),
    contractPeriod: looptijdPeriode(ro.begindatum, ro.einddatum, maxEinde),
    relatedLots: ro.perceelIds,
  }));
  const contracts: OcdsContract[] = a.raamovereenkomsten.map((ro) => {
    const wijzigingen = (opties.contractwijzigingen ?? []).filter((w) => w.voorstelId === ro.id);
    const laatste = wijzigingen.at(-1);
    return {
      id: `${ro.id}-C`,
      awardID: ro.id,
      title: `Raamovereenkomst ${a.naam} – ${aanbiederNaam(ro.aanbieder, weergave)}`,
      status: a.status === AanbestedingStatus.Afgerond ? 'terminated' : 'active',
      period: looptijdPeriode(
        ro.begindatum,
        laatste?.einddatum ?? ro.einddatum,
        laatste && laatste.einddatum > maxEinde ? laatste.einddatum : maxEinde,
      ),
      value: waarde(laatste?.waardeCenten ?? ro.maximumwaardeCenten),
      items: tariefItems(ro, a),
      ...(wijzigingen.length
        ? {
            amendments: wijzigingen.map((w) => ({
              id: w.id,
              date: ocdsMoment(w.datum, 'begin'),
              rationale: w.reden,
              description: w.omschrijving,
            })),
          }
        : {}),
    };
  });

  // Each mini-competition (veiling round, nadere opdracht) is a call-off: a contracting process of its own.
  const afroepen: OcdsRelatedProcess[] = a.miniCompetities.map((m) => ({
    id: m.id,
    title: afroepTitel(a, m),
    scheme: 'ocid',
    identifier: afroepOcid(ocid, m),
  }));

  return {
    ocid,
    id: `${a.id}-${a.historie.length}`,
    date: opties.publicatiemoment,
    tag: tags(a),
    initiationType: 'tender',
    language: 'nl',
    parties,
    buyer: koper,
    tender,
    ...(awards.length > 0 ? { awards } : {}),
    ...(contracts.length > 0 ? { contracts } : {}),
    ...(afroepen.length > 0 ? { relatedProcesses: afroepen } : {}),
  };
}

/** The call-off's own ocid: the framework's, suffixed with the uitslag id (unique within the procedure). */
function afroepOcid(kaderOcid: string, m: MiniCompetitieUitslag): string {
  return `${kaderOcid}-${m.id}`;
}

function afroepTitel(a: Aanbesteding, m: MiniCompetitieUitslag): string {
  const perceel = a.percelen.find((p) => p.id === m.perceelId);
  return `${m.soort === 'veiling' ? 'Veilingronde' : 'Nadere opdracht'} ${m.id} onder ${a.naam} – ${perceel?.naam ?? m.perceelId}, ${m.productcode}`;
}

/**
 * The call-offs of a framework as OCDS processes of their own (OCDS 1.1.5 framework guidance): one release each,
 * with a relatedProcesses entry of relationship 'framework' pointing at the framework's ocid; the winner, the
 * product and the winning tariff. Never the client reference (it may identify a person).
 */
function bouwAfroepReleases(a: Aanbesteding, opties: OcdsOpties, weergave: Weergave): OcdsRelease[] {
  if (a.miniCompetities.length === 0) return [];
  const kader = bouwRelease(a, opties, weergave);
  const kopers = kader.parties.filter((p) => p.roles.includes('buyer'));
  const config = PROCEDURE_CONFIG[a.procedureType];
  return a.miniCompetities.map((m): OcdsRelease => {
    const perceel = a.percelen.find((p) => p.id === m.perceelId)!;
    // A call-off has no lots of its own.
    const { relatedLot: _lot, ...item } = productItems(a, perceel).find(
      (i) => i.id === `${perceel.id}-${m.productcode}`,
    )!;
    const winnaar = m.winnaar ? a.raamovereenkomsten.find((r) => r.aanbieder.id === m.winnaar)?.aanbieder : undefined;
    const opPrijs = m.soort === 'veiling' && !heeftKwaliteitscriterium(perceel);
    const datum = ocdsMoment(m.datum, 'begin');
    return {
      ocid: afroepOcid(kader.ocid, m),
      id: `${a.id}-${m.id}`,
      date: datum,
      tag: winnaar ? ['tender', 'award'] : ['tender'],
      initiationType: 'tender',
      language: 'nl',
      parties: [...kopers, ...(winnaar ? [{ ...aanbiederRef(winnaar, weergave), roles: ['supplier'] }] : [])],
      buyer: kader.buyer,
      tender: {
        id: m.id,
        title: afroepTitel(a, m),
        status: winnaar ? 'complete' : 'unsuccessful',
        procuringEntity: kader.tender.procuringEntity,
        items: [item],
        // Only the framework's admitted parties compete.
        procurementMethod: 'selective',
        procurementMethodDetails:
          m.soort === 'veiling'
            ? 'Veilingronde onder de raamovereenkomst (besloten veiling)'
            : config.ocds.dynamischAankoopsysteem
              ? 'Nadere opdracht onder het dynamisch aankoopsysteem'
              : 'Nadere opdracht onder de raamovereenkomst (vernieuwde mededinging)',
        mainProcurementCategory: kader.tender.mainProcurementCategory,
        awardCriteria: opPrijs ? 'priceOnly' : 'ratedCriteria',
        awardCriteriaDetails: opPrijs
          ? 'laagste geldige bod onder het maximumtarief'
          : gunningscriteriumOmschrijving(perceel),
        submissionMethod: ['electronicSubmission'],
        lots: [],
        techniques: { hasFrameworkAgreement: false, hasElectronicAuction: m.soort === 'veiling' },
      },
      ...(winnaar && m.tariefCenten !== null
        ? {
            awards: [
              {
                id: `${m.id}-A`,
                title: afroepTitel(a, m),
                status: 'active' as const,
                date: datum,
                suppliers: [aanbiederRef(winnaar, weergave)],
                items: [{ ...item, unit: { ...item.unit!, value: waarde(m.tariefCenten) } }],
                relatedLots: [],
              },
            ],
          }
        : {}),
      relatedProcesses: [
        { id: 'kader', relationship: ['framework'], title: a.naam, scheme: 'ocid', identifier: kader.ocid },
      ],
    };
  });
}

/** The published call-off releases of a procedure (see bouwAfroepReleases), without personal data. */
export function bouwOpenbareAfroepReleases(a: Aanbesteding, opties: OcdsOpties): OcdsRelease[] {
  return schoon(bouwAfroepReleases(a, opties, 'openbaar'));
}

function verpak(release: OcdsRelease, opties: OcdsOpties): OcdsReleasePackage {
  return {
    uri: opties.packageUri,
    version: '1.1',
    extensions: [...OCDS_EXTENSIES],
    publishedDate: opties.publicatiemoment,
    publisher: { ...opties.publisher },
    ...(opties.license ? { license: opties.license } : {}),
    ...(opties.publicationPolicy ? { publicationPolicy: opties.publicationPolicy } : {}),
    releases: [release],
  };
}

/**
 * OCDS 1.1.5 release package of a procedure with everything Keten knows (tenderers, contact persons, names of
 * natural persons): for internal exchange with authorised parties only. Never holds beoordelaars or scores.
 */
export function bouwOcdsReleasePackage(aanbesteding: Aanbesteding, opties: OcdsOpties): OcdsReleasePackage {
  return verpak(bouwRelease(aanbesteding, opties, 'volledig'), opties);
}

export type OpenbaarOcdsResultaat =
  { ok: true; releasePackage: OcdsReleasePackage } | { ok: false; code: 'NIET_GEPUBLICEERD'; reden: string };

/**
 * The published view: only procedures that were published, without personal data (AVG): no names or KvK numbers
 * of natural persons, no contact persons, no list of tenderers, no beoordelaars, no client references, and any
 * number passing the BSN elfproef scrubbed from free text.
 */
export function bouwOpenbaarOcdsReleasePackage(aanbesteding: Aanbesteding, opties: OcdsOpties): OpenbaarOcdsResultaat {
  if (aanbesteding.status === AanbestedingStatus.Concept || aanbesteding.publicatiedatum === null) {
    return { ok: false, code: 'NIET_GEPUBLICEERD', reden: 'Een aanbesteding in concept wordt niet gepubliceerd.' };
  }
  return { ok: true, releasePackage: schoon(verpak(bouwRelease(aanbesteding, opties, 'openbaar'), opties)) };
}

/** The parts of a release that carry content; id, date and tag describe the release itself. */
function inhoud(r: OcdsRelease): string {
  const { id: _id, date: _date, tag: _tag, ...rest } = r;
  return JSON.stringify(rest);
}

function ids<T extends { id: string }>(lijst: T[] | undefined): Map<string, string> {
  return new Map((lijst ?? []).map((x) => [x.id, JSON.stringify(x)]));
}

/** The OCDS release tags for what changed from the previous public release (release tag codelist). */
function wijzigingstags(vorige: OcdsRelease | undefined, r: OcdsRelease, a: Aanbesteding): string[] {
  if (!vorige) return tags(a);
  if (a.status === AanbestedingStatus.Ingetrokken) return ['tenderCancellation'];
  const uit: string[] = [];
  if (
    JSON.stringify(vorige.tender) !== JSON.stringify(r.tender) ||
    JSON.stringify(vorige.parties) !== JSON.stringify(r.parties)
  )
    uit.push('tenderUpdate');
  const [awardsVoor, awardsNa] = [ids(vorige.awards), ids(r.awards)];
  if ([...awardsNa.keys()].some((k) => !awardsVoor.has(k))) uit.push('award');
  else if ([...awardsNa].some(([k, v]) => awardsVoor.get(k) !== v)) uit.push('awardUpdate');
  const [voor, na] = [ids(vorige.contracts), ids(r.contracts)];
  if ([...na.keys()].some((k) => !voor.has(k))) uit.push('contract');
  const gewijzigd = (r.contracts ?? []).filter((c) => voor.has(c.id) && voor.get(c.id) !== JSON.stringify(c));
  if (
    gewijzigd.some(
      (c) => (c.amendments?.length ?? 0) > ((JSON.parse(voor.get(c.id)!) as OcdsContract).amendments?.length ?? 0),
    )
  )
    uit.push('contractAmendment');
  else if (gewijzigd.length)
    uit.push(a.status === AanbestedingStatus.Afgerond ? 'contractTermination' : 'contractUpdate');
  return uit.length ? uit : ['tenderUpdate'];
}

/**
 * The public release history of a procedure: one release per change of what is public, from the stored versions of
 * the state (one per action) and the contract changes, each dated on the day of the change and tagged with what
 * changed. Versions in concept and changes that alter nothing public (a score, a toetsing) give no release.
 */
export function bouwOpenbareReleaseHistorie(versies: AanbestedingVersie[], opties: OcdsOpties): OcdsRelease[] {
  const wijzigingen = [...(opties.contractwijzigingen ?? [])].sort((x, y) =>
    x.datum < y.datum ? -1 : x.datum > y.datum ? 1 : 0,
  );
  type Moment = { datum: Kalenderdatum; versie?: AanbestedingVersie; wijziging?: Contractwijziging };
  const momenten: Moment[] = [...versies]
    .sort((x, y) => x.volgnummer - y.volgnummer)
    .map((v) => ({ datum: v.datum, versie: v }));
  // A contract change comes after every version of that day or before it (a stable merge by date).
  for (const w of wijzigingen) {
    const na = momenten.findIndex((m) => m.datum > w.datum);
    momenten.splice(na === -1 ? momenten.length : na, 0, { datum: w.datum, wijziging: w });
  }
  const releases: OcdsRelease[] = [];
  let toestand: Aanbesteding | null = null;
  const toegepast: Contractwijziging[] = [];
  for (const m of momenten) {
    if (m.versie) toestand = m.versie.toestand;
    if (m.wijziging) toegepast.push(m.wijziging);
    if (!toestand || toestand.status === AanbestedingStatus.Concept || toestand.publicatiedatum === null) continue;
    const documenten = (opties.documenten ?? []).filter((d) => d.datum <= m.datum);
    const release = schoon(
      bouwRelease(toestand, { ...opties, contractwijzigingen: [...toegepast], documenten }, 'openbaar'),
    );
    const vorige = releases.at(-1);
    if (vorige && inhoud(vorige) === inhoud(release)) continue;
    releases.push({
      ...release,
      id: m.versie ? `${toestand.id}-${m.versie.volgnummer}` : `${toestand.id}-wijziging-${m.wijziging!.id}`,
      date: ocdsMoment(m.datum, 'begin'),
      tag: wijzigingstags(vorige, release, toestand),
    });
  }
  return releases;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** OCDS merge (merging specification): objects field by field, arrays of objects with an id by id, else replaced. */
function voegSamen(doel: unknown, bron: unknown): unknown {
  if (bron === null) return undefined;
  if (Array.isArray(bron)) {
    if (!bron.every((x) => isObject(x) && typeof x.id === 'string') || !Array.isArray(doel))
      return bron.map((x) => voegSamen(undefined, x));
    const uit = [...(doel as Json[])];
    for (const x of bron as Json[]) {
      const i = uit.findIndex((y) => y.id === x.id);
      if (i === -1) uit.push(voegSamen(undefined, x) as Json);
      else uit[i] = voegSamen(uit[i], x) as Json;
    }
    return uit;
  }
  if (!isObject(bron)) return bron;
  const uit: Json = isObject(doel) ? { ...doel } : {};
  for (const [k, v] of Object.entries(bron)) {
    const samen = voegSamen(uit[k], v);
    if (samen === undefined) delete uit[k];
    else uit[k] = samen;
  }
  return uit;
}

/** The compiled release of a record: the releases merged in date order, tagged 'compiled'. */
export function compileerRelease(releases: OcdsRelease[]): OcdsRelease {
  const opVolgorde = [...releases].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const samen = opVolgorde.reduce<unknown>((c, r) => voegSamen(c, r), {}) as OcdsRelease;
  const laatste = opVolgorde.at(-1)!;
  return { ...samen, id: `${laatste.ocid}-compiled`, date: laatste.date, tag: ['compiled'] };
}

/** The public record package of a procedure: its release history and the compiled release. */
export function bouwOpenbaarOcdsRecordPackage(releases: OcdsRelease[], opties: OcdsOpties): OcdsRecordPackage {
  return {
    uri: opties.packageUri,
    version: '1.1',
    extensions: [...OCDS_EXTENSIES],
    publishedDate: opties.publicatiemoment,
    publisher: { ...opties.publisher },
    ...(opties.license ? { license: opties.license } : {}),
    // One record per process: the framework's first, then its call-offs (each its own ocid), in order of appearance.
    records: [...new Set(releases.map((r) => r.ocid))].map((ocid) => {
      const eigen = releases.filter((r) => r.ocid === ocid);
      return { ocid, releases: eigen, compiledRelease: compileerRelease(eigen) };
    }),
  };
}

/** A release package holding the given releases (the public history). */
export function alsReleasePackage(releases: OcdsRelease[], opties: OcdsOpties): OcdsReleasePackage {
  const [eerste, ...rest] = releases;
  return { ...verpak(eerste, opties), releases: [eerste, ...rest] };
}
