import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
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
import { IndexatieStatus } from '../database/indexatie.entity.js';

const PERCENTAGE = /^-?\d{1,3}([.,]\d{1,6})?$/;

export class IndexcorrectieDto {
  @ApiProperty({ example: '4.2', description: 'definitive index for the previous year, %' })
  @Matches(PERCENTAGE, { message: 'definitief must be a percentage' })
  definitief: string;

  @ApiProperty({ example: '3.8', description: 'the prognosis for the previous year that was used a year ago, %' })
  @Matches(PERCENTAGE, { message: 'eerderePrognose must be a percentage' })
  eerderePrognose: string;
}

export class IndexcomponentDto {
  @ApiProperty({ example: 'OVA' })
  @IsString()
  @Length(1, 40)
  naam: string;

  @ApiProperty({ example: '90', description: 'weight in %, all weights sum to 100' })
  @Matches(PERCENTAGE, { message: 'gewicht must be a percentage' })
  gewicht: string;

  @ApiProperty({ example: '3.5', description: 'prognosis for the indexation year, %' })
  @Matches(PERCENTAGE, { message: 'prognose must be a percentage' })
  prognose: string;

  @ApiPropertyOptional({ type: IndexcorrectieDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => IndexcorrectieDto)
  correctie?: IndexcorrectieDto;
}

export class VraagIndexatieAanDto {
  @ApiProperty({ example: 2027, description: 'new amounts apply from 1 January of this year' })
  @IsInt()
  @Min(2000)
  @Max(2200)
  jaar: number;

  @ApiProperty({
    type: [IndexcomponentDto],
    description: 'contractstandaard art. 3.2, e.g. 90% OVA and 10% PCC, each prognose plus correctie',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => IndexcomponentDto)
  componenten: IndexcomponentDto[];
}

export class IndexatieRegelDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) tariefId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) budgetId: string | null;
  @ApiProperty() omschrijving: string;
  @ApiProperty() oudCenten: number;
  @ApiProperty() nieuwCenten: number;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'the new version, once applied' })
  nieuweVersieId: string | null;
}

export class IndexatieDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) raamovereenkomstId: string;
  @ApiProperty() jaar: number;
  @ApiProperty({ enum: IndexatieStatus, enumName: 'IndexatieStatus' }) status: IndexatieStatus;
  @ApiProperty({ nullable: true, type: String, description: 'weighted percentage, exact decimal' }) percentage:
    string | null;
  @ApiProperty({ type: [IndexcomponentDto] }) componenten: IndexcomponentDto[];
  @ApiProperty({ nullable: true, type: String }) fout: string | null;
  @ApiProperty() aantalRegels: number;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) toegepastOp: string | null;
  @ApiProperty({ type: [IndexatieRegelDto], description: 'every old and new amount (paged by limiet/offset)' })
  regels: IndexatieRegelDto[];
}

export class VraagIndexatieAanVoorInkoperDto extends VraagIndexatieAanDto {
  @ApiProperty({ format: 'uuid', description: 'the gemeente or regio whose raamovereenkomsten are indexed' })
  @IsUUID()
  inkoperId: string;

  @ApiPropertyOptional({ enum: Domein, enumName: 'Domein' })
  @IsOptional()
  @IsEnum(Domein)
  domein?: Domein;
}

export class IndexatieVoorContractDto {
  @ApiProperty({ format: 'uuid' }) raamovereenkomstId: string;
  @ApiProperty() nummer: string;
  @ApiProperty({ type: IndexatieDto, nullable: true }) indexatie: IndexatieDto | null;
  @ApiProperty({ nullable: true, type: String, description: 'why no indexatie was requested for this contract' }) fout:
    string | null;
}
