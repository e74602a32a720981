import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BerichtStatus } from '../database/bericht.entity.js';

export class BerichtAntwoordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, description: 'Header/BerichtCode, e.g. 484 (WMO323)' }) berichtCode:
    string | null;
  @ApiProperty({ nullable: true, type: String, example: 'WMO323' }) berichtsoort: string | null;
  @ApiProperty({ enum: BerichtStatus, enumName: 'BerichtStatus' }) status: BerichtStatus;
  @ApiProperty({
    type: [String],
    description: 'WJ001 retourcodes on the message (0001 technical rejection, 9056 repeat)',
  })
  retourcodes: string[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'why it was rejected' }) reden?: string | null;
  @ApiPropertyOptional({
    description:
      'what it produced, e.g. { declaratieId } or the toewijzing results; for a repeat (9056) { origineel: { berichtId, declaratieId? } }, the message received first and its declaratie',
  })
  resultaat?: Record<string, unknown> | null;
}

export class ZipFoutDto {
  @ApiProperty() code: string;
  @ApiProperty() bericht: string;
}

export class ZipBerichtDto extends BerichtAntwoordDto {
  @ApiProperty({ description: 'the file in the zip' }) bestand: string;
}

export class ZipAntwoordDto {
  @ApiProperty({
    description: 'one answer per XML file, as if each were posted alone; a refused file carries `fout` instead',
    type: [ZipBerichtDto],
  })
  berichten: (Partial<BerichtAntwoordDto> & { bestand: string; fout?: ZipFoutDto })[];

  @ApiProperty({ type: [String], description: 'files that are not .xml and were not read' })
  overgeslagen: string[];
}
