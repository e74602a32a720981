import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class RechtmatigheidQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: 'xlsx: the same figures as a formatted workbook' })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  formaat?: 'json' | 'xlsx';

  @ApiProperty({ format: 'uuid', description: 'the inkopende organisatie (gemeente or regio) that paid' })
  @IsUUID()
  inkoper: string;

  @ApiProperty({ example: 2026, description: 'the year of payment (betaalbatches marked betaald in it)' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  jaar: number;
}

export class RechtmatigheidUitzonderingDto {
  @ApiProperty({ enum: ['prestatie', 'termijn'] }) soort: 'prestatie' | 'termijn';
  @ApiProperty() betaalbatch: string;
  @ApiProperty({ nullable: true, type: String }) declaratieNummer: string | null;
  @ApiProperty({ nullable: true, type: String }) referentieNummer: string | null;
  @ApiProperty({ nullable: true, type: Number }) toewijzingNummer: number | null;
  @ApiProperty({ nullable: true, type: String }) productcode: string | null;
  @ApiProperty({ nullable: true, type: String }) periode: string | null;
  @ApiProperty() bedragCenten: number;
  @ApiProperty({
    type: [String],
    description: 'why this euro is not traced to a valid toewijzing, contract and tariff',
  })
  redenen: string[];
}

export class RechtmatigheidDto {
  @ApiProperty({ format: 'uuid' }) inkoperId: string;
  @ApiProperty() jaar: number;
  @ApiProperty({ description: 'paid in the year, cents (credits negative)' }) betaaldCenten: number;
  @ApiProperty() aantalPrestaties: number;
  @ApiProperty() aantalTermijnen: number;
  @ApiProperty({ description: 'traced to a valid toewijzing, contract and tariff' }) rechtmatigCenten: number;
  @ApiProperty() uitzonderingenCenten: number;
  @ApiProperty({ type: [RechtmatigheidUitzonderingDto] }) uitzonderingen: RechtmatigheidUitzonderingDto[];
  @ApiProperty({ type: [String] }) toetsen: string[];
}
