import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { ActieType } from '#keten/domain';
import { AanbestedingWeigeringFilter } from '../aanbesteding-weigering.filter.js';
import { WeigeringDto } from '../aanbesteding-weigering.exception.js';
import { RegistreerAanbestedingDto } from '../registreer-aanbesteding/registreer-aanbesteding.dto.js';
import { RegistreerAanbestedingService } from '../registreer-aanbesteding/registreer-aanbesteding.service.js';
import { ActieDto, InschrijvingDto, ScoreDto } from '../voer-actie-uit/actie.dto.js';
import { naarActie } from '../voer-actie-uit/naar-actie.util.js';
import { VoerActieUitService } from '../voer-actie-uit/voer-actie-uit.service.js';
import { GunningRaamovereenkomstService } from '../raamovereenkomsten/gunning-raamovereenkomst.service.js';
import { koppelingDto } from './weergave.util.js';
import {
  ActieAntwoordDto,
  AanbestedingDto,
  AanbestedingLijstQueryDto,
  GebeurtenisDto,
  GegundeRaamovereenkomstDto,
} from './aanbesteding.dto.js';
import {
  RaadpleegAanbestedingService,
  type PerceelRangschikkingDto,
  type ScoresDto,
} from './raadpleeg-aanbesteding.service.js';

const PERCEEL = /^[A-Za-z0-9_.-]{1,20}$/;

@ApiTags('aanbestedingen')
@ApiBearerAuth()
@ApiExtraModels(WeigeringDto)
@UseFilters(AanbestedingWeigeringFilter)
@Controller('api/v1/aanbestedingen')
export class AanbestedingController {
  constructor(
    private readonly registreerService: RegistreerAanbestedingService,
    private readonly raadpleeg: RaadpleegAanbestedingService,
    private readonly acties: VoerActieUitService,
    private readonly raamovereenkomsten: GunningRaamovereenkomstService,
  ) {}

  @Post()
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({
    type: AanbestedingDto,
    description: 'the aanbesteding in concept, with configuratieToets: what publication would refuse now',
  })
  @ApiFoutResponses(409)
  registreer(
    @HuidigePrincipal() principal: Principal,
    @Body() dto: RegistreerAanbestedingDto,
  ): Promise<AanbestedingDto> {
    return this.registreerService.registreer(principal, dto);
  }

  @Get()
  @ApiOkResponse({
    type: [AanbestedingDto],
    description: "a gemeente or regio sees its own and its regio's procedures; an aanbieder the published ones",
  })
  @ApiFoutResponses()
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Query() query: AanbestedingLijstQueryDto,
  ): Promise<AanbestedingDto[]> {
    return this.raadpleeg.lijst(principal, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AanbestedingDto })
  @ApiFoutResponses(404)
  haal(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<AanbestedingDto> {
    return this.raadpleeg.haal(principal, id);
  }

  @Get(':id/acties')
  @Rollen(Rol.Inkoopadviseur, Rol.Controller)
  @ApiOkResponse({
    schema: { type: 'array', items: { type: 'string', enum: Object.values(ActieType) } },
    description: 'the actions the state and the procedure type allow next',
  })
  @ApiFoutResponses(404)
  async toegestaan(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ActieType[]> {
    const a = await this.raadpleeg.haal(principal, id);
    return a.toegestaneActies;
  }

  @Post(':id/acties')
  @HttpCode(200)
  @Rollen(Rol.Inkoopadviseur)
  @ApiOkResponse({
    type: ActieAntwoordDto,
    description: 'the new state; a refusal is a 409 or 400 with `weigering: {code, reden}` from the procedure rules',
  })
  @ApiFoutResponses(404, 409)
  voerUit(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ActieDto,
  ): Promise<ActieAntwoordDto> {
    return this.acties.voerUit(principal, id, naarActie(dto), { door: 'inkoper' });
  }

  @Post(':id/percelen/:perceel/inschrijvingen')
  @Rollen(Rol.Aanbieder)
  @ApiCreatedResponse({
    type: ActieAntwoordDto,
    description: 'the procedure as the aanbieder sees it, with its inschrijving',
  })
  @ApiFoutResponses(404, 409)
  schrijfIn(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('perceel') perceel: string,
    @Body() dto: InschrijvingDto,
  ): Promise<ActieAntwoordDto> {
    return this.acties.schrijfIn(principal, id, PERCEEL.test(perceel) ? perceel : '-', dto);
  }

  @Post(':id/scores')
  @HttpCode(200)
  @Rollen(Rol.Inkoopadviseur, Rol.Controller, Rol.Toegang)
  @ApiOkResponse({ type: ActieAntwoordDto, description: "a beoordelaar's own score on a kwaliteit criterion" })
  @ApiFoutResponses(404, 409)
  scoor(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: ScoreDto,
  ): Promise<ActieAntwoordDto> {
    return this.acties.scoor(principal, id, dto);
  }

  @Get(':id/scores')
  @Rollen(Rol.Inkoopadviseur, Rol.Controller)
  @ApiOkResponse({ description: 'individual scores per beoordelaar and the consensus with motivation' })
  @ApiFoutResponses(404)
  scores(@HuidigePrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<ScoresDto> {
    return this.raadpleeg.scores(principal, id);
  }

  @Get(':id/rangschikking')
  @Rollen(Rol.Inkoopadviseur, Rol.Controller)
  @ApiOkResponse({
    description:
      'BPKV ranking per perceel (points in micropunten); 409 PRIJZEN_NOG_GESLOTEN before the prices are opened',
  })
  @ApiFoutResponses(404, 409)
  rangschikking(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<PerceelRangschikkingDto[]> {
    return this.raadpleeg.rangschikking(principal, id);
  }

  @Get(':id/gebeurtenissen')
  @Rollen(Rol.Inkoopadviseur, Rol.Controller)
  @ApiOkResponse({ type: [GebeurtenisDto], description: 'the append-only history: who did what, when' })
  @ApiFoutResponses(404)
  gebeurtenissen(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<GebeurtenisDto[]> {
    return this.raadpleeg.gebeurtenissen(principal, id);
  }

  @Post(':id/raamovereenkomsten')
  @HttpCode(200)
  @Rollen(Rol.Inkoopadviseur)
  @ApiOkResponse({
    type: [GegundeRaamovereenkomstDto],
    description: 'retries registering the raamovereenkomsten of the gunning that are still open (idempotent)',
  })
  @ApiFoutResponses(404)
  async voltooi(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<GegundeRaamovereenkomstDto[]> {
    await this.raadpleeg.haal(principal, id);
    return (await this.raamovereenkomsten.voltooi(principal, id)).map(koppelingDto);
  }
}
