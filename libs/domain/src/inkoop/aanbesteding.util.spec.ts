import { Domein } from '../codelijsten/domein.enum.js';
import { ProductcategorieJeugd } from '../codelijsten/productcategorie.enum.js';
import type { Aanbesteding, Actie, GunningConfig, Transitieresultaat } from './aanbesteding.types.js';
import {
  ctx,
  doorloop,
  gegundeSasAanbesteding,
  inschrijving,
  invoer,
  jeugdProduct,
  perceel,
  product,
  scoorKwaliteit,
  toetsAlles,
} from './aanbesteding-testdata.util.js';
import {
  beoordelingBlindVoor,
  nieuweAanbesteding,
  toegestaneActies,
  toetsConfiguratie,
  voerActieUit,
} from './aanbesteding.util.js';
import { vereisteVelden } from './procedure-config.constant.js';
import {
  ActieType,
  AanbestedingStatus,
  GunningMethode,
  Opdrachtsoort,
  ProcedureType,
  Publicatie,
  Termijnverkorting,
} from './procedure-type.enum.js';
import { kwartaalvensters } from './toetreding.util.js';

function weigering(r: Transitieresultaat) {
  if (r.ok) throw new Error(`verwacht een weigering, kreeg status ${r.nieuweStatus}`);
  return r;
}

function gelukt(r: Transitieresultaat) {
  if (!r.ok) throw new Error(`geweigerd: ${r.code} ${r.reden}`);
  return r;
}

function voer(a: Aanbesteding, actie: Actie, datum: string, gebruiker?: string) {
  return voerActieUit(a, actie, ctx(datum, gebruiker));
}

