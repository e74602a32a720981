import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BerichtStatus } from '../database/bericht.entity.js';

export class BerichtAntwoordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, description: 'Header/BerichtCode, e.g. 484 (WMO323)' }) berichtCode: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'WMO323' }) berichtsoort: string | null;
  @ApiProperty({ enum: BerichtStatus, enumName: 'BerichtStatus' }) status: BerichtStatus;
  @ApiProperty({ type: [String], description: 'WJ001 retourcodes on the message (0001 technical rejection, 9056 repeat)' }) retourcodes: string[];
  @ApiPropertyOptional({ nullable: true, type: String, description: 'why it was rejected' }) reden?: string | null;
  @ApiPropertyOptional({ description: 'what it produced, e.g. { declaratieId } or the toewijzing results' }) resultaat?: Record<string, unknown> | null;
}
