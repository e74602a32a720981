import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
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
import { Domein, Eenheid, Uitvoeringsvariant } from '#keten/domain';
import { PaginaQueryDto } from '#keten/platform';
import { KostenopbouwDto } from '../tarieven/kostenopbouw.dto.js';
import { VerlengingsoptieStatus } from '../database/verlengingsoptie.entity.js';

const DATUM = { strict: true, strictSeparator: true } as const;
const MAX_CENTEN = 999_999_999_999; // LDT_TotaalBedrag upper bound

export class TariefDto {
  @ApiProperty({ enum: Eenheid, enumName: 'Eenheid', description: 'WJ756 eenheid' })
  @IsEnum(Eenheid)
  eenheid: Eenheid;

  @ApiProperty({ description: 'tariff in integer eurocents per eenheid', example: 6250, minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(99_999_999)
  bedragCenten: number;

  @ApiProperty({ format: 'date', example: '2026-01-01' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  ingangsdatum: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @IsOptional()
  @IsISO8601(DATUM)
  @Length(10, 10)
  einddatum?: string | null;

  @ApiPropertyOptional({
    type: KostenopbouwDto,
    description:
      'cost build-up (art. 5.4 Uitvoeringsbesluit Wmo 2015); the tariff must equal the reële prijs computed from it',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => KostenopbouwDto)
  kostenopbouw?: KostenopbouwDto;
}

export class VerlengingsoptieDto {
  @ApiProperty({ description: 'length of the extension in months (4 + 2 years: options of 12 and 12)', example: 12 })
  @IsInt()
  @Min(1)
  @Max(120)
  duurMaanden: number;
}

export class SegmentDto {
  @ApiProperty({ example: 'Midden-segment (resultaat)' })
  @IsString()
  @Length(1, 100)
  naam: string;

  @ApiProperty({
    enum: Uitvoeringsvariant,
    enumName: 'Uitvoeringsvariant',
    description: 'every product in the segment is funded this way',
  })
  @IsEnum(Uitvoeringsvariant)
  uitvoeringsvariant: Uitvoeringsvariant;
}

export class IndexatiemethodeComponentDto {
  @ApiProperty({ example: 'OVA' })
  @IsString()
  @Length(1, 40)
  naam: string;

  @ApiProperty({ example: '90' })
  @Matches(/^\d{1,3}([.,]\d{1,6})?$/, { message: 'gewicht must be a percentage' })
  gewicht: string;
}

export class ContractProductDto {
  @ApiProperty({ description: 'productcategorie (WMO020 for wmo, JZ020 for jeugd)', example: '02' })
  @Matches(/^[0-9]{2}$/, { message: 'productcategorie must be 2 digits (WMO020/JZ020)' })
  productcategorie: string;

  @ApiProperty({
    description: 'productcode from the contract productcodelijst, at most 5 characters',
    example: '02A01',
  })
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productcode must be 1 to 5 letters or digits' })
  productcode: string;

  @ApiProperty({ enum: Uitvoeringsvariant, enumName: 'Uitvoeringsvariant' })
  @IsEnum(Uitvoeringsvariant)
  uitvoeringsvariant: Uitvoeringsvariant;

  @ApiProperty({ example: 'Individuele begeleiding basis' })
  @IsString()
  @Length(1, 200)
  omschrijving: string;

  @ApiPropertyOptional({ description: 'name of the segment (in segmenten) this product belongs to' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  segment?: string;

  @ApiProperty({ type: [TariefDto] })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TariefDto)
  tarieven: TariefDto[];
}

export class RegistreerRaamovereenkomstDto {
  @ApiProperty({ description: 'contract number, unique per inkopende organisatie', example: 'RO-2026-001' })
  @Matches(/^[A-Za-z0-9._/-]{1,40}$/, { message: 'nummer must be 1 to 40 letters, digits or . _ / -' })
  nummer: string;

  @ApiProperty({ example: 'Open house Begeleiding 2026' })
  @IsString()
  @Length(1, 200)
  naam: string;

  @ApiProperty({ format: 'uuid', description: 'the inkopende organisatie: a gemeente or a regio' })
  @IsUUID()
  inkoperId: string;

  @ApiProperty({ format: 'uuid', description: 'the aanbieder (contractant)' })
  @IsUUID()
  aanbiederId: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'participating gemeenten' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @IsUUID('all', { each: true })
  gemeenteIds: string[];

  @ApiProperty({ enum: Domein, enumName: 'Domein' })
  @IsEnum(Domein)
  domein: Domein;

  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  ingangsdatum: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  einddatum: string;

  @ApiProperty({
    description: 'maximum value of the raamovereenkomst in eurocents (required by procurement law)',
    example: 250_000_00,
  })
  @IsInt()
  @Min(1)
  @Max(MAX_CENTEN)
  maximaleWaardeCenten: number;

  @ApiProperty({ type: [ContractProductDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ContractProductDto)
  producten: ContractProductDto[];

  @ApiPropertyOptional({
    type: [VerlengingsoptieDto],
    description: 'extension options in the order they can be exercised',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => VerlengingsoptieDto)
  verlengingsopties?: VerlengingsoptieDto[];

  @ApiPropertyOptional({ description: 'why a term over 48 months (including options) is justified' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  motiveringLangeLooptijd?: string;

  @ApiPropertyOptional({ description: 'aanbieders may join during the term (toelatingsprocedure / open house)' })
  @IsOptional()
  @IsBoolean()
  tussentijdseToetreding?: boolean;

  @ApiPropertyOptional({
    type: [IndexatiemethodeComponentDto],
    description: 'the agreed indexation method (contractstandaard art. 3.2), e.g. OVA 90 and PCC 10',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IndexatiemethodeComponentDto)
  indexatiemethode?: IndexatiemethodeComponentDto[];

  @ApiPropertyOptional({ type: [SegmentDto], description: 'segments funded differently within the contract' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SegmentDto)
  segmenten?: SegmentDto[];
}

export class VerlengingsoptieAntwoordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() volgnummer: number;
  @ApiProperty() duurMaanden: number;
  @ApiProperty({ enum: VerlengingsoptieStatus, enumName: 'VerlengingsoptieStatus' }) status: VerlengingsoptieStatus;
  @ApiProperty({ format: 'date', nullable: true, type: String }) nieuweEinddatum: string | null;
}

export class TariefAntwoordDto extends TariefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class ContractProductAntwoordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() productcategorie: string;
  @ApiProperty() productcode: string;
  @ApiProperty({ enum: Uitvoeringsvariant, enumName: 'Uitvoeringsvariant' }) uitvoeringsvariant: Uitvoeringsvariant;
  @ApiProperty() omschrijving: string;
  @ApiProperty({ nullable: true, type: String }) segment: string | null;
  @ApiProperty({ type: [TariefAntwoordDto] }) tarieven: TariefAntwoordDto[];
}

export class OrganisatieVerwijzingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() naam: string;
  @ApiProperty({ nullable: true, type: String }) code: string | null;
}

export class RaamovereenkomstOverlapDto {
  @ApiProperty({ format: 'uuid' }) raamovereenkomstId: string;
  @ApiProperty() nummer: string;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date' }) einddatum: string;
  @ApiProperty({ type: [String], description: 'the productcodes both contracts hold' }) productcodes: string[];
  @ApiProperty({
    enum: ['deze', 'andere'],
    enumName: 'ContractVoorrang',
    description:
      'which contract’s tariffs apply where both run: the later ingangsdatum goes first, on the same ingangsdatum the one registered last',
  })
  voorrang: 'deze' | 'andere';
}

export class RaamovereenkomstDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() nummer: string;
  @ApiProperty() naam: string;
  @ApiProperty({ type: OrganisatieVerwijzingDto }) inkoper: OrganisatieVerwijzingDto;
  @ApiProperty({ type: OrganisatieVerwijzingDto, description: 'code = AGB code' }) aanbieder: OrganisatieVerwijzingDto;
  @ApiProperty({ type: [OrganisatieVerwijzingDto], description: 'code = CBS code' })
  gemeenten: OrganisatieVerwijzingDto[];
  @ApiProperty({ enum: Domein, enumName: 'Domein' }) domein: Domein;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date' }) einddatum: string;
  @ApiProperty() maximaleWaardeCenten: number;
  @ApiProperty({ description: 'the value at award: the base of the cumulative 50% guard' })
  oorspronkelijkeWaardeCenten: number;
  @ApiProperty({ format: 'date', description: 'the einddatum at award' }) oorspronkelijkeEinddatum: string;
  @ApiProperty({ format: 'date', description: 'the latest einddatum the award allows, every option included' })
  maximaleEinddatum: string;
  @ApiProperty({ type: [VerlengingsoptieAntwoordDto] }) verlengingsopties: VerlengingsoptieAntwoordDto[];
  @ApiProperty({ nullable: true, type: String }) motiveringLangeLooptijd: string | null;
  @ApiProperty() tussentijdseToetreding: boolean;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'the contract this aanbieder joined' })
  toegetredenTotId: string | null;
  @ApiProperty({ type: [IndexatiemethodeComponentDto], nullable: true }) indexatiemethode:
    IndexatiemethodeComponentDto[] | null;
  @ApiProperty({ type: [SegmentDto] }) segmenten: SegmentDto[];
  @ApiProperty({ type: [ContractProductAntwoordDto] }) producten: ContractProductAntwoordDto[];
  @ApiProperty({
    type: [RaamovereenkomstOverlapDto],
    description:
      'other contracts of this aanbieder for a shared gemeente and product over an overlapping term, with the precedence between them',
  })
  overlappingen: RaamovereenkomstOverlapDto[];
}

export class RaamovereenkomstLijstQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional({ enum: Domein, enumName: 'Domein' })
  @IsOptional()
  @IsEnum(Domein)
  domein?: Domein;

  @ApiPropertyOptional({ description: 'AGB code of the aanbieder' })
  @IsOptional()
  @Matches(/^[0-9]{8}$/, { message: 'agbCode must be 8 digits' })
  agbCode?: string;

  @ApiPropertyOptional({ format: 'date', description: 'only contracts running on this date' })
  @IsOptional()
  @IsISO8601(DATUM)
  @Length(10, 10)
  peildatum?: string;
}
