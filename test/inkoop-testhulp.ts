// Shared arrange steps for the inkoop e2e specs: organisations, tokens, a controllable clock, and the domain
// spec's factories (libs/domain/src/inkoop/aanbesteding-testdata.util.ts) turned into HTTP bodies.
import type { AanbestedingInvoer, Inschrijving } from '#keten/domain';
import { InkoopKlok } from '#keten/inkoop';
import { hashToken, Rol } from '#keten/platform';
import { cijfers, http, type Antwoord } from './support/http.js';
import { maakOrganisatie, type Org } from './support/factories.js';
import type { TestApp } from './support/test-app.js';

export {
  aanbieder as domeinAanbieder,
  inschrijving as domeinInschrijving,
  invoer as domeinInvoer,
  jeugdProduct,
  perceel,
  product,
} from '../libs/domain/src/inkoop/aanbesteding-testdata.util.js';

export interface Partijen {
  gemeente: Org;
  gemeente2: Org;
  inkoper: string;
  beoordelaarA: string;
  beoordelaarB: string;
  beoordelaarIds: string[];
  /** The inkoper's gebruiker id: chairs the scoring (records the consensus). */
  voorzitterId: string;
  controller: string;
  aanbieders: Org[];
  aanbiederTokens: string[];
}

export async function gebruikerId(t: TestApp, token: string): Promise<string> {
  const [rij] = (await t.dataSource.query(`SELECT gebruiker_id FROM keten.api_token WHERE token_hash = $1`, [
    hashToken(token),
  ])) as { gebruiker_id: string }[];
  return rij.gebruiker_id;
}

export async function maakPartijen(t: TestApp, aantalAanbieders: number): Promise<Partijen> {
  const gemeente = await maakOrganisatie(t.url, 'gemeente', { kvkNummer: cijfers(8) });
  const gemeente2 = await maakOrganisatie(t.url, 'gemeente');
  const inkoper = await t.token(Rol.Inkoopadviseur, gemeente.id);
  const beoordelaarA = await t.token(Rol.Inkoopadviseur, gemeente.id);
  const beoordelaarB = await t.token(Rol.Inkoopadviseur, gemeente.id);
  const controller = await t.token(Rol.Controller, gemeente.id);
  const aanbieders: Org[] = [];
  for (let i = 0; i < aantalAanbieders; i++)
    aanbieders.push(await maakOrganisatie(t.url, 'aanbieder', { kvkNummer: cijfers(8) }));
  const aanbiederTokens = await Promise.all(aanbieders.map((a) => t.token(Rol.Aanbieder, a.id)));
  return {
    gemeente,
    gemeente2,
    inkoper,
    beoordelaarA,
    beoordelaarB,
    controller,
    aanbieders,
    aanbiederTokens,
    beoordelaarIds: [await gebruikerId(t, beoordelaarA), await gebruikerId(t, beoordelaarB)],
    voorzitterId: await gebruikerId(t, inkoper),
  };
}

/** Sets the date the procedure rules are applied on (the app runs in this test process). */
export function zetDatum(t: TestApp, datum: string): void {
  t.app.get(InkoopKlok).vandaag = () => datum;
}

/** The domain factory's AanbestedingInvoer as the create body, with real organisation and gebruiker ids. */
export function aanbestedingBody(invoer: AanbestedingInvoer, p: Partijen, extra: Record<string, unknown> = {}) {
  const {
    id: _id,
    inkopendeOrganisatie: _o,
    deelnemendeGemeenten: _g,
    beoordelaars,
    uitgenodigden,
    voorzitter,
    ...rest
  } = invoer;
  return {
    ...rest,
    kenmerk: `AB-${cijfers(10)}`,
    inkoperId: p.gemeente.id,
    contactpersoon: 'J. de Vries',
    deelnemendeGemeenten: [p.gemeente.id, p.gemeente2.id],
    beoordelaars: beoordelaars.length ? p.beoordelaarIds : [],
    ...(voorzitter ? { voorzitter: p.voorzitterId } : {}),
    ...(uitgenodigden
      ? { uitgenodigden: uitgenodigden.map((a) => p.aanbieders[Number(a.replace(/\D/g, '')) - 1].id) }
      : {}),
    ...extra,
  };
}

