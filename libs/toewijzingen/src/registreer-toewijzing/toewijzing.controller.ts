import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiFoutResponses, AuditLezing, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { ToewijzingOpvraagService } from '../toewijzingen-opvragen/toewijzing-opvraag.service.js';
import {
  RegistreerToewijzingenDto,
  ToewijzingDto,
  ToewijzingLijstQueryDto,
  ToewijzingProductResultaatDto,
} from './toewijzing.dto.js';
import { ToewijzingLedgerService } from './toewijzing-ledger.service.js';

@ApiTags('toewijzingen')
@ApiBearerAuth()
@Controller('api/v1/toewijzingen')
export class ToewijzingController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: ToewijzingLedgerService,
    private readonly opvragen: ToewijzingOpvraagService,
  ) {}

  /** For back offices without iWmo/iJw: the same ledger as a 301 (OP087: the whole current set for one client). */
  @Post()
  @HttpCode(200)
  @Rollen(Rol.Toegang)
  @ApiOkResponse({ type: [ToewijzingProductResultaatDto] })
  @ApiFoutResponses()
  async registreer(
    @HuidigePrincipal() principal: Principal,
    @Body() dto: RegistreerToewijzingenDto,
  ): Promise<ToewijzingProductResultaatDto[]> {
    const resultaten = await this.dataSource.transaction((manager) =>
      this.ledger.registreer(manager, principal, dto, null),
    );
    return resultaten;
  }

  @Get()
  @AuditLezing('toewijzing')
  @ApiOkResponse({
    type: [ToewijzingDto],
    description: 'current versions (IV013); an aanbieder sees only its own, a gemeente its own',
  })
  @ApiFoutResponses()
  lijst(@HuidigePrincipal() principal: Principal, @Query() query: ToewijzingLijstQueryDto): Promise<ToewijzingDto[]> {
    return this.opvragen.lijst(principal, query, query.limiet, query.offset);
  }

  @Get(':id')
  @AuditLezing('toewijzing')
  @ApiOkResponse({ type: ToewijzingDto, description: 'with every version, latest first' })
  @ApiFoutResponses(404)
  haal(@HuidigePrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.opvragen.haal(principal, id);
  }
}
