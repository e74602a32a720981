import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { Eenheid, Uitvoeringsvariant } from '#keten/domain';
import { TariefBron } from '../database/tarief.entity.js';
import { TariefDto } from '../registreer-raamovereenkomst/raamovereenkomst.dto.js';
import { KostenopbouwDto } from './kostenopbouw.dto.js';

const DATUM = { strict: true, strictSeparator: true } as const;

export class TarievenQueryDto {
  @ApiPropertyOptional({ format: 'date', description: 'only the versions in force on this date' })
  @IsOptional()
  @IsISO8601(DATUM)
  @Length(10, 10)
  peildatum?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'the tariffs as they apply to this gemeente: a deelovereenkomst tariff takes precedence over the basis tariff',
  })
  @IsOptional()
  @IsUUID()
  gemeenteId?: string;

  @ApiPropertyOptional({ example: '02A01' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productcode must be 1 to 5 letters or digits' })
  productcode?: string;

  @ApiPropertyOptional({ enum: Eenheid, enumName: 'Eenheid' })
  @IsOptional()
  @IsEnum(Eenheid)
  eenheid?: Eenheid;

  @ApiPropertyOptional({ description: 'also superseded versions (corrections), for audit' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  historie?: boolean;
}

/** A new tariff version: a contract tariff (TariefDto) for one product, of the basis or of a deelovereenkomst. */
export class NieuwTariefDto extends TariefDto {
  @ApiProperty({ example: '02A01' })
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productcode must be 1 to 5 letters or digits' })
  productcode: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'a tariff of this deelovereenkomst instead of the basisovereenkomst',
  })
  @IsOptional()
  @IsUUID()
  deelovereenkomstId?: string;
}

export class NieuweTarievenDto {
  @ApiProperty({ type: [NieuwTariefDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => NieuwTariefDto)
  tarieven: NieuwTariefDto[];

  @ApiPropertyOptional({
    description: 'save although the change was flagged as a possible wezenlijke wijziging (audited)',
  })
  @IsOptional()
  @IsBoolean()
  bevestigWezenlijkeWijziging?: boolean;
}

export class TariefversieDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() productcategorie: string;
  @ApiProperty() productcode: string;
  @ApiProperty({ enum: Uitvoeringsvariant, enumName: 'Uitvoeringsvariant' }) uitvoeringsvariant: Uitvoeringsvariant;
  @ApiProperty({ enum: Eenheid, enumName: 'Eenheid' }) eenheid: Eenheid;
  @ApiProperty() bedragCenten: number;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) einddatum: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'null: the basisovereenkomst' })
  deelovereenkomstId: string | null;
  @ApiProperty({ type: KostenopbouwDto, nullable: true }) kostenopbouw: KostenopbouwDto | null;
  @ApiProperty({ nullable: true, type: Number, description: 'reële prijs computed from the kostenopbouw' })
  reelePrijsCenten: number | null;
  @ApiProperty({ enum: TariefBron, enumName: 'TariefBron' }) bron: TariefBron;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) vorigeVersieId: string | null;
  @ApiProperty({
    format: 'date-time',
    nullable: true,
    type: String,
    description: 'set when a correction superseded this version',
  })
  vervangenOp: string | null;
}

export class BerekeningStapDto {
  @ApiProperty() stap: string;
  @ApiProperty({ nullable: true, type: String, description: 'art. 5.4 element a–f' }) element: string | null;
  @ApiProperty() omschrijving: string;
  @ApiProperty({ description: 'the exact fraction' }) exact: string;
  @ApiProperty() weergave: string;
}

export class TariefMetBerekeningDto extends TariefversieDto {
  @ApiProperty({
    type: [BerekeningStapDto],
    description:
      'the reële prijs computed step by step from the kostenopbouw; rounded once to whole cents, half away from zero',
  })
  berekening: BerekeningStapDto[];
}
