import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  DebetCredit,
  Eenheid,
  Uitvoeringsvariant,
  type BeoordelingContext,
  type DeclaratieKop,
  type EerderePrestatie,
  type PrestatieInvoer,
  type ToewijzingInvoer,
} from '#keten/domain';
import { voorbereideQuery } from '#keten/platform';
import { ContractTariefService, type ContractTarief } from '#keten/contracten';
import { ClientService, ToewijzingOpvraagService } from '#keten/toewijzingen';

interface EerdereRij {
  referentie_nummer: string;
  vorig_referentie_nummer: string | null;
  toewijzing_nummer: number;
  productcategorie: string;
  productcode: string;
  begindatum: string;
  einddatum: string;
  geleverd_volume: number;
  eenheid: Eenheid;
  ingediend_bedrag_centen: string;
  debet_credit: 'D' | 'C';
  status: 'goedgekeurd' | 'afgekeurd';
  gecrediteerd: boolean;
}

const naarEerdere = (r: EerdereRij): EerderePrestatie => ({
  referentieNummer: r.referentie_nummer,
  vorigReferentieNummer: r.vorig_referentie_nummer,
  toewijzingNummer: r.toewijzing_nummer,
  productCategorie: r.productcategorie.trim(),
  productCode: r.productcode,
  productPeriode: { begindatum: r.begindatum, einddatum: r.einddatum },
  geleverdVolume: r.geleverd_volume,
  eenheid: r.eenheid,
  ingediendBedrag: Number(r.ingediend_bedrag_centen),
  debetCredit: r.debet_credit === 'C' ? DebetCredit.Credit : DebetCredit.Debet,
  status: r.status,
  gecrediteerd: r.gecrediteerd,
});

/**
 * Loads everything the beoordeling of one declaratie looks up, in a fixed number of set-based queries (never one per
 * prestatie). Clients are compared by their keten.client id (one row per BSN), so the checks never see a BSN.
 */
@Injectable()
export class BeoordelingContextService {
  constructor(
    private readonly clienten: ClientService,
    private readonly toewijzingen: ToewijzingOpvraagService,
    private readonly contracten: ContractTariefService,
  ) {}

  /**
   * The prestaties of a dry run as the checks see them: the BSN replaced by the client's id, as in a stored declaratie
   * (TR304 compares clients). A BSN Keten does not know gets a key of its own that matches no toewijzing.
   */
  async pseudonimiseer(manager: EntityManager, prestaties: PrestatieInvoer[]): Promise<PrestatieInvoer[]> {
    const ids = await this.clienten.bestaandeClientIds(
      manager,
      prestaties.map((p) => p.bsn),
    );
    const onbekend = new Map<string, string>();
    const sleutel = (bsn: string): string => {
      const id = ids.get(bsn);
      if (id) return id;
      if (!onbekend.has(bsn)) onbekend.set(bsn, `onbekend-${onbekend.size + 1}`);
      return onbekend.get(bsn)!;
    };
    return prestaties.map((p) => ({ ...p, bsn: sleutel(p.bsn) }));
  }

