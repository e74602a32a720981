import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsISO8601, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Eenheid } from '#keten/domain';
import { PrijsnormSoort } from '../database/prijsnorm.entity.js';
import { KostenopbouwDto } from '../tarieven/kostenopbouw.dto.js';

const DATUM = { strict: true, strictSeparator: true } as const;

export class RegistreerPrijsnormDto {
  @ApiProperty({ example: '02A01' })
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productcode must be 1 to 5 letters or digits' })
  productcode: string;

  @ApiProperty({ enum: Eenheid, enumName: 'Eenheid' })
  @IsEnum(Eenheid)
  eenheid: Eenheid;

  @ApiProperty({
    enum: PrijsnormSoort,
    enumName: 'PrijsnormSoort',
    description: 'reelePrijs: a floor under every tariff; vastePrijs: the only allowed tariff (Wmo 2015 art. 2.6.6)',
  })
  @IsEnum(PrijsnormSoort)
  soort: PrijsnormSoort;

  @ApiPropertyOptional({ description: 'eurocents; computed from the kostenopbouw when omitted' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99_999_999)
  bedragCenten?: number;

  @ApiPropertyOptional({
    type: KostenopbouwDto,
    description: 'the build-up the college based the price on (art. 5.4 Uitvoeringsbesluit Wmo 2015)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => KostenopbouwDto)
  kostenopbouw?: KostenopbouwDto;

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

export class PrijsnormDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() productcode: string;
  @ApiProperty({ enum: Eenheid, enumName: 'Eenheid' }) eenheid: Eenheid;
  @ApiProperty({ enum: PrijsnormSoort, enumName: 'PrijsnormSoort' }) soort: PrijsnormSoort;
  @ApiProperty() bedragCenten: number;
  @ApiProperty({ type: KostenopbouwDto, nullable: true }) kostenopbouw: KostenopbouwDto | null;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) einddatum: string | null;
}
