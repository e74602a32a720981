import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { PrijsnormDto, RegistreerPrijsnormDto } from './prijsnorm.dto.js';
import { PrijsnormService } from './prijsnorm.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten/:id/prijsnormen')
export class PrijsnormController {
  constructor(private readonly normen: PrijsnormService) {}

  @Post()
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({
    type: PrijsnormDto,
    description: 'from now on a tariff below a reële prijs (or other than a vaste prijs) is refused',
  })
  @ApiFoutResponses(404, 409)
  registreer(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RegistreerPrijsnormDto,
  ): Promise<PrijsnormDto> {
    return this.normen.registreer(principal, id, dto);
  }

  @Get()
  @ApiOkResponse({ type: [PrijsnormDto] })
  @ApiFoutResponses(404)
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<PrijsnormDto[]> {
    return this.normen.lijst(principal, id);
  }
}
