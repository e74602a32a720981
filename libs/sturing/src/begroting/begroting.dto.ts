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
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Domein } from '#keten/domain';
import { BegrotingBron } from '../database/begroting-versie.entity.js';

export const MAX_BEGROTING_CENTEN = 1_000_000_000_000; // € 10 miljard per post: far above any gemeente's social domain

export class RegistreerBudgetpostDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  gemeenteId: string;

  @ApiProperty({ enum: Domein, enumName: 'Domein' })
  @IsEnum(Domein)
  domein: Domein;

  @ApiProperty({ example: 'BEGELEIDING', description: 'short code, unique per gemeente and domein' })
  @Matches(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'code is 1 tot 40 letters, cijfers, punt, streep of liggend streepje' })
  code: string;

  @ApiProperty({ example: 'Begeleiding en dagbesteding' })
  @IsString()
  @Length(1, 200)
  naam: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['02', '04'],
    description: 'productcategorieën (WMO020/JZ020) whose spend counts here',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @Matches(/^[0-9]{2}$/, { each: true, message: 'een productcategorie is twee cijfers' })
  productcategorieen?: string[];

  @ApiPropertyOptional({
    description: 'true: the subsidies for algemene voorzieningen count here (no productcategorieën)',
  })
  @IsOptional()
  @IsBoolean()
  algemeneVoorzieningen?: boolean;
}

export class BudgetpostDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) gemeenteId: string;
  @ApiProperty({ enum: Domein, enumName: 'Domein' }) domein: Domein;
  @ApiProperty() code: string;
  @ApiProperty() naam: string;
  @ApiProperty({ type: [String] }) productcategorieen: string[];
  @ApiProperty() algemeneVoorzieningen: boolean;
}

export class BudgetpostenQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  gemeente: string;
}

export class BegrotingRegelDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  budgetpostId: string;

  @ApiProperty({ description: 'the amount for the year, in cents' })
  @IsInt()
  @Min(0)
  @Max(MAX_BEGROTING_CENTEN)
  bedragCenten: number;
}

export class StelBegrotingVastDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  gemeenteId: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  jaar: number;

  @ApiPropertyOptional({
    example: 'Tweede begrotingswijziging 2026',
    description: 'why: the raadsbesluit or begrotingswijziging',
  })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  toelichting?: string;

  @ApiProperty({ type: [BegrotingRegelDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BegrotingRegelDto)
  regels: BegrotingRegelDto[];
}

export class BegrotingQueryDto {
  @ApiPropertyOptional({ enum: ['json', 'xlsx'], description: 'xlsx: the same figures as a formatted workbook' })
  @IsOptional()
  @IsIn(['json', 'xlsx'])
  formaat?: 'json' | 'xlsx';

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  gemeente: string;

  @ApiProperty({ example: 2026 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  jaar: number;
}

export class BegrotingWijzigingDto {
  @ApiProperty() versie: number;
  @ApiProperty() bedragCenten: number;
  @ApiProperty({ nullable: true, type: String }) toelichting: string | null;
  @ApiProperty({ enum: BegrotingBron, enumName: 'BegrotingBron' }) bron: BegrotingBron;
  @ApiProperty() ingevoerdOp: string;
}

export class BegrotingPostDto {
  @ApiProperty({ format: 'uuid' }) budgetpostId: string;
  @ApiProperty({ enum: Domein, enumName: 'Domein' }) domein: Domein;
  @ApiProperty() code: string;
  @ApiProperty() naam: string;
  @ApiProperty({ type: [String] }) productcategorieen: string[];
  @ApiProperty() algemeneVoorzieningen: boolean;
  @ApiProperty({ description: 'the current amount (highest versie), cents' }) bedragCenten: number;
  @ApiProperty({
    type: [BegrotingWijzigingDto],
    description: 'every version, oldest first (primitieve begroting, then each wijziging)',
  })
  wijzigingen: BegrotingWijzigingDto[];
}

export class BegrotingDto {
  @ApiProperty({ format: 'uuid' }) gemeenteId: string;
  @ApiProperty() jaar: number;
  @ApiProperty({ type: [BegrotingPostDto] }) posten: BegrotingPostDto[];
  @ApiProperty() totaalCenten: number;
}
