import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginaQueryDto } from '#keten/platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { Domein } from '#keten/domain';
import { OrganisatieSoort } from '../database/organisatie.entity.js';

export class RegioDeelnameDto {
  @ApiProperty({ format: 'uuid', description: 'id of the deelnemende gemeente' })
  @IsUUID()
  gemeenteId: string;

  @ApiProperty({ enum: Domein, enumName: 'Domein' })
  @IsEnum(Domein)
  domein: Domein;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Length(10, 10)
  ingangsdatum: string;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Length(10, 10)
  einddatum?: string | null;
}

export class RegistreerOrganisatieDto {
  @ApiProperty({ enum: OrganisatieSoort, enumName: 'OrganisatieSoort' })
  @IsEnum(OrganisatieSoort)
  soort: OrganisatieSoort;

  @ApiProperty({ example: 'Gemeente Deventer', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  naam: string;

  @ApiPropertyOptional({
    description: 'CBS gemeentecode (LDT_Gemeente, 4 digits); required for a gemeente',
    example: '0150',
  })
  @ValidateIf((o: RegistreerOrganisatieDto) => o.soort === OrganisatieSoort.Gemeente || o.cbsCode !== undefined)
  @Matches(/^[0-9]{4}$/, { message: 'cbsCode must be 4 digits (CBS gemeentecode) and is required for a gemeente' })
  cbsCode?: string;

  @ApiPropertyOptional({
    description: 'AGB code (LDT_AgbCode, 8 digits); required for an aanbieder',
    example: '12345678',
  })
  @ValidateIf((o: RegistreerOrganisatieDto) => o.soort === OrganisatieSoort.Aanbieder || o.agbCode !== undefined)
  @Matches(/^[0-9]{8}$/, { message: 'agbCode must be 8 digits and is required for an aanbieder' })
  agbCode?: string;

  @ApiPropertyOptional({ description: 'KvK-nummer (8 digits)', example: '12345678' })
  @IsOptional()
  @Matches(/^[0-9]{8}$/, { message: 'kvkNummer must be 8 digits' })
  kvkNummer?: string;

  @ApiPropertyOptional({
    description: 'IBAN: where an aanbieder is paid, or what an inkopende organisatie pays from (betaalbatches)',
    example: 'NL91ABNA0417164300',
  })
  @IsOptional()
  @IsString()
  @Length(15, 42)
  iban?: string;

  @ApiPropertyOptional({
    type: [RegioDeelnameDto],
    description: 'only for a regio: its deelnemende gemeenten per domein over time',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RegioDeelnameDto)
  deelnemers?: RegioDeelnameDto[];
}

export class OrganisatieDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: OrganisatieSoort, enumName: 'OrganisatieSoort' }) soort: OrganisatieSoort;
  @ApiProperty() naam: string;
  @ApiProperty({ nullable: true, type: String }) cbsCode: string | null;
  @ApiProperty({ nullable: true, type: String }) agbCode: string | null;
  @ApiProperty({ nullable: true, type: String }) kvkNummer: string | null;
  @ApiProperty({ nullable: true, type: String }) iban: string | null;
  @ApiPropertyOptional({ type: [RegioDeelnameDto] }) deelnemers?: RegioDeelnameDto[];
}

export class WijzigIbanDto {
  @ApiProperty({ example: 'NL91ABNA0417164300' })
  @IsString()
  @Length(15, 42)
  iban: string;
}

export class OrganisatieLijstQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional({ enum: OrganisatieSoort, enumName: 'OrganisatieSoort' })
  @IsOptional()
  @IsEnum(OrganisatieSoort)
  soort?: OrganisatieSoort;

  @ApiPropertyOptional({ description: 'search in naam, CBS or AGB code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  zoek?: string;
}