  async laad(
    manager: EntityManager,
    ids: { aanbiederId: string; gemeenteId: string },
    kop: DeclaratieKop,
    prestaties: PrestatieInvoer[],
    /** The stored declaratie being judged (read by the caller under its lock); null for a dry run. */
    declaratie: { id: string; nummerDubbel: boolean } | null,
  ): Promise<BeoordelingContext> {
    const nummers = [...new Set(prestaties.map((p) => p.toewijzingNummer))];
    const referenties = [...new Set(prestaties.map((p) => p.referentieNummer))];
    const vorige = [...new Set(prestaties.map((p) => p.vorigReferentieNummer).filter((r): r is string => !!r))];
    let van = kop.declaratiePeriode.begindatum;
    let tot = kop.declaratiePeriode.einddatum;
    for (const p of prestaties) {
      if (p.productPeriode.begindatum < van) van = p.productPeriode.begindatum;
      if (p.productPeriode.einddatum > tot) tot = p.productPeriode.einddatum;
    }
    const ander = declaratie?.id ?? '00000000-0000-0000-0000-000000000000';

    // Every lookup at once: on the transaction's connection they go out together and come back in order (pipeline
    // mode, data-source-opties.ts), one round trip instead of six (issue 19). None depends on another's answer.
    const [versies, eerdere, opReferentie, bekend, vorigePeriode, dubbel, tarieven] = await Promise.all([
      // Only this aanbieder's toewijzingen: another's is not in its context at all (below).
      this.toewijzingen.actueleVersies(manager, ids.gemeenteId, kop.domein, nummers, ids.aanbiederId),
      voorbereideQuery<EerdereRij>(
        manager,
        'beoordeling-eerdere-prestaties',
        `SELECT p.referentie_nummer, p.vorig_referentie_nummer, p.toewijzing_nummer, p.productcategorie, p.productcode, p.begindatum::text, p.einddatum::text,
                p.geleverd_volume, p.eenheid, p.ingediend_bedrag_centen, p.debet_credit, p.status,
                EXISTS (SELECT 1 FROM keten.prestatie c WHERE c.aanbieder_id = p.aanbieder_id AND c.domein = p.domein AND c.vorig_referentie_nummer = p.referentie_nummer
                         AND c.status = 'goedgekeurd' AND c.debet_credit = 'C') AS gecrediteerd
           FROM unnest($3::int[]) AS n(nummer)
          -- One index probe per ToewijzingNummer (OFFSET 0 keeps the planner from turning it into a scan of the whole
          -- gemeente, which it did on stale statistics: 50 ms per declaratie at 200,000 prestaties).
          -- Approved prestaties on a toewijzing are all its aanbieder's (none of another's is approved): asking for this
          -- aanbieder's finds them all, side by side in prestatie_toewijzing (only its own toewijzingen are in its context).
          CROSS JOIN LATERAL (SELECT * FROM keten.prestatie x WHERE x.gemeente_id = $1 AND x.domein = $2 AND x.aanbieder_id = $5
                                 AND x.toewijzing_nummer = n.nummer AND x.declaratie_id <> $4 AND x.status = 'goedgekeurd' OFFSET 0) p`,
        [ids.gemeenteId, kop.domein, nummers, ander, ids.aanbiederId],
      ),
      vorige.length === 0
        ? []
        : voorbereideQuery<EerdereRij>(
            manager,
            'beoordeling-prestatie-op-referentie',
            // Per VorigReferentieNummer one index probe, the approved prestatie first (a generic plan, as for the
            // known ReferentieNummers below, must not depend on how many there are).
            `SELECT p.referentie_nummer, p.vorig_referentie_nummer, p.toewijzing_nummer, p.productcategorie, p.productcode,
                  p.begindatum::text, p.einddatum::text, p.geleverd_volume, p.eenheid, p.ingediend_bedrag_centen, p.debet_credit, p.status,
                  EXISTS (SELECT 1 FROM keten.prestatie c WHERE c.aanbieder_id = p.aanbieder_id AND c.domein = p.domein AND c.vorig_referentie_nummer = p.referentie_nummer
                           AND c.status = 'goedgekeurd' AND c.debet_credit = 'C') AS gecrediteerd
             FROM unnest($3::text[]) AS r(ref)
            CROSS JOIN LATERAL (SELECT * FROM keten.prestatie x WHERE x.aanbieder_id = $1 AND x.domein = $2 AND x.referentie_nummer = r.ref AND x.declaratie_id <> $4
                                 ORDER BY (x.status = 'goedgekeurd') DESC LIMIT 1) p`,
            [ids.aanbiederId, kop.domein, vorige, ander],
          ),
      voorbereideQuery<{ referentie_nummer: string }>(
        manager,
        'beoordeling-bekende-referenties',
        // One index probe per ReferentieNummer (LIMIT 1 in a lateral keeps it one): as a semi-join, a generic plan
        // read all of the aanbieder's prestaties into a hash per declaratie, more with every month stored.
        `SELECT r.ref AS referentie_nummer FROM unnest($3::text[]) AS r(ref)
          CROSS JOIN LATERAL (SELECT 1 FROM keten.prestatie p WHERE p.aanbieder_id = $1 AND p.domein = $2 AND p.referentie_nummer = r.ref
                                AND p.declaratie_id <> $4 LIMIT 1) p`,
        [ids.aanbiederId, kop.domein, referenties, ander],
      ),
      voorbereideQuery<{ begindatum: string; einddatum: string }>(
        manager,
        'beoordeling-vorige-declaratieperiode',
        `SELECT periode_begin::text AS begindatum, periode_eind::text AS einddatum FROM keten.declaratie
          WHERE aanbieder_id = $1 AND gemeente_id = $2 AND domein = $3 AND id <> $4 AND NOT nummer_dubbel AND status = 'beoordeeld'
          ORDER BY periode_begin DESC LIMIT 1`,
        [ids.aanbiederId, ids.gemeenteId, kop.domein, ander],
      ),
      // TR333: a stored declaratie knows whether its number was used before; a dry run asks.
      declaratie
        ? declaratie.nummerDubbel
        : (
            manager.query(
              `SELECT true AS nummer_dubbel FROM keten.declaratie WHERE aanbieder_id = $1 AND domein = $2 AND declaratie_nummer = $3 AND NOT nummer_dubbel`,
              [ids.aanbiederId, kop.domein, kop.declaratieNummer],
            ) as Promise<unknown[]>
          ).then((r) => r.length > 0),
      this.contracten.tarievenVoor(
        { agbCode: kop.aanbiederAgb, gemeenteCode: kop.gemeente, domein: kop.domein, van, tot },
        manager,
      ),
    ]);

    const contract = indexeerTarieven(tarieven);
    const toewijzingen = new Map<number, ToewijzingInvoer>();
    for (const [nummer, v] of versies) {
      // Another aanbieder's toewijzing is not in this aanbieder's context at all: no check, answer or timing may tell
      // it apart from one that does not exist (architecture.md 5).
      if (v.aanbiederAgb !== kop.aanbiederAgb) continue;
      toewijzingen.set(nummer, {
        toewijzingNummer: nummer,
        bsn: v.clientId,
        aanbiederAgb: v.aanbiederAgb,
        productCategorie: v.productCategorie,
        productCode: v.productCode,
        omvang: v.omvang,
        budget: v.budgetCenten,
        ingangsdatum: v.ingangsdatum,
        einddatum: v.einddatum,
        redenWijziging: v.redenWijziging,
        uitvoeringsvariant: contract.variant(v.productCategorie, v.productCode),
      });
    }
    const eerderePerToewijzing = new Map<number, EerderePrestatie[]>();
    for (const r of eerdere) {
      const lijst = eerderePerToewijzing.get(r.toewijzing_nummer) ?? [];
      lijst.push(naarEerdere(r));
      eerderePerToewijzing.set(r.toewijzing_nummer, lijst);
    }
    return {
      toewijzingen,
      eerderePrestaties: eerderePerToewijzing,
      prestatieOpReferentie: new Map(opReferentie.map((r) => [r.referentie_nummer, naarEerdere(r)])),
      bekendeReferentieNummers: new Set(bekend.map((b) => b.referentie_nummer)),
      bekendeDeclaratieNummers: new Set(dubbel ? [kop.declaratieNummer] : []),
      vorigeDeclaratiePeriode: vorigePeriode[0] ?? null,
      tariefOp: contract.tariefOp,
      productcodeBijCategorie: contract.codeBijCategorie,
      gecontracteerdeEenheden: contract.eenheden,
    };
  }
}

