import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { BetaalbatchDto, BetaalbatchLijstQueryDto, BetaaldOpDto, MaakBetaalbatchDto } from './betaalbatch.dto.js';
import { BetaalbatchService } from './betaalbatch.service.js';

/** Payment runs: made and approved by controllers (four eyes), read by inkoopadviseurs. */
@ApiTags('betaalbatches')
@ApiBearerAuth()
@Controller('api/v1/betaalbatches')
@Rollen(Rol.Controller, Rol.Inkoopadviseur)
export class BetaalbatchController {
  constructor(private readonly batches: BetaalbatchService) {}

  @Post()
  @Rollen(Rol.Controller)
  @ApiCreatedResponse({
    type: BetaalbatchDto,
    description: 'concept: one regel per aanbieder with a positive net amount and an IBAN',
  })
  @ApiFoutResponses(404, 409)
  maak(@HuidigePrincipal() principal: Principal, @Body() dto: MaakBetaalbatchDto): Promise<BetaalbatchDto> {
    return this.batches.maak(principal, dto);
  }

  @Get()
  @ApiOkResponse({ type: [BetaalbatchDto] })
  @ApiFoutResponses()
  lijst(@HuidigePrincipal() principal: Principal, @Query() query: BetaalbatchLijstQueryDto): Promise<BetaalbatchDto[]> {
    return this.batches.lijst(principal, query);
  }

  @Get(':id')
  @ApiOkResponse({
    type: BetaalbatchDto,
    description: 'with its regels and, per regel, the declaraties and termijnen it pays',
  })
  @ApiFoutResponses(404)
  haal(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<BetaalbatchDto> {
    return this.batches.haal(principal, id);
  }

  @Post(':id/goedkeuren')
  @HttpCode(200)
  @Rollen(Rol.Controller)
  @ApiOkResponse({ type: BetaalbatchDto })
  @ApiFoutResponses(404, 409)
  keurGoed(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<BetaalbatchDto> {
    return this.batches.keurGoed(principal, id);
  }

  @Post(':id/afwijzen')
  @HttpCode(200)
  @Rollen(Rol.Controller)
  @ApiOkResponse({ type: BetaalbatchDto, description: 'a concept is rejected: what it held is free for a next batch' })
  @ApiFoutResponses(404, 409)
  wijsAf(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<BetaalbatchDto> {
    return this.batches.wijsAf(principal, id);
  }

  @Get(':id/pain001')
  @ApiProduces('application/xml')
  @ApiOkResponse({
    description: 'SEPA credit transfer initiation, pain.001.001.09 (EPC SCT C2PSP)',
    schema: { type: 'string' },
  })
  @ApiFoutResponses(404, 409)
  async pain001(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res({ passthrough: true }) res: { setHeader(naam: string, waarde: string): void },
  ): Promise<string> {
    const { nummer, xml } = await this.batches.pain001(principal, id);
    res.setHeader('Content-Type', 'application/xml; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${nummer}.xml"`);
    return xml;
  }

  @Post(':id/betaald')
  @HttpCode(200)
  @Rollen(Rol.Controller)
  @ApiOkResponse({ type: BetaalbatchDto, description: 'its termijnen and fully paid declaraties become betaald' })
  @ApiFoutResponses(404, 409)
  betaald(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: BetaaldOpDto,
  ): Promise<BetaalbatchDto> {
    return this.batches.markeerBetaald(principal, id, dto.betaaldOp);
  }
}
