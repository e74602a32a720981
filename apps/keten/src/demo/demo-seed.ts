import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Domein, Eenheid, Frequentie, ibanControlegetal, Uitvoeringsvariant } from '#keten/domain';
import { Rol, TokenService, type Principal } from '#keten/platform';
import { hashWachtwoord, nieuwWachtwoord } from '#keten/toegang';
import { OrganisatieService, OrganisatieSoort } from '#keten/organisaties';
import { RaamovereenkomstService } from '#keten/contracten';
import { ToewijzingLedgerService } from '#keten/toewijzingen';
import { BegrotingService } from '#keten/sturing';
import { seedAanbestedingen } from './demo-inkoop.js';

const SYSTEEM: Principal = { actor: 'systeem', rol: Rol.Beheerder, organisatieId: null, agbCode: null };

export const DEMO_GEMEENTEN = [
  { naam: 'Gemeente Deventer', cbsCode: '0150' },
  { naam: 'Gemeente Olst-Wijhe', cbsCode: '0175' },
  { naam: 'Gemeente Raalte', cbsCode: '0177' },
];

export const DEMO_AANBIEDERS = [
  { naam: 'Zorggroep De Linde', agbCode: '98000001', kvkNummer: '60000001' },
  { naam: 'Thuishulp Salland', agbCode: '98000002', kvkNummer: '60000002' },
  { naam: 'Dagbesteding Het Erf', agbCode: '98000003', kvkNummer: '60000003' },
  { naam: 'Begeleiding IJsselzicht', agbCode: '98000004', kvkNummer: '60000004' },
  { naam: 'Stichting Samen Verder', agbCode: '98000005', kvkNummer: '60000005' },
];

/** The open house's products; tariffs change on 1 January 2026 (indexation), so both years are priced apart. */
export const DEMO_PRODUCTEN = [
  {
    productcategorie: '02',
    productcode: '02A01',
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    omschrijving: 'Individuele begeleiding',
    tarieven: [
      { eenheid: Eenheid.Uur, bedragCenten: 6150, ingangsdatum: '2025-01-01', einddatum: '2025-12-31' },
      { eenheid: Eenheid.Uur, bedragCenten: 6392, ingangsdatum: '2026-01-01', einddatum: null },
    ],
  },
  {
    productcategorie: '07',
    productcode: '07A01',
    uitvoeringsvariant: Uitvoeringsvariant.Inspanningsgericht,
    omschrijving: 'Dagbesteding (dagdeel)',
    tarieven: [
      { eenheid: Eenheid.Dagdeel, bedragCenten: 4275, ingangsdatum: '2025-01-01', einddatum: '2025-12-31' },
      { eenheid: Eenheid.Dagdeel, bedragCenten: 4441, ingangsdatum: '2026-01-01', einddatum: null },
    ],
  },
  {
    productcategorie: '01',
    productcode: '01A01',
    uitvoeringsvariant: Uitvoeringsvariant.Outputgericht,
    omschrijving: 'Hulp bij het huishouden: schoon en leefbaar huis (per maand)',
    tarieven: [
      { eenheid: Eenheid.StuksOutput, bedragCenten: 16500, ingangsdatum: '2025-01-01', einddatum: '2025-12-31' },
      { eenheid: Eenheid.StuksOutput, bedragCenten: 17150, ingangsdatum: '2026-01-01', einddatum: null },
    ],
  },
];

/** A fixed, valid demo IBAN (ISO 13616 check digits) per organisatie, for betaalbatches. */
export function demoIban(n: number): string {
  const bban = `INGB0${String(7_000_000 + n).padStart(9, '0')}`;
  return `NL${ibanControlegetal('NL', bban)}${bban}`;
}

