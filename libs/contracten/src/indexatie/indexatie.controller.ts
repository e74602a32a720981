import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, PaginaQueryDto, Rol, Rollen, type Principal } from '#keten/platform';
import { IndexatieDto, VraagIndexatieAanDto } from './indexatie.dto.js';
import { IndexatieService } from './indexatie.service.js';

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten/:id/indexaties')
export class IndexatieController {
  constructor(private readonly indexaties: IndexatieService) {}

  @Post()
  @HttpCode(202)
  @Rollen(Rol.Inkoopadviseur)
  @ApiAcceptedResponse({
    type: IndexatieDto,
    description: 'queued: the preview is computed by the worker; follow it with GET …/indexaties/{iid}',
  })
  @ApiFoutResponses(404)
  vraagAan(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: VraagIndexatieAanDto,
  ): Promise<IndexatieDto> {
    return this.indexaties.vraagAan(principal, id, dto);
  }

  @Get()
  @Rollen(Rol.Inkoopadviseur, Rol.Controller)
  @ApiOkResponse({ type: [IndexatieDto], description: 'without rows' })
  @ApiFoutResponses(404)
  lijst(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<IndexatieDto[]> {
    return this.indexaties.lijst(principal, id);
  }

  @Get(':iid')
  @Rollen(Rol.Inkoopadviseur, Rol.Controller)
  @ApiOkResponse({ type: IndexatieDto, description: 'status, percentage and every old and new amount (paged)' })
  @ApiFoutResponses(404)
  haal(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('iid', new ParseUUIDPipe()) iid: string,
    @Query() pagina: PaginaQueryDto,
  ): Promise<IndexatieDto> {
    return this.indexaties.haal(principal, id, iid, pagina);
  }

  @Post(':iid/toepassen')
  @HttpCode(202)
  @Rollen(Rol.Inkoopadviseur)
  @ApiAcceptedResponse({ type: IndexatieDto, description: 'queued; applying twice changes nothing' })
  @ApiFoutResponses(404, 409)
  pasToe(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('iid', new ParseUUIDPipe()) iid: string,
  ): Promise<IndexatieDto> {
    return this.indexaties.vraagToepassingAan(principal, id, iid);
  }
}
