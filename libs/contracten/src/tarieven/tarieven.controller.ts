import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { NieuweTarievenDto, TariefMetBerekeningDto, TarievenQueryDto, TariefversieDto } from './tarieven.dto.js';
import { TarievenService } from './tarieven.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten/:id/tarieven')
export class TarievenController {
  constructor(private readonly tarieven: TarievenService) {}

  @Get()
  @ApiOkResponse({
    type: [TariefversieDto],
    description: 'tariff versions; ?peildatum= gives the tariff in force per product and eenheid on that date',
  })
  @ApiFoutResponses(404)
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: TarievenQueryDto,
  ): Promise<TariefversieDto[]> {
    return this.tarieven.lijst(principal, id, query);
  }

  @Get(':tid')
  @ApiOkResponse({
    type: TariefMetBerekeningDto,
    description: 'one version with its reële-prijs calculation (art. 5.4 elements a–f)',
  })
  @ApiFoutResponses(404)
  haal(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('tid', new ParseUUIDPipe()) tid: string,
  ): Promise<TariefMetBerekeningDto> {
    return this.tarieven.haal(principal, id, tid);
  }

  @Post()
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({
    type: [TariefversieDto],
    description:
      'the new versions; the running versions end the day before. 409 flags a possible wezenlijke wijziging (confirm with bevestigWezenlijkeWijziging)',
  })
  @ApiFoutResponses(404, 409)
  voegToe(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: NieuweTarievenDto,
  ): Promise<TariefversieDto[]> {
    return this.tarieven.voegToe(principal, id, dto);
  }
}
