import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { MAX_TARIEF_CENTEN } from '../registreer-aanbesteding/registreer-aanbesteding.dto.js';
import { OpenVeilingrondeDto, SluitVeilingrondeDto, VeilingbodDto } from '../veiling/veiling.dto.js';

/** Opening a nadere opdracht: the same fields as a veiling round (perceel, product, the order, the deadline). */
export class OpenNadereOpdrachtDto extends OpenVeilingrondeDto {}

/** The award: the consensus quality score of every bidder on the perceel's criteria (BPKV). */
export class GunNadereOpdrachtDto extends SluitVeilingrondeDto {}

export class NadereOpdrachtBodDto {
  @ApiProperty({
    description:
      'tariff in eurocents per eenheid: at most the maximumtarief, at least the reële prijs; replaces your earlier bid until sluitOm',
    example: 7_100,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_TARIEF_CENTEN)
  tariefCenten: number;
}

export class NadereOpdrachtCriteriumDto {
  @ApiProperty() naam: string;
  @ApiProperty({ enum: ['kwaliteit', 'prijs'], enumName: 'NadereOpdrachtCriteriumSoort' }) soort: 'kwaliteit' | 'prijs';
  @ApiProperty({ description: 'weight in punten (the weights add up to 100)' }) weging: number;
}

export class NadereOpdrachtDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({
    description: 'the id of the uitslag (the call-off) in the aanbesteding’s miniCompetities once awarded',
  })
  uitslagId: string;
  @ApiProperty() perceelId: string;
  @ApiProperty() productcode: string;
  @ApiProperty() clientReferentie: string;
  @ApiProperty({ format: 'date-time' }) sluitOm: string;
  @ApiProperty({ enum: ['open', 'gegund'], enumName: 'NadereOpdrachtStatus' }) status: 'open' | 'gegund';
  @ApiProperty({ type: [NadereOpdrachtCriteriumDto], description: 'the award criteria the bids are ranked on (BPKV)' })
  gunningscriteria: NadereOpdrachtCriteriumDto[];
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'aanbieder: its own sealed bid' }) eigenBodCenten?:
    number | null;
  @ApiPropertyOptional({ type: [VeilingbodDto], description: 'inkoper, after sluitOm: every bid' })
  biedingen?: VeilingbodDto[];
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'once awarded: the winner (for an aanbieder only when it is itself)',
  })
  winnaar?: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number, description: 'once awarded: the winning tariff' })
  tariefCenten?: number | null;
}
