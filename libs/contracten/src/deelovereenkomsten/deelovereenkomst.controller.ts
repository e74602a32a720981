import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { DeelovereenkomstDto, RegistreerDeelovereenkomstDto } from './deelovereenkomst.dto.js';
import { DeelovereenkomstService } from './deelovereenkomst.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten/:id/deelovereenkomsten')
export class DeelovereenkomstController {
  constructor(private readonly delen: DeelovereenkomstService) {}

  @Post()
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({
    type: DeelovereenkomstDto,
    description: 'its tariffs are added with POST …/tarieven (deelovereenkomstId) or its own tariff sheet',
  })
  @ApiFoutResponses(404, 409)
  registreer(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RegistreerDeelovereenkomstDto,
  ): Promise<DeelovereenkomstDto> {
    return this.delen.registreer(principal, id, dto);
  }

  @Get()
  @ApiOkResponse({ type: [DeelovereenkomstDto] })
  @ApiFoutResponses(404)
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<DeelovereenkomstDto[]> {
    return this.delen.lijst(principal, id);
  }
}