describe('SAS met EMVI', () => {
  it('should walk from concept to an active raamovereenkomst with the best two on BPKV when every step is valid', () => {
    const a = gegundeSasAanbesteding();

    expect(a.status).toBe(AanbestedingStatus.Lopend);
    expect(a.gunning?.percelen[0].rangschikking?.map((r) => r.aanbiederId)).toEqual(['A2', 'A3', 'A1']);
    expect(a.gunning?.percelen[0].gegund).toEqual(['A2', 'A3']);
    expect(a.raamovereenkomsten.map((r) => [r.aanbieder.id, r.producten[0].tariefCenten, r.gesloten])).toEqual([
      ['A2', 6_500, true],
      ['A3', 8_000, true],
    ]);
    const ro = a.raamovereenkomsten[0];
    expect(ro).toMatchObject({
      domein: Domein.Wmo,
      deelnemendeGemeenten: ['GM0302', 'GM0203'],
      begindatum: '2027-01-01',
      einddatum: '2028-12-31',
      verlengingsopties: [12, 12],
      maximumwaardeCenten: 100_000_000,
    });
    expect(ro.producten[0].geldigheid).toEqual({ begindatum: '2027-01-01', einddatum: '2028-12-31' });
    expect(a.historie.map((h) => h.actie)).toContain(ActieType.OpenPrijzen);
  });

  it('should refuse a bid after the deadline and closing before it when the inschrijvingstermijn is set', () => {
    const a = doorloop(nieuweAanbesteding(invoer()), [[{ type: ActieType.Publiceer }, ctx('2026-03-01')]]);

    const laat = weigering(voer(a, { type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, '2026-04-16'));
    const vroeg = weigering(voer(a, { type: ActieType.SluitInschrijving }, '2026-04-15'));

    expect(laat.code).toBe('BUITEN_INSCHRIJFTERMIJN');
    expect(vroeg.code).toBe('TERMIJN_LOOPT_NOG');
  });

  it('should refuse a bid under the reële prijs and accept one exactly on it', () => {
    const a = doorloop(nieuweAanbesteding(invoer()), [[{ type: ActieType.Publiceer }, ctx('2026-03-01')]]);

    const onder = weigering(
      voer(
        a,
        { type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1', { tarieven: { '02A01': 5_999 } }) },
        '2026-04-01',
      ),
    );
    const op = voer(
      a,
      { type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1', { tarieven: { '02A01': 6_000 } }) },
      '2026-04-01',
    );

    expect(onder.code).toBe('BOD_ONDER_REELE_PRIJS');
    expect(op.ok).toBe(true);
  });

  it('should keep prices closed until every beoordelaar scored and a consensus is recorded', () => {
    const a = doorloop(nieuweAanbesteding(invoer()), [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, ctx('2026-04-01')],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1'], '2026-04-17'),
      [
        { type: ActieType.RegistreerScore, inschrijvingId: 'I1', criteriumId: 'K1', score: 8 },
        ctx('2026-04-18', 'beoordelaar-a'),
      ],
    ]);

    const teVroeg = weigering(voer(a, { type: ActieType.OpenPrijzen }, '2026-04-18'));
    const consensusTeVroeg = weigering(
      voer(
        a,
        { type: ActieType.RegistreerConsensus, inschrijvingId: 'I1', criteriumId: 'K1', score: 8, motivering: 'ok' },
        '2026-04-18',
        'voorzitter',
      ),
    );
    const b = doorloop(a, [
      [
        { type: ActieType.RegistreerScore, inschrijvingId: 'I1', criteriumId: 'K1', score: 6 },
        ctx('2026-04-18', 'beoordelaar-b'),
      ],
    ]);
    const zonderConsensus = weigering(voer(b, { type: ActieType.OpenPrijzen }, '2026-04-18'));
    const zonderMotivering = weigering(
      voer(
        b,
        { type: ActieType.RegistreerConsensus, inschrijvingId: 'I1', criteriumId: 'K1', score: 8, motivering: ' ' },
        '2026-04-18',
        'voorzitter',
      ),
    );
    const c = doorloop(b, [
      [
        {
          type: ActieType.RegistreerConsensus,
          inschrijvingId: 'I1',
          criteriumId: 'K1',
          score: 8,
          motivering: 'Sterk plan',
        },
        ctx('2026-04-18', 'voorzitter'),
      ],
    ]);
    const open = gelukt(voer(c, { type: ActieType.OpenPrijzen }, '2026-04-19'));

    expect(teVroeg.code).toBe('KWALITEITSBEOORDELING_ONVOLLEDIG');
    expect(consensusTeVroeg.code).toBe('KWALITEITSBEOORDELING_ONVOLLEDIG');
    expect(zonderConsensus.code).toBe('KWALITEITSBEOORDELING_ONVOLLEDIG');
    expect(zonderMotivering.code).toBe('MOTIVERING_VEREIST');
    expect(open.nieuweStatus).toBe(AanbestedingStatus.Prijsbeoordeling);
  });

  it('should refuse a score from someone who is no beoordelaar or off the scale', () => {
    const a = doorloop(nieuweAanbesteding(invoer()), [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, ctx('2026-04-01')],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1'], '2026-04-17'),
    ]);

    expect(
      weigering(
        voer(
          a,
          { type: ActieType.RegistreerScore, inschrijvingId: 'I1', criteriumId: 'K1', score: 8 },
          '2026-04-18',
          'inkoper-1',
        ),
      ).code,
    ).toBe('GEEN_BEOORDELAAR');
    expect(
      weigering(
        voer(
          a,
          { type: ActieType.RegistreerScore, inschrijvingId: 'I1', criteriumId: 'K1', score: 7 },
          '2026-04-18',
          'beoordelaar-a',
        ),
      ).code,
    ).toBe('SCORE_BUITEN_SCHAAL');
  });

  it('should refuse the definitive award on the last standstill day and allow it the day after', () => {
    const a = doorloop(nieuweAanbesteding(invoer()), [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, ctx('2026-04-01')],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1'], '2026-04-17'),
      ...scoorKwaliteit({ I1: 8 }, '2026-04-18'),
      [{ type: ActieType.OpenPrijzen }, ctx('2026-04-19')],
      [{ type: ActieType.VoorlopigeGunning }, ctx('2026-06-10')],
    ]);

    const opEinde = weigering(voer(a, { type: ActieType.DefinitieveGunning }, '2026-06-30'));
    const daarna = gelukt(voer(a, { type: ActieType.DefinitieveGunning }, '2026-07-01'));

    expect(a.gunning?.standstillEinddatum).toBe('2026-06-30');
    expect(opEinde.code).toBe('STANDSTILL_LOOPT');
    expect(daarna.raamovereenkomsten).toHaveLength(1);
  });

  it('should hold the award while a kort geding started within the standstill awaits judgment', () => {
    const a = doorloop(nieuweAanbesteding(invoer()), [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, ctx('2026-04-01')],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1'], '2026-04-17'),
      ...scoorKwaliteit({ I1: 8 }, '2026-04-18'),
      [{ type: ActieType.OpenPrijzen }, ctx('2026-04-19')],
      [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
      [{ type: ActieType.RegistreerKortGeding }, ctx('2026-05-15')],
    ]);

    const wacht = weigering(voer(a, { type: ActieType.DefinitieveGunning }, '2026-06-01'));
    const naUitspraak = doorloop(a, [[{ type: ActieType.RegistreerUitspraak }, ctx('2026-06-20')]]);

    expect(wacht.code).toBe('KORT_GEDING_LOPEND');
    expect(gelukt(voer(naUitspraak, { type: ActieType.DefinitieveGunning }, '2026-06-21')).nieuweStatus).toBe(
      AanbestedingStatus.Lopend,
    );
  });

  it('should reject an inschrijving that fails an uitsluitingsgrond when awarding', () => {
    const a = doorloop(nieuweAanbesteding(invoer()), [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, ctx('2026-04-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I2', 'A2') }, ctx('2026-04-01')],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1'], '2026-04-17'),
      ...toetsAlles(['I2'], '2026-04-17', { E1: true, U1: false }),
      ...scoorKwaliteit({ I1: 4 }, '2026-04-18'),
      [{ type: ActieType.OpenPrijzen }, ctx('2026-04-19')],
      [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
    ]);

    expect(a.gunning?.percelen[0].gegund).toEqual(['A1']);
    expect(a.gunning?.percelen[0].afgewezen).toEqual([{ aanbiederId: 'A2', reden: 'voldoet niet aan: U1' }]);
  });

  it('should list only the actions the state and type allow', () => {
    const concept = nieuweAanbesteding(invoer());
    const open = doorloop(concept, [[{ type: ActieType.Publiceer }, ctx('2026-03-01')]]);

    expect(toegestaneActies(concept)).toEqual([ActieType.Publiceer, ActieType.TrekIn]);
    expect(toegestaneActies(open)).toEqual([ActieType.DienIn, ActieType.SluitInschrijving, ActieType.TrekIn]);
    expect(weigering(voer(open, { type: ActieType.OpenPrijzen }, '2026-03-02')).code).toBe('ACTIE_NIET_TOEGESTAAN');
    expect(
      weigering(
        voer(
          open,
          {
            type: ActieType.HoudVeiling,
            id: 'V',
            perceelId: 'P1',
            productcode: '02A01',
            clientReferentie: 'x',
            biedingen: [],
          },
          '2026-03-02',
        ),
      ).code,
    ).toBe('STAP_NIET_VAN_TOEPASSING');
  });
});