/** The begroting 2026 of each demo gemeente (Deventer's in full, the others in proportion), in cents. */
export const DEMO_BEGROTING = [
  { code: 'HBH', naam: 'Hulp bij het huishouden', productcategorieen: ['01'], bedragCenten: 2_400_000_00 },
  { code: 'BEGELEIDING', naam: 'Individuele begeleiding', productcategorieen: ['02'], bedragCenten: 1_800_000_00 },
  { code: 'DAGBESTEDING', naam: 'Dagbesteding', productcategorieen: ['07'], bedragCenten: 900_000_00 },
  { code: 'ALGEMEEN', naam: 'Algemene voorzieningen', algemeneVoorzieningen: true, bedragCenten: 500_000_00 },
];

export interface DemoTokens {
  [rol: string]: { naam: string; token: string };
}

const tokenBestand = (dataDir: string) => path.resolve(dataDir, 'demo-tokens.json');
const wachtwoordBestand = (dataDir: string) => path.resolve(dataDir, 'demo-wachtwoorden.json');

/** Sign-in (POST /api/v1/toegang/inloggen) per demo role: e-mail address and password, kept beside the tokens. */
export interface DemoWachtwoorden {
  [rol: string]: { email: string; wachtwoord: string };
}

export function leesDemoWachtwoorden(dataDir: string): DemoWachtwoorden | null {
  const bestand = wachtwoordBestand(dataDir);
  return existsSync(bestand) ? (JSON.parse(readFileSync(bestand, 'utf8')) as DemoWachtwoorden) : null;
}

export function leesDemoTokens(dataDir: string): DemoTokens | null {
  const bestand = tokenBestand(dataDir);
  return existsSync(bestand) ? (JSON.parse(readFileSync(bestand, 'utf8')) as DemoTokens) : null;
}

/**
 * Seeds the demo on first start (an empty database): a regio with three gemeenten, an open-house raamovereenkomst
 * with five aanbieders, products with tariffs, three aanbestedingen (demo-inkoop.ts), and a user with a token per role. The plain tokens are written to
 * `<dataDir>/demo-tokens.json` (mode 600) because the database keeps only their hashes.
 */
export async function seedDemo(app: INestApplicationContext, dataDir: string): Promise<DemoTokens | null> {
  const dataSource = app.get(DataSource);
  const [{ aantal }] = (await dataSource.query(`SELECT count(*)::int AS aantal FROM keten.organisatie`)) as {
    aantal: number;
  }[];
  if (aantal > 0) return null;

  try {
    return await vulDemo(app, dataSource, dataDir);
  } catch (e) {
    // All or nothing: the database was empty before, so removing what was seeded loses nothing of the user's.
    await dataSource.query(`TRUNCATE keten.organisatie, keten.gebruiker, keten.audit_log CASCADE`);
    throw e;
  }
}

