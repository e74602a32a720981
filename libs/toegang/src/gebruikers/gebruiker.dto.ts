import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PaginaQueryDto, Rol } from '#keten/platform';

export class MaakGebruikerDto {
  @ApiProperty({ example: 'Fatima de Vries', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  naam: string;

  @ApiProperty({ example: 'f.devries@deventer.nl', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({
    enum: Rol,
    enumName: 'Rol',
    description: 'a functioneel-beheerder gives any role of its organisatie but beheerder',
  })
  @IsEnum(Rol)
  rol: Rol;

  @ApiPropertyOptional({
    format: 'uuid',
    description: "beheerder only: the organisatie (a functioneel-beheerder's users join its own)",
  })
  @IsOptional()
  @IsUUID()
  organisatieId?: string;

  @ApiPropertyOptional({
    description: 'initial password (12 to 200 characters); omitted, Keten makes one and shows it once',
    minLength: 12,
  })
  @IsOptional()
  @IsString()
  @Length(12, 200)
  wachtwoord?: string;
}

export class WijzigGebruikerDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  naam?: string;

  @ApiPropertyOptional({ enum: Rol, enumName: 'Rol' })
  @IsOptional()
  @IsEnum(Rol)
  rol?: Rol;

  @ApiPropertyOptional({ description: 'false deactivates: sessions end, the tokens of this gebruiker are refused' })
  @IsOptional()
  @IsBoolean()
  actief?: boolean;

  @ApiPropertyOptional({
    description: 'true switches the second factor off (a lost phone); the person sets it up again',
  })
  @IsOptional()
  @IsBoolean()
  tweedeFactorUit?: boolean;
}

export class GebruikerLijstQueryDto extends PaginaQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'beheerder only: the users of this organisatie' })
  @IsOptional()
  @IsUUID()
  organisatieId?: string;
}

export class GebruikerDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() naam: string;
  @ApiProperty() email: string;
  @ApiProperty({ enum: Rol, enumName: 'Rol' }) rol: Rol;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organisatieId: string | null;
  @ApiProperty() actief: boolean;
  @ApiProperty({ description: 'has a built-in password (sign-in with e-mail and password)' }) heeftWachtwoord: boolean;
  @ApiProperty({ description: 'sign-in asks for an authenticator code' }) tweedeFactor: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class NieuweGebruikerDto extends GebruikerDto {
  @ApiPropertyOptional({ description: 'the password Keten made, shown only in this answer: hand it over safely' })
  @Type(() => String)
  tijdelijkWachtwoord?: string;
}