describe('configuration law at publication', () => {
  it('should refuse national publication when the value incl. options reaches the SAS threshold', () => {
    const a = nieuweAanbesteding(invoer({ publicatie: Publicatie.Nationaal }));

    const r = weigering(voer(a, { type: ActieType.Publiceer }, '2026-03-01'));

    expect(r.code).toBe('EU_PUBLICATIE_VEREIST');
    expect(r.reden).toContain('€ 750.000,00');
  });

  it('should allow national publication when the SAS value stays under €750,000 and the inkoopbeleid asks national', () => {
    const a = nieuweAanbesteding(
      invoer({ publicatie: Publicatie.Nationaal, percelen: [perceel({ geraamdeWaardeCenten: 74_999_999 })] }),
    );

    expect(gelukt(voer(a, { type: ActieType.Publiceer }, '2026-03-01')).nieuweStatus).toBe(
      AanbestedingStatus.Inschrijving,
    );
  });

  it('should use the threshold of the publication date when services thresholds differ per period', () => {
    // €218,000 of ordinary services: under the 2024–25 threshold (€221,000), over the 2026–27 one (€216,000).
    const diensten = invoer({
      domein: Domein.Jeugd,
      opdrachtsoort: Opdrachtsoort.Diensten,
      publicatie: Publicatie.Nationaal,
      percelen: [perceel({ producten: [jeugdProduct()], geraamdeWaardeCenten: 21_800_000 })],
    });

    expect(toetsConfiguratie(diensten, ctx('2025-12-31'))).toBeNull();
    expect(toetsConfiguratie(diensten, ctx('2026-01-01'))?.code).toBe('EU_PUBLICATIE_VEREIST');
    expect(toetsConfiguratie(diensten, ctx('2028-01-01'))?.code).toBe('DREMPEL_ONBEKEND');
  });

  it('should refuse a lighter procedure than the inkoopbeleid requires, and ask for the policy under the threshold', () => {
    const meervoudig = invoer({
      procedureType: ProcedureType.MeervoudigOnderhands,
      publicatie: Publicatie.Uitnodiging,
      uitgenodigden: ['A1', 'A2', 'A3'],
      percelen: [perceel({ geraamdeWaardeCenten: 30_000_000 })],
    });

    expect(toetsConfiguratie(meervoudig, ctx('2026-03-01'))?.code).toBe('INKOOPBELEID_ZWAARDERE_PROCEDURE');
    expect(toetsConfiguratie(meervoudig, { datum: '2026-03-01', gebruiker: 'x' })?.code).toBe('INKOOPBELEID_ONTBREEKT');
    expect(
      toetsConfiguratie(
        { ...meervoudig, percelen: [perceel({ geraamdeWaardeCenten: 15_000_000 })] },
        ctx('2026-03-01'),
      ),
    ).toBeNull();
  });

  it('should refuse a term over 48 months without a justification', () => {
    const lang = invoer({ looptijd: { begindatum: '2027-01-01', einddatum: '2030-12-31', verlengingsopties: [24] } });

    expect(toetsConfiguratie(lang, ctx('2026-03-01'))?.code).toBe('LOOPTIJD_MOTIVERING_VEREIST');
    expect(
      toetsConfiguratie({ ...lang, motiveringLangeLooptijd: 'Investering in woonvoorzieningen' }, ctx('2026-03-01')),
    ).toBeNull();
  });

  it('should refuse a raamovereenkomst without a maximum value', () => {
    const a = invoer({ percelen: [perceel({ maximumwaardeCenten: undefined })] });

    expect(toetsConfiguratie(a, ctx('2026-03-01'))?.code).toBe('MAXIMUMWAARDE_VEREIST');
  });

  it('should refuse a Wmo award on price only and accept it for Jeugd', () => {
    const alleenPrijs = perceel({ gunningscriteria: [{ id: 'PR', naam: 'Prijs', soort: 'prijs', weging: 100 }] });
    const wmo = invoer({ percelen: [alleenPrijs] });
    const jeugd = invoer({ domein: Domein.Jeugd, percelen: [{ ...alleenPrijs, producten: [jeugdProduct()] }] });

    expect(toetsConfiguratie(wmo, ctx('2026-03-01'))?.code).toBe('WMO_NIET_ALLEEN_PRIJS');
    expect(toetsConfiguratie(jeugd, ctx('2026-03-01'))).toBeNull();
  });

  it('should refuse weights that do not add up to 100 and a product category of the other domain', () => {
    expect(
      toetsConfiguratie(
        invoer({
          percelen: [
            perceel({
              gunningscriteria: [{ id: 'K1', naam: 'Plan', soort: 'kwaliteit', weging: 50, schaal: [0, 10] }],
            }),
          ],
        }),
        ctx('2026-03-01'),
      )?.code,
    ).toBe('CONFIGURATIE_ONGELDIG');
    expect(
      toetsConfiguratie(
        invoer({
          percelen: [perceel({ producten: [product({ categorie: ProductcategorieJeugd.JeugdhulpAmbulant })] })],
        }),
        ctx('2026-03-01'),
      )?.code,
    ).toBe('CONFIGURATIE_ONGELDIG');
  });
});

