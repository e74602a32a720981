import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { Rol } from '#keten/platform';

export class InloggenDto {
  @ApiProperty({ example: 'beheerder@demo.keten', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  wachtwoord: string;

  @ApiPropertyOptional({
    description: 'the 6-digit code of the authenticator app, for an account with a second factor',
    example: '123456',
  })
  @IsOptional()
  @Matches(/^[0-9]{6}$/, { message: 'code must be 6 digits' })
  code?: string;
}

export class TotpBevestigDto {
  @ApiProperty({ description: 'the 6-digit code the authenticator app shows for the new secret', example: '123456' })
  @Matches(/^[0-9]{6}$/, { message: 'code must be 6 digits' })
  code: string;
}

export class TotpInstellingDto {
  @ApiProperty({ description: 'the secret (base32), shown once: enter it in the authenticator app, or use otpauthUri' })
  geheim: string;
  @ApiProperty({ description: 'otpauth:// URI for a QR code' }) otpauthUri: string;
}

export class WijzigWachtwoordDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @Length(1, 200)
  huidig: string;

  @ApiProperty({ minLength: 12, maxLength: 200 })
  @IsString()
  @Length(12, 200)
  nieuw: string;
}

export class IkOrganisatieDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() naam: string;
  @ApiProperty({ enum: ['gemeente', 'regio', 'aanbieder'] }) soort: string;
  @ApiProperty({ nullable: true, type: String }) cbsCode: string | null;
  @ApiProperty({ nullable: true, type: String }) agbCode: string | null;
}

export class IkGebruikerDto {
  @ApiProperty({ description: 'gebruiker id, token:<id> for a software token, or bootstrap' }) id: string;
  @ApiPropertyOptional({ nullable: true, type: String }) naam: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) email: string | null;
}

export class IkDto {
  @ApiProperty({ type: IkGebruikerDto }) gebruiker: IkGebruikerDto;
  @ApiProperty({ enum: Rol, enumName: 'Rol' }) rol: Rol;
  @ApiProperty({ type: IkOrganisatieDto, nullable: true }) organisatie: IkOrganisatieDto | null;
  @ApiProperty({ enum: ['token', 'sessie', 'bootstrap'] }) via: 'token' | 'sessie' | 'bootstrap';
  @ApiPropertyOptional({
    description: 'with a session: send this in X-CSRF-Token on every POST, PUT, PATCH and DELETE',
  })
  csrfToken?: string;
}

export class AangemeldDto extends IkDto {
  @ApiProperty({ format: 'date-time', description: 'the session ends at the latest then (sooner after inactivity)' })
  verlooptOp: string;
}
