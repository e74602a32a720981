import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { beoordeelDeclaratie } from '#keten/domain';
import { parseBericht } from '#keten/istandaarden';
import {
  ApiFoutResponses,
  AuditLezing,
  Begrensd,
  FoutCode,
  HuidigePrincipal,
  KetenConfig,
  KetenFout,
  Rol,
  Rollen,
  validatieFout,
  type Principal,
} from '#keten/platform';
import { bouwDeclaratieSjabloon, leesDeclaratieSjabloon } from '../declaratie-sjabloon/declaratie-sjabloon.util.js';
import { DeclaratieBron, DeclaratieStatus } from '../database/declaratie.entity.js';
import { BeoordelingContextService } from '../beoordeel-declaratie/beoordeling-context.service.js';
import { DeclaratieOpvraagService } from '../declaratie-antwoord/declaratie-opvraag.service.js';
import { DeclaratieDto, DeclaratieLijstQueryDto, DeclaratieResultaatDto, OntvangstDto } from './declaratie.dto.js';
import { DeclaratieIntakeService } from './declaratie-intake.service.js';
import { uit323, type DeclaratieInvoer } from './declaratie-invoer.types.js';

function uitDto(dto: DeclaratieDto, principal: Principal): DeclaratieInvoer {
  return {
    kop: {
      declaratieNummer: dto.declaratieNummer,
      declaratiePeriode: dto.declaratiePeriode,
      dagtekening: dto.dagtekening,
      totaalIngediendBedrag: dto.totaalIngediendBedrag,
      domein: dto.domein,
      aanbiederAgb: dto.aanbiederAgb ?? principal.agbCode ?? '',
      gemeente: dto.gemeenteCode,
    },
    prestaties: dto.prestaties.map((p) => ({
      bsn: p.bsn,
      referentieNummer: p.referentieNummer,
      vorigReferentieNummer: p.vorigReferentieNummer ?? null,
      toewijzingNummer: p.toewijzingNummer,
      productCategorie: p.productCategorie,
      productCode: p.productCode,
      productPeriode: p.productPeriode,
      geleverdVolume: p.geleverdVolume,
      eenheid: p.eenheid,
      productTarief: p.productTarief ?? null,
      ingediendBedrag: p.ingediendBedrag.bedrag,
      debetCredit: p.ingediendBedrag.debetCredit,
    })),
  };
}

