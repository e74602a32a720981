import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import { BetaalbatchStatus } from '../database/betaalbatch.entity.js';

const DATUM = { strict: true, strictSeparator: true } as const;

export class MaakBetaalbatchDto {
  @ApiProperty({ format: 'uuid', description: 'the inkopende organisatie (gemeente or regio) that pays' })
  @IsUUID()
  inkoperId: string;

  @ApiProperty({ format: 'date', description: 'declaraties beoordeeld and termijnen due up to and including this day' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  tot: string;

  @ApiProperty({ format: 'date', description: 'requested execution date (ReqdExctnDt)' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  uitvoeringsdatum: string;
}

export class BetaalbatchLijstQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  inkoper?: string;
}

export class BetaaldOpDto {
  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  betaaldOp: string;
}

export class BetaalbatchDeclaratieDto {
  @ApiProperty({ format: 'uuid' }) declaratieId: string;
  @ApiProperty() declaratieNummer: string;
  @ApiProperty({ description: 'signed cents of its prestaties in this batch (credits negative)' }) bedragCenten: number;
  @ApiProperty() aantalPrestaties: number;
}

export class BetaalbatchTermijnDto {
  @ApiProperty({ format: 'uuid' }) termijnId: string;
  @ApiProperty({ format: 'uuid' }) raamovereenkomstId: string;
  @ApiProperty() bedragCenten: number;
}

export class BetaalbatchRegelDto {
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty() naam: string;
  @ApiProperty() iban: string;
  @ApiProperty({ description: 'net cents: debet − credit + termijnen' }) bedragCenten: number;
  @ApiProperty({ description: 'EndToEndId in the pain.001' }) kenmerk: string;
  @ApiProperty({ description: 'Ustrd in the pain.001' }) omschrijving: string;
  @ApiProperty({ type: [BetaalbatchDeclaratieDto] }) declaraties: BetaalbatchDeclaratieDto[];
  @ApiProperty({ type: [BetaalbatchTermijnDto] }) termijnen: BetaalbatchTermijnDto[];
}

export class OvergeslagenDto {
  @ApiProperty({ format: 'uuid' }) aanbiederId: string;
  @ApiProperty() bedragCenten: number;
  @ApiProperty() reden: string;
}

export class BetaalbatchDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() nummer: string;
  @ApiProperty({ format: 'uuid' }) inkoperId: string;
  @ApiProperty() tot: string;
  @ApiProperty() uitvoeringsdatum: string;
  @ApiProperty({ enum: BetaalbatchStatus, enumName: 'BetaalbatchStatus' }) status: BetaalbatchStatus;
  @ApiProperty() totaalCenten: number;
  @ApiProperty() aangemaaktDoor: string;
  @ApiProperty({ nullable: true, type: String }) goedgekeurdDoor: string | null;
  @ApiProperty({ nullable: true, type: String }) betaaldOp: string | null;
  @ApiPropertyOptional({ type: [BetaalbatchRegelDto] }) regels?: BetaalbatchRegelDto[];
  @ApiPropertyOptional({
    type: [OvergeslagenDto],
    description: 'only in the answer to POST: aanbieders left for a next batch, with why',
  })
  overgeslagen?: OvergeslagenDto[];
}
