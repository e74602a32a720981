import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { vandaag } from '#keten/domain';
import {
  BERICHT_CODES,
  parseBericht,
  valideerBericht,
  type Bericht,
  type Bericht301,
  type Bericht305,
  type Bericht307,
  type Bericht315,
  type Bericht317,
  type Bericht320,
  type Bevinding,
} from '#keten/istandaarden';
import {
  BsnKluis,
  FoutCode,
  geenToegang,
  KetenConfig,
  KetenFout,
  nietGevonden,
  pakZipUit,
  Rol,
  transactie,
  validatieFout,
  voorbereideQuery,
  type Principal,
} from '#keten/platform';
import { OrganisatieCodesService } from '#keten/organisaties';
import {
  RegieberichtService,
  ToewijzingLedgerService,
  VerzoekIntakeService,
  type ToewijzingInvoer,
} from '#keten/toewijzingen';
import { DeclaratieBron, DeclaratieIntakeService, DeclaratieOpvraagService, uit323 } from '#keten/declaraties';
import { BerichtStatus } from '../database/bericht.entity.js';
import { pakInhoudUit, verpakInhoud } from '../database/bericht-inhoud.util.js';
import type { BerichtAntwoordDto, ZipAntwoordDto } from './bericht.dto.js';

const MAX_BESTANDEN_IN_ZIP = 1000;

/** A message ready for keten.bericht: packed by verpakInhoud, with its size as received. */
interface Opgeslagen {
  versleuteld: Buffer;
  grootte: number;
}

/** A zip starts with a local file header. */
export const isZip = (data: Buffer) => data.length >= 4 && data.readUInt32LE(0) === 0x04034b50;

/** The message types Keten receives through this endpoint, and who may send them (architecture.md 3). */
const ONTVANGEN: Partial<Record<Bericht['berichtType'], Rol>> = {
  '301': Rol.Toegang,
  '305': Rol.Aanbieder,
  '307': Rol.Aanbieder,
  '315': Rol.Aanbieder,
  '317': Rol.Aanbieder,
  '320': Rol.Aanbieder,
  '323': Rol.Aanbieder,
};

const isRegiebericht = (b: Bericht): b is Bericht305 | Bericht307 => b.berichtType === '305' || b.berichtType === '307';
const isVerzoekbericht = (b: Bericht): b is Bericht315 | Bericht317 =>
  b.berichtType === '315' || b.berichtType === '317';

/**
 * Who sent the message and under which identificatie (TR056): the header's afzender, except for a retour such as the
 * 320, which repeats the header of the 319 it answers and is identified by its IdentificatieRetour.
 */
function verzending(b: Bericht): { afzender: string; ontvanger: string; identificatie: string; dagtekening: string } {
  if (b.berichtType === '320') {
    return {
      afzender: b.header.ontvanger,
      ontvanger: b.header.afzender,
      identificatie: b.header.identificatieRetour,
      dagtekening: b.header.dagtekeningRetour,
    };
  }
  return { afzender: b.header.afzender, ontvanger: b.header.ontvanger, ...b.header.berichtIdentificatie };
}

function uit301(b: Bericht301): ToewijzingInvoer {
  const { toegewezenProducten, ...client } = b.client;
  return {
    domein: b.domein,
    gemeenteCode: b.header.afzender,
    aanbiederAgb: b.header.ontvanger,
    bsn: b.client.bsn,
    clientGegevens: client,
    producten: toegewezenProducten.map((p) => ({
      toewijzingNummer: p.toewijzingNummer,
      referentieAanbieder: p.referentieAanbieder ?? null,
      productCategorie: p.product?.categorie ?? null,
      productCode: p.product?.code ?? null,
      toewijzingsdatum: p.toewijzingsdatum,
      toewijzingstijd: p.toewijzingstijd.slice(0, 8),
      ingangsdatum: p.ingangsdatum,
      einddatum: p.einddatum ?? null,
      redenWijziging: p.redenWijziging ?? null,
      omvang: p.omvang ?? null,
      budget: p.budget ?? null,
      commentaar: p.commentaar ?? null,
    })),
  };
}

