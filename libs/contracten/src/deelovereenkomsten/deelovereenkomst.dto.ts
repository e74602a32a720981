import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { OrganisatieVerwijzingDto } from '../registreer-raamovereenkomst/raamovereenkomst.dto.js';

const DATUM = { strict: true, strictSeparator: true } as const;

export class RegistreerDeelovereenkomstDto {
  @ApiProperty({ example: 'Deelovereenkomst Deventer' })
  @IsString()
  @Length(1, 200)
  naam: string;

  @ApiPropertyOptional({ example: 'Jeugdigen met complexe scheidingsproblematiek' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  doelgroep?: string;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'gemeenten of the raamovereenkomst it applies to; empty = all (a doelgroep)',
  })
  @IsArray()
  @ArrayMaxSize(400)
  @IsUUID('all', { each: true })
  gemeenteIds: string[];

  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  ingangsdatum: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  einddatum: string;
}

export class DeelovereenkomstDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() naam: string;
  @ApiProperty({ nullable: true, type: String }) doelgroep: string | null;
  @ApiProperty({ type: [OrganisatieVerwijzingDto] }) gemeenten: OrganisatieVerwijzingDto[];
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date' }) einddatum: string;
}
