import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class InstellingDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  gemeenteId: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'the sociaal team a toewijzing counts on when its intake named none',
    example: 'Sociaal team Deventer',
  })
  @IsOptional()
  @IsString()
  @Length(1, 60)
  standaardSociaalTeam: string | null;
}

export class InstellingQueryDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  gemeente: string;
}
