import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class SignalenQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: 'xlsx: the same figures as a formatted workbook' })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  formaat?: 'json' | 'xlsx';

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  gemeente: string;

  @ApiPropertyOptional({ example: '2026-12-15', description: 'default today' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  peildatum?: string;

  @ApiPropertyOptional({
    example: 3,
    description: 'months after the start without any approved declaration (default 3)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24)
  maanden?: number;
}

export class BacktestQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  gemeente: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  jaar: number;

  @ApiProperty({ example: '2026-06-30', description: 'the earlier day the forecast is made as of' })
  @IsISO8601({ strict: true, strictSeparator: true })
  peildatum: string;
}

export class GeenDeclaratieDto {
  @ApiProperty() toewijzingNummer: number;
  @ApiProperty() domein: string;
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty() aanbiederNaam: string;
  @ApiProperty() productcode: string;
  @ApiProperty({ description: 'first month of care allocated' }) startmaand: string;
  @ApiProperty() maandenSindsStart: number;
  @ApiProperty({ description: "allocated cost of the months before the peildatum's month" })
  toegewezenTotNuCenten: number;
}

export class UitputtingDto {
  @ApiProperty() toewijzingNummer: number;
  @ApiProperty() domein: string;
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty() aanbiederNaam: string;
  @ApiProperty() productcode: string;
  @ApiProperty() toegewezenCenten: number;
  @ApiProperty() gerealiseerdCenten: number;
  @ApiProperty({ description: "allocated months before the peildatum's month" }) maandenVerstreken: number;
  @ApiProperty() maandenTotaal: number;
  @ApiProperty({ description: 'gerealiseerd ÷ maandenVerstreken × maandenTotaal' }) verwachtTotaalCenten: number;
  @ApiProperty({ description: 'the month the allocation runs out at this pace' }) opInMaand: string;
}

export class PlafondMaandDto {
  @ApiProperty() maand: string;
  @ApiProperty({ description: 'toewijzingen of this aanbieder with approved declarations that month' })
  gedeclareerd: number;
  @ApiProperty({ description: 'of which at ≥ 98% of the allocation' }) aanPlafond: number;
}

export class AanPlafondDto {
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty() aanbiederNaam: string;
  @ApiProperty({ type: [PlafondMaandDto] }) maanden: PlafondMaandDto[];
}

export class AfwijzingenDto {
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty() aanbiederNaam: string;
  @ApiProperty() beoordeeld: number;
  @ApiProperty() afgekeurd: number;
  @ApiProperty({ description: 'afgekeurd ÷ beoordeeld' }) aandeel: number;
  @ApiProperty({
    description: 'the most frequent retourcodes on rejected prestaties',
    type: 'array',
    items: { type: 'object', properties: { retourcode: { type: 'string' }, aantal: { type: 'number' } } },
  })
  topRetourcodes: { retourcode: string; aantal: number }[];
}

export class OverschrijdingDto {
  @ApiProperty({ format: 'uuid' }) budgetpostId: string;
  @ApiProperty() code: string;
  @ApiProperty() naam: string;
  @ApiProperty() begrotingCenten: number;
  @ApiProperty() prognoseCenten: number;
  @ApiProperty() overschrijdingCenten: number;
}

export class SignaalAantallenDto {
  @ApiProperty() geenDeclaratie: number;
  @ApiProperty() uitputting: number;
}

export class SignalenDto {
  @ApiProperty({ format: 'uuid' }) gemeenteId: string;
  @ApiProperty() peildatum: string;
  @ApiProperty({ type: [GeenDeclaratieDto] }) geenDeclaratie: GeenDeclaratieDto[];
  @ApiProperty({ type: [UitputtingDto] }) uitputting: UitputtingDto[];
  @ApiProperty({ type: [AanPlafondDto] }) aanPlafond: AanPlafondDto[];
  @ApiProperty({ type: [AfwijzingenDto] }) afwijzingen: AfwijzingenDto[];
  @ApiProperty({ type: [OverschrijdingDto] }) begrotingsoverschrijding: OverschrijdingDto[];
  @ApiProperty({ type: [String] }) drempels: string[];
  @ApiProperty({
    type: SignaalAantallenDto,
    description: 'how many toewijzingen each signal flags; past 100 the list holds the worst 100 (the xlsx all)',
  })
  aantallen: SignaalAantallenDto;
}

export class BacktestPostDto {
  @ApiProperty({ nullable: true, type: String }) code: string | null;
  @ApiProperty() naam: string;
  @ApiProperty({ description: 'the prognose as made on the peildatum' }) prognoseCenten: number;
  @ApiProperty({ description: 'realisatie of the year as known today' }) werkelijkCenten: number;
  @ApiProperty({ description: 'prognose − werkelijk' }) foutCenten: number;
  @ApiProperty({ nullable: true, type: Number, description: 'fout ÷ werkelijk (null when werkelijk is 0)' })
  foutAandeel: number | null;
}

export class BacktestDto {
  @ApiProperty({ format: 'uuid' }) gemeenteId: string;
  @ApiProperty() jaar: number;
  @ApiProperty() peildatum: string;
  @ApiProperty() vandaag: string;
  @ApiProperty({ type: [BacktestPostDto] }) posten: BacktestPostDto[];
  @ApiProperty({ type: BacktestPostDto }) totaal: BacktestPostDto;
  @ApiProperty({ type: [String] }) aannames: string[];
}
