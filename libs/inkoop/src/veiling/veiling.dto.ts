import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ID_PATROON, MAX_TARIEF_CENTEN } from '../registreer-aanbesteding/registreer-aanbesteding.dto.js';

export class OpenVeilingrondeDto {
  @ApiProperty({ example: 'P1' }) @Matches(ID_PATROON) perceelId: string;

  @ApiProperty({ example: '45A48' })
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productcode must be 1 to 5 letters or digits' })
  productcode: string;

  @ApiProperty({
    description: 'the client’s toewijzing or request (shown to the admitted participants only)',
    example: 'TW-2027-0042',
  })
  @IsString()
  @Length(1, 100)
  clientReferentie: string;

  @ApiProperty({ format: 'date-time', description: 'when the round closes; bids after it are refused' })
  @IsISO8601({ strict: true })
  sluitOm: string;
}

export class BiedDto {
  @ApiProperty({
    description:
      'tariff in eurocents per eenheid: at most the maximumtarief, at least the reële prijs, lower than your previous bid',
    example: 6_900,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_TARIEF_CENTEN)
  tariefCenten: number;
}

export class VeilingbodDto {
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty() tariefCenten: number;
  @ApiProperty({ format: 'date-time' }) ingediendOm: string;
}

export class VeilingrondeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'the id of the uitslag in the aanbesteding’s miniCompetities once closed' })
  uitslagId: string;
  @ApiProperty() perceelId: string;
  @ApiProperty() productcode: string;
  @ApiProperty() clientReferentie: string;
  @ApiProperty({ format: 'date-time' }) sluitOm: string;
  @ApiProperty({ enum: ['open', 'gesloten'], enumName: 'VeilingrondeStatus' }) status: 'open' | 'gesloten';
  @ApiProperty({ description: 'bids in the round so far (never who placed them)' }) aantalBiedingen: number;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'aanbieder: its own standing bid' })
  eigenBodCenten?: number | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'aanbieder: its rank (1 = lowest bid so far)' })
  rang?: number | null;
  @ApiPropertyOptional({ type: [VeilingbodDto], description: 'inkoper, once closed: every bid' })
  biedingen?: VeilingbodDto[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'once closed: the winner (for an aanbieder only when it is itself)',
  })
  winnaar?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'once closed: the winning tariff' }) tariefCenten?:
    number | null;
}

export class KwaliteitsscoreDto {
  @ApiProperty({ format: 'uuid', description: 'the bidder' }) @IsUUID() aanbiederId: string;

  @ApiProperty({
    description: 'consensus quality points in micropunten (1 punt = 1,000,000), scored on the perceel’s criteria',
    example: 55_000_000,
  })
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  kwaliteitMicropunten: number;
}

export class SluitVeilingrondeDto {
  @ApiPropertyOptional({
    type: [KwaliteitsscoreDto],
    description: 'required when the perceel has quality criteria: one score per bidder (BPKV)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => KwaliteitsscoreDto)
  beoordelingen?: KwaliteitsscoreDto[];
}
