import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { AanbestedingWeigeringFilter } from '../aanbesteding-weigering.filter.js';
import {
  GunNadereOpdrachtDto,
  NadereOpdrachtBodDto,
  NadereOpdrachtDto,
  OpenNadereOpdrachtDto,
} from './nadere-opdracht.dto.js';
import { NadereOpdrachtService } from './nadere-opdracht.service.js';

@ApiTags('aanbestedingen')
@ApiBearerAuth()
@UseFilters(AanbestedingWeigeringFilter)
@Controller('api/v1/aanbestedingen/:id/nadere-opdrachten')
export class NadereOpdrachtController {
  constructor(private readonly nadereOpdrachten: NadereOpdrachtService) {}

  @Post()
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({
    type: NadereOpdrachtDto,
    description:
      'a call-off competition among the admitted aanbieders of a DAS, with a deadline and the perceel’s criteria',
  })
  @ApiFoutResponses(400, 404, 409)
  open(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: OpenNadereOpdrachtDto,
  ): Promise<NadereOpdrachtDto> {
    return this.nadereOpdrachten.open(principal, id, dto);
  }

  @Get(':nid')
  @Rollen(Rol.Inkoopadviseur, Rol.Aanbieder)
  @ApiOkResponse({
    type: NadereOpdrachtDto,
    description: 'an aanbieder sees only its own sealed bid; the inkoper sees the bids after the deadline',
  })
  @ApiFoutResponses(404)
  bekijk(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('nid', new ParseUUIDPipe()) nid: string,
  ): Promise<NadereOpdrachtDto> {
    return this.nadereOpdrachten.bekijk(principal, id, nid);
  }

  @Post(':nid/biedingen')
  @Rollen(Rol.Aanbieder)
  @ApiCreatedResponse({
    type: NadereOpdrachtDto,
    description: 'your sealed bid (replaces an earlier one until the deadline)',
  })
  @ApiFoutResponses(400, 404, 409)
  bied(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('nid', new ParseUUIDPipe()) nid: string,
    @Body() dto: NadereOpdrachtBodDto,
  ): Promise<NadereOpdrachtDto> {
    return this.nadereOpdrachten.bied(principal, id, nid, dto);
  }

  @Post(':nid/gunning')
  @HttpCode(200)
  @Rollen(Rol.Inkoopadviseur)
  @ApiOkResponse({
    type: NadereOpdrachtDto,
    description: 'after the deadline: awards the call-off on BPKV with the quality scores given (NadereOpdracht)',
  })
  @ApiFoutResponses(400, 404, 409)
  gun(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('nid', new ParseUUIDPipe()) nid: string,
    @Body() dto: GunNadereOpdrachtDto,
  ): Promise<NadereOpdrachtDto> {
    return this.nadereOpdrachten.gun(principal, id, nid, dto);
  }
}
