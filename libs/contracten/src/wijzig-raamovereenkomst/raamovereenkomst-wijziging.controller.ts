import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import {
  RaamovereenkomstDto,
  VerlengingsoptieAntwoordDto,
} from '../registreer-raamovereenkomst/raamovereenkomst.dto.js';
import { RaamovereenkomstService } from '../registreer-raamovereenkomst/raamovereenkomst.service.js';
import {
  LichtVerlengingsoptieDto,
  OnderaannemerDto,
  RegistreerOnderaannemerDto,
  TreedToeDto,
  WijzigRaamovereenkomstDto,
} from './raamovereenkomst-wijziging.dto.js';
import { RaamovereenkomstWijzigingService } from './raamovereenkomst-wijziging.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten/:id')
export class RaamovereenkomstWijzigingController {
  constructor(
    private readonly wijzigingen: RaamovereenkomstWijzigingService,
    private readonly raamovereenkomsten: RaamovereenkomstService,
  ) {}

  @Patch()
  @Rollen(Rol.Inkoopadviseur)
  @ApiOkResponse({
    type: RaamovereenkomstDto,
    description:
      'audited; 409 flags a possible wezenlijke wijziging (fouten[].veld = code) until bevestigWezenlijkeWijziging is sent',
  })
  @ApiFoutResponses(404, 409)
  wijzig(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: WijzigRaamovereenkomstDto,
  ): Promise<RaamovereenkomstDto> {
    return this.wijzigingen.wijzig(principal, id, dto);
  }

  @Get('verlengingen')
  @ApiOkResponse({ type: [VerlengingsoptieAntwoordDto] })
  @ApiFoutResponses(404)
  async verlengingen(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<VerlengingsoptieAntwoordDto[]> {
    return (await this.raamovereenkomsten.haal(principal, id)).verlengingsopties;
  }

  @Post('verlengingen')
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({
    type: RaamovereenkomstDto,
    description: 'the next extension option exercised; the einddatum moves by its months',
  })
  @ApiFoutResponses(404, 409)
  licht(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: LichtVerlengingsoptieDto,
  ): Promise<RaamovereenkomstDto> {
    return this.wijzigingen.licht(principal, id, dto);
  }

  @Get('onderaannemers')
  @ApiOkResponse({ type: [OnderaannemerDto] })
  @ApiFoutResponses(404)
  onderaannemers(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<OnderaannemerDto[]> {
    return this.wijzigingen.onderaannemers(principal, id);
  }

  @Post('onderaannemers')
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({ type: OnderaannemerDto, description: "the contract's aanbieder is the hoofdaannemer" })
  @ApiFoutResponses(404, 409)
  registreerOnderaannemer(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RegistreerOnderaannemerDto,
  ): Promise<OnderaannemerDto> {
    return this.wijzigingen.registreerOnderaannemer(principal, id, dto);
  }

  @Post('toetredingen')
  @Rollen(Rol.Inkoopadviseur)
  @ApiCreatedResponse({
    type: RaamovereenkomstDto,
    description: 'the new raamovereenkomst of the joining aanbieder, on the same products and tariffs',
  })
  @ApiFoutResponses(404, 409)
  treedToe(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: TreedToeDto,
  ): Promise<RaamovereenkomstDto> {
    return this.wijzigingen.treedToe(principal, id, dto);
  }
}
