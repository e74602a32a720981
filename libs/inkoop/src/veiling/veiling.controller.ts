import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { AanbestedingWeigeringFilter } from '../aanbesteding-weigering.filter.js';
import { BiedDto, OpenVeilingrondeDto, SluitVeilingrondeDto, VeilingrondeDto } from './veiling.dto.js';
import { VeilingService } from './veiling.service.js';

@ApiTags('aanbestedingen')
@ApiBearerAuth()
@UseFilters(AanbestedingWeigeringFilter)
@Controller('api/v1/aanbestedingen/:id/veilingrondes')
export class VeilingController {
  constructor(private readonly veiling: VeilingService) {}

  @Post()
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({ type: VeilingrondeDto, description: 'a timed round of the besloten veiling for one client' })
  @ApiFoutResponses(404, 409)
  open(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: OpenVeilingrondeDto,
  ): Promise<VeilingrondeDto> {
    return this.veiling.open(principal, id, dto);
  }

  @Get(':rid')
  @Rollen(Rol.Inkoopadviseur, Rol.Aanbieder)
  @ApiOkResponse({ type: VeilingrondeDto, description: 'an aanbieder sees its own bid and rank, never who else bids' })
  @ApiFoutResponses(404)
  bekijk(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('rid', new ParseUUIDPipe()) rid: string,
  ): Promise<VeilingrondeDto> {
    return this.veiling.bekijk(principal, id, rid);
  }

  @Post(':rid/biedingen')
  @Rollen(Rol.Aanbieder)
  @ApiCreatedResponse({ type: VeilingrondeDto, description: 'the round with your standing bid and your rank' })
  @ApiFoutResponses(404, 409)
  bied(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('rid', new ParseUUIDPipe()) rid: string,
    @Body() dto: BiedDto,
  ): Promise<VeilingrondeDto> {
    return this.veiling.bied(principal, id, rid, dto);
  }

  @Post(':rid/sluiting')
  @HttpCode(200)
  @Rollen(Rol.Inkoopadviseur)
  @ApiOkResponse({
    type: VeilingrondeDto,
    description:
      'closes the round after sluitOm (HoudVeiling): the lowest valid bid wins, or on a perceel with quality criteria the best BPKV with the scores given',
  })
  @ApiFoutResponses(400, 404, 409)
  sluit(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('rid', new ParseUUIDPipe()) rid: string,
    @Body() dto: SluitVeilingrondeDto,
  ): Promise<VeilingrondeDto> {
    return this.veiling.sluit(principal, id, rid, dto);
  }
}