describe('Toelatingsprocedure', () => {
  const toelating = () =>
    invoer({
      procedureType: ProcedureType.Toelatingsprocedure,
      publicatie: Publicatie.Nationaal,
      percelen: [
        perceel({
          producten: [product({ prijs: { soort: 'vast', tariefCenten: 6_850 } })],
          gunningscriteria: [],
          gunning: { methode: GunningMethode.Allen },
          geraamdeWaardeCenten: 500_000_000,
        }),
      ],
      inschrijfperiode: undefined,
      toetredingsvensters: kwartaalvensters(
        { begindatum: '2027-01-01', einddatum: '2028-12-31', verlengingsopties: [] },
        14,
      ),
      beoordelaars: [],
    });

  it('should build quarterly admission windows of the first 14 days within the term', () => {
    const vensters = kwartaalvensters({ begindatum: '2027-02-10', einddatum: '2027-12-31', verlengingsopties: [] }, 14);

    expect(vensters).toEqual([
      { begindatum: '2027-04-01', einddatum: '2027-04-14' },
      { begindatum: '2027-07-01', einddatum: '2027-07-14' },
      { begindatum: '2027-10-01', einddatum: '2027-10-14' },
    ]);
  });

  it('should admit every qualifying provider at the fixed tariff, also mid-term, without threshold or bids', () => {
    const a = doorloop(nieuweAanbesteding(toelating()), [
      [{ type: ActieType.Publiceer }, { datum: '2026-11-01', gebruiker: 'inkoper-1' }],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('T1', 'A1', { tarieven: {} }) }, ctx('2027-01-05')],
      ...toetsAlles(['T1'], '2027-01-10'),
      [{ type: ActieType.LaatToe, inschrijvingId: 'T1' }, ctx('2027-01-12')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('T2', 'A2', { tarieven: {} }) }, ctx('2027-04-03')],
      ...toetsAlles(['T2'], '2027-04-20'),
    ]);

    const toetreding = gelukt(
      voer(a, { type: ActieType.LaatToe, inschrijvingId: 'T2', ingangsdatum: '2027-05-01' }, '2027-04-21'),
    );
    const einde = gelukt(voer(toetreding.aanbesteding, { type: ActieType.Beeindig }, '2029-01-01'));

    expect(a.status).toBe(AanbestedingStatus.Lopend);
    expect(a.raamovereenkomsten[0]).toMatchObject({
      aanbieder: { id: 'A1' },
      begindatum: '2027-01-12',
      gesloten: true,
    });
    expect(toetreding.raamovereenkomsten).toHaveLength(1);
    expect(toetreding.raamovereenkomsten[0].begindatum).toBe('2027-05-01');
    expect(toetreding.raamovereenkomsten[0].producten[0]).toMatchObject({
      tariefCenten: 6_850,
      tariefsoort: 'vast',
      geldigheid: { begindatum: '2027-05-01', einddatum: '2028-12-31' },
    });
    expect(einde.nieuweStatus).toBe(AanbestedingStatus.Afgerond);
  });

  it('should refuse an application outside the admission windows', () => {
    const a = doorloop(nieuweAanbesteding(toelating()), [[{ type: ActieType.Publiceer }, ctx('2026-11-01')]]);

    const r = weigering(
      voer(a, { type: ActieType.DienIn, inschrijving: inschrijving('T1', 'A1', { tarieven: {} }) }, '2027-02-20'),
    );

    expect(r.code).toBe('BUITEN_TOETREDINGSVENSTER');
  });

  it('should refuse admission when an eis is not met and record the rejection', () => {
    const a = doorloop(nieuweAanbesteding(toelating()), [
      [{ type: ActieType.Publiceer }, ctx('2026-11-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('T1', 'A1', { tarieven: {} }) }, ctx('2027-01-05')],
      ...toetsAlles(['T1'], '2027-01-10', { E1: false, U1: true }),
    ]);

    expect(weigering(voer(a, { type: ActieType.LaatToe, inschrijvingId: 'T1' }, '2027-01-11')).code).toBe(
      'NIET_GESCHIKT',
    );
    const afgewezen = gelukt(
      voer(a, { type: ActieType.WijsAf, inschrijvingId: 'T1', reden: 'Geen HKZ-certificaat' }, '2027-01-11'),
    );
    expect(afgewezen.aanbesteding.afwijzingen).toHaveLength(1);
    expect(toegestaneActies(a)).not.toContain(ActieType.OpenPrijzen);
  });

  it('should refuse a bid-based price in an open house', () => {
    expect(
      toetsConfiguratie(
        { ...toelating(), percelen: [perceel({ gunningscriteria: [], gunning: { methode: GunningMethode.Allen } })] },
        ctx('2026-11-01'),
      )?.code,
    ).toBe('CONFIGURATIE_ONGELDIG');
  });
});

describe('SAS zonder EMVI', () => {
  const zonderEmvi = (gunning: GunningConfig) =>
    nieuweAanbesteding(
      invoer({
        procedureType: ProcedureType.SasZonderEmvi,
        percelen: [
          perceel({
            producten: [product({ prijs: { soort: 'vast', tariefCenten: 6_850 } })],
            gunningscriteria: [],
            gunning,
          }),
        ],
        beoordelaars: [],
      }),
    );
  const totToetsing = (a: Aanbesteding) =>
    doorloop(a, [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1', { tarieven: {} }) }, ctx('2026-04-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I2', 'A2', { tarieven: {} }) }, ctx('2026-04-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I3', 'A3', { tarieven: {} }) }, ctx('2026-04-01')],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1', 'I2', 'I3'], '2026-04-17'),
    ]);

  it('should contract every qualifying provider when the variant is all', () => {
    const a = doorloop(totToetsing(zonderEmvi({ methode: GunningMethode.Allen })), [
      [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
      [{ type: ActieType.DefinitieveGunning }, ctx('2026-05-22')],
    ]);

    expect(a.raamovereenkomsten.map((r) => r.aanbieder.id)).toEqual(['A1', 'A2', 'A3']);
    expect(a.raamovereenkomsten[0].producten[0].tariefCenten).toBe(6_850);
  });

  it('should need a loting order when more qualify than at most N, and follow it', () => {
    const a = totToetsing(zonderEmvi({ methode: GunningMethode.MaximaalN, aantal: 2 }));

    const zonder = weigering(voer(a, { type: ActieType.VoorlopigeGunning }, '2026-05-01'));
    const met = gelukt(
      voer(
        a,
        { type: ActieType.VoorlopigeGunning, perPerceel: { P1: { lotingVolgorde: ['A3', 'A1', 'A2'] } } },
        '2026-05-01',
      ),
    );

    expect(zonder.code).toBe('LOTING_VEREIST');
    expect(met.aanbesteding.gunning?.percelen[0].gegund).toEqual(['A3', 'A1']);
  });

  it('should need a motivation for a selection', () => {
    const a = totToetsing(zonderEmvi({ methode: GunningMethode.Selectie }));

    expect(
      weigering(voer(a, { type: ActieType.VoorlopigeGunning, perPerceel: { P1: { selectie: ['A2'] } } }, '2026-05-01'))
        .code,
    ).toBe('MOTIVERING_VEREIST');
    const r = gelukt(
      voer(
        a,
        {
          type: ActieType.VoorlopigeGunning,
          perPerceel: { P1: { selectie: ['A2'], motivering: 'Enige aanbieder met een locatie in de kern' } },
        },
        '2026-05-01',
      ),
    );
    expect(r.aanbesteding.gunning?.percelen[0].gegund).toEqual(['A2']);
  });

  it('should refuse award criteria in a procedure without EMVI', () => {
    expect(toetsConfiguratie(invoer({ procedureType: ProcedureType.SasZonderEmvi }), ctx('2026-03-01'))?.code).toBe(
      'CONFIGURATIE_ONGELDIG',
    );
  });
});

