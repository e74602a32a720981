import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

const DATUM = { strict: true, strictSeparator: true } as const;

export class WijzigRaamovereenkomstDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  naam?: string;

  @ApiPropertyOptional({ description: 'new maximum value in eurocents; more than 50% above the original is flagged' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(999_999_999_999)
  maximaleWaardeCenten?: number;

  @ApiPropertyOptional({
    format: 'date',
    description:
      'a date past the maximum einddatum (every option included) is flagged; options are exercised with POST …/verlengingen',
  })
  @IsOptional()
  @IsISO8601(DATUM)
  @Length(10, 10)
  einddatum?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  motiveringLangeLooptijd?: string;

  @ApiPropertyOptional({
    description: 'save although the change was flagged as a possible wezenlijke wijziging (audited)',
  })
  @IsOptional()
  @IsBoolean()
  bevestigWezenlijkeWijziging?: boolean;
}

export class LichtVerlengingsoptieDto {
  @ApiPropertyOptional({
    description: 'the option to exercise; default the first open one. Options are exercised in order.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  volgnummer?: number;
}

export class RegistreerOnderaannemerDto {
  @ApiProperty({ format: 'uuid', description: "an aanbieder hired by the hoofdaannemer (the contract's aanbieder)" })
  @IsUUID()
  aanbiederId: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  ingangsdatum: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsISO8601(DATUM)
  @Length(10, 10)
  einddatum?: string;
}

export class OnderaannemerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty() naam: string;
  @ApiProperty({ nullable: true, type: String, description: 'AGB code' }) agbCode: string | null;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) einddatum: string | null;
}

export class TreedToeDto {
  @ApiProperty({ format: 'uuid', description: 'the aanbieder joining during the term' })
  @IsUUID()
  aanbiederId: string;

  @ApiProperty({ description: 'number of the new raamovereenkomst', example: 'RO-2026-001-T1' })
  @Matches(/^[A-Za-z0-9._/-]{1,40}$/, { message: 'nummer must be 1 to 40 letters, digits or . _ / -' })
  nummer: string;

  @ApiProperty({
    format: 'date',
    description: 'from this date the aanbieder is contracted on the same products and tariffs',
  })
  @IsISO8601(DATUM)
  @Length(10, 10)
  ingangsdatum: string;
}
