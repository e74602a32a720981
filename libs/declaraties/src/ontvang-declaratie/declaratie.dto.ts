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
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DebetCredit, Domein, Eenheid } from '#keten/domain';
import { PaginaQueryDto } from '#keten/platform';
import { DeclaratieStatus } from '../database/declaratie.entity.js';

const DATUM = { strict: true, strictSeparator: true } as const;

export class PeriodeDto {
  @ApiProperty({ format: 'date' }) @IsISO8601(DATUM) @Length(10, 10) begindatum: string;
  @ApiProperty({ format: 'date' }) @IsISO8601(DATUM) @Length(10, 10) einddatum: string;
}

export class BedragDto {
  @ApiProperty({ description: 'eurocents', minimum: 0 }) @IsInt() @Min(0) @Max(999_999_999_999) bedrag: number;
  @ApiProperty({ enum: DebetCredit, enumName: 'DebetCredit' }) @IsEnum(DebetCredit) debetCredit: DebetCredit;
}

export class PrestatieDto {
  @ApiProperty({ description: 'BSN of the client (9 digits, elfproef CS002)' })
  @Matches(/^[0-9]{9}$/, { message: 'bsn must be 9 digits' })
  bsn: string;
  @ApiProperty({ maxLength: 20 })
  @Matches(/^.{1,20}$/, { message: 'referentieNummer must be 1 to 20 characters' })
  referentieNummer: string;
  @ApiPropertyOptional({ maxLength: 20, description: 'required on a credit (CD060)' })
  @IsOptional()
  @Matches(/^.{1,20}$/, { message: 'vorigReferentieNummer must be 1 to 20 characters' })
  vorigReferentieNummer?: string;
  @ApiProperty() @IsInt() @Min(0) @Max(999_999_999) toewijzingNummer: number;
  @ApiProperty() @Matches(/^[0-9]{2}$/, { message: 'productCategorie must be 2 digits' }) productCategorie: string;
  @ApiProperty()
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productCode must be 1 to 5 letters or digits' })
  productCode: string;
  @ApiProperty({ type: PeriodeDto }) @ValidateNested() @Type(() => PeriodeDto) productPeriode: PeriodeDto;
  @ApiProperty({ description: 'integer; eurocents when eenheid is 83 (IV042)' })
  @IsInt()
  @Min(0)
  @Max(99_999_999)
  geleverdVolume: number;
  @ApiProperty({ enum: Eenheid, enumName: 'Eenheid' }) @IsEnum(Eenheid) eenheid: Eenheid;
  @ApiPropertyOptional({ description: 'eurocents; required unless eenheid is 83 (CD087)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(99_999_999)
  productTarief?: number;
  @ApiProperty({ type: BedragDto }) @ValidateNested() @Type(() => BedragDto) ingediendBedrag: BedragDto;
}

export class DeclaratieDto {
  @ApiProperty({ enum: Domein, enumName: 'Domein' }) @IsEnum(Domein) domein: Domein;
  @ApiProperty({ description: 'CBS code of the gemeente' })
  @Matches(/^[0-9]{4}$/, { message: 'gemeenteCode must be 4 digits' })
  gemeenteCode: string;
  @ApiPropertyOptional({ description: 'AGB code; defaults to the calling aanbieder' })
  @IsOptional()
  @Matches(/^[0-9]{8}$/, { message: 'aanbiederAgb must be 8 digits' })
  aanbiederAgb?: string;
  @ApiProperty({ description: 'unique per aanbieder per domein (TR333)' })
  @Matches(/^[A-Za-z0-9]{1,12}$/, { message: 'declaratieNummer must be 1 to 12 letters or digits' })
  declaratieNummer: string;
  @ApiProperty({ type: PeriodeDto, description: 'one whole calendar month (CS340)' })
  @ValidateNested()
  @Type(() => PeriodeDto)
  declaratiePeriode: PeriodeDto;
  @ApiProperty({ format: 'date' }) @IsISO8601(DATUM) @Length(10, 10) dagtekening: string;
  @ApiProperty({ type: BedragDto, description: 'Σ debet − Σ credit of the prestaties (TR358)' })
  @ValidateNested()
  @Type(() => BedragDto)
  totaalIngediendBedrag: BedragDto;
  @ApiProperty({ type: [PrestatieDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5000)
  @ValidateNested({ each: true })
  @Type(() => PrestatieDto)
  prestaties: PrestatieDto[];
}

export class BevindingDto {
  @ApiProperty({ description: 'WJ001 retourcode' }) retourcode: string;
  @ApiProperty({ description: 'rule ID, e.g. TR321' }) regel: string;
  @ApiProperty({ description: 'plain Dutch, with the numbers that decided it' }) toelichting: string;
}

export class PrestatieResultaatDto {
  @ApiProperty() referentieNummer: string;
  @ApiProperty({ enum: ['ontvangen', 'goedgekeurd', 'afgekeurd'] }) status: string;
  @ApiProperty({ type: [String] }) retourcodes: string[];
  @ApiProperty({ nullable: true, type: String, description: 'why it was rejected' }) toelichting: string | null;
  @ApiProperty({ type: [BevindingDto] }) bevindingen: BevindingDto[];
}

export class DeclaratieResultaatDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) id: string | null;
  @ApiProperty() declaratieNummer: string;
  @ApiProperty({ enum: DeclaratieStatus, enumName: 'DeclaratieStatus' }) status: DeclaratieStatus;
  @ApiProperty() aanbiederAgb: string;
  @ApiProperty() gemeenteCode: string;
  @ApiProperty({ enum: Domein, enumName: 'Domein' }) domein: Domein;
  @ApiProperty({ type: PeriodeDto }) declaratiePeriode: PeriodeDto;
  @ApiProperty({ description: 'signed eurocents (credit negative)' }) totaalIngediend: number;
  @ApiProperty({ nullable: true, type: Number, description: 'signed eurocents approved; null until beoordeeld' })
  totaalToegekend: number | null;
  @ApiProperty({ type: [String], description: 'RetourCodes of the DeclaratieAntwoord class' }) retourcodes: string[];
  @ApiProperty({ type: [BevindingDto], description: 'message-level findings' }) bevindingen: BevindingDto[];
  @ApiProperty({ description: 'number of prestaties' }) aantalPrestaties: number;
  @ApiPropertyOptional({
    format: 'date',
    description: 'set once a betaalbatch paid all its approved prestaties (absent until then)',
  })
  betaaldOp?: string;
  @ApiPropertyOptional({ type: [PrestatieResultaatDto] }) prestaties?: PrestatieResultaatDto[];
}

export class OntvangstDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DeclaratieStatus, enumName: 'DeclaratieStatus' }) status: DeclaratieStatus;
}

export class DeclaratieLijstQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional() @IsOptional() @Matches(/^[0-9]{8}$/, { message: 'agbCode must be 8 digits' }) agbCode?: string;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'gemeenteCode must be 4 digits' })
  gemeenteCode?: string;
  @ApiPropertyOptional({ description: 'YYYY-MM: the declaratieperiode' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'periode must be YYYY-MM' })
  periode?: string;
  @ApiPropertyOptional({ enum: DeclaratieStatus, enumName: 'DeclaratieStatus' })
  @IsOptional()
  @IsEnum(DeclaratieStatus)
  status?: DeclaratieStatus;
}
