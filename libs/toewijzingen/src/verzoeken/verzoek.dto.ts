import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import {
  Domein,
  RedenAfwijzingVerzoek,
  VerzoekAntwoord,
  VerzoekBesluit,
  VerzoekSoort,
  VerzoekStatus,
} from '#keten/domain';
import { PaginaQueryDto } from '#keten/platform';
import { OmvangDto } from '../registreer-toewijzing/toewijzing.dto.js';

const alsBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class VerzoekLijstQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional({ enum: VerzoekStatus, enumName: 'VerzoekStatus' })
  @IsOptional()
  @IsEnum(VerzoekStatus)
  status?: VerzoekStatus;

  @ApiPropertyOptional({
    description: 'true: the work queue (open or in onderzoek); false: decided or refused on receipt',
  })
  @IsOptional()
  @Transform(alsBoolean)
  @IsBoolean()
  openstaand?: boolean;

  @ApiPropertyOptional({ description: 'true: only verzoeken waiting past their answer deadline (OP274/OP346)' })
  @IsOptional()
  @Transform(alsBoolean)
  @IsBoolean()
  teLaat?: boolean;
}

export class BesluitDto {
  @ApiProperty({
    enum: VerzoekBesluit,
    enumName: 'VerzoekBesluit',
    description: 'toekennen: a 301 through the ledger; afwijzen or in-onderzoek: a 319',
  })
  @IsEnum(VerzoekBesluit)
  besluit: VerzoekBesluit;

  @ApiPropertyOptional({
    enum: RedenAfwijzingVerzoek,
    enumName: 'RedenAfwijzingVerzoek',
    description: 'WJ759; required when afwijzen (CD085), empty otherwise (CD086)',
  })
  @IsOptional()
  @IsEnum(RedenAfwijzingVerzoek)
  redenAfwijzing?: RedenAfwijzingVerzoek;

  @ApiPropertyOptional({
    description: 'iJw, reden 8: CBS code of the gemeente responsible under the woonplaatsbeginsel (TR377/TR409)',
  })
  @IsOptional()
  @Matches(/^[0-9]{4}$/, { message: 'woonplaatsbeginselGemeente must be 4 digits' })
  woonplaatsbeginselGemeente?: string;
}

export class AntwoordQueryDto {
  @ApiPropertyOptional({ description: 'which answer (1 = the first); the latest when left out' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10)
  volgnummer?: number;
}

export class VerzoekOverzichtDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: VerzoekSoort, enumName: 'VerzoekSoort' }) soort: VerzoekSoort;
  @ApiProperty({ enum: VerzoekStatus, enumName: 'VerzoekStatus' }) status: VerzoekStatus;
  @ApiProperty({ enum: Domein, enumName: 'Domein' }) domein: Domein;
  @ApiProperty() gemeenteCode: string;
  @ApiProperty() aanbiederAgb: string;
  @ApiProperty() referentieAanbieder: string;
  @ApiProperty({ format: 'date', description: 'dagtekening of the 315/317' }) dagtekening: string;
  @ApiProperty({ format: 'date-time' }) ontvangenOp: string;
  @ApiProperty({
    format: 'date',
    description: 'answer due: 5 werkdagen after the dagtekening, 8 weken once in onderzoek (OP274/OP346)',
  })
  termijn: string;
  @ApiProperty({ description: 'still waiting for a (final) answer after its termijn' }) teLaat: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the AangevraagdProduct (315) or Verzoek (317) as received',
  })
  gevraagd: Record<string, unknown>;
  @ApiProperty({ type: [String], description: 'WJ001 codes of the retour (316/318) when refused on receipt' })
  retourcodes: string[];
  @ApiProperty({ nullable: true, type: String, enum: RedenAfwijzingVerzoek, enumName: 'RedenAfwijzingVerzoek' })
  redenAfwijzing: string | null;
}

export class VerzoekBevindingDto {
  @ApiProperty() retourcode: string;
  @ApiProperty() regel: string;
  @ApiProperty() toelichting: string;
}

export class ActueleToewijzingDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() toewijzingNummer: number;
  @ApiProperty({ nullable: true, type: String }) productCategorie: string | null;
  @ApiProperty({ nullable: true, type: String }) productCode: string | null;
  @ApiProperty({ format: 'date' }) ingangsdatum: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) einddatum: string | null;
  @ApiProperty({ type: OmvangDto, nullable: true }) omvang: OmvangDto | null;
  @ApiProperty({ nullable: true, type: Number }) budgetCenten: number | null;
}

export class VerzoekAntwoordDto {
  @ApiProperty() volgnummer: number;
  @ApiProperty({
    enum: VerzoekAntwoord,
    enumName: 'VerzoekAntwoord',
    description: 'WJ760: 1 afgewezen, 2 in onderzoek',
  })
  verzoekAntwoord: VerzoekAntwoord;
  @ApiProperty({ nullable: true, type: String, enum: RedenAfwijzingVerzoek, enumName: 'RedenAfwijzingVerzoek' })
  redenAfwijzing: string | null;
  @ApiProperty({ nullable: true, type: String }) woonplaatsbeginselGemeente: string | null;
  @ApiProperty({ description: 'BerichtIdentificatie of the 319' }) identificatie: string;
  @ApiProperty({ format: 'date' }) dagtekening: string;
  @ApiProperty({ nullable: true, type: [String], description: "codes of the aanbieder's 320, when received" })
  retourCodes: string[] | null;
}

export class VerzoekToewijzingDto {
  @ApiProperty({ format: 'uuid', description: 'the 301 is at /api/v1/toewijzingen/{id}/bericht' }) id: string;
  @ApiProperty() toewijzingNummer: number;
}

export class VerzoekSignaalDto {
  @ApiProperty({ enum: ['stapeling', 'geen-contract'] }) signaal: 'stapeling' | 'geen-contract';
  @ApiProperty({ description: 'OP259 (stapeling) or OP296 (contract)' }) regel: string;
  @ApiProperty() toelichting: string;
  @ApiProperty({ enum: ['3', '6'], description: 'the WJ759 reason a refusal on this ground carries' }) redenAfwijzing:
    '3' | '6';
}

export class VerzoekDto extends VerzoekOverzichtDto {
  @ApiProperty({ description: 'the client (this read is audited)' }) bsn: string;
  @ApiProperty({
    type: [VerzoekSignaalDto],
    description: 'hints for the decision: stapeling (OP259) or no contract (OP296)',
  })
  signalen: VerzoekSignaalDto[];
  @ApiProperty({ type: [VerzoekBevindingDto] }) bevindingen: VerzoekBevindingDto[];
  @ApiProperty({
    type: [ActueleToewijzingDto],
    description: "the client's current toewijzingen in this gemeente and domein (an aanbieder: only its own)",
  })
  actueleToewijzingen: ActueleToewijzingDto[];
  @ApiProperty({ type: [VerzoekAntwoordDto] }) antwoorden: VerzoekAntwoordDto[];
  @ApiProperty({ type: [VerzoekToewijzingDto], description: 'the toewijzingen issued or changed to honour it (OP348)' })
  toewijzingen: VerzoekToewijzingDto[];
}
