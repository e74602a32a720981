import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ApiFoutResponses, HuidigePrincipal, Rol, Rollen, type Principal } from '#keten/platform';

class WebIkOrganisatieDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() naam: string;
  @ApiProperty({ description: 'gemeente, regio or aanbieder' }) soort: string;
  @ApiProperty({ nullable: true, type: String, description: 'set for an aanbieder' }) agbCode: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'set for a gemeente' }) cbsCode: string | null;
}

class WebIkDto {
  @ApiProperty({ enum: Rol, enumName: 'Rol' }) rol: Rol;
  @ApiProperty({ description: "the gebruiker's name, or 'bootstrap' for KETEN_BOOTSTRAP_TOKEN" }) naam: string;
  @ApiProperty({ type: WebIkOrganisatieDto, nullable: true, description: 'null only for a beheerder' }) organisatie: WebIkOrganisatieDto | null;
}

/** Who the caller is: the web app builds its menu from the role and organisation (nothing the API would refuse). */
@ApiTags('ik')
@ApiBearerAuth()
@Controller('api/v1/ik')
export class IkController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Rollen(Rol.Inkoopadviseur, Rol.Controller, Rol.Toegang, Rol.Aanbieder)
  @ApiOkResponse({ type: WebIkDto })
  @ApiFoutResponses()
  async ik(@HuidigePrincipal() principal: Principal): Promise<WebIkDto> {
    if (principal.actor === 'bootstrap') return { rol: principal.rol, naam: 'bootstrap', organisatie: null };
    const [rij]: { naam: string; org_id: string | null; org_naam: string | null; soort: string | null; agb_code: string | null; cbs_code: string | null }[] = await this.dataSource.query(
      `SELECT g.naam, o.id AS org_id, o.naam AS org_naam, o.soort::text AS soort, o.agb_code, o.cbs_code
         FROM keten.gebruiker g LEFT JOIN keten.organisatie o ON o.id = g.organisatie_id
        WHERE g.id = $1`,
      [principal.actor],
    );
    return {
      rol: principal.rol,
      naam: rij?.naam ?? '',
      organisatie: rij?.org_id ? { id: rij.org_id, naam: rij.org_naam ?? '', soort: rij.soort ?? '', agbCode: rij.agb_code, cbsCode: rij.cbs_code } : null,
    };
  }
}
