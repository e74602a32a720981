import { Controller, Get, Header, Param, ParseUUIDPipe, StreamableFile, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { AanbestedingWeigeringFilter } from '../aanbesteding-weigering.filter.js';
import type { Gunningsbrief } from '#keten/domain';
import { GunningsbeslissingService } from './gunningsbeslissing.service.js';

@ApiTags('aanbestedingen')
@ApiBearerAuth()
@UseFilters(AanbestedingWeigeringFilter)
@Controller('api/v1/aanbestedingen/:id/gunningsbeslissing/:inschrijvingId')
export class GunningsbeslissingController {
  constructor(private readonly gunningsbeslissing: GunningsbeslissingService) {}

  @Get()
  @Rollen(Rol.Inkoopadviseur, Rol.Aanbieder)
  @ApiOkResponse({
    description:
      'the data of the gunningsbeslissing letter to this inschrijver: own scores and rank, the winners’ scores, relative advantages, reasons, standstill end date',
  })
  @ApiFoutResponses(404, 409)
  brief(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('inschrijvingId', new ParseUUIDPipe()) inschrijvingId: string,
  ): Promise<Gunningsbrief> {
    return this.gunningsbeslissing.brief(principal, id, inschrijvingId);
  }

  @Get('pdf')
  @Rollen(Rol.Inkoopadviseur, Rol.Aanbieder)
  @Header('Content-Type', 'application/pdf')
  @Header('Content-Disposition', 'attachment; filename="gunningsbeslissing.pdf"')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'the letter as PDF', schema: { type: 'string', format: 'binary' } })
  @ApiFoutResponses(404, 409)
  async pdf(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('inschrijvingId', new ParseUUIDPipe()) inschrijvingId: string,
  ): Promise<StreamableFile> {
    return new StreamableFile(await this.gunningsbeslissing.pdf(principal, id, inschrijvingId));
  }
}
