import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BudgetSoort } from '../database/budget.entity.js';
import { TariefBron } from '../database/tarief.entity.js';
import { TermijnStatus } from '../database/termijn.entity.js';

const DATUM = { strict: true, strictSeparator: true } as const;
const FREQUENTIES = ['maand', 'kwartaal', 'jaar'] as const;

export class BetaaldagDto {
  @ApiProperty({ enum: ['vooraf', 'achteraf'], enumName: 'BetaalMoment' })
  @IsIn(['vooraf', 'achteraf'])
  moment: 'vooraf' | 'achteraf';

  @ApiProperty({
    oneOf: [
      { type: 'integer', minimum: 1, maximum: 31 },
      { type: 'string', enum: ['laatste'] },
    ],
    example: 1,
  })
  @ValidateIf((o: BetaaldagDto) => o.dag !== 'laatste')
  @IsInt()
  @Min(1)
  @Max(31)
  dag: number | 'laatste';

  @ApiPropertyOptional({ enum: ['geen', 'volgendeWerkdag', 'vorigeWerkdag'], enumName: 'WeekendRegel' })
  @IsOptional()
  @IsIn(['geen', 'volgendeWerkdag', 'vorigeWerkdag'])
  weekend?: 'geen' | 'volgendeWerkdag' | 'vorigeWerkdag';
}

export class BetaalafspraakDto {
  @ApiProperty({ enum: FREQUENTIES, enumName: 'Termijnfrequentie' })
  @IsIn(FREQUENTIES)
  frequentie: (typeof FREQUENTIES)[number];

  @ApiProperty({ type: BetaaldagDto })
  @ValidateNested()
  @Type(() => BetaaldagDto)
  betaaldag: BetaaldagDto;

  @ApiPropertyOptional({ enum: ['gelijk', 'naarDagen'], enumName: 'Termijnverdeling' })
  @IsOptional()
  @IsIn(['gelijk', 'naarDagen'])
  verdeling?: 'gelijk' | 'naarDagen';
}

export class ResultaatindicatorDto {
  @ApiProperty({ example: 'CTV' })
  @Matches(/^[A-Za-z0-9_-]{1,20}$/, { message: 'code must be 1 to 20 letters, digits, _ or -' })
  code: string;

  @ApiProperty({ example: 'Cliënttevredenheid' })
  @IsString()
  @Length(1, 200)
  omschrijving: string;

  @ApiPropertyOptional({ example: '≥ 7,5' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  streefwaarde?: string;
}

export class VerantwoordingsafspraakDto {
  @ApiProperty({ enum: FREQUENTIES, enumName: 'Termijnfrequentie' })
  @IsIn(FREQUENTIES)
  frequentie: (typeof FREQUENTIES)[number];

  @ApiProperty({ description: 'days after each period by which the verantwoording is due', example: 30 })
  @IsInt()
  @Min(0)
  @Max(365)
  dagenNaPeriode: number;

  @ApiProperty({ type: [ResultaatindicatorDto] })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ResultaatindicatorDto)
  indicatoren: ResultaatindicatorDto[];
}

export class OpdrachtDto {
  @ApiProperty({ enum: ['taak', 'gebied', 'populatie'], enumName: 'OpdrachtSoort' })
  @IsIn(['taak', 'gebied', 'populatie'])
  soort: 'taak' | 'gebied' | 'populatie';

  @ApiProperty({ example: 'Wijkteam-ondersteuning in 9 gebieden' })
  @IsString()
  @Length(1, 500)
  omschrijving: string;
}

export class RegistreerBudgetDto {
  @ApiProperty({ enum: BudgetSoort, enumName: 'BudgetSoort' })
  @IsEnum(BudgetSoort)
  soort: BudgetSoort;

