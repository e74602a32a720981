import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Put, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiProduces,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';
import { TariefbladUitwisselingService } from './tariefblad-uitwisseling.service.js';

export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class TariefbladQueryDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the sheet of this deelovereenkomst instead of the basisovereenkomst',
  })
  @IsOptional()
  @IsUUID()
  deelovereenkomstId?: string;

  @ApiPropertyOptional({
    description: 'save although the upload was flagged as a possible wezenlijke wijziging (audited)',
  })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  bevestigWezenlijkeWijziging?: boolean;
}

export class TariefbladUploadResultaatDto {
  @ApiProperty({
    description: 'rows whose tariff, einddatum or build-up changed: each a new version superseding the old one',
  })
  gewijzigd: number;
  @ApiProperty({ description: 'new rows: new versions' }) toegevoegd: number;
  @ApiProperty() ongewijzigd: number;
  @ApiProperty({ type: [String], format: 'uuid' }) nieuweTariefIds: string[];
}

@ApiTags('raamovereenkomsten')
@ApiBearerAuth()
@Controller('api/v1/raamovereenkomsten/:id/tariefblad')
export class TariefbladController {
  constructor(private readonly uitwisseling: TariefbladUitwisselingService) {}

  @Get()
  @ApiProduces(XLSX)
  @ApiOkResponse({
    description: 'the tariff sheet (sheets Contract, Tarieven, Kostenopbouw)',
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiFoutResponses(404)
  async download(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: TariefbladQueryDto,
  ): Promise<StreamableFile> {
    const { bestandsnaam, inhoud } = await this.uitwisseling.download(principal, id, query.deelovereenkomstId);
    return new StreamableFile(inhoud, {
      type: XLSX,
      disposition: `attachment; filename="${bestandsnaam}"`,
      length: inhoud.length,
    });
  }

  @Put()
  @Rollen(Rol.Inkoopadviseur)
  @Header('Cache-Control', 'no-store')
  @ApiConsumes(XLSX)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({
    type: TariefbladUploadResultaatDto,
    description: 'applied as a whole; a 400 lists every error with `veld` = sheet!cell (e.g. Tarieven!G5)',
  })
  @ApiFoutResponses(404, 409, 415)
  upload(
    @HuidigePrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: TariefbladQueryDto,
    @Body() body: Buffer,
  ): Promise<TariefbladUploadResultaatDto> {
    return this.uitwisseling.upload(principal, id, body, query);
  }
}
