import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rollen, Rol, type Principal } from '#keten/platform';
import {
  OrganisatieDto,
  OrganisatieLijstQueryDto,
  RegistreerOrganisatieDto,
  WijzigIbanDto,
} from './organisatie.dto.js';
import { OrganisatieService } from './organisatie.service.js';

@ApiTags('organisaties')
@ApiBearerAuth()
@Controller('api/v1/organisaties')
export class OrganisatieController {
  constructor(private readonly organisaties: OrganisatieService) {}

  @Post()
  @Rollen(Rol.Beheerder)
  @ApiCreatedResponse({ type: OrganisatieDto })
  @ApiFoutResponses(409)
  registreer(@HuidigePrincipal() principal: Principal, @Body() dto: RegistreerOrganisatieDto): Promise<OrganisatieDto> {
    return this.organisaties.registreer(principal, dto);
  }

  @Get()
  @ApiOkResponse({ type: [OrganisatieDto] })
  @ApiFoutResponses()
  lijst(@HuidigePrincipal() principal: Principal, @Query() query: OrganisatieLijstQueryDto): Promise<OrganisatieDto[]> {
    return this.organisaties.lijst(principal, query, query.limiet, query.offset);
  }

  /** The account for betaalbatches (an aanbieder is paid on it; an inkopende organisatie pays from it). */
  @Put(':id/iban')
  @Rollen(Rol.Beheerder)
  @ApiOkResponse({ type: OrganisatieDto })
  @ApiFoutResponses(404)
  wijzigIban(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: WijzigIbanDto,
  ): Promise<OrganisatieDto> {
    return this.organisaties.wijzigIban(principal, id, dto.iban);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrganisatieDto })
  @ApiFoutResponses(404)
  haal(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<OrganisatieDto> {
    return this.organisaties.haal(id, principal);
  }
}