  @ApiPropertyOptional({
    description: 'taakgericht: the taakgericht product of this contract the budget funds',
    example: '07T01',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{1,5}$/, { message: 'productcode must be 1 to 5 letters or digits' })
  productcode?: string;

  @ApiProperty({ example: 'Lumpsum wijkteams 2026' })
  @IsString()
  @Length(1, 200)
  omschrijving: string;

  @ApiPropertyOptional({ type: OpdrachtDto, description: 'taakgericht: the task, area or population' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpdrachtDto)
  opdracht?: OpdrachtDto;

  @ApiPropertyOptional({ type: [String], description: 'subsidie: the subsidievoorwaarden' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  voorwaarden?: string[];

  @ApiProperty({
    description: 'budget per kalenderjaar in eurocents; a partial year gets its share by days',
    example: 120_000_000,
  })
  @IsInt()
  @Min(1)
  @Max(999_999_999_999)
  jaarbedragCenten: number;

  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  ingangsdatum: string;

  @ApiPropertyOptional({ format: 'date', description: 'default: the einddatum of the raamovereenkomst' })
  @IsOptional()
  @IsISO8601(DATUM)
  @Length(10, 10)
  einddatum?: string;

  @ApiProperty({ type: BetaalafspraakDto })
  @ValidateNested()
  @Type(() => BetaalafspraakDto)
  betaalafspraak: BetaalafspraakDto;

  @ApiProperty({ type: VerantwoordingsafspraakDto })
  @ValidateNested()
  @Type(() => VerantwoordingsafspraakDto)
  verantwoording: VerantwoordingsafspraakDto;
}

export class TermijnDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) budgetId: string;
  @ApiProperty({ format: 'uuid' }) reeksId: string;
  @ApiProperty() volgnummer: number;
  @ApiProperty({ format: 'date' }) periodeBegindatum: string;
  @ApiProperty({ format: 'date' }) periodeEinddatum: string;
  @ApiProperty({ format: 'date' }) vervaldatum: string;
  @ApiProperty() bedragCenten: number;
  @ApiProperty({ enum: TermijnStatus, enumName: 'TermijnStatus' }) status: TermijnStatus;
  @ApiProperty({ format: 'date', nullable: true, type: String }) betaaldOp: string | null;
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    description: 'held: not paid until the verantwoording over the period starting on this date is accepted',
  })
  wachtOpVerantwoording: string | null;
  @ApiProperty({ nullable: true, type: String }) vasthoudreden: string | null;
}

export class VerantwoordingsmomentDto {
  @ApiProperty() volgnummer: number;
  @ApiProperty({ format: 'date' }) begindatum: string;
  @ApiProperty({ format: 'date' }) einddatum: string;
  @ApiProperty({ format: 'date' }) uiterlijk: string;
  @ApiProperty({ type: [ResultaatindicatorDto] }) indicatoren: ResultaatindicatorDto[];
}

export class BudgetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid', description: 'the same for every version of this budget' }) reeksId: string;
  @ApiProperty({ enum: BudgetSoort, enumName: 'BudgetSoort' }) soort: BudgetSoort;
  @ApiProperty({ nullable: true, type: String }) productcode: string | null;
  @ApiProperty() omschrijving: string;
  @ApiProperty({ type: OpdrachtDto, nullable: true }) opdracht: OpdrachtDto | null;
  @ApiProperty({ type: [String] }) voorwaarden: string[];
  @ApiProperty() jaarbedragCenten: number;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date' }) einddatum: string;
  @ApiProperty({ type: BetaalafspraakDto }) betaalafspraak: BetaalafspraakDto;
  @ApiProperty({ type: VerantwoordingsafspraakDto }) verantwoording: VerantwoordingsafspraakDto;
  @ApiProperty({ enum: TariefBron, enumName: 'TariefBron' }) bron: TariefBron;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) vorigeVersieId: string | null;
  @ApiProperty({
    type: [VerantwoordingsmomentDto],
    description: 'when the periodic verantwoording over the indicators is due',
  })
  verantwoordingsmomenten: VerantwoordingsmomentDto[];
}

export class TermijnenQueryDto {
  @ApiPropertyOptional({ enum: TermijnStatus, enumName: 'TermijnStatus' })
  @IsOptional()
  @IsEnum(TermijnStatus)
  status?: TermijnStatus;
}

export class BetaaldDto {
  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  betaaldOp: string;
}
