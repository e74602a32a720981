import { Body, Controller, Get, Header, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { ApiFoutResponses, FoutCode, HuidigePrincipal, KetenFout, Rol, Rollen, type Principal } from '#keten/platform';
import {
  BegrotingDto,
  BegrotingQueryDto,
  BudgetpostDto,
  BudgetpostenQueryDto,
  RegistreerBudgetpostDto,
  StelBegrotingVastDto,
} from './begroting/begroting.dto.js';
import { BegrotingService } from './begroting/begroting.service.js';
import {
  DimensieQueryDto,
  DimensieRapportDto,
  OverzichtDto,
  SturingQueryDto,
} from './overzicht/sturing-rapport.dto.js';
import { SturingRapportService } from './overzicht/sturing-rapport.service.js';
import { dimensieWerkmap, overzichtWerkmap, tabellenWerkmap, XLSX_TYPE } from './overzicht/sturing-excel.util.js';
import { bouwBegrotingSjabloon } from './begroting/begroting-excel.util.js';
import { BacktestDto, BacktestQueryDto, SignalenDto, SignalenQueryDto } from './signalen/signalen.dto.js';
import { SignalenService } from './signalen/signalen.service.js';
import { RechtmatigheidDto, RechtmatigheidQueryDto } from './rechtmatigheid/rechtmatigheid.dto.js';
import { RechtmatigheidService } from './rechtmatigheid/rechtmatigheid.service.js';
import { SimulatieDto, SimulatieQueryDto } from './simulatie/bekostiging-simulatie.dto.js';
import { BekostigingSimulatieService } from './simulatie/bekostiging-simulatie.service.js';
import { InstellingDto, InstellingQueryDto } from './instellingen/instelling.dto.js';
import { InstellingService } from './instellingen/instelling.service.js';
import { WijkenService, type WijkenDto } from './wijken/wijken.service.js';

interface Antwoord {
  setHeader(naam: string, waarde: string): void;
}

function alsBestand(res: Antwoord, naam: string, data: Buffer): StreamableFile {
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Content-Disposition', `attachment; filename="${naam}"`);
  return new StreamableFile(data);
}

/** The controller's job (sturing-en-schaal.md 1): write for controllers, read also for inkoopadviseurs. */
@ApiTags('sturing')
@ApiBearerAuth()
@Controller('api/v1/sturing')
@Rollen(Rol.Controller, Rol.Inkoopadviseur)
export class SturingController {
  constructor(
    private readonly begroting: BegrotingService,
    private readonly rapport: SturingRapportService,
    private readonly signalenService: SignalenService,
    private readonly rechtmatigheidService: RechtmatigheidService,
    private readonly simulatie: BekostigingSimulatieService,
    private readonly instellingen: InstellingService,
    private readonly wijken: WijkenService,
  ) {}

  @Get('wijken')
  @ApiOkResponse({
    description:
      "the gemeente's postcode-to-wijk table: { gemeenteId, aantalPostcodes, wijken: [{ wijk, postcodes }] }",
  })
  @ApiFoutResponses(404)
  haalWijken(@HuidigePrincipal() principal: Principal, @Query() q: InstellingQueryDto): Promise<WijkenDto> {
    return this.wijken.haal(principal, q.gemeente);
  }

  /** Sheet "Wijken": Postcode (1234 or 1234 AB) and Wijk; replaces the table, all or nothing, every error by cell. */
  @Put('wijken')
  @Rollen(Rol.Controller)
  @ApiConsumes(XLSX_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ description: 'the table as stored' })
  @ApiFoutResponses(404, 415)
  laadWijkenOp(
    @HuidigePrincipal() principal: Principal,
    @Query() q: InstellingQueryDto,
    @Body() body: unknown,
  ): Promise<WijkenDto> {
    if (!Buffer.isBuffer(body) || body.length === 0)
      throw new KetenFout(FoutCode.NietOndersteund, `stuur de wijkentabel als .xlsx (Content-Type ${XLSX_TYPE})`);
    return this.wijken.laadOp(principal, q.gemeente, body);
  }

  @Get('instellingen')
  @ApiOkResponse({ type: InstellingDto })
  @ApiFoutResponses(404)
  instelling(@HuidigePrincipal() principal: Principal, @Query() q: InstellingQueryDto): Promise<InstellingDto> {
    return this.instellingen.haal(principal, q.gemeente);
  }

  @Put('instellingen')
  @Rollen(Rol.Controller)
  @ApiOkResponse({ type: InstellingDto, description: "the gemeente's default sociaal team" })
  @ApiFoutResponses(404)
  zetInstelling(@HuidigePrincipal() principal: Principal, @Body() dto: InstellingDto): Promise<InstellingDto> {
    return this.instellingen.zet(principal, dto);
  }

  @Post('budgetposten')
  @Rollen(Rol.Controller)
  @ApiCreatedResponse({ type: BudgetpostDto })
  @ApiFoutResponses(404, 409)
  registreerBudgetpost(
    @HuidigePrincipal() principal: Principal,
    @Body() dto: RegistreerBudgetpostDto,
  ): Promise<BudgetpostDto> {
    return this.begroting.registreerBudgetpost(principal, dto);
  }

  @Get('budgetposten')
  @ApiOkResponse({ type: [BudgetpostDto] })
  @ApiFoutResponses(404)
  budgetposten(
    @HuidigePrincipal() principal: Principal,
    @Query() query: BudgetpostenQueryDto,
  ): Promise<BudgetpostDto[]> {
    return this.begroting.budgetposten(principal, query.gemeente);
  }

  @Post('begroting')
  @Rollen(Rol.Controller)
  @ApiCreatedResponse({
    type: BegrotingDto,
    description: 'a new version (begrotingswijziging) for every post whose amount changed',
  })
  @ApiFoutResponses(404)
  stelVast(@HuidigePrincipal() principal: Principal, @Body() dto: StelBegrotingVastDto): Promise<BegrotingDto> {
    return this.begroting.stelVast(principal, dto);
  }

  @Get('begroting')
  @ApiProduces('application/json', XLSX_TYPE)
  @ApiOkResponse({
    type: BegrotingDto,
    description: "?formaat=xlsx: the begroting in the upload template's layout (download, change, upload again)",
  })
  @ApiFoutResponses(404)
  async haalBegroting(
    @HuidigePrincipal() principal: Principal,
    @Query() query: BegrotingQueryDto,
    @Res({ passthrough: true }) res: Antwoord,
  ): Promise<BegrotingDto | StreamableFile> {
    const b = await this.begroting.begroting(principal, query.gemeente, query.jaar);
    if (query.formaat !== 'xlsx') return b;
    const rijen = b.posten.map((p) => ({
      domein: p.domein,
      code: p.code,
      naam: p.naam,
      categorieen: p.algemeneVoorzieningen ? 'algemene voorzieningen' : p.productcategorieen.join(', '),
      bedragCenten: p.bedragCenten,
    }));
    return alsBestand(res, `begroting-${query.jaar}.xlsx`, await bouwBegrotingSjabloon(rijen));
  }

  @Get('begroting/sjabloon')
  @Rollen(Rol.Controller)
  @Header('Content-Type', XLSX_TYPE)
  @Header('Content-Disposition', 'attachment; filename="keten-begroting-sjabloon.xlsx"')
  @ApiProduces(XLSX_TYPE)
  @ApiOkResponse({ description: 'empty begroting template (.xlsx)', schema: { type: 'string', format: 'binary' } })
  async sjabloon(): Promise<StreamableFile> {
    return new StreamableFile(await bouwBegrotingSjabloon());
  }

  /** A filled-in begroting sheet: all of it or nothing, every error by cell (Begroting!E4). */
  @Post('begroting/excel')
  @Rollen(Rol.Controller)
  @ApiConsumes(XLSX_TYPE)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: BegrotingDto })
  @ApiFoutResponses(404, 409, 415)
  importeer(
    @HuidigePrincipal() principal: Principal,
    @Query() query: BegrotingQueryDto,
    @Body() body: unknown,
  ): Promise<BegrotingDto> {
    if (!Buffer.isBuffer(body) || body.length === 0)
      throw new KetenFout(FoutCode.NietOndersteund, `stuur de begroting als .xlsx (Content-Type ${XLSX_TYPE})`);
    return this.begroting.importeer(principal, query.gemeente, query.jaar, body);
  }

  @Get('overzicht')
  @ApiProduces('application/json', XLSX_TYPE)
  @ApiOkResponse({
    type: OverzichtDto,
    description:
      'per budgetpost: begroting, realisatie per month, verplichtingen, prognose with its parts; ?formaat=xlsx for the workbook',
  })
  @ApiFoutResponses(404)
  async overzicht(
    @HuidigePrincipal() principal: Principal,
    @Query() q: SturingQueryDto,
    @Res({ passthrough: true }) res: Antwoord,
  ): Promise<OverzichtDto | StreamableFile> {
    const o = await this.rapport.overzicht(principal, q.gemeente, q.jaar, q.peildatum);
    return q.formaat === 'xlsx' ? alsBestand(res, `sturing-overzicht-${q.jaar}.xlsx`, await overzichtWerkmap(o)) : o;
  }

  @Get('realisatie')
  @ApiProduces('application/json', XLSX_TYPE)
  @ApiOkResponse({
    type: DimensieRapportDto,
    description: 'approved prestaties (debet − credit) by month of care plus paid termijnen, grouped by `per`',
  })
  @ApiFoutResponses(404)
  async realisatie(
    @HuidigePrincipal() principal: Principal,
    @Query() q: DimensieQueryDto,
    @Res({ passthrough: true }) res: Antwoord,
  ): Promise<DimensieRapportDto | StreamableFile> {
    const r = await this.rapport.realisatie(principal, q.gemeente, q.jaar, q.per ?? 'budgetpost', q.peildatum);
    return q.formaat === 'xlsx'
      ? alsBestand(res, `sturing-realisatie-${q.jaar}-${r.per}.xlsx`, await dimensieWerkmap('Realisatie', r))
      : r;
  }

  @Get('verplichtingen')
  @ApiProduces('application/json', XLSX_TYPE)
  @ApiOkResponse({
    type: DimensieRapportDto,
    description: "cost still to come from the peildatum's month to the year end, grouped by `per`",
  })
  @ApiFoutResponses(404)
  async verplichtingen(
    @HuidigePrincipal() principal: Principal,
    @Query() q: DimensieQueryDto,
    @Res({ passthrough: true }) res: Antwoord,
  ): Promise<DimensieRapportDto | StreamableFile> {
    const r = await this.rapport.verplichtingen(principal, q.gemeente, q.jaar, q.per ?? 'budgetpost', q.peildatum);
    return q.formaat === 'xlsx'
      ? alsBestand(res, `sturing-verplichtingen-${q.jaar}-${r.per}.xlsx`, await dimensieWerkmap('Verplichtingen', r))
      : r;
  }

  @Get('signalen')
  @ApiOkResponse({
    type: SignalenDto,
    description:
      'no declaration after N months, running out, at the cap, high rejection rate, prognose over begroting; each with its numbers',
  })
  @ApiFoutResponses(404)
  async signalen(
    @HuidigePrincipal() principal: Principal,
    @Query() q: SignalenQueryDto,
    @Res({ passthrough: true }) res: Antwoord,
  ): Promise<SignalenDto | StreamableFile> {
    const s = await this.signalenService.signalen(principal, q.gemeente, q.peildatum, q.maanden, q.formaat === 'xlsx');
    if (q.formaat !== 'xlsx') return s;
    return alsBestand(
      res,
      `sturing-signalen-${s.peildatum}.xlsx`,
      await tabellenWerkmap([
        {
          naam: 'Geen declaratie',
          rijen: s.geenDeclaratie,
          kolommen: [
            { kop: 'ToewijzingNummer', breedte: 16, soort: 'getal', waarde: (r) => r.toewijzingNummer },
            { kop: 'Aanbieder', breedte: 30, soort: 'tekst', waarde: (r) => r.aanbiederNaam },
            { kop: 'Product', breedte: 10, soort: 'tekst', waarde: (r) => r.productcode },
            { kop: 'Start', breedte: 10, soort: 'tekst', waarde: (r) => r.startmaand },
            { kop: 'Maanden', breedte: 9, soort: 'getal', waarde: (r) => r.maandenSindsStart },
            { kop: 'Toegewezen tot nu', breedte: 16, soort: 'euro', waarde: (r) => r.toegewezenTotNuCenten },
          ],
        },
        {
          naam: 'Uitputting',
          rijen: s.uitputting,
          kolommen: [
            { kop: 'ToewijzingNummer', breedte: 16, soort: 'getal', waarde: (r) => r.toewijzingNummer },
            { kop: 'Aanbieder', breedte: 30, soort: 'tekst', waarde: (r) => r.aanbiederNaam },
            { kop: 'Toegewezen', breedte: 15, soort: 'euro', waarde: (r) => r.toegewezenCenten },
            { kop: 'Gerealiseerd', breedte: 15, soort: 'euro', waarde: (r) => r.gerealiseerdCenten },
            { kop: 'Verwacht totaal', breedte: 15, soort: 'euro', waarde: (r) => r.verwachtTotaalCenten },
            { kop: 'Op in', breedte: 10, soort: 'tekst', waarde: (r) => r.opInMaand },
          ],
        },
        {
          naam: 'Aan plafond',
          rijen: s.aanPlafond.flatMap((a) => a.maanden.map((m) => ({ ...m, naam: a.aanbiederNaam }))),
          kolommen: [
            { kop: 'Aanbieder', breedte: 30, soort: 'tekst', waarde: (r) => r.naam },
            { kop: 'Maand', breedte: 10, soort: 'tekst', waarde: (r) => r.maand },
            { kop: 'Gedeclareerd', breedte: 13, soort: 'getal', waarde: (r) => r.gedeclareerd },
            { kop: 'Aan plafond', breedte: 12, soort: 'getal', waarde: (r) => r.aanPlafond },
          ],
        },
        {
          naam: 'Afwijzingen',
          rijen: s.afwijzingen,
          kolommen: [
            { kop: 'Aanbieder', breedte: 30, soort: 'tekst', waarde: (r) => r.aanbiederNaam },
            { kop: 'Beoordeeld', breedte: 11, soort: 'getal', waarde: (r) => r.beoordeeld },
            { kop: 'Afgekeurd', breedte: 11, soort: 'getal', waarde: (r) => r.afgekeurd },
            { kop: 'Aandeel', breedte: 10, soort: 'procent', waarde: (r) => r.aandeel },
            {
              kop: 'Top retourcodes',
              breedte: 30,
              soort: 'tekst',
              waarde: (r) =>
                r.topRetourcodes
                  .map((c: { retourcode: string; aantal: number }) => `${c.retourcode} (${c.aantal})`)
                  .join(', '),
            },
          ],
        },
        {
          naam: 'Begroting',
          rijen: s.begrotingsoverschrijding,
          kolommen: [
            { kop: 'Budgetpost', breedte: 16, soort: 'tekst', waarde: (r) => r.code },
            { kop: 'Begroting', breedte: 15, soort: 'euro', waarde: (r) => r.begrotingCenten },
            { kop: 'Prognose', breedte: 15, soort: 'euro', waarde: (r) => r.prognoseCenten },
            { kop: 'Overschrijding', breedte: 15, soort: 'euro', waarde: (r) => r.overschrijdingCenten },
          ],
        },
      ]),
    );
  }

  @Get('prognose/backtest')
  @ApiOkResponse({
    type: BacktestDto,
    description: 'the prognose as made on an earlier peildatum against the realisatie known today, with the error',
  })
  @ApiFoutResponses(404)
  backtest(@HuidigePrincipal() principal: Principal, @Query() q: BacktestQueryDto): Promise<BacktestDto> {
    return this.signalenService.backtest(principal, q.gemeente, q.jaar, q.peildatum);
  }

  @Get('rechtmatigheid')
  @ApiOkResponse({
    type: RechtmatigheidDto,
    description: 'every euro paid in the year traced to a valid toewijzing, contract and tariff; the exceptions listed',
  })
  @ApiFoutResponses(404)
  async rechtmatigheid(
    @HuidigePrincipal() principal: Principal,
    @Query() q: RechtmatigheidQueryDto,
    @Res({ passthrough: true }) res: Antwoord,
  ): Promise<RechtmatigheidDto | StreamableFile> {
    const r = await this.rechtmatigheidService.toets(principal, q.inkoper, q.jaar);
    if (q.formaat !== 'xlsx') return r;
    return alsBestand(
      res,
      `rechtmatigheid-${q.jaar}.xlsx`,
      await tabellenWerkmap([
        {
          naam: 'Totaal',
          rijen: [r],
          kolommen: [
            { kop: 'Betaald', breedte: 16, soort: 'euro', waarde: (x) => x.betaaldCenten },
            { kop: 'Rechtmatig', breedte: 16, soort: 'euro', waarde: (x) => x.rechtmatigCenten },
            { kop: 'Uitzonderingen', breedte: 16, soort: 'euro', waarde: (x) => x.uitzonderingenCenten },
            { kop: 'Prestaties', breedte: 11, soort: 'getal', waarde: (x) => x.aantalPrestaties },
            { kop: 'Termijnen', breedte: 11, soort: 'getal', waarde: (x) => x.aantalTermijnen },
          ],
        },
        {
          naam: 'Uitzonderingen',
          rijen: r.uitzonderingen,
          kolommen: [
            { kop: 'Betaalbatch', breedte: 24, soort: 'tekst', waarde: (x) => x.betaalbatch },
            { kop: 'Declaratie', breedte: 14, soort: 'tekst', waarde: (x) => x.declaratieNummer },
            { kop: 'ToewijzingNummer', breedte: 16, soort: 'getal', waarde: (x) => x.toewijzingNummer },
            { kop: 'Periode', breedte: 26, soort: 'tekst', waarde: (x) => x.periode },
            { kop: 'Bedrag', breedte: 14, soort: 'euro', waarde: (x) => x.bedragCenten },
            { kop: 'Redenen', breedte: 80, soort: 'tekst', waarde: (x) => x.redenen.join('; ') },
          ],
        },
      ]),
    );
  }

  @Get('bekostiging-simulatie')
  @ApiOkResponse({
    type: SimulatieDto,
    description:
      'per aanbieder: actual cost, under an output tariff per client per month, under a lumpsum (last year, indexed)',
  })
  @ApiFoutResponses(404)
  async simuleer(
    @HuidigePrincipal() principal: Principal,
    @Query() q: SimulatieQueryDto,
    @Res({ passthrough: true }) res: Antwoord,
  ): Promise<SimulatieDto | StreamableFile> {
    const s = await this.simulatie.simuleer(principal, q);
    if (q.formaat !== 'xlsx') return s;
    return alsBestand(
      res,
      `bekostiging-simulatie-${q.van}-${q.tot}.xlsx`,
      await tabellenWerkmap([
        {
          naam: 'Simulatie',
          rijen: [...s.aanbieders, s.totaal],
          kolommen: [
            { kop: 'Aanbieder', breedte: 30, soort: 'tekst', waarde: (r) => r.naam },
            { kop: 'Actueel', breedte: 15, soort: 'euro', waarde: (r) => r.actueelCenten },
            { kop: 'Clientmaanden', breedte: 13, soort: 'getal', waarde: (r) => r.clientmaanden },
            { kop: 'Outputgericht', breedte: 15, soort: 'euro', waarde: (r) => r.outputgerichtCenten },
            { kop: 'Vorig jaar', breedte: 15, soort: 'euro', waarde: (r) => r.vorigJaarCenten },
            { kop: 'Lumpsum', breedte: 15, soort: 'euro', waarde: (r) => r.lumpsumCenten },
          ],
        },
        {
          naam: 'Aannames',
          rijen: s.aannames.map((a) => ({ a })),
          kolommen: [{ kop: 'Aanname', breedte: 140, soort: 'tekst', waarde: (r) => r.a }],
        },
      ]),
    );
  }
}
