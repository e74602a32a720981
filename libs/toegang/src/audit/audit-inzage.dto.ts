import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PaginaQueryDto } from '#keten/platform';

export class AuditQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'from this moment (inclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  van?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'until this moment (exclusive)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  tot?: string;

  @ApiPropertyOptional({ description: 'gebruiker id or token:<id>', maxLength: 64 })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  actor?: string;

  @ApiPropertyOptional({ example: 'toewijzing.gelezen', maxLength: 80 })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  actie?: string;

  @ApiPropertyOptional({ example: 'toewijzing', maxLength: 80 })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  entiteit?: string;

  @ApiPropertyOptional({ maxLength: 64 })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  entiteitId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'beheerder only: the actors of this organisatie (a functioneel-beheerder sees its own)',
  })
  @IsOptional()
  @IsUUID()
  organisatieId?: string;
}

export class AuditRegelDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) moment: string;
  @ApiProperty() actor: string;
  @ApiProperty() rol: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisatieId: string | null;
  @ApiProperty() actie: string;
  @ApiProperty() entiteit: string;
  @ApiProperty() entiteitId: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;
}
