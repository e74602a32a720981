import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { ActieType } from '#keten/domain';
import { DATUM, ID_PATROON, MAX_TARIEF_CENTEN } from '../registreer-aanbesteding/registreer-aanbesteding.dto.js';

export class EisResultaatDto {
  @ApiProperty({ example: 'E1' }) @Matches(ID_PATROON) eisId: string;
  @ApiProperty() @IsBoolean() voldaan: boolean;
}

export class ProductTariefDto {
  @ApiProperty({ example: '02A01' }) @Matches(/^[A-Za-z0-9]{1,5}$/) productcode: string;
  @ApiProperty({ minimum: 1, description: 'cents per eenheid' })
  @IsInt()
  @Min(1)
  @Max(MAX_TARIEF_CENTEN)
  tariefCenten: number;
}

export class PerceelKeuzeDto {
  @ApiProperty({ example: 'P1' }) @Matches(ID_PATROON) perceelId: string;

  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description: 'maximaal_n: the recorded loting order of all qualifying aanbieders',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  lotingVolgorde?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'selectie: the chosen aanbieders' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsUUID('all', { each: true })
  selectie?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(0, 4000) motivering?: string;
}

export class BodDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() aanbiederId: string;
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) @Max(MAX_TARIEF_CENTEN) tariefCenten: number;
  @ApiProperty({ format: 'date-time', description: 'moment of the bid: first tie-break' })
  @IsISO8601({ strict: true })
  @Length(10, 40)
  ingediendOm: string;
  @ApiPropertyOptional({ description: 'DAS nadere opdracht: consensus quality points in micropunten' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  kwaliteitMicropunten?: number;
}

/**
 * One action on an aanbesteding. `type` decides which fields are needed (as in the domain's Actie union);
 * inschrijven goes through POST /{id}/percelen/{perceel}/inschrijvingen, not through this endpoint.
 */
export class ActieDto {
  @ApiProperty({ enum: ActieType, enumName: 'ActieType' })
  @IsEnum(ActieType)
  type: ActieType;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'registreer_toetsing, registreer_score, registreer_consensus, laat_toe, wijs_af',
  })
  @IsOptional()
  @IsUUID()
  inschrijvingId?: string;

  @ApiPropertyOptional({ type: [EisResultaatDto], description: 'registreer_toetsing' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => EisResultaatDto)
  resultaten?: EisResultaatDto[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'selecteer_gegadigden' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  aanbiederIds?: string[];

  @ApiPropertyOptional({ description: 'selecteer_gegadigden, registreer_consensus' })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  motivering?: string;

  @ApiPropertyOptional({ type: [ProductTariefDto], description: 'leg_onderhandelingsuitkomst_vast' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => ProductTariefDto)
  tarieven?: ProductTariefDto[];

  @ApiPropertyOptional({ description: 'registreer_score, registreer_consensus' })
  @IsOptional()
  @Matches(ID_PATROON)
  criteriumId?: string;

  @ApiPropertyOptional({ description: 'registreer_score, registreer_consensus: a value on the criterion scale' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  score?: number;

  @ApiPropertyOptional({
    type: [PerceelKeuzeDto],
    description: 'voorlopige_gunning: loting order or selection per perceel',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => PerceelKeuzeDto)
  perPerceel?: PerceelKeuzeDto[];

  @ApiPropertyOptional({ format: 'date', description: 'laat_toe: start of the contract (not before the term)' })
  @IsOptional()
  @IsISO8601(DATUM)
  @Length(10, 10)
  ingangsdatum?: string;

  @ApiPropertyOptional({ description: 'wijs_af, trek_in' })
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  reden?: string;

  @ApiPropertyOptional({ description: 'houd_veiling, nadere_opdracht: id of the uitslag' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_.-]{1,40}$/)
  id?: string;

  @ApiPropertyOptional({ description: 'houd_veiling, nadere_opdracht' })
  @IsOptional()
  @Matches(ID_PATROON)
  perceelId?: string;

  @ApiPropertyOptional({ description: 'houd_veiling, nadere_opdracht' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{1,5}$/)
  productcode?: string;

  @ApiPropertyOptional({
    description: 'houd_veiling, nadere_opdracht: reference to the client request (never published)',
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  clientReferentie?: string;

  @ApiPropertyOptional({ type: [BodDto], description: 'houd_veiling, nadere_opdracht' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => BodDto)
  biedingen?: BodDto[];
}

export class InschrijvingDto {
  @ApiProperty({
    type: [ProductTariefDto],
    description: 'tariffs for the products whose price is bid; empty for vaste prijs and maximumtarief',
  })
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ProductTariefDto)
  tarieven: ProductTariefDto[];

  @ApiPropertyOptional({ description: 'units offered (Dronten method)', minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  capaciteit?: number;

  @ApiProperty({ description: 'accepts the conditions (and the fixed tariffs) of the procedure' })
  @IsBoolean()
  aanvaardtVoorwaarden: boolean;

  @ApiPropertyOptional({
    description: 'an eenmanszaak or zzp: its name is personal data and is not published (AVG)',
    default: false,
  })
  @IsOptional()
  @IsBoolean()
  natuurlijkPersoon?: boolean;
}

export class ScoreDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() inschrijvingId: string;
  @ApiProperty({ example: 'K1' }) @Matches(ID_PATROON) criteriumId: string;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(1000) score: number;
}
