import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { PaginaQueryDto, Rol } from '#keten/platform';

export class MaakApiTokenDto {
  @ApiProperty({
    example: 'declaratiesoftware',
    maxLength: 100,
    description: 'what the token is for, to recognise it when revoking',
  })
  @IsString()
  @Length(1, 100)
  naam: string;

  @ApiProperty({
    enum: Rol,
    enumName: 'Rol',
    description: "a role of the organisatie's kind, never beheerder or functioneel-beheerder",
  })
  @IsEnum(Rol)
  rol: Rol;

  @ApiProperty({
    format: 'date',
    example: '2027-06-30',
    description: 'last day the token works (at most two years ahead)',
  })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Length(10, 10)
  verlooptOp: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "beheerder only: the organisatie (a functioneel-beheerder's tokens are its own)",
  })
  @IsOptional()
  @IsUUID()
  organisatieId?: string;
}

export class ApiTokenLijstQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'beheerder only: the tokens of this organisatie' })
  @IsOptional()
  @IsUUID()
  organisatieId?: string;
}

export class ApiTokenDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() naam: string;
  @ApiProperty({ enum: Rol, enumName: 'Rol' }) rol: Rol;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisatieId: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'set for a personal token of a gebruiker' })
  gebruikerId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) verlooptOp: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) laatstGebruiktOp: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) ingetrokkenOp: string | null;
}

export class NieuwApiTokenDto extends ApiTokenDto {
  @ApiProperty({ description: 'the token itself, shown only in this answer (Keten keeps only its hash)' })
  token: string;
}
