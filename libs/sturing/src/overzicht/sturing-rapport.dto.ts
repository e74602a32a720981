import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Domein } from '#keten/domain';

export const DIMENSIES = [
  'budgetpost',
  'domein',
  'productcategorie',
  'product',
  'aanbieder',
  'raamovereenkomst',
  'sociaalTeam',
  'wijk',
  'maand',
  'kwartaal',
  'jaar',
] as const;
export type Dimensie = (typeof DIMENSIES)[number];

export class SturingQueryDto {
  @ApiProperty({ format: 'uuid', description: "the gemeente (in the caller's scope)" })
  @IsUUID()
  gemeente: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  jaar: number;

  @ApiPropertyOptional({
    example: '2026-07-15',
    description: 'the day the figures are made on (default today): verplichtingen count from its month on',
  })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  peildatum?: string;

  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: 'xlsx: the same figures as a formatted workbook' })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  formaat?: 'json' | 'xlsx';
}

export class DimensieQueryDto extends SturingQueryDto {
  @ApiPropertyOptional({ enum: DIMENSIES, enumName: 'SturingDimensie', description: 'group by (default budgetpost)' })
  @IsOptional()
  @IsIn(DIMENSIES)
  per?: Dimensie;
}

export class DimensieRegelDto {
  @ApiProperty({ description: 'the key of the group (an id, a code, or a month like 2026-03)' }) sleutel: string;
  @ApiProperty() omschrijving: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'cents; null when suppressed (fewer than 5 clients below gemeente level)',
  })
  bedragCenten: number | null;
  @ApiProperty({
    nullable: true,
    type: [Number],
    description: '12 amounts in cents, January to December (month of care); null when suppressed',
  })
  perMaand: number[] | null;
  @ApiPropertyOptional({
    description:
      'per=wijk or sociaalTeam: true when the group has fewer than 5 clients and its amounts are not shown (totals still count them)',
  })
  onderdrukt?: boolean;
}

export class DimensieRapportDto {
  @ApiProperty({ format: 'uuid' }) gemeenteId: string;
  @ApiProperty() jaar: number;
  @ApiProperty() peildatum: string;
  @ApiProperty({ enum: DIMENSIES, enumName: 'SturingDimensie' }) per: Dimensie;
  @ApiProperty({ type: [DimensieRegelDto] }) regels: DimensieRegelDto[];
  @ApiProperty() totaalCenten: number;
  @ApiProperty({ type: [Number] }) totaalPerMaand: number[];
  @ApiProperty({ type: [String], description: 'how the figures were made' }) aannames: string[];
}

export class PrognoseDto {
  @ApiProperty({ description: 'approved so far, by month of care (cents)' }) realisatieCenten: number;
  @ApiProperty({ description: "allocated cost from the peildatum's month to the year end, toewijzingen only (cents)" })
  verplichtingenToewijzingenCenten: number;
  @ApiProperty({
    description: "declared ÷ allocated over the 12 months before the peildatum's month (1 without history)",
  })
  benutting: number;
  @ApiProperty({ description: 'round(verplichtingenToewijzingen × benutting)' }) verwachtGebruikCenten: number;
  @ApiProperty({ description: 'termijnen not yet paid (lumpsum, subsidie): counted in full' })
  openTermijnenCenten: number;
  @ApiProperty({ description: 'care already given but not yet declared, from the declaration-lag distribution' })
  lateDeclaratiesCenten: number;
  @ApiProperty() totaalCenten: number;
}

export class OverzichtPostDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null: spend on no budgetpost' })
  budgetpostId: string | null;
  @ApiProperty({ nullable: true, type: String }) code: string | null;
  @ApiProperty() naam: string;
  @ApiProperty({ enum: Domein, enumName: 'Domein', nullable: true }) domein: Domein | null;
  @ApiProperty() begrotingCenten: number;
  @ApiProperty() realisatieCenten: number;
  @ApiProperty({ type: [Number] }) realisatiePerMaand: number[];
  @ApiProperty({ description: "toewijzingen from the peildatum's month + unpaid termijnen of the year" })
  verplichtingenCenten: number;
  @ApiProperty({ type: PrognoseDto }) prognose: PrognoseDto;
  @ApiProperty({ description: 'begroting − prognose (negative: overrun)' }) saldoCenten: number;
}

export class OverzichtDto {
  @ApiProperty({ format: 'uuid' }) gemeenteId: string;
  @ApiProperty() gemeenteNaam: string;
  @ApiProperty() jaar: number;
  @ApiProperty() peildatum: string;
  @ApiProperty({ type: [OverzichtPostDto] }) posten: OverzichtPostDto[];
  @ApiProperty({ type: OverzichtPostDto }) totaal: OverzichtPostDto;
  @ApiProperty({
    type: [Number],
    description: "the declaration-lag distribution used: share of a month's final amount in by k months after it",
  })
  vertraging: number[];
  @ApiProperty({ type: [String] }) aannames: string[];
}
