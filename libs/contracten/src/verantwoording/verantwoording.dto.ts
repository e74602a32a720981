import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsISO8601, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { VerantwoordingStatus } from '../database/verantwoording.entity.js';

const DATUM = { strict: true, strictSeparator: true } as const;

export class IndicatorwaardeDto {
  @ApiProperty({ description: 'code of an indicator agreed in the budget', example: 'CTV' })
  @IsString()
  @Length(1, 20)
  code: string;

  @ApiProperty({ description: 'the realised value', example: '7,8' })
  @IsString()
  @Length(1, 200)
  waarde: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  toelichting?: string;
}

export class DienVerantwoordingInDto {
  @ApiProperty({
    format: 'date',
    description: 'first day of the verantwoordingsperiode (see the budget’s verantwoordingsmomenten)',
  })
  @IsISO8601(DATUM)
  @Length(10, 10)
  periodeBegindatum: string;

  @ApiProperty({ type: [IndicatorwaardeDto], description: 'a value for every indicator agreed in the budget' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorwaardeDto)
  indicatoren: IndicatorwaardeDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  toelichting?: string;
}

export const BESLUITEN = [VerantwoordingStatus.Geaccepteerd, VerantwoordingStatus.AanvullingGevraagd] as const;

export class BeoordeelVerantwoordingDto {
  @ApiProperty({ enum: BESLUITEN, enumName: 'VerantwoordingBesluit' })
  @IsIn(BESLUITEN)
  besluit: (typeof BESLUITEN)[number];

  @ApiPropertyOptional({
    description: 'what more is needed (required when asking for more), or a remark on acceptance',
  })
  @IsOptional()
  @IsString()
  @Length(1, 4000)
  toelichting?: string;
}

export class HoudTermijnVastDto {
  @ApiProperty({
    format: 'date',
    description: 'first day of the verantwoordingsperiode of the same budget whose acceptance releases the termijn',
  })
  @IsISO8601(DATUM)
  @Length(10, 10)
  verantwoordingsperiode: string;

  @ApiProperty({ example: 'Eerst de verantwoording over het eerste kwartaal' })
  @IsString()
  @Length(1, 2000)
  reden: string;
}

export class VerantwoordingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) budgetId: string;
  @ApiProperty({ format: 'date' }) periodeBegindatum: string;
  @ApiProperty({ format: 'date' }) periodeEinddatum: string;
  @ApiProperty({ type: [IndicatorwaardeDto] }) indicatoren: IndicatorwaardeDto[];
  @ApiProperty({ nullable: true, type: String }) toelichting: string | null;
  @ApiProperty({ enum: VerantwoordingStatus, enumName: 'VerantwoordingStatus' }) status: VerantwoordingStatus;
  @ApiProperty({ format: 'date' }) ingediendOp: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) beoordeeldOp: string | null;
  @ApiProperty({ nullable: true, type: String }) beoordelingToelichting: string | null;
  @ApiProperty({ type: [String], format: 'uuid', description: 'termijnen released by this acceptance' })
  vrijgegevenTermijnen: string[];
}