/** The domain factory's inschrijving as the HTTP body of an aanbieder. */
export function inschrijvingBody(i: Omit<Inschrijving, 'ingediendOp'>, extra: Record<string, unknown> = {}) {
  return {
    tarieven: Object.entries(i.tarieven).map(([productcode, tariefCenten]) => ({ productcode, tariefCenten })),
    ...(i.capaciteit !== undefined ? { capaciteit: i.capaciteit } : {}),
    aanvaardtVoorwaarden: i.aanvaardtVoorwaarden,
    ...extra,
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export class Procedure {
  id = '';
  /** Inschrijving ids by aanbieder index (1-based, as A1, A2 ... in the domain factories). */
  inschrijvingen = new Map<number, string>();

  constructor(
    private readonly t: TestApp,
    readonly p: Partijen,
  ) {}

  async maak(body: Record<string, unknown>): Promise<Antwoord<any>> {
    const res = await http(this.t.url, 'POST', '/api/v1/aanbestedingen', { token: this.p.inkoper, json: body });
    if (res.status === 201) this.id = res.body.id;
    return res;
  }

  actie(datum: string, body: Record<string, unknown>, token = this.p.inkoper): Promise<Antwoord<any>> {
    zetDatum(this.t, datum);
    return http(this.t.url, 'POST', `/api/v1/aanbestedingen/${this.id}/acties`, { token, json: body });
  }

  /** Performs an action and fails the test with the refusal when it is refused. */
  async moet(datum: string, body: Record<string, unknown>, token = this.p.inkoper): Promise<any> {
    const res = await this.actie(datum, body, token);
    if (res.status !== 200)
      throw new Error(`${String(body.type)} op ${datum}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async schrijfIn(datum: string, nr: number, body: Record<string, unknown>, perceel = 'P1'): Promise<Antwoord<any>> {
    zetDatum(this.t, datum);
    const res = await http(this.t.url, 'POST', `/api/v1/aanbestedingen/${this.id}/percelen/${perceel}/inschrijvingen`, {
      token: this.p.aanbiederTokens[nr - 1],
      json: body,
    });
    if (res.status === 201) {
      const eigen = res.body.aanbesteding.inschrijvingen as { id: string; perceelId: string }[];
      this.inschrijvingen.set(nr, eigen[eigen.length - 1].id);
    }
    return res;
  }

  async moetInschrijven(datum: string, nr: number, body: Record<string, unknown>, perceel = 'P1'): Promise<void> {
    const res = await this.schrijfIn(datum, nr, body, perceel);
    if (res.status !== 201)
      throw new Error(`inschrijving A${nr} op ${datum}: ${res.status} ${JSON.stringify(res.body)}`);
  }

  ins(nr: number): string {
    return this.inschrijvingen.get(nr)!;
  }

  aanbiederId(nr: number): string {
    return this.p.aanbieders[nr - 1].id;
  }

  async toets(
    datum: string,
    nrs: number[],
    resultaten: Record<string, boolean> = { E1: true, U1: true },
  ): Promise<void> {
    for (const nr of nrs) {
      await this.moet(datum, {
        type: 'registreer_toetsing',
        inschrijvingId: this.ins(nr),
        resultaten: Object.entries(resultaten).map(([eisId, voldaan]) => ({ eisId, voldaan })),
      });
    }
  }

  /** Both beoordelaars score K1 (through POST /scores), then the consensus with motivation. */
  async scoor(datum: string, scores: Record<number, number>, criteriumId = 'K1'): Promise<void> {
    zetDatum(this.t, datum);
    for (const [nr, score] of Object.entries(scores)) {
      for (const token of [this.p.beoordelaarA, this.p.beoordelaarB]) {
        const res = await http(this.t.url, 'POST', `/api/v1/aanbestedingen/${this.id}/scores`, {
          token,
          json: { inschrijvingId: this.ins(Number(nr)), criteriumId, score },
        });
        if (res.status !== 200) throw new Error(`score: ${res.status} ${JSON.stringify(res.body)}`);
      }
      await this.moet(datum, {
        type: 'registreer_consensus',
        inschrijvingId: this.ins(Number(nr)),
        criteriumId,
        score,
        motivering: 'Concreet plan, goed onderbouwd.',
      });
    }
  }

  haal(token = this.p.inkoper): Promise<Antwoord<any>> {
    return http(this.t.url, 'GET', `/api/v1/aanbestedingen/${this.id}`, { token });
  }

  get(pad: string, token = this.p.inkoper): Promise<Antwoord<any>> {
    return http(this.t.url, 'GET', `/api/v1/aanbestedingen/${this.id}${pad}`, { token });
  }
}
