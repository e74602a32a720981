import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Domein, Eenheid, Frequentie } from '#keten/domain';
import { PaginaQueryDto } from '#keten/platform';

const DATUM = { strict: true, strictSeparator: true } as const;

export class OmvangDto {
  @ApiProperty({ minimum: 0, maximum: 99_999_999 }) @IsInt() @Min(0) @Max(99_999_999) volume: number;
  @ApiProperty({ enum: Eenheid, enumName: 'Eenheid' }) @IsEnum(Eenheid) eenheid: Eenheid;
  @ApiProperty({ enum: Frequentie, enumName: 'Frequentie' }) @IsEnum(Frequentie) frequentie: Frequentie;
}

export class ToegewezenProductDto {
  @ApiProperty({ description: 'ToewijzingNummer, unique per gemeente per domein (TR332)', maximum: 999_999_999 })
  @IsInt()
  @Min(0)
  @Max(999_999_999)
  toewijzingNummer: number;

  @ApiPropertyOptional({ description: 'empty = generieke toewijzing' })
  @IsOptional()
  @Matches(/^[0-9]{2}$/, { message: 'productCategorie must be 2 digits' })
  productCategorie?: string;

  @ApiPropertyOptional({ description: 'empty = aspecifieke toewijzing' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productCode must be 1 to 5 letters or digits' })
  productCode?: string;

  @ApiProperty({ format: 'date' }) @IsISO8601(DATUM) @Length(10, 10) toewijzingsdatum: string;

  @ApiProperty({ example: '10:15:00', description: 'moment of the decision (IV013)' })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, { message: 'toewijzingstijd must be HH:MM:SS' })
  toewijzingstijd: string;

  @ApiProperty({ format: 'date' }) @IsISO8601(DATUM) @Length(10, 10) ingangsdatum: string;
  @ApiPropertyOptional({ format: 'date' }) @IsOptional() @IsISO8601(DATUM) @Length(10, 10) einddatum?: string;

  @ApiPropertyOptional({ description: 'WMO002/JZ002 code; 13 = Verwijderd' })
  @IsOptional()
  @Matches(/^[0-9]{2}$/, { message: 'redenWijziging must be a 2-digit code' })
  redenWijziging?: string;

  @ApiPropertyOptional({ type: OmvangDto }) @IsOptional() @ValidateNested() @Type(() => OmvangDto) omvang?: OmvangDto;
  @ApiPropertyOptional({ description: 'budget in eurocents' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99_999_999)
  budget?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(36) referentieAanbieder?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(1000) commentaar?: string;
}

export class RegistreerToewijzingenDto {
  @ApiProperty({ enum: Domein, enumName: 'Domein' }) @IsEnum(Domein) domein: Domein;
  @ApiProperty({ description: 'CBS code of the gemeente' })
  @Matches(/^[0-9]{4}$/, { message: 'gemeenteCode must be 4 digits' })
  gemeenteCode: string;
  @ApiProperty({ description: 'AGB code of the aanbieder' })
  @Matches(/^[0-9]{8}$/, { message: 'aanbiederAgb must be 8 digits' })
  aanbiederAgb: string;
  @ApiProperty({ description: 'BSN of the client (9 digits, elfproef)' })
  @Matches(/^[0-9]{9}$/, { message: 'bsn must be 9 digits' })
  bsn: string;

  @ApiPropertyOptional({
    description:
      "the sociaal (wijk)team that issued the beschikking; without it, the gemeente's default counts in sturing",
    example: 'Team Centrum',
  })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  sociaalTeam?: string;

  @ApiPropertyOptional({
    description: "the client's postcode; only its 4 digits are kept (the wijk in sturing)",
    example: '7411 AB',
  })
  @IsOptional()
  @Matches(/^[1-9][0-9]{3}( ?[A-Za-z]{2})?$/, { message: 'postcode is 1234 AB (or 1234)' })
  postcode?: string;

  @ApiProperty({ type: [ToegewezenProductDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ToegewezenProductDto)
  producten: ToegewezenProductDto[];
}

export class ToewijzingProductResultaatDto {
  @ApiProperty() toewijzingNummer: number;
  @ApiProperty({ enum: ['nieuw', 'gewijzigd', 'ongewijzigd', 'afgewezen'] }) resultaat: string;
  @ApiProperty({ type: [String], description: 'WJ001 retourcodes' }) retourcodes: string[];
  @ApiPropertyOptional() toelichting?: string;
}

export class ToewijzingLijstQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'gemeenteCode must be 4 digits' })
  gemeenteCode?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[0-9]{8}$/, { message: 'agbCode must be 8 digits' }) agbCode?: string;
  @ApiPropertyOptional({ format: 'date', description: 'only toewijzingen current on this date' })
  @IsOptional()
  @IsISO8601(DATUM)
  @Length(10, 10)
  peildatum?: string;
  @ApiPropertyOptional({
    minimum: 1,
    maximum: 999_999_999,
    description: 'only this ToewijzingNummer (the search field of the web app)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(999_999_999)
  toewijzingNummer?: number;
}

export class ToewijzingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() toewijzingNummer: number;
  @ApiProperty() gemeenteCode: string;
  @ApiProperty({ enum: Domein, enumName: 'Domein' }) domein: Domein;
  @ApiProperty() aanbiederAgb: string;
  @ApiProperty({ nullable: true, type: String }) productCategorie: string | null;
  @ApiProperty({ nullable: true, type: String }) productCode: string | null;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) einddatum: string | null;
  @ApiProperty({ type: OmvangDto, nullable: true }) omvang: OmvangDto | null;
  @ApiProperty({ nullable: true, type: Number }) budgetCenten: number | null;
  @ApiProperty({ nullable: true, type: String }) redenWijziging: string | null;
  @ApiProperty({ format: 'date' }) toewijzingsdatum: string;
  @ApiProperty() toewijzingstijd: string;
  @ApiProperty() aantalVersies: number;
}
