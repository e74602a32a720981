import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import {
  GebruikerDto,
  GebruikerLijstQueryDto,
  MaakGebruikerDto,
  NieuweGebruikerDto,
  WijzigGebruikerDto,
} from './gebruiker.dto.js';
import { GebruikerService } from './gebruiker.service.js';

@ApiTags('toegang')
@ApiBearerAuth()
@ApiCookieAuth()
@Controller('api/v1/toegang/gebruikers')
@Rollen(Rol.FunctioneelBeheerder)
export class GebruikerController {
  constructor(private readonly gebruikers: GebruikerService) {}

  @Post()
  @ApiCreatedResponse({
    type: NieuweGebruikerDto,
    description: 'the new account; tijdelijkWachtwoord only when Keten made the password',
  })
  @ApiFoutResponses(404, 409)
  maak(@HuidigePrincipal() principal: Principal, @Body() dto: MaakGebruikerDto): Promise<NieuweGebruikerDto> {
    return this.gebruikers.maak(principal, dto);
  }

  @Get()
  @ApiOkResponse({ type: [GebruikerDto] })
  @ApiFoutResponses()
  lijst(@HuidigePrincipal() principal: Principal, @Query() query: GebruikerLijstQueryDto): Promise<GebruikerDto[]> {
    return this.gebruikers.lijst(principal, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: GebruikerDto })
  @ApiFoutResponses(404)
  haal(@HuidigePrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<GebruikerDto> {
    return this.gebruikers.haal(principal, id);
  }

  @Patch(':id')
  @ApiOkResponse({ type: GebruikerDto })
  @ApiFoutResponses(404, 409)
  wijzig(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: WijzigGebruikerDto,
  ): Promise<GebruikerDto> {
    return this.gebruikers.wijzig(principal, id, dto);
  }
}
