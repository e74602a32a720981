import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { InkoopbeleidDto } from '../registreer-aanbesteding/registreer-aanbesteding.dto.js';
import { InkoopbeleidService } from './inkoopbeleid.service.js';

@ApiTags('aanbestedingen')
@ApiBearerAuth()
@Controller('api/v1/organisaties/:organisatieId/inkoopbeleid')
export class InkoopbeleidController {
  constructor(private readonly beleid: InkoopbeleidService) {}

  @Put()
  @Rollen(Rol.Inkoopadviseur)
  @ApiOkResponse({
    type: InkoopbeleidDto,
    description: 'the amounts below the EU threshold from which meervoudig onderhands and national publication apply',
  })
  @ApiFoutResponses(404)
  leg(
    @HuidigePrincipal() principal: Principal,
    @Param('organisatieId', new ParseUUIDPipe()) organisatieId: string,
    @Body() dto: InkoopbeleidDto,
  ): Promise<InkoopbeleidDto> {
    return this.beleid.leg(principal, organisatieId, dto);
  }

  @Get()
  @Rollen(Rol.Inkoopadviseur, Rol.Controller)
  @ApiOkResponse({ type: InkoopbeleidDto })
  @ApiFoutResponses(404)
  haal(
    @HuidigePrincipal() principal: Principal,
    @Param('organisatieId', new ParseUUIDPipe()) organisatieId: string,
  ): Promise<InkoopbeleidDto> {
    return this.beleid.haal(principal, organisatieId);
  }
}