describe('Europese openbare procedure with the Dronten method', () => {
  // 8 bids on perceel P1; quality decides the ranking (equal prices), capacity in units per provider.
  const capaciteit = { I1: 30, I2: 20, I3: 15, I4: 10, I5: 5, I6: 15, I7: 10, I8: 40 };
  const kwaliteit = { I1: 10, I2: 10, I3: 8, I4: 8, I5: 6, I6: 6, I7: 4, I8: 2 };
  const totPrijzen = (capaciteiten: Record<string, number>) => {
    const ids = Object.keys(capaciteiten);
    return doorloop(
      nieuweAanbesteding(
        invoer({
          procedureType: ProcedureType.EuropeesOpenbaar,
          percelen: [perceel({ gunning: { methode: GunningMethode.Capaciteit, behoefte: 100, minimumAantal: 5 } })],
        }),
      ),
      [
        [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
        ...ids.map((id, n): [Actie, ReturnType<typeof ctx>] => [
          { type: ActieType.DienIn, inschrijving: inschrijving(id, `A${n + 1}`, { capaciteit: capaciteiten[id] }) },
          ctx('2026-04-01'),
        ]),
        [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
        ...toetsAlles(ids, '2026-04-17'),
        ...scoorKwaliteit(
          Object.fromEntries(ids.map((id) => [id, kwaliteit[id as keyof typeof kwaliteit]])),
          '2026-04-18',
        ),
        [{ type: ActieType.OpenPrijzen }, ctx('2026-04-19')],
      ],
    );
  };

  it('should contract the best 5 and then more in ranking order until 100 units are covered', () => {
    // Best 5 (A1..A5) offer 30+20+15+10+5 = 80 < 100; A6 brings 95, A7 brings 105: seven contracts.
    const r = gelukt(voer(totPrijzen(capaciteit), { type: ActieType.VoorlopigeGunning }, '2026-05-01'));

    expect(r.aanbesteding.gunning?.percelen[0].gegund).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
  });

  it('should contract exactly the best 5 when they already offer 100 units', () => {
    const r = gelukt(voer(totPrijzen({ ...capaciteit, I5: 25 }), { type: ActieType.VoorlopigeGunning }, '2026-05-01'));

    expect(r.aanbesteding.gunning?.percelen[0].gegund).toEqual(['A1', 'A2', 'A3', 'A4', 'A5']);
  });

  it('should refuse a bid without the capacity the Dronten method needs', () => {
    const a = doorloop(
      nieuweAanbesteding(
        invoer({
          procedureType: ProcedureType.EuropeesOpenbaar,
          percelen: [perceel({ gunning: { methode: GunningMethode.Capaciteit, behoefte: 100, minimumAantal: 5 } })],
        }),
      ),
      [[{ type: ActieType.Publiceer }, ctx('2026-03-01')]],
    );

    expect(
      weigering(voer(a, { type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, '2026-04-01')).code,
    ).toBe('INSCHRIJVING_ONVOLLEDIG');
  });
});

describe('Europese niet-openbare procedure', () => {
  it('should select candidates first and accept bids only from the selected', () => {
    const a = doorloop(
      nieuweAanbesteding(
        invoer({
          procedureType: ProcedureType.EuropeesNietOpenbaar,
          aanmeldperiode: { begindatum: '2026-02-01', einddatum: '2026-02-28' },
          maximumGegadigden: 2,
        }),
      ),
      [
        [{ type: ActieType.Publiceer }, ctx('2026-01-29')],
        [{ type: ActieType.DienIn, inschrijving: inschrijving('V1', 'A1', { tarieven: {} }) }, ctx('2026-02-10')],
        [{ type: ActieType.DienIn, inschrijving: inschrijving('V2', 'A2', { tarieven: {} }) }, ctx('2026-02-10')],
        [{ type: ActieType.DienIn, inschrijving: inschrijving('V3', 'A3', { tarieven: {} }) }, ctx('2026-02-10')],
        ...toetsAlles(['V1', 'V2', 'V3'], '2026-03-01'),
      ],
    );

    const teVeel = weigering(
      voer(
        a,
        { type: ActieType.SelecteerGegadigden, aanbiederIds: ['A1', 'A2', 'A3'], motivering: 'Referenties' },
        '2026-03-01',
      ),
    );
    const b = doorloop(a, [
      [
        { type: ActieType.SelecteerGegadigden, aanbiederIds: ['A1', 'A3'], motivering: 'Beste referenties' },
        ctx('2026-03-01'),
      ],
    ]);
    const nietGeselecteerd = weigering(
      voer(b, { type: ActieType.DienIn, inschrijving: inschrijving('I2', 'A2') }, '2026-04-01'),
    );
    const c = doorloop(b, [
      [
        { type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1', { tarieven: { '02A01': 7_000 } }) },
        ctx('2026-04-01'),
      ],
      [
        { type: ActieType.DienIn, inschrijving: inschrijving('I3', 'A3', { tarieven: { '02A01': 6_500 } }) },
        ctx('2026-04-01'),
      ],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...scoorKwaliteit({ I1: 8, I3: 8 }, '2026-04-18'),
      [{ type: ActieType.OpenPrijzen }, ctx('2026-04-19')],
      [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
      [{ type: ActieType.DefinitieveGunning }, ctx('2026-05-22')],
    ]);

    expect(teVeel.code).toBe('CONFIGURATIE_ONGELDIG');
    expect(nietGeselecteerd.code).toBe('NIET_UITGENODIGD');
    expect(c.gunning?.percelen[0].rangschikking?.map((r) => r.aanbiederId)).toEqual(['A3', 'A1']);
    expect(c.status).toBe(AanbestedingStatus.Lopend);
  });
});

describe('Meervoudig en enkelvoudig onderhands', () => {
  it('should accept bids only from the invited and award the best one', () => {
    const a = doorloop(
      nieuweAanbesteding(
        invoer({
          procedureType: ProcedureType.MeervoudigOnderhands,
          publicatie: Publicatie.Uitnodiging,
          uitgenodigden: ['A1', 'A2', 'A3'],
          percelen: [
            perceel({ geraamdeWaardeCenten: 15_000_000, gunning: { methode: GunningMethode.BesteN, aantal: 1 } }),
          ],
        }),
      ),
      [[{ type: ActieType.Publiceer }, ctx('2026-03-01')]],
    );

    expect(
      weigering(voer(a, { type: ActieType.DienIn, inschrijving: inschrijving('I9', 'A9') }, '2026-04-01')).code,
    ).toBe('NIET_UITGENODIGD');
    const b = doorloop(a, [
      [
        { type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1', { tarieven: { '02A01': 7_000 } }) },
        ctx('2026-04-01'),
      ],
      [
        { type: ActieType.DienIn, inschrijving: inschrijving('I2', 'A2', { tarieven: { '02A01': 7_000 } }) },
        ctx('2026-04-01'),
      ],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1', 'I2'], '2026-04-17'),
      ...scoorKwaliteit({ I1: 6, I2: 8 }, '2026-04-18'),
      [{ type: ActieType.OpenPrijzen }, ctx('2026-04-19')],
      [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
      [{ type: ActieType.DefinitieveGunning }, ctx('2026-05-22')],
    ]);
    expect(b.raamovereenkomsten.map((r) => r.aanbieder.id)).toEqual(['A2']);
  });

  it('should need a motivation and award the one invited provider without standstill', () => {
    const basis = invoer({
      procedureType: ProcedureType.EnkelvoudigOnderhands,
      publicatie: Publicatie.Uitnodiging,
      uitgenodigden: ['A1'],
      percelen: [
        perceel({ geraamdeWaardeCenten: 900_000, gunningscriteria: [], gunning: { methode: GunningMethode.Allen } }),
      ],
      beoordelaars: [],
    });

    expect(toetsConfiguratie(basis, ctx('2026-03-01'))?.code).toBe('MOTIVERING_VEREIST');
    const a = doorloop(
      nieuweAanbesteding({
        ...basis,
        motiveringProcedurekeuze: 'Spoedeisende crisisopvang, enige aanbieder in de regio',
      }),
      [
        [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
        [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, ctx('2026-04-01')],
        [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
        ...toetsAlles(['I1'], '2026-04-17'),
        [{ type: ActieType.VoorlopigeGunning }, ctx('2026-04-18')],
        [{ type: ActieType.DefinitieveGunning }, ctx('2026-04-18')],
      ],
    );
    expect(a.gunning?.standstillEinddatum).toBeNull();
    expect(a.raamovereenkomsten.map((r) => r.aanbieder.id)).toEqual(['A1']);
  });

  it('should refuse enkelvoudig when the inkoopbeleid asks meervoudig for this value', () => {
    const a = invoer({
      procedureType: ProcedureType.EnkelvoudigOnderhands,
      publicatie: Publicatie.Uitnodiging,
      uitgenodigden: ['A1'],
      motiveringProcedurekeuze: 'x',
      percelen: [
        perceel({ geraamdeWaardeCenten: 1_500_000, gunningscriteria: [], gunning: { methode: GunningMethode.Allen } }),
      ],
      beoordelaars: [],
    });

    expect(toetsConfiguratie(a, ctx('2026-03-01'))?.code).toBe('INKOOPBELEID_ZWAARDERE_PROCEDURE');
  });
});

describe('Bestuurlijk aanbesteden', () => {
  it('should contract every participant who accepts the negotiated terms at the negotiated tariff', () => {
    const bestuurlijk = invoer({
      procedureType: ProcedureType.BestuurlijkAanbesteden,
      percelen: [
        perceel({
          producten: [product({ prijs: { soort: 'vast', tariefCenten: 6_500 } })],
          eisen: [
            { id: 'AV', soort: 'geschiktheidseis', omschrijving: 'Aanvaardt de uitkomst van het bestuurlijk overleg' },
          ],
          gunningscriteria: [],
          gunning: { methode: GunningMethode.Allen },
        }),
      ],
      beoordelaars: [],
    });
    const a = doorloop(nieuweAanbesteding(bestuurlijk), [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1', { tarieven: {} }) }, ctx('2026-04-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I2', 'A2', { tarieven: {} }) }, ctx('2026-04-01')],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
    ]);

    expect(weigering(voer(a, { type: ActieType.VoorlopigeGunning }, '2026-05-01')).code).toBe(
      'STAP_NIET_VAN_TOEPASSING',
    );
    const b = doorloop(a, [
      [{ type: ActieType.LegOnderhandelingsuitkomstVast, tarieven: { '02A01': 6_900 } }, ctx('2026-04-30')],
      ...toetsAlles(['I1'], '2026-05-01', { AV: true }),
      ...toetsAlles(['I2'], '2026-05-01', { AV: false }),
      [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
      [{ type: ActieType.DefinitieveGunning }, ctx('2026-05-22')],
    ]);
    expect(b.raamovereenkomsten.map((r) => [r.aanbieder.id, r.producten[0].tariefCenten])).toEqual([['A1', 6_900]]);
  });
});

describe('Besloten veiling', () => {
  const veiling = (domein: Domein) =>
    invoer({
      procedureType: ProcedureType.BeslotenVeiling,
      domein,
      percelen: [
        perceel({
          producten: [
            domein === Domein.Jeugd
              ? jeugdProduct({ prijs: { soort: 'maximumtarief', maximumtariefCenten: 8_000, reelePrijsCenten: 6_000 } })
              : product({ prijs: { soort: 'maximumtarief', maximumtariefCenten: 8_000 } }),
          ],
          gunningscriteria: [],
          gunning: { methode: GunningMethode.Allen },
        }),
      ],
      beoordelaars: [],
    });

  it('should refuse a besloten veiling for Wmo because each client is awarded on price alone', () => {
    expect(toetsConfiguratie(veiling(Domein.Wmo), ctx('2026-03-01'))?.code).toBe('WMO_NIET_ALLEEN_PRIJS');
  });

  it('should allow a Wmo besloten veiling whose rounds rank on quality and price above a reële prijs, and no other', () => {
    const metCriteria = (reelePrijsCenten?: number) =>
      invoer({
        procedureType: ProcedureType.BeslotenVeiling,
        percelen: [
          perceel({
            producten: [
              product({
                prijs: {
                  soort: 'maximumtarief',
                  maximumtariefCenten: 8_000,
                  ...(reelePrijsCenten ? { reelePrijsCenten } : {}),
                },
              }),
            ],
            gunning: { methode: GunningMethode.Allen },
          }),
        ],
        beoordelaars: [],
      });

    expect(toetsConfiguratie(metCriteria(6_000), ctx('2026-03-01'))).toBeNull();
    expect(toetsConfiguratie(metCriteria(), ctx('2026-03-01'))?.code).toBe('CONFIGURATIE_ONGELDIG');
  });

  it('should admit qualifying providers at the maximumtarief and award each client to the lowest valid bid', () => {
    const a = doorloop(nieuweAanbesteding(veiling(Domein.Jeugd)), [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      ...['A1', 'A2', 'A3', 'A4'].map((id, n): [Actie, ReturnType<typeof ctx>] => [
        { type: ActieType.DienIn, inschrijving: inschrijving(`I${n + 1}`, id, { tarieven: {} }) },
        ctx('2026-04-01'),
      ]),
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1', 'I2', 'I3'], '2026-04-17'),
      ...toetsAlles(['I4'], '2026-04-17', { E1: false, U1: true }),
      [{ type: ActieType.VoorlopigeGunning }, ctx('2026-05-01')],
      [{ type: ActieType.DefinitieveGunning }, ctx('2026-05-22')],
    ]);
    const bod = (aanbiederId: string, tariefCenten: number, ingediendOm: string) => ({
      aanbiederId,
      tariefCenten,
      ingediendOm,
    });

    const r = gelukt(
      voer(
        a,
        {
          type: ActieType.HoudVeiling,
          id: 'V-001',
          perceelId: 'P1',
          productcode: '45A48',
          clientReferentie: 'TW-2027-0042',
          biedingen: [
            bod('A1', 7_200, '2027-02-01T10:00:00+01:00'),
            bod('A2', 6_900, '2027-02-01T10:05:00+01:00'),
            bod('A3', 6_900, '2027-02-01T09:59:00+01:00'),
            bod('A4', 6_100, '2027-02-01T09:00:00+01:00'),
            bod('A1', 5_900, '2027-02-01T10:10:00+01:00'),
          ],
        },
        '2027-02-01',
      ),
    );
    const boven = gelukt(
      voer(
        a,
        {
          type: ActieType.HoudVeiling,
          id: 'V-002',
          perceelId: 'P1',
          productcode: '45A48',
          clientReferentie: 'TW-2027-0043',
          biedingen: [bod('A1', 8_001, '2027-02-02T10:00:00+01:00'), bod('A2', 8_000, '2027-02-02T11:00:00+01:00')],
        },
        '2027-02-02',
      ),
    );

    expect(
      a.raamovereenkomsten.map((ro) => [ro.aanbieder.id, ro.producten[0].tariefsoort, ro.producten[0].tariefCenten]),
    ).toEqual([
      ['A1', 'maximum', 8_000],
      ['A2', 'maximum', 8_000],
      ['A3', 'maximum', 8_000],
    ]);
    // A4 is no participant; A1's 5,900 is under the reële prijs; A2 and A3 tie at 6,900: the earlier bid (A3) wins.
    expect(r.aanbesteding.miniCompetities[0]).toMatchObject({ winnaar: 'A3', tariefCenten: 6_900 });
    expect(r.aanbesteding.miniCompetities[0].ongeldig.map((o) => o.aanbiederId)).toEqual(['A4', 'A1']);
    expect(boven.aanbesteding.miniCompetities[0]).toMatchObject({ winnaar: 'A2', tariefCenten: 8_000 });
  });
});

describe('Dynamisch aankoopsysteem', () => {
  it('should admit new entrants during the whole term and award a nadere opdracht on BPKV', () => {
    const das = invoer({
      procedureType: ProcedureType.DynamischAankoopsysteem,
      domein: Domein.Jeugd,
      percelen: [
        perceel({
          producten: [jeugdProduct({ prijs: { soort: 'maximumtarief', maximumtariefCenten: 9_000 } })],
          gunningscriteria: [
            { id: 'K1', naam: 'Plan', soort: 'kwaliteit', weging: 70, schaal: [0, 5, 10] },
            { id: 'PR', naam: 'Prijs', soort: 'prijs', weging: 30 },
          ],
          gunning: { methode: GunningMethode.Allen },
        }),
      ],
      inschrijfperiode: undefined,
      beoordelaars: [],
    });
    const a = doorloop(nieuweAanbesteding(das), [
      [{ type: ActieType.Publiceer }, ctx('2026-10-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('D1', 'A1', { tarieven: {} }) }, ctx('2026-10-05')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('D2', 'A2', { tarieven: {} }) }, ctx('2028-06-30')],
      ...toetsAlles(['D1', 'D2'], '2028-07-01'),
      [{ type: ActieType.LaatToe, inschrijvingId: 'D1' }, ctx('2028-07-01')],
      [{ type: ActieType.LaatToe, inschrijvingId: 'D2' }, ctx('2028-07-01')],
    ]);

    // A1: 35 quality + 30 × 6,000 / 8,000 = 57.5 points; A2: 70 + 30 × 6,000 / 6,000 = 100 points.
    const r = gelukt(
      voer(
        a,
        {
          type: ActieType.NadereOpdracht,
          id: 'N-1',
          perceelId: 'P1',
          productcode: '45A48',
          clientReferentie: 'ORD-7',
          biedingen: [
            {
              aanbiederId: 'A1',
              tariefCenten: 8_000,
              ingediendOm: '2028-07-02T09:00:00+02:00',
              kwaliteitMicropunten: 35_000_000,
            },
            {
              aanbiederId: 'A2',
              tariefCenten: 6_000,
              ingediendOm: '2028-07-02T09:30:00+02:00',
              kwaliteitMicropunten: 70_000_000,
            },
          ],
        },
        '2028-07-02',
      ),
    );

    expect(a.raamovereenkomsten.map((ro) => [ro.aanbieder.id, ro.begindatum])).toEqual([
      ['A1', '2028-07-01'],
      ['A2', '2028-07-01'],
    ]);
    expect(r.aanbesteding.miniCompetities[0]).toMatchObject({ winnaar: 'A2', tariefCenten: 6_000 });
    expect(
      weigering(
        voer(a, { type: ActieType.DienIn, inschrijving: inschrijving('D3', 'A3', { tarieven: {} }) }, '2031-01-01'),
      ).code,
    ).toBe('BUITEN_TOETREDINGSVENSTER');
  });
});

describe('intrekken', () => {
  it('should withdraw a running procedure only with a reason', () => {
    const a = doorloop(nieuweAanbesteding(invoer()), [[{ type: ActieType.Publiceer }, ctx('2026-03-01')]]);

    expect(weigering(voer(a, { type: ActieType.TrekIn, reden: '' }, '2026-03-05')).code).toBe('MOTIVERING_VEREIST');
    const r = gelukt(voer(a, { type: ActieType.TrekIn, reden: 'Budget vervallen' }, '2026-03-05'));
    expect(r.nieuweStatus).toBe(AanbestedingStatus.Ingetrokken);
    expect(toegestaneActies(r.aanbesteding)).toEqual([]);
  });
});

describe('vereisteVelden', () => {
  it('should ask each type only for the fields its steps use', () => {
    expect(vereisteVelden(ProcedureType.Toelatingsprocedure)).toEqual(['toetredingsvensters', 'maximumwaardeCenten']);
    expect(vereisteVelden(ProcedureType.EuropeesNietOpenbaar)).toEqual([
      'inschrijfperiode',
      'aanmeldperiode',
      'maximumGegadigden',
      'beoordelaars',
      'voorzitter',
      'gunningscriteria',
      'maximumwaardeCenten',
    ]);
    expect(vereisteVelden(ProcedureType.EnkelvoudigOnderhands)).toEqual([
      'inschrijfperiode',
      'uitgenodigden',
      'motiveringProcedurekeuze',
      'maximumwaardeCenten',
    ]);
  });
});

describe('minimum tender periods (Aw 2012 art. 2.71–2.74)', () => {
  const europees = (einddatum: string, termijnverkorting?: Termijnverkorting, motivering?: string) =>
    nieuweAanbesteding(
      invoer({
        procedureType: ProcedureType.EuropeesOpenbaar,
        inschrijfperiode: { begindatum: '2026-03-01', einddatum },
        termijnverkorting,
        motiveringTermijnverkorting: motivering,
      }),
    );

  it('should ask 35 days for a European open procedure, 30 with electronic bids and 15 in substantiated urgency', () => {
    expect(weigering(voer(europees('2026-04-04'), { type: ActieType.Publiceer }, '2026-03-01')).code).toBe(
      'TERMIJN_TE_KORT',
    );
    expect(gelukt(voer(europees('2026-04-05'), { type: ActieType.Publiceer }, '2026-03-01')).nieuweStatus).toBe(
      AanbestedingStatus.Inschrijving,
    );
    expect(
      gelukt(voer(europees('2026-03-31', Termijnverkorting.Elektronisch), { type: ActieType.Publiceer }, '2026-03-01'))
        .ok,
    ).toBe(true);
    expect(
      weigering(voer(europees('2026-03-16', Termijnverkorting.Spoed), { type: ActieType.Publiceer }, '2026-03-01'))
        .code,
    ).toBe('MOTIVERING_VEREIST');
    expect(
      gelukt(
        voer(
          europees('2026-03-16', Termijnverkorting.Spoed, 'Continuïteit na faillissement'),
          { type: ActieType.Publiceer },
          '2026-03-01',
        ),
      ).ok,
    ).toBe(true);
  });

  it('should leave the SAS regime without a statutory minimum', () => {
    const sas = nieuweAanbesteding(invoer({ inschrijfperiode: { begindatum: '2026-03-01', einddatum: '2026-03-08' } }));

    expect(gelukt(voer(sas, { type: ActieType.Publiceer }, '2026-03-01')).ok).toBe(true);
  });
});

describe('blind scoring with a voorzitter', () => {
  const gesloten = () =>
    doorloop(nieuweAanbesteding(invoer()), [
      [{ type: ActieType.Publiceer }, ctx('2026-03-01')],
      [{ type: ActieType.DienIn, inschrijving: inschrijving('I1', 'A1') }, ctx('2026-04-01')],
      [{ type: ActieType.SluitInschrijving }, ctx('2026-04-16')],
      ...toetsAlles(['I1'], '2026-04-17'),
      [
        { type: ActieType.RegistreerScore, inschrijvingId: 'I1', criteriumId: 'K1', score: 8 },
        ctx('2026-04-18', 'beoordelaar-a'),
      ],
    ]);

  it('should keep a beoordelaar blind until every score is in, and never the voorzitter', () => {
    const a = gesloten();
    const b = doorloop(a, [
      [
        { type: ActieType.RegistreerScore, inschrijvingId: 'I1', criteriumId: 'K1', score: 6 },
        ctx('2026-04-18', 'beoordelaar-b'),
      ],
    ]);

    expect([
      beoordelingBlindVoor(a, 'beoordelaar-b'),
      beoordelingBlindVoor(a, 'voorzitter'),
      beoordelingBlindVoor(b, 'beoordelaar-b'),
    ]).toEqual([true, false, false]);
  });

  it('should let only the voorzitter record or change the consensus, and refuse a beoordelaar’s change after it', () => {
    const b = doorloop(gesloten(), [
      [
        { type: ActieType.RegistreerScore, inschrijvingId: 'I1', criteriumId: 'K1', score: 6 },
        ctx('2026-04-18', 'beoordelaar-b'),
      ],
    ]);
    const consensus = {
      type: ActieType.RegistreerConsensus,
      inschrijvingId: 'I1',
      criteriumId: 'K1',
      score: 8,
      motivering: 'Sterk plan',
    } as const;

    const doorBeoordelaar = weigering(voer(b, consensus, '2026-04-19', 'beoordelaar-a'));
    const c = gelukt(voer(b, consensus, '2026-04-19', 'voorzitter')).aanbesteding;
    const naConsensus = weigering(
      voer(
        c,
        { type: ActieType.RegistreerScore, inschrijvingId: 'I1', criteriumId: 'K1', score: 10 },
        '2026-04-19',
        'beoordelaar-a',
      ),
    );
    const d = gelukt(
      voer(c, { ...consensus, score: 6, motivering: 'Planning ontbreekt' }, '2026-04-20', 'voorzitter'),
    ).aanbesteding;

    expect(doorBeoordelaar.code).toBe('GEEN_VOORZITTER');
    expect(naConsensus.code).toBe('CONSENSUS_VASTGESTELD');
    expect(d.consensuswijzigingen).toEqual([
      {
        inschrijvingId: 'I1',
        criteriumId: 'K1',
        vorigeScore: 8,
        score: 6,
        motivering: 'Planning ontbreekt',
        datum: '2026-04-20',
        gebruiker: 'voorzitter',
      },
    ]);
  });

  it('should refuse a quality-scoring procedure without a voorzitter', () => {
    expect(toetsConfiguratie(invoer({ voorzitter: undefined }), ctx('2026-03-01'))?.code).toBe('CONFIGURATIE_ONGELDIG');
  });
});