@ApiTags('declaraties')
@ApiBearerAuth()
@Controller('api/v1/declaraties')
export class DeclaratieController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly intake: DeclaratieIntakeService,
    private readonly opvragen: DeclaratieOpvraagService,
    private readonly context: BeoordelingContextService,
    private readonly config: KetenConfig,
  ) {}

  @Post()
  @HttpCode(202)
  @Rollen(Rol.Aanbieder)
  @Begrensd('intake')
  @ApiAcceptedResponse({ type: OntvangstDto, description: 'stored (status ontvangen) and queued for beoordeling' })
  @ApiFoutResponses()
  async dien(@HuidigePrincipal() principal: Principal, @Body() dto: DeclaratieDto): Promise<OntvangstDto> {
    const ontvangst = await this.dataSource.transaction(async (m) =>
      this.intake.ontvang(
        m,
        await this.intake.bereidVoor(m, principal, uitDto(dto, principal)),
        DeclaratieBron.Json,
        null,
      ),
    );
    return { id: ontvangst.declaratieId, status: ontvangst.status };
  }

  /** Dry run: the same beoordeling against today's toewijzingen and contracts, storing nothing. */
  @Post('controle')
  @HttpCode(200)
  @Rollen(Rol.Aanbieder)
  @Begrensd('intake')
  @ApiOkResponse({ type: DeclaratieResultaatDto })
  @ApiFoutResponses()
  controle(@HuidigePrincipal() principal: Principal, @Body() dto: DeclaratieDto): Promise<DeclaratieResultaatDto> {
    return this.controleer(principal, uitDto(dto, principal));
  }

  /**
   * The same dry run for a file as the aanbieder would send it: a 323 (XML) or the filled-in Excel template. Nothing
   * is stored; the web app shows this before the aanbieder submits the file itself (to /berichten or /excel).
   */
  @Post('controle/bestand')
  @HttpCode(200)
  @Rollen(Rol.Aanbieder)
  @Begrensd('intake')
  @ApiConsumes('application/xml', 'text/xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiBody({
    description: 'a 323 declaratie (iWmo/iJw 3.2) or the filled-in Excel template',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOkResponse({ type: DeclaratieResultaatDto })
  @ApiFoutResponses(415)
  async controleBestand(
    @HuidigePrincipal() principal: Principal,
    @Body() body: unknown,
  ): Promise<DeclaratieResultaatDto> {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new KetenFout(
        FoutCode.NietOndersteund,
        'stuur een 323 als XML (Content-Type application/xml) of het ingevulde sjabloon als .xlsx',
      );
    }
    if (body[0] === 0x50 && body[1] === 0x4b) {
      const gelezen = await leesDeclaratieSjabloon(body, principal.agbCode ?? '', {
        maxBytes: this.config.KETEN_UPLOAD_LIMIT_BYTES,
        maxUitgepakteBytes: 4 * this.config.KETEN_UPLOAD_LIMIT_BYTES,
      });
      if (!gelezen.ok) {
        throw validatieFout(
          'het sjabloon bevat fouten',
          gelezen.fouten.map((f) => ({ veld: f.kolom ? `${f.blad}!${f.kolom}${f.rij}` : f.blad, reden: f.reden })),
        );
      }
      return this.controleer(principal, gelezen.invoer);
    }
    const parse = parseBericht(body);
    if (!parse.ok)
      throw validatieFout('het bestand is geen leesbaar iWmo/iJw-bericht', [
        { veld: parse.pad ?? 'bericht', reden: parse.reden },
      ]);
    if (parse.bericht.berichtType !== '323') {
      throw validatieFout('alleen een declaratie (323) kan vooraf gecontroleerd worden', [
        { veld: 'berichtsoort', reden: `dit is een ${parse.bericht.berichtType}` },
      ]);
    }
    return this.controleer(principal, uit323(parse.bericht));
  }

  private async controleer(principal: Principal, invoer: DeclaratieInvoer): Promise<DeclaratieResultaatDto> {
    const manager = this.dataSource.manager;
    const ids = await this.intake.partijen(manager, principal, invoer.kop.aanbiederAgb, invoer.kop.gemeente);
    const prestaties = await this.context.pseudonimiseer(manager, invoer.prestaties);
    const context = await this.context.laad(manager, ids, invoer.kop, prestaties, null);
    const oordeel = beoordeelDeclaratie(invoer.kop, prestaties, context);
    return {
      id: null,
      declaratieNummer: invoer.kop.declaratieNummer,
      status: DeclaratieStatus.Beoordeeld,
      aanbiederAgb: invoer.kop.aanbiederAgb,
      gemeenteCode: invoer.kop.gemeente,
      domein: invoer.kop.domein,
      declaratiePeriode: invoer.kop.declaratiePeriode,
      totaalIngediend: Number(oordeel.totaalIngediend),
      totaalToegekend: Number(oordeel.totaalToegekend),
      retourcodes: oordeel.declaratieRetourcodes,
      bevindingen: oordeel.berichtBevindingen,
      aantalPrestaties: oordeel.prestaties.length,
      prestaties: oordeel.prestaties.map((p) => ({
        referentieNummer: p.referentieNummer,
        status: p.status,
        retourcodes: p.retourcodes,
        toelichting: p.bevindingen.length ? p.bevindingen.map((b) => b.toelichting).join(' ') : null,
        bevindingen: p.bevindingen,
      })),
    };
  }

  /** The Excel template for providers without iWmo/iJw software. */
  @Get('sjabloon')
  @Rollen(Rol.Aanbieder)
  @Header('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('Content-Disposition', 'attachment; filename="keten-declaratie-sjabloon.xlsx"')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'empty declaratie template (.xlsx)', schema: { type: 'string', format: 'binary' } })
  @ApiFoutResponses()
  async sjabloon(): Promise<StreamableFile> {
    return new StreamableFile(await bouwDeclaratieSjabloon());
  }

  /** A filled-in template: validated as a whole (every error by sheet, row and column), then stored like a 323. */
  @Post('excel')
  @HttpCode(202)
  @Rollen(Rol.Aanbieder)
  @Begrensd('intake')
  @ApiConsumes('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiAcceptedResponse({ type: OntvangstDto })
  @ApiFoutResponses(415)
  async excel(@HuidigePrincipal() principal: Principal, @Body() body: unknown): Promise<OntvangstDto> {
    if (!Buffer.isBuffer(body) || body.length === 0) {
      throw new KetenFout(
        FoutCode.NietOndersteund,
        'stuur het ingevulde sjabloon als .xlsx (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
      );
    }
    const gelezen = await leesDeclaratieSjabloon(body, principal.agbCode ?? '', {
      maxBytes: this.config.KETEN_UPLOAD_LIMIT_BYTES,
      maxUitgepakteBytes: 4 * this.config.KETEN_UPLOAD_LIMIT_BYTES,
    });
    if (!gelezen.ok) {
      throw validatieFout(
        'het sjabloon bevat fouten; er is niets opgeslagen',
        gelezen.fouten.map((f) => ({ veld: f.kolom ? `${f.blad}!${f.kolom}${f.rij}` : f.blad, reden: f.reden })),
      );
    }
    const ontvangst = await this.dataSource.transaction(async (m) =>
      this.intake.ontvang(m, await this.intake.bereidVoor(m, principal, gelezen.invoer), DeclaratieBron.Excel, null),
    );
    return { id: ontvangst.declaratieId, status: ontvangst.status };
  }

  @Get()
  @ApiOkResponse({ type: [DeclaratieResultaatDto], description: 'an aanbieder sees only its own; a gemeente its own' })
  @ApiFoutResponses()
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Query() query: DeclaratieLijstQueryDto,
  ): Promise<DeclaratieResultaatDto[]> {
    return this.opvragen.lijst(principal, query);
  }

  @Get(':id')
  @AuditLezing('declaratie')
  @ApiOkResponse({ type: DeclaratieResultaatDto, description: 'totals and every prestatie with its result' })
  @ApiFoutResponses(404)
  haal(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<DeclaratieResultaatDto> {
    return this.opvragen.haal(principal, id);
  }

  @Get(':id/antwoord')
  @AuditLezing('bericht-325')
  @ApiProduces('application/xml')
  @ApiOkResponse({ description: 'the 325 declaratie-antwoord (iWmo/iJw 3.2)', schema: { type: 'string' } })
  @ApiFoutResponses(404, 409)
  async antwoord(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: { type(t: string): void },
  ): Promise<string> {
    const xml = await this.opvragen.antwoord(principal, id);
    res.type('application/xml');
    return xml;
  }
}
