import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Uitvoeringsvariant } from '#keten/domain';

const DATUM = { strict: true, strictSeparator: true } as const;

export class ProductcodeDto {
  @ApiProperty({
    description: 'productcategorie (WMO020 / JZ020); a code keeps its one categorie (TR381)',
    example: '02',
  })
  @Matches(/^[0-9]{2}$/, { message: 'productcategorie must be 2 digits (WMO020/JZ020)' })
  productcategorie: string;

  @ApiProperty({ example: '02A07' })
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productcode must be 1 to 5 letters or digits' })
  productcode: string;

  @ApiProperty({ enum: Uitvoeringsvariant, enumName: 'Uitvoeringsvariant' })
  @IsEnum(Uitvoeringsvariant)
  uitvoeringsvariant: Uitvoeringsvariant;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  omschrijving: string;
}

export class NieuweProductcodelijstDto {
  @ApiProperty({
    format: 'date',
    description: 'in force from this date until the next version; after the current version',
  })
  @IsISO8601(DATUM)
  @Length(10, 10)
  ingangsdatum: string;

  @ApiProperty({ example: 'Productcodelijst regio 2027' })
  @IsString()
  @Length(1, 200)
  omschrijving: string;

  @ApiProperty({
    type: [ProductcodeDto],
    description: 'every code of the new version (codes left out are no longer in force from ingangsdatum)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ProductcodeDto)
  codes: ProductcodeDto[];
}

export class ProductcodelijstQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'only the version in force on this date' })
  @IsOptional()
  @IsISO8601(DATUM)
  @Length(10, 10)
  peildatum?: string;
}

export class ProductcodelijstDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() versie: number;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'the day before the next version starts' })
  einddatum: string | null;
  @ApiProperty() omschrijving: string;
  @ApiProperty({ type: [ProductcodeDto] }) codes: ProductcodeDto[];
}
