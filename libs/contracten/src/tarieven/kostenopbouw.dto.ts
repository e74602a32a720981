import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

// Percentages and hours are decimal strings so their exact value survives (no float touches money).
const DECIMAAL = /^-?\d{1,9}([.,]\d{1,6})?$/;
const DECIMAAL_OF_BREUK = /^\d{1,9}([.,]\d{1,6})?(\/\d{1,9}([.,]\d{1,6})?)?$/;
const MAX_JAARBEDRAG = 100_000_000_00; // € 100 miljoen per fte per jaar: far above any salary

export class NietProductieveUrenDto {
  @ApiProperty({ example: 'verlof' })
  @IsString()
  @Length(1, 100)
  omschrijving: string;

  @ApiProperty({ example: '10.5', description: 'percentage of the jaaruren, decimal string' })
  @Matches(DECIMAAL, { message: 'percentage must be a decimal number' })
  percentage: string;
}

export class OverheadDto {
  @ApiProperty({ example: '20', description: 'decimal string' })
  @Matches(DECIMAAL, { message: 'percentage must be a decimal number' })
  percentage: string;

  @ApiProperty({ enum: ['opslag', 'aandeelInKostprijs'], enumName: 'OverheadGrondslag' })
  @IsIn(['opslag', 'aandeelInKostprijs'])
  grondslag: 'opslag' | 'aandeelInKostprijs';
}

/** Cost build-up after art. 5.4 Uitvoeringsbesluit Wmo 2015 (elements a–f); see berekenReelePrijs. */
export class KostenopbouwDto {
  @ApiProperty({ description: 'a. jaarsalaris per fte in eurocents', example: 4_800_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_JAARBEDRAG)
  jaarsalaris: number;

  @ApiProperty({ example: '30', description: 'a. werkgeverslasten in % of the salary' })
  @Matches(DECIMAAL, { message: 'werkgeverslastenPercentage must be a decimal number' })
  werkgeverslastenPercentage: string;

  @ApiProperty({ example: '1836' })
  @Matches(DECIMAAL, { message: 'jaarurenPerFte must be a decimal number' })
  jaarurenPerFte: string;

  @ApiProperty({ type: [NietProductieveUrenDto], description: 'c. niet-productieve uren' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NietProductieveUrenDto)
  nietProductieveUren: NietProductieveUrenDto[];

  @ApiProperty({ description: 'd. reiskosten per fte per jaar in eurocents' })
  @IsInt()
  @Min(0)
  @Max(MAX_JAARBEDRAG)
  reiskostenPerJaar: number;

  @ApiProperty({ description: 'd. opleidingskosten per fte per jaar in eurocents' })
  @IsInt()
  @Min(0)
  @Max(MAX_JAARBEDRAG)
  opleidingskostenPerJaar: number;

  @ApiProperty({ description: 'f. overige kosten door gemeentelijke verplichtingen per fte per jaar in eurocents' })
  @IsInt()
  @Min(0)
  @Max(MAX_JAARBEDRAG)
  overigeVerplichtingenPerJaar: number;

  @ApiProperty({ type: OverheadDto, description: 'b. overhead' })
  @ValidateNested()
  @Type(() => OverheadDto)
  overhead: OverheadDto;

  @ApiProperty({ example: '2.5', description: 'e. indexatie of the kostprijs to the tariff year, in %' })
  @Matches(DECIMAAL, { message: 'indexatiePercentage must be a decimal number' })
  indexatiePercentage: string;

  @ApiProperty({ example: '1', description: "hours per eenheid: '1' uur, '4' dagdeel, '1/60' minuut" })
  @Matches(DECIMAAL_OF_BREUK, { message: 'urenPerEenheid must be a decimal number or a fraction such as 1/60' })
  urenPerEenheid: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  groepsgrootte?: number;
}
