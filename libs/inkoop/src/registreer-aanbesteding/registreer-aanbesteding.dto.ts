import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
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
import {
  Domein,
  Eenheid,
  GunningMethode,
  Opdrachtsoort,
  ProcedureType,
  Publicatie,
  Termijnverkorting,
  Uitvoeringsvariant,
} from '#keten/domain';
import { IndexatiemethodeComponentDto } from '#keten/contracten';

export const DATUM = { strict: true, strictSeparator: true } as const;
/** Same bound as LDT_TotaalBedrag: far below 2^53, so cents stay exact numbers. */
export const MAX_CENTEN = 999_999_999_999;
export const MAX_TARIEF_CENTEN = 99_999_999;
export const ID_PATROON = /^[A-Za-z0-9_.-]{1,20}$/;

export class PeriodeDto {
  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  begindatum: string;

  @ApiProperty({ format: 'date', example: '2026-04-15' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  einddatum: string;
}

export enum PrijsSoort {
  Vast = 'vast',
  Bod = 'bod',
  Maximumtarief = 'maximumtarief',
}

export class PrijsstellingDto {
  @ApiProperty({
    enum: PrijsSoort,
    enumName: 'PrijsSoort',
    description: 'vast: set by the gemeente; bod: offered in the inschrijving; maximumtarief: besloten veiling / DAS',
  })
  @IsEnum(PrijsSoort)
  soort: PrijsSoort;

  @ApiPropertyOptional({ description: 'vast: the tariff in cents', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TARIEF_CENTEN)
  tariefCenten?: number;

  @ApiPropertyOptional({ description: 'bod/maximumtarief: reële prijs floor in cents (Wmo art. 2.6.6)', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TARIEF_CENTEN)
  reelePrijsCenten?: number;

  @ApiPropertyOptional({ description: 'bod: highest acceptable bid in cents', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TARIEF_CENTEN)
  maximumCenten?: number;

  @ApiPropertyOptional({ description: 'maximumtarief: the ceiling in cents', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TARIEF_CENTEN)
  maximumtariefCenten?: number;
}

export class ProductDto {
  @ApiProperty({ description: 'productcode, at most 5 characters', example: '02A01' })
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'code must be 1 to 5 letters or digits' })
  code: string;

  @ApiProperty({ description: 'productcategorie (WMO020 / JZ020)', example: '02' })
  @Matches(/^[0-9]{2}$/, { message: 'categorie must be 2 digits' })
  categorie: string;

  @ApiProperty({ example: 'Begeleiding individueel' })
  @IsString()
  @Length(1, 200)
  omschrijving: string;

  @ApiProperty({ enum: Eenheid, enumName: 'Eenheid' })
  @IsEnum(Eenheid)
  eenheid: Eenheid;

  @ApiProperty({ enum: Uitvoeringsvariant, enumName: 'Uitvoeringsvariant' })
  @IsEnum(Uitvoeringsvariant)
  uitvoeringsvariant: Uitvoeringsvariant;

  @ApiProperty({ type: PrijsstellingDto })
  @ValidateNested()
  @Type(() => PrijsstellingDto)
  prijs: PrijsstellingDto;

  @ApiPropertyOptional({
    description: 'weight in the beoordelingsprijs (expected volume); 1 when absent',
    minimum: 1,
    maximum: 100000,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  prijsgewicht?: number;
}

export enum EisSoort {
  Geschiktheidseis = 'geschiktheidseis',
  Uitsluitingsgrond = 'uitsluitingsgrond',
}

export class EisDto {
  @ApiProperty({ example: 'E1' })
  @Matches(ID_PATROON)
  id: string;

  @ApiProperty({ enum: EisSoort, enumName: 'EisSoort' })
  @IsEnum(EisSoort)
  soort: EisSoort;

  @ApiProperty({ example: 'HKZ-certificaat' })
  @IsString()
  @Length(1, 1000)
  omschrijving: string;
}

export enum CriteriumSoort {
  Kwaliteit = 'kwaliteit',
  Prijs = 'prijs',
}

export class GunningscriteriumDto {
  @ApiProperty({ example: 'K1' })
  @Matches(ID_PATROON)
  id: string;

  @ApiProperty({ example: 'Plan van aanpak' })
  @IsString()
  @Length(1, 200)
  naam: string;

  @ApiProperty({ enum: CriteriumSoort, enumName: 'CriteriumSoort' })
  @IsEnum(CriteriumSoort)
  soort: CriteriumSoort;

  @ApiProperty({ description: 'maximum points; the weights of a perceel add up to 100', minimum: 0, maximum: 100 })
  @IsInt()
  @Min(0)
  @Max(100)
  weging: number;

  @ApiPropertyOptional({ type: [Number], description: 'allowed scores of a kwaliteit criterion, e.g. [0,2,4,6,8,10]' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(1000, { each: true })
  schaal?: number[];
}

export class GunningConfigDto {
  @ApiProperty({ enum: GunningMethode, enumName: 'GunningMethode' })
  @IsEnum(GunningMethode)
  methode: GunningMethode;

  @ApiPropertyOptional({ description: 'beste_n / maximaal_n: how many', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  aantal?: number;

  @ApiPropertyOptional({ description: 'capaciteit (Dronten method): units needed', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  behoefte?: number;

  @ApiPropertyOptional({ description: 'capaciteit (Dronten method): at least this many providers', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  minimumAantal?: number;
}

export class PerceelDto {
  @ApiProperty({ example: 'P1' })
  @Matches(ID_PATROON)
  id: string;

  @ApiProperty({ example: 'Begeleiding' })
  @IsString()
  @Length(1, 200)
  naam: string;

  @ApiProperty({ type: [ProductDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ProductDto)
  producten: ProductDto[];

  @ApiProperty({ type: [EisDto] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => EisDto)
  eisen: EisDto[];

  @ApiProperty({ type: [GunningscriteriumDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GunningscriteriumDto)
  gunningscriteria: GunningscriteriumDto[];

  @ApiProperty({ type: GunningConfigDto })
  @ValidateNested()
  @Type(() => GunningConfigDto)
  gunning: GunningConfigDto;

  @ApiProperty({
    description: 'estimated value incl. options and extensions over the whole term, in cents',
    minimum: 0,
  })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTEN)
  geraamdeWaardeCenten: number;

  @ApiPropertyOptional({
    description: 'maximum value that may be ordered under the raamovereenkomst, in cents (art. 2.140 Aw)',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CENTEN)
  maximumwaardeCenten?: number;
}

export class LooptijdDto {
  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  begindatum: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  einddatum: string;

  @ApiProperty({ type: [Number], description: 'extension options in months, e.g. [24] for 4 + 2 years' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(120, { each: true })
  verlengingsopties: number[];
}

export class RegistreerAanbestedingDto {
  @ApiProperty({ description: "the inkoper's own reference, unique per inkoper", example: 'WMO-2026-001' })
  @Matches(/^[A-Za-z0-9._/-]{1,30}$/, { message: 'kenmerk must be 1 to 30 letters, digits or . _ / -' })
  kenmerk: string;

  @ApiProperty({ example: 'Begeleiding 2027' })
  @IsString()
  @Length(1, 200)
  naam: string;

  @ApiProperty({ enum: ProcedureType, enumName: 'ProcedureType' })
  @IsEnum(ProcedureType)
  procedureType: ProcedureType;

  @ApiProperty({ enum: Domein, enumName: 'Domein' })
  @IsEnum(Domein)
  domein: Domein;

  @ApiProperty({ enum: Opdrachtsoort, enumName: 'Opdrachtsoort' })
  @IsEnum(Opdrachtsoort)
  opdrachtsoort: Opdrachtsoort;

  @ApiPropertyOptional({ enum: ['decentraal', 'centraal'], enumName: 'AanbestedendeDienst' })
  @IsOptional()
  @IsIn(['decentraal', 'centraal'])
  aanbestedendeDienst?: 'decentraal' | 'centraal';

  @ApiProperty({ format: 'uuid', description: 'the inkopende organisatie: a gemeente or regio in your scope' })
  @IsUUID()
  inkoperId: string;

  @ApiPropertyOptional({ description: 'contact person (personal data: never published)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  contactpersoon?: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'the gemeenten the raamovereenkomsten are for' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(400)
  @IsUUID('all', { each: true })
  deelnemendeGemeenten: string[];

  @ApiProperty({ enum: Publicatie, enumName: 'Publicatie' })
  @IsEnum(Publicatie)
  publicatie: Publicatie;

  @ApiProperty({ type: LooptijdDto })
  @ValidateNested()
  @Type(() => LooptijdDto)
  looptijd: LooptijdDto;

  @ApiPropertyOptional({ description: 'required when the term incl. extensions exceeds 48 months (art. 2.140 Aw)' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  motiveringLangeLooptijd?: string;

  @ApiPropertyOptional({
    description:
      'a framework of several parties whose orders are competed among them as nadere opdrachten on the criteria (vernieuwde mededinging, art. 2.144 Aw); for types with award criteria',
  })
  @IsOptional()
  @IsBoolean()
  vernieuwdeMededinging?: boolean;

  @ApiPropertyOptional({ description: 'why this procedure (art. 1.4 Aw; required for enkelvoudig onderhands)' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  motiveringProcedurekeuze?: string;

  @ApiProperty({ type: [PerceelDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PerceelDto)
  percelen: PerceelDto[];

  @ApiPropertyOptional({ type: PeriodeDto, description: 'selectiefase (niet-openbaar)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeriodeDto)
  aanmeldperiode?: PeriodeDto;

  @ApiPropertyOptional({ type: PeriodeDto, description: 'inschrijvingstermijn' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PeriodeDto)
  inschrijfperiode?: PeriodeDto;

  @ApiPropertyOptional({ type: [PeriodeDto], description: 'admission windows (toelatingsprocedure)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PeriodeDto)
  toetredingsvensters?: PeriodeDto[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'invited aanbieders (onderhands)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  uitgenodigden?: string[];

  @ApiPropertyOptional({
    description: 'maximum number of candidates admitted to the inschrijving (niet-openbaar)',
    minimum: 1,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  maximumGegadigden?: number;

  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'gebruikers who score quality (at least 2 when the type scores EMVI)',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  beoordelaars: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'the gebruiker who chairs the scoring: records each consensus with its motivation (required when the type scores EMVI)',
  })
  @IsOptional()
  @IsUUID()
  voorzitter?: string;

  @ApiPropertyOptional({
    type: [IndexatiemethodeComponentDto],
    description:
      'the indexation method the raamovereenkomsten will carry (contractstandaard art. 3.2), e.g. OVA 90 and PCC 10',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IndexatiemethodeComponentDto)
  indexatiemethode?: IndexatiemethodeComponentDto[];

  @ApiPropertyOptional({
    enum: Termijnverkorting,
    enumName: 'Termijnverkorting',
    description: 'a legal reduction of the minimum tender period (Aw 2012 art. 2.71–2.74)',
  })
  @IsOptional()
  @IsEnum(Termijnverkorting)
  termijnverkorting?: Termijnverkorting;

  @ApiPropertyOptional({ description: 'why the urgency (required with termijnverkorting spoed, art. 2.74 Aw)' })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  motiveringTermijnverkorting?: string;
}

export class InkoopbeleidDrempelDto {
  @ApiProperty({ enum: Opdrachtsoort, enumName: 'Opdrachtsoort' })
  @IsEnum(Opdrachtsoort)
  opdrachtsoort: Opdrachtsoort;

  @ApiProperty({ description: 'from this estimated value at least meervoudig onderhands, in cents', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTEN)
  meervoudigVanafCenten: number;

  @ApiProperty({ description: 'from this estimated value at least national publication, in cents', minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_CENTEN)
  nationaalVanafCenten: number;
}

export class InkoopbeleidDto {
  @ApiProperty({ type: [InkoopbeleidDrempelDto] })
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => InkoopbeleidDrempelDto)
  drempels: InkoopbeleidDrempelDto[];
}