/** Map lookups over the contract tariffs of this aanbieder and gemeente (TR418, TR381, OP261). */
function indexeerTarieven(tarieven: ContractTarief[]) {
  const perProduct = new Map<string, ContractTarief[]>();
  for (const t of tarieven) {
    const sleutel = `${t.productcategorie}|${t.productcode}`;
    perProduct.set(sleutel, [...(perProduct.get(sleutel) ?? []), t]);
  }
  const geldig = (t: ContractTarief, datum: string) => t.ingangsdatum <= datum && datum <= t.einddatum;
  return {
    tariefOp: (categorie: string, code: string, eenheid: Eenheid, datum: string) => {
      const t = perProduct.get(`${categorie}|${code}`)?.find((x) => x.eenheid === eenheid && geldig(x, datum));
      return t?.bedragCenten ?? null;
    },
    codeBijCategorie: (categorie: string, code: string, datum: string) =>
      (perProduct.get(`${categorie}|${code}`) ?? []).some((t) => geldig(t, datum)),
    eenheden: (categorie: string, code: string, datum: string) => [
      ...new Set(
        (perProduct.get(`${categorie}|${code}`) ?? [])
          .filter((t) => t.eenheid && geldig(t, datum))
          .map((t) => t.eenheid as Eenheid),
      ),
    ],
    variant: (categorie: string | null, code: string | null): Uitvoeringsvariant => {
      const product = tarieven.find((t) => (code ? t.productcode === code : t.productcategorie === categorie));
      return product?.uitvoeringsvariant ?? Uitvoeringsvariant.Inspanningsgericht;
    },
  };
}