async function vulDemo(app: INestApplicationContext, dataSource: DataSource, dataDir: string): Promise<DemoTokens> {
  const organisaties = app.get(OrganisatieService);
  const gemeenten = [];
  for (const [i, g] of DEMO_GEMEENTEN.entries())
    gemeenten.push(
      await organisaties.registreer(SYSTEEM, { soort: OrganisatieSoort.Gemeente, ...g, iban: demoIban(i + 1) }),
    );
  const regio = await organisaties.registreer(SYSTEEM, {
    soort: OrganisatieSoort.Regio,
    naam: 'Regio Salland (demo)',
    iban: demoIban(100),
    deelnemers: gemeenten.flatMap((g) =>
      [Domein.Wmo, Domein.Jeugd].map((domein) => ({ gemeenteId: g.id, domein, ingangsdatum: '2025-01-01' })),
    ),
  });
  const aanbieders = [];
  for (const [i, a] of DEMO_AANBIEDERS.entries())
    aanbieders.push(
      await organisaties.registreer(SYSTEEM, { soort: OrganisatieSoort.Aanbieder, ...a, iban: demoIban(200 + i) }),
    );

  const contracten = app.get(RaamovereenkomstService);
  for (const [i, aanbieder] of aanbieders.entries()) {
    await contracten.registreer(SYSTEEM, {
      nummer: `OH-WMO-2025-${String(i + 1).padStart(3, '0')}`,
      naam: `Open house Wmo Salland 2025-2028: ${aanbieder.naam}`,
      inkoperId: regio.id,
      aanbiederId: aanbieder.id,
      gemeenteIds: gemeenten.map((g) => g.id),
      domein: Domein.Wmo,
      ingangsdatum: '2025-01-01',
      einddatum: '2028-12-31',
      maximaleWaardeCenten: 2_500_000_00,
      // An open house: providers may join during the term, on the same tariffs, indexed the agreed way.
      tussentijdseToetreding: true,
      indexatiemethode: [
        { naam: 'OVA', gewicht: '80' },
        { naam: 'PCC', gewicht: '20' },
      ],
      producten: DEMO_PRODUCTEN.map((p) => ({ ...p, tarieven: p.tarieven.map((t) => ({ ...t })) })),
    });
  }

  await seedToewijzingen(app, dataSource, gemeenten, aanbieders);

  // The controller's begroting 2026 (sturing): four budgetposten per gemeente.
  const begroting = app.get(BegrotingService);
  for (const [i, g] of gemeenten.entries()) {
    const regels = [];
    for (const p of DEMO_BEGROTING) {
      const post = await begroting.registreerBudgetpost(SYSTEEM, {
        gemeenteId: g.id,
        domein: Domein.Wmo,
        code: p.code,
        naam: p.naam,
        productcategorieen: p.productcategorieen,
        algemeneVoorzieningen: p.algemeneVoorzieningen,
      });
      regels.push({ budgetpostId: post.id, bedragCenten: Math.round(p.bedragCenten / (i + 1)) });
    }
    await begroting.stelVast(SYSTEEM, {
      gemeenteId: g.id,
      jaar: 2026,
      toelichting: 'Primitieve begroting 2026 (demo)',
      regels,
    });
  }

  const tokens = app.get(TokenService);
  const gebruikers: { rol: Rol; naam: string; email: string; organisatieId: string | null }[] = [
    { rol: Rol.Beheerder, naam: 'Demo beheerder', email: 'beheerder@demo.keten', organisatieId: null },
    { rol: Rol.Inkoopadviseur, naam: 'Demo inkoopadviseur regio', email: 'inkoop@demo.keten', organisatieId: regio.id },
    {
      rol: Rol.Controller,
      naam: 'Demo controller Deventer',
      email: 'controller@demo.keten',
      organisatieId: gemeenten[0].id,
    },
    { rol: Rol.Toegang, naam: 'Demo toegang Deventer', email: 'toegang@demo.keten', organisatieId: gemeenten[0].id },
    {
      rol: Rol.Aanbieder,
      naam: `Demo ${aanbieders[0].naam}`,
      email: 'aanbieder@demo.keten',
      organisatieId: aanbieders[0].id,
    },
    {
      rol: Rol.FunctioneelBeheerder,
      naam: 'Demo functioneel beheerder Deventer',
      email: 'functioneel-beheerder@demo.keten',
      organisatieId: gemeenten[0].id,
    },
  ];
  const uit: DemoTokens = {};
  const wachtwoorden: DemoWachtwoorden = {};
  const gebruikerIds = new Map<string, string>();
  const nieuweGebruiker = async (
    g: { rol: Rol; naam: string; email: string; organisatieId: string | null },
    wachtwoordHash: string | null = null,
  ) => {
    const [{ id }] = (await dataSource.query(
      `INSERT INTO keten.gebruiker (naam, email, rol, organisatie_id, wachtwoord_hash) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [g.naam, g.email, g.rol, g.organisatieId, wachtwoordHash],
    )) as { id: string }[];
    return id;
  };
  for (const g of gebruikers) {
    // Every demo user can also sign in as a person (the web app); its random password is printed at start.
    const wachtwoord = nieuwWachtwoord();
    const id = await nieuweGebruiker(g, await hashWachtwoord(wachtwoord));
    gebruikerIds.set(g.rol, id);
    uit[g.rol] = { naam: g.naam, token: await tokens.geefToken(id, 'demo') };
    wachtwoorden[g.rol] = { email: g.email, wachtwoord };
  }

  // Procurement to open: an open house with a window open now, an awarded SAS met EMVI, one being scored.
  const beoordelaars: [string, string] = [
    await nieuweGebruiker({
      rol: Rol.Inkoopadviseur,
      naam: 'Demo beoordelaar 1',
      email: 'beoordelaar1@demo.keten',
      organisatieId: regio.id,
    }),
    await nieuweGebruiker({
      rol: Rol.Inkoopadviseur,
      naam: 'Demo beoordelaar 2',
      email: 'beoordelaar2@demo.keten',
      organisatieId: regio.id,
    }),
  ];
  await seedAanbestedingen(app, {
    regio,
    gemeenten,
    aanbieders,
    inkoopadviseur: gebruikerIds.get(Rol.Inkoopadviseur)!,
    beoordelaars,
  });
  mkdirSync(dataDir, { recursive: true });
  for (const [bestand, inhoud] of [
    [tokenBestand(dataDir), uit],
    [wachtwoordBestand(dataDir), wachtwoorden],
  ] as const) {
    writeFileSync(bestand, JSON.stringify(inhoud, null, 2), { mode: 0o600 });
    chmodSync(bestand, 0o600);
  }
  return uit;
}

/** Demo BSNs: 9 digits that pass the elfproef (CS002), from a fixed start so every demo has the same clients. */
export function demoBsns(aantal: number): string[] {
  const uit: string[] = [];
  for (let n = 10_000_000; uit.length < aantal; n++) {
    const acht = String(n).padStart(8, '0');
    const som = [...acht].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
    const laatste = som % 11;
    if (laatste < 10) uit.push(`${acht}${laatste}`);
  }
  return uit;
}

export const DEMO_TOEWIJZINGEN = 300;

/** A few hundred toewijzingen over the gemeenten and aanbieders, as a back office would send them (one per client). */
async function seedToewijzingen(
  app: INestApplicationContext,
  dataSource: DataSource,
  gemeenten: { id: string; cbsCode: string | null }[],
  aanbieders: { agbCode: string | null }[],
) {
  const ledger = app.get(ToewijzingLedgerService);
  const varianten = [
    {
      productCategorie: '02',
      productCode: '02A01',
      omvang: { volume: 3, eenheid: Eenheid.Uur, frequentie: Frequentie.PerWeek },
    },
    {
      productCategorie: '07',
      productCode: '07A01',
      omvang: { volume: 6, eenheid: Eenheid.Dagdeel, frequentie: Frequentie.PerWeek },
    },
    {
      productCategorie: '01',
      productCode: '01A01',
      omvang: { volume: 1, eenheid: Eenheid.StuksOutput, frequentie: Frequentie.PerMaand },
    },
  ];
  const bsns = demoBsns(DEMO_TOEWIJZINGEN);
  for (const [i, bsn] of bsns.entries()) {
    const gemeente = gemeenten[i % gemeenten.length];
    // Every gemeente gets every product (i / gemeenten, not i, picks the variant).
    const variant = varianten[Math.floor(i / gemeenten.length) % varianten.length];
    const ingang = `2026-${String(1 + (i % 9)).padStart(2, '0')}-01`;
    await dataSource.transaction((manager) =>
      ledger.registreer(
        manager,
        SYSTEEM,
        {
          domein: Domein.Wmo,
          gemeenteCode: gemeente.cbsCode!,
          aanbiederAgb: aanbieders[i % aanbieders.length].agbCode!,
          bsn,
          producten: [
            {
              toewijzingNummer: 100_000 + i,
              ...variant,
              toewijzingsdatum: '2025-12-15',
              toewijzingstijd: '09:00:00',
              ingangsdatum: ingang,
              einddatum: '2026-12-31',
            },
          ],
        },
        null,
      ),
    );
  }
}