/**
 * POST /berichten: every inbound message is stored (encrypted) in the same transaction as what it produces, before
 * the answer; a technically invalid one is stored as afgekeurd with 0001 and a readable reason (OP286).
 */
@Injectable()
export class BerichtIntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly kluis: BsnKluis,
    private readonly ledger: ToewijzingLedgerService,
    private readonly declaraties: DeclaratieIntakeService,
    private readonly declaratieAntwoord: DeclaratieOpvraagService,
    private readonly regie: RegieberichtService,
    private readonly verzoeken: VerzoekIntakeService,
    private readonly organisaties: OrganisatieCodesService,
    private readonly config: KetenConfig,
  ) {}

  /**
   * A zip of several messages: each XML file is received on its own, exactly as if posted alone (its own
   * transaction and answer). Bounded while unpacking: the number of files and the bytes actually inflated.
   */
  async ontvangZip(principal: Principal, zip: Buffer): Promise<ZipAntwoordDto> {
    // Counted as inflated, not as the zip claims (a lying directory once let a small zip take the process down).
    const uitgepakt = await pakZipUit(
      zip,
      { maxUitgepakteBytes: this.config.KETEN_UPLOAD_LIMIT_BYTES, maxBestanden: MAX_BESTANDEN_IN_ZIP },
      (naam) => /\.xml$/i.test(naam),
    );
    if (!uitgepakt.ok && uitgepakt.reden === 'beschadigd')
      throw validatieFout(`het zip-bestand is beschadigd of geen zip: ${uitgepakt.bericht}`);
    if (!uitgepakt.ok) throw new KetenFout(FoutCode.TeGroot, `${uitgepakt.bericht} (OP179)`);
    const { namen } = uitgepakt;
    const bestanden = Object.fromEntries(uitgepakt.bestanden.map((b) => [b.naam, b.inhoud]));
    const overgeslagen = namen.filter((n) => !/\.xml$/i.test(n));
    const berichten: ZipAntwoordDto['berichten'] = [];
    for (const naam of namen.filter((n) => /\.xml$/i.test(n)).sort()) {
      try {
        berichten.push({ bestand: naam, ...(await this.ontvang(principal, bestanden[naam])) });
      } catch (e) {
        if (!(e instanceof KetenFout)) throw e;
        berichten.push({ bestand: naam, fout: { code: e.code, bericht: e.message } });
      }
    }
    return { berichten, overgeslagen };
  }

  async ontvang(principal: Principal, inhoud: Buffer): Promise<BerichtAntwoordDto> {
    // Packing (gzip on the thread pool) runs while this thread parses; every path below stores the message.
    const opgeslagen = this.verpak(inhoud);
    opgeslagen.catch(() => undefined); // awaited below; a refusal thrown first must not leave it unhandled
    const parse = parseBericht(inhoud);
    if (!parse.ok) {
      return this.bewaarAfgekeurd(
        principal,
        opgeslagen,
        null,
        ['0001'],
        `technisch afgekeurd: ${parse.reden}${parse.pad ? ` (${parse.pad})` : ''}`,
      );
    }
    const bericht = parse.bericht;
    const rol = ONTVANGEN[bericht.berichtType];
    if (!rol)
      throw validatieFout(
        `berichtsoort ${bericht.berichtsoort} wordt via deze API niet ontvangen (wel: 301 van de gemeente; 305, 307, 315, 317, 320 en 323 van de aanbieder)`,
      );
    await this.controleerAfzender(principal, rol, bericht);

    // Technical findings within the message (CD/CS) reject a 301 as a whole; a 323's are judged per prestatie by the
    // beoordeling, except the BSN elfproef (CS002), which makes the message unusable.
    const bevindingen = valideerBericht(bericht, { vandaag: vandaag() });
    const blokkerend =
      bericht.berichtType === '323'
        ? bevindingen.filter((b) => b.regel === 'CS002' || b.retourcode === '8848')
        : bevindingen;
    if (blokkerend.length) {
      const codes = [...new Set(blokkerend.map((b) => b.retourcode))];
      // A 305/307/315/317 keeps its findings (with paths) for its retour (306/308/316/318), which puts each on its class.
      const resultaat = isRegiebericht(bericht) || isVerzoekbericht(bericht) ? { bevindingen: blokkerend } : null;
      return this.bewaarAfgekeurd(
        principal,
        opgeslagen,
        bericht,
        codes,
        blokkerend.map((b) => `${b.regel}: ${b.toelichting} (${b.pad})`).join('; '),
        resultaat,
      );
    }

    const verpakt = await opgeslagen;
    const declaratie = bericht.berichtType === '323' ? uit323(bericht) : null;
    return transactie(this.dataSource, async (manager) => {
      // A 323's checks and client lookups (read only) go out with the message's insert, in one round trip.
      const voorbereiding = declaratie ? this.declaraties.bereidVoor(manager, principal, declaratie) : null;
      voorbereiding?.catch(() => undefined); // awaited below, unless the message turns out a repeat
      const id = await this.voegToe(manager, principal, verpakt, bericht, BerichtStatus.Ontvangen, [], null);
      if (!id) return this.bewaarDubbel(manager, principal, verpakt, bericht);
      let resultaat: Record<string, unknown>;
      if (bericht.berichtType === '301') {
        resultaat = {
          toewijzingen: await this.ledger.registreer(manager, principal, uit301(bericht as Bericht301), id),
        };
      } else if (isRegiebericht(bericht)) {
        resultaat = { regieberichten: await this.regie.verwerk(manager, principal, bericht, id) };
      } else if (isVerzoekbericht(bericht)) {
        resultaat = { verzoeken: await this.verzoeken.verwerk(manager, principal, bericht, id) };
      } else if (bericht.berichtType === '320') {
        resultaat = {
          antwoordRetour: await this.verzoeken.verwerkAntwoordRetour(manager, principal, bericht as Bericht320, id),
        };
      } else {
        const ontvangst = await this.declaraties.ontvang(manager, (await voorbereiding)!, DeclaratieBron.Xml, id);
        resultaat = { declaratieId: ontvangst.declaratieId };
      }
      await voorbereideQuery(
        manager,
        'bericht-verwerkt',
        `UPDATE keten.bericht SET status = 'verwerkt', resultaat = $2 WHERE id = $1`,
        [id, JSON.stringify(resultaat)],
      );
      return this.antwoordVoor(id, bericht, BerichtStatus.Verwerkt, [], null, resultaat);
    });
  }

  /** Compressed and encrypted before any transaction opens (bericht-inhoud.util.ts). */
  private async verpak(inhoud: Buffer): Promise<Opgeslagen> {
    return { versleuteld: await verpakInhoud(this.kluis, inhoud), grootte: inhoud.length };
  }

  private async controleerAfzender(principal: Principal, rol: Rol, bericht: Bericht): Promise<void> {
    if (principal.rol === Rol.Beheerder) return;
    if (principal.rol !== rol) throw geenToegang(`een ${bericht.berichtType} wordt verstuurd door rol ${rol}`);
    const eigen = await this.eigenCodes(principal);
    const code = rol === Rol.Aanbieder ? eigen?.agb_code : eigen?.cbs_code;
    const { afzender } = verzending(bericht);
    if (!code || code !== afzender)
      throw geenToegang(
        `de afzender ${afzender} van het bericht is niet uw eigen ${rol === Rol.Aanbieder ? 'AGB-code' : 'gemeentecode'}`,
      );
  }

  private async voegToe(
    manager: EntityManager,
    principal: Principal,
    inhoud: Opgeslagen,
    bericht: Bericht | null,
    status: BerichtStatus,
    codes: string[],
    reden: string | null,
    dubbel = false,
  ): Promise<string | null> {
    const v = bericht ? verzending(bericht) : null;
    const rijen = await voorbereideQuery<{ id: string }>(
      manager,
      'bericht-ontvangen',
      `INSERT INTO keten.bericht (berichtsoort, domein, afzender, ontvanger, identificatie, dagtekening, dubbel, status, retourcodes, reden, inhoud_versleuteld, grootte, ontvangen_van)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (berichtsoort, afzender, identificatie) WHERE NOT dubbel AND identificatie IS NOT NULL DO NOTHING RETURNING id`,
      [
        bericht?.berichtsoort ?? null,
        bericht?.domein ?? null,
        v?.afzender ?? null,
        v?.ontvanger ?? null,
        v?.identificatie ?? null,
        v?.dagtekening ?? null,
        dubbel,
        status,
        codes,
        reden,
        inhoud.versleuteld,
        inhoud.grootte,
        principal.actor,
      ],
    );
    return rijen[0]?.id ?? null;
  }

  private async bewaarDubbel(
    manager: EntityManager,
    principal: Principal,
    inhoud: Opgeslagen,
    bericht: Bericht,
  ): Promise<BerichtAntwoordDto> {
    const reden = `BerichtIdentificatie ${verzending(bericht).identificatie} is al eerder ontvangen van deze afzender (TR056); het bericht is niet opnieuw verwerkt`;
    const id = (await this.voegToe(
      manager,
      principal,
      inhoud,
      bericht,
      BerichtStatus.Afgekeurd,
      ['9056'],
      reden,
      true,
    ))!;
    // The sender missed the first answer (issue 18): name the original bericht and what it produced, so that its
    // software can fetch that answer. The insert above waited for the original's transaction, so it is committed.
    const [origineel] = await voorbereideQuery<{ id: string; resultaat: Record<string, unknown> | null }>(
      manager,
      'bericht-origineel',
      `SELECT id, resultaat FROM keten.bericht WHERE berichtsoort = $1 AND afzender = $2 AND identificatie = $3 AND NOT dubbel`,
      [bericht.berichtsoort, bericht.header.afzender, bericht.header.berichtIdentificatie.identificatie],
    );
    const resultaat = origineel
      ? {
          origineel: {
            berichtId: origineel.id,
            ...(typeof origineel.resultaat?.declaratieId === 'string'
              ? { declaratieId: origineel.resultaat.declaratieId }
              : {}),
          },
        }
      : null;
    if (resultaat)
      await manager.query(`UPDATE keten.bericht SET resultaat = $2 WHERE id = $1`, [id, JSON.stringify(resultaat)]);
    return this.antwoordVoor(id, bericht, BerichtStatus.Afgekeurd, ['9056'], reden, resultaat);
  }

  private async bewaarAfgekeurd(
    principal: Principal,
    opgeslagen: Promise<Opgeslagen>,
    bericht: Bericht | null,
    codes: string[],
    reden: string,
    resultaat: Record<string, unknown> | null = null,
  ): Promise<BerichtAntwoordDto> {
    const inhoud = await opgeslagen;
    // Stored as a repeat-proof row too: a rejected message keeps its identificatie free for the corrected one.
    const id = await this.dataSource.transaction(async (m) => {
      const nieuw = (await this.voegToe(m, principal, inhoud, bericht, BerichtStatus.Afgekeurd, codes, reden, true))!;
      if (resultaat)
        await m.query(`UPDATE keten.bericht SET resultaat = $2 WHERE id = $1`, [nieuw, JSON.stringify(resultaat)]);
      return nieuw;
    });
    return this.antwoordVoor(id, bericht, BerichtStatus.Afgekeurd, codes, reden, resultaat);
  }

  private antwoordVoor(
    id: string,
    bericht: Bericht | null,
    status: BerichtStatus,
    retourcodes: string[],
    reden: string | null,
    resultaat: Record<string, unknown> | null,
  ): BerichtAntwoordDto {
    return {
      id,
      berichtCode: bericht ? BERICHT_CODES[bericht.domein][bericht.berichtType] : null,
      berichtsoort: bericht?.berichtsoort ?? null,
      status,
      retourcodes,
      reden,
      resultaat,
    };
  }

  async haal(principal: Principal, id: string): Promise<BerichtAntwoordDto & { berichtId: string }> {
    const [b] = (await this.dataSource.query(
      `SELECT b.id, b.berichtsoort, b.domein, b.status, b.retourcodes, b.reden, b.resultaat, b.afzender, b.ontvangen_van FROM keten.bericht b WHERE b.id = $1`,
      [id],
    )) as {
      id: string;
      berichtsoort: string | null;
      domein: 'wmo' | 'jeugd' | null;
      status: BerichtStatus;
      retourcodes: string[];
      reden: string | null;
      resultaat: Record<string, unknown> | null;
      afzender: string | null;
      ontvangen_van: string;
    }[];
    if (!b || !(await this.magZien(principal, b))) throw nietGevonden('bericht', id);
    const type = b.berichtsoort?.replace(/^(WMO|JW)/, '') as Bericht['berichtType'] | undefined;
    return {
      id: b.id,
      berichtId: b.id,
      berichtCode: b.domein && type ? BERICHT_CODES[b.domein][type] : null,
      berichtsoort: b.berichtsoort,
      status: b.status,
      retourcodes: b.retourcodes,
      reden: b.reden,
      resultaat: b.resultaat,
    };
  }

  /** The retour the standard defines: for a 323 its 325, for a 305/307/315/317 its 306/308/316/318 (istandaarden.md 1.2); none for a 301 or 320. */
  async retour(principal: Principal, id: string): Promise<string> {
    const b = await this.haal(principal, id);
    if (b.berichtsoort && /^(WMO|JW)3(0[57]|1[57])$/.test(b.berichtsoort)) return this.technischeRetour(b);
    const declaratieId = b.resultaat?.declaratieId;
    if (typeof declaratieId !== 'string') throw nietGevonden('retourbericht bij bericht', id);
    return this.declaratieAntwoord.antwoord(principal, declaratieId);
  }

  private async technischeRetour(b: {
    id: string;
    status: BerichtStatus;
    retourcodes: string[];
    resultaat?: Record<string, unknown> | null;
  }): Promise<string> {
    const [rij] = (await this.dataSource.query(
      `SELECT inhoud_versleuteld, created_at FROM keten.bericht WHERE id = $1`,
      [b.id],
    )) as { inhoud_versleuteld: Buffer; created_at: Date }[];
    const parse = parseBericht(pakInhoudUit(this.kluis, rij.inhoud_versleuteld));
    if (!parse.ok || !(isRegiebericht(parse.bericht) || isVerzoekbericht(parse.bericht)))
      throw nietGevonden('retourbericht bij bericht', b.id);
    const opties = {
      dagtekeningRetour: vandaag(rij.created_at),
      technisch: (b.resultaat?.bevindingen as Bevinding[] | undefined) ?? [],
      berichtCodes: b.status === BerichtStatus.Afgekeurd ? (b.retourcodes as Bevinding['retourcode'][]) : [],
    };
    if (isVerzoekbericht(parse.bericht))
      return this.verzoeken.retour(this.dataSource.manager, parse.bericht, b.id, opties);
    return this.regie.retour(this.dataSource.manager, parse.bericht, b.id, opties);
  }

  /** The AGB and gemeente code of the principal's own organisatie (asked for every message received). */
  private async eigenCodes(
    principal: Principal,
  ): Promise<{ agb_code: string | null; cbs_code: string | null } | undefined> {
    if (!principal.organisatieId) return undefined;
    const eigen = (await this.organisaties.codesVan(this.dataSource.manager, [principal.organisatieId])).get(
      principal.organisatieId,
    );
    return eigen && { agb_code: eigen.agbCode, cbs_code: eigen.cbsCode };
  }

  private async magZien(principal: Principal, b: { afzender: string | null; ontvangen_van: string }): Promise<boolean> {
    if (principal.rol === Rol.Beheerder || b.ontvangen_van === principal.actor) return true;
    if (!principal.organisatieId || !b.afzender) return false;
    const eigen = await this.eigenCodes(principal);
    return !!eigen && (eigen.agb_code === b.afzender || eigen.cbs_code === b.afzender);
  }
}
