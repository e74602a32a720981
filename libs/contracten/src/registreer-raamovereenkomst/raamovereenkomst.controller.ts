import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import {
  RaamovereenkomstDto,
  RaamovereenkomstLijstQueryDto,
  RegistreerRaamovereenkomstDto,
} from './raamovereenkomst.dto.js';
import { RaamovereenkomstService } from './raamovereenkomst.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten')
export class RaamovereenkomstController {
  constructor(private readonly raamovereenkomsten: RaamovereenkomstService) {}

  @Post()
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({ type: RaamovereenkomstDto, description: 'the raamovereenkomst with its products and tariffs' })
  @ApiFoutResponses(409)
  registreer(
    @HuidigePrincipal() principal: Principal,
    @Body() dto: RegistreerRaamovereenkomstDto,
  ): Promise<RaamovereenkomstDto> {
    return this.raamovereenkomsten.registreer(principal, dto);
  }

  @Get()
  @ApiOkResponse({
    type: [RaamovereenkomstDto],
    description: 'an aanbieder sees only its own contracts; a gemeente those of itself and its regio',
  })
  @ApiFoutResponses()
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Query() query: RaamovereenkomstLijstQueryDto,
  ): Promise<RaamovereenkomstDto[]> {
    return this.raamovereenkomsten.lijst(principal, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: RaamovereenkomstDto })
  @ApiFoutResponses(404)
  haal(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<RaamovereenkomstDto> {
    return this.raamovereenkomsten.haal(principal, id);
  }
}
