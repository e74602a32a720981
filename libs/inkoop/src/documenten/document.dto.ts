import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBase64,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
} from 'class-validator';
import { DocumentSoort } from '../database/aanbesteding-document.entity.js';
import { DATUM } from '../registreer-aanbesteding/registreer-aanbesteding.dto.js';

/** Stored content is bounded: at most 5 MiB decoded (and the request body limit applies first). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export class RegistreerDocumentDto {
  @ApiProperty({ enum: DocumentSoort, enumName: 'DocumentSoort' })
  @IsEnum(DocumentSoort)
  soort: DocumentSoort;

  @ApiProperty({ example: 'Nota van inlichtingen 1' })
  @IsString()
  @Length(1, 200)
  titel: string;

  @ApiProperty({ format: 'date' })
  @IsISO8601(DATUM)
  @Length(10, 10)
  datum: string;

  @ApiPropertyOptional({
    description:
      'visible to the aanbieders who see the procedure; default true for aankondiging, leidraad and nota van inlichtingen',
  })
  @IsOptional()
  @IsBoolean()
  openbaar?: boolean;

  @ApiProperty({ example: 'application/pdf' })
  @Matches(/^[a-z]+\/[a-z0-9.+-]{1,80}$/, { message: 'mediaType must be a media type such as application/pdf' })
  mediaType: string;

  @ApiProperty({ description: 'the content, base64; at most 5 MiB decoded' })
  @IsBase64()
  @MaxLength(Math.ceil(MAX_DOCUMENT_BYTES / 3) * 4)
  inhoud: string;
}

export class DocumentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: DocumentSoort, enumName: 'DocumentSoort' }) soort: DocumentSoort;
  @ApiProperty() titel: string;
  @ApiProperty({ format: 'date' }) datum: string;
  @ApiProperty() openbaar: boolean;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) inhoudHash: string;
  @ApiProperty() mediaType: string;
  @ApiProperty({ description: 'bytes' }) grootte: number;
  @ApiProperty({ format: 'date-time' }) geregistreerdOp: string;
}
