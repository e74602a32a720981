import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { ActieType, AanbestedingStatus, Domein, ProcedureType } from '#keten/domain';
import { PaginaQueryDto } from '#keten/platform';
import { WeigeringDto } from '../aanbesteding-weigering.exception.js';

export class GegundeRaamovereenkomstDto {
  @ApiProperty({ description: 'RaamovereenkomstVoorstel id of the domain' }) voorstelId: string;
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty({ description: 'raamovereenkomst nummer: kenmerk-RO-nnn' }) nummer: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null until contracten registered it' })
  raamovereenkomstId: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'why registering failed; retry with POST /{id}/raamovereenkomsten',
  })
  fout: string | null;
}

/**
 * An aanbesteding as the caller may see it: the domain state (AanbestedingInvoer plus status, inschrijvingen,
 * scores, gunning ...) with the record's key, version and the actions allowed next. For an aanbieder, other
 * aanbieders' inschrijvingen, all scores, beoordelaars and rankings are left out.
 */
export class AanbestedingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() kenmerk: string;
  @ApiProperty({ format: 'uuid' }) inkoperId: string;
  @ApiProperty({ description: 'raised by every transition' }) versie: number;
  @ApiProperty() naam: string;
  @ApiProperty({ enum: ProcedureType, enumName: 'ProcedureType' }) procedureType: ProcedureType;
  @ApiProperty({ enum: Domein, enumName: 'Domein' }) domein: Domein;
  @ApiProperty({ enum: AanbestedingStatus, enumName: 'AanbestedingStatus' }) status: AanbestedingStatus;
  @ApiProperty({ format: 'date', nullable: true, type: String }) publicatiedatum: string | null;
  @ApiProperty({
    enum: ActieType,
    enumName: 'ActieType',
    isArray: true,
    description: 'what the state and type allow next (empty for an aanbieder)',
  })
  toegestaneActies: ActieType[];
  @ApiProperty({ type: [GegundeRaamovereenkomstDto] }) gegundeRaamovereenkomsten: GegundeRaamovereenkomstDto[];
  @ApiPropertyOptional({
    type: WeigeringDto,
    nullable: true,
    description: 'what publication would refuse now (toetsConfiguratie); only for the inkoper',
  })
  configuratieToets?: WeigeringDto | null;
  [veld: string]: unknown;
}

export class ActieAntwoordDto {
  @ApiProperty({ enum: AanbestedingStatus, enumName: 'AanbestedingStatus' }) nieuweStatus: AanbestedingStatus;
  @ApiProperty({ type: AanbestedingDto }) aanbesteding: AanbestedingDto;
  @ApiProperty({ type: [GegundeRaamovereenkomstDto], description: 'raamovereenkomsten concluded by this action' })
  raamovereenkomsten: GegundeRaamovereenkomstDto[];
}

export class AanbestedingLijstQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional({ enum: AanbestedingStatus, enumName: 'AanbestedingStatus' })
  @IsOptional()
  @IsEnum(AanbestedingStatus)
  status?: AanbestedingStatus;

  @ApiPropertyOptional({ enum: ProcedureType, enumName: 'ProcedureType' })
  @IsOptional()
  @IsEnum(ProcedureType)
  procedureType?: ProcedureType;

  @ApiPropertyOptional({ enum: Domein, enumName: 'Domein' })
  @IsOptional()
  @IsEnum(Domein)
  domein?: Domein;
}

export class GebeurtenisDto {
  @ApiProperty() volgnummer: number;
  @ApiProperty({ enum: ActieType, enumName: 'ActieType', nullable: true, description: 'null for the registration' })
  actie: ActieType | null;
  @ApiProperty({ format: 'date', description: 'the date the rules were applied on' }) datum: string;
  @ApiProperty({ format: 'date-time' }) moment: string;
  @ApiProperty() actor: string;
  @ApiProperty() rol: string;
  @ApiProperty({ enum: AanbestedingStatus, enumName: 'AanbestedingStatus', nullable: true })
  statusVoor: AanbestedingStatus | null;
  @ApiProperty({ enum: AanbestedingStatus, enumName: 'AanbestedingStatus' }) statusNa: AanbestedingStatus;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}
