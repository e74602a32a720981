import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';

export class SimulatieQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: 'xlsx: the same figures as a formatted workbook' })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  formaat?: 'json' | 'xlsx';

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  gemeente: string;

  @ApiProperty({ example: '2026-01', description: 'first month of care (jjjj-mm)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'van is een maand jjjj-mm' })
  van: string;

  @ApiProperty({ example: '2026-12', description: 'last month of care (jjjj-mm)' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'tot is een maand jjjj-mm' })
  tot: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'only these raamovereenkomsten (comma separated ids); default all',
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value))
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  raamovereenkomsten?: string[];

  @ApiPropertyOptional({
    description: 'output tariff per client per month in cents; default: the average actual cost per client-month',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  outputTariefCenten?: number;

  @ApiPropertyOptional({
    description: "indexation of last year's realisatie for the lumpsum, in basis points (369 = 3.69%)",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(-5000)
  @Max(5000)
  indexatieBasispunten?: number;
}

export class SimulatieAanbiederDto {
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty() naam: string;
  @ApiProperty({ description: 'what the care cost under its actual funding (realisatie, paid termijnen)' })
  actueelCenten: number;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'client-months (toewijzing-months with an approved declaration); null below 5 (privacy)',
  })
  clientmaanden: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'clientmaanden × outputTarief; null when clientmaanden is suppressed',
  })
  outputgerichtCenten: number | null;
  @ApiProperty({ description: 'the same months a year earlier, indexed' }) vorigJaarCenten: number;
  @ApiProperty() lumpsumCenten: number;
}

export class SimulatieDto {
  @ApiProperty({ format: 'uuid' }) gemeenteId: string;
  @ApiProperty() van: string;
  @ApiProperty() tot: string;
  @ApiProperty() outputTariefCenten: number;
  @ApiProperty() indexatieBasispunten: number;
  @ApiProperty({ type: [SimulatieAanbiederDto] }) aanbieders: SimulatieAanbiederDto[];
  @ApiProperty({ type: SimulatieAanbiederDto }) totaal: SimulatieAanbiederDto;
  @ApiProperty({ type: [String] }) aannames: string[];
}
