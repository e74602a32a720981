import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { VerzoekBesluitService } from './verzoek-besluit.service.js';
import { AntwoordQueryDto, BesluitDto, VerzoekDto, VerzoekLijstQueryDto, VerzoekOverzichtDto } from './verzoek.dto.js';
import { VerzoekOpvraagService } from './verzoek-opvraag.service.js';

/** Verzoeken om toewijzing (315) and wijziging (317): the toegang's work queue and decisions, the aanbieder's answers. */
@ApiTags('verzoeken')
@ApiBearerAuth()
@Controller('api/v1/verzoeken')
export class VerzoekController {
  constructor(
    private readonly opvragen: VerzoekOpvraagService,
    private readonly besluiten: VerzoekBesluitService,
  ) {}

  @Get()
  @Rollen(Rol.Toegang, Rol.Aanbieder)
  @ApiOkResponse({
    type: [VerzoekOverzichtDto],
    description: 'by answer deadline; a gemeente sees its own (and its regio), an aanbieder only its own',
  })
  @ApiFoutResponses()
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Query() query: VerzoekLijstQueryDto,
  ): Promise<VerzoekOverzichtDto[]> {
    return this.opvragen.lijst(principal, query, query.limiet, query.offset);
  }

  @Get(':id')
  @Rollen(Rol.Toegang, Rol.Aanbieder)
  @ApiOkResponse({ type: VerzoekDto })
  @ApiFoutResponses(404)
  haal(@HuidigePrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<VerzoekDto> {
    return this.opvragen.haal(principal, id);
  }

  @Post(':id/besluit')
  @HttpCode(200)
  @Rollen(Rol.Toegang)
  @ApiOkResponse({
    type: VerzoekDto,
    description:
      'the verzoek after the decision: toegekend (with its toewijzingen), afgewezen or in onderzoek (with its 319)',
  })
  @ApiFoutResponses(404, 409)
  async besluit(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: BesluitDto,
  ): Promise<VerzoekDto> {
    await this.besluiten.besluit(principal, id, dto);
    return this.opvragen.haal(principal, id);
  }

  @Get(':id/antwoord')
  @Rollen(Rol.Toegang, Rol.Aanbieder)
  @ApiProduces('application/xml')
  @ApiOkResponse({
    description: 'the antwoordbericht (319) on this verzoek: the latest, or the one asked by volgnummer',
    schema: { type: 'string' },
  })
  @ApiFoutResponses(404)
  async antwoord(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: AntwoordQueryDto,
    @Res({ passthrough: true }) res: { type(t: string): void },
  ): Promise<string> {
    const xml = await this.opvragen.antwoord319(principal, id, query.volgnummer);
    res.type('application/xml');
    return xml;
  }
}
